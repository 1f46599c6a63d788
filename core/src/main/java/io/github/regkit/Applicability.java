package io.github.regkit;

/**
 * Whether an obligation binds the situation described by the facts.
 *
 * <pre>{@code
 * List<Requirement> certain = assessment.requirements(Applicability.APPLIES);
 * }</pre>
 */
public enum Applicability {
  /** The facts meet every condition; no exemption can apply. */
  APPLIES,
  /** It hinges on facts nobody supplied; the open questions say which. */
  MAY_APPLY,
  /** Ruled out: not in force, scope not met, or exempt. */
  NOT_APPLICABLE
}
