package io.github.regkit;

/**
 * How close an excerpt's text is to the law as enacted, or, for a company's policy, that the text is
 * the company's own policy and not law.
 *
 * <pre>{@code
 * boolean official = requirement.obligation().excerpt().provenance() == Provenance.OFFICIAL;
 * }</pre>
 */
public enum Provenance {
  /** Copied from the issuing body's own publication. */
  OFFICIAL,
  /** Copied from a third party that quotes the text (a law library, a court, a law firm). */
  SECONDARY_QUOTATION,
  /** Not the text itself: a third party's restatement of it. */
  PARAPHRASE,
  /**
   * Copied from the policy document of the organisation that wrote the pack, such as a company's
   * own retention policy: binding on it by its own decision, not law. Allowed only in an obligation
   * of a {@link Regulation.Kind#POLICY} instrument, and in terms.
   */
  POLICY
}
