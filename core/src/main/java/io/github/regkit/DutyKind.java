package io.github.regkit;

/**
 * Whether an obligation commands, forbids or permits.
 *
 * <pre>{@code
 * boolean prohibition = requirement.obligation().duty() == DutyKind.MUST_NOT;
 * }</pre>
 */
public enum DutyKind {
  MUST,
  MUST_NOT,
  MAY
}
