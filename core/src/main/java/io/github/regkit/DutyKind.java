package io.github.regkit;

/**
 * Whether an obligation commands, forbids or permits.
 *
 * <pre>{@code
 * boolean prohibition = requirement.obligation().duty() == DutyKind.MUST_NOT;
 * }</pre>
 */
public enum DutyKind {
  /** A duty to act: the provision says the addressee shall or must. */
  MUST,
  /** A prohibition: the provision says the addressee shall not or may not. */
  MUST_NOT,
  /** A permission or an option the provision gives the addressee. */
  MAY
}
