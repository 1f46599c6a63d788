package io.github.regkit;

/**
 * Whether the controls the facts describe already discharge a requirement.
 *
 * <pre>{@code
 * long satisfied = assessment.requirements().stream()
 *     .filter(r -> r.compliance().status() == ComplianceStatus.SATISFIED)
 *     .count();
 * }</pre>
 */
public enum ComplianceStatus {
  /** The control facts meet the requirement's satisfaction condition. */
  SATISFIED,
  /** The control facts show it is not met. */
  OUTSTANDING,
  /** Not enough is known; the compliance record lists the evidence that would settle it. */
  UNKNOWN
}
