package io.github.regkit;

/**
 * How close an excerpt's text is to the law as enacted.
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
  PARAPHRASE
}
