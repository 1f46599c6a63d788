package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The as-of date is earlier than a pack can answer for: the pack does not encode the law as it
 * stood then, so any answer could be wrong. Thrown by {@link Assessor#assess(Facts, LocalDate)}
 * instead of an answer.
 *
 * <pre>{@code
 * try {
 *   assessor.assess(facts, LocalDate.of(1600, 1, 1));
 * } catch (AsOfDateOutOfRangeException e) {
 *   System.err.println(e.getMessage()); // Cannot assess as of 1600-01-01: pack us-ma ...
 * }
 * }</pre>
 */
public final class AsOfDateOutOfRangeException extends RegkitException {
  private static final long serialVersionUID = 1L;

  /** The as-of date that was asked for. */
  private final LocalDate asOf;
  /** The first date the pack answers for. */
  private final LocalDate answersFrom;
  /** The pack that cannot answer. */
  private final String packId;

  /**
   * @param asOf the date asked for
   * @param packId the pack that cannot answer for it
   * @param answersFrom the earliest date that pack answers for
   */
  public AsOfDateOutOfRangeException(LocalDate asOf, String packId, LocalDate answersFrom) {
    super("Cannot assess as of " + requireNonNull(asOf, "asOf") + ": pack " + requireNonNull(packId, "packId")
        + " answers for dates from " + requireNonNull(answersFrom, "answersFrom")
        + " on; the law before then is not encoded. Expected an as-of date on or after " + answersFrom + ".");
    this.asOf = asOf;
    this.answersFrom = answersFrom;
    this.packId = packId;
  }

  /** The date asked for. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The earliest date the pack answers for. */
  public LocalDate answersFrom() {
    return answersFrom;
  }

  /** The id of the pack that cannot answer for the date. */
  public String packId() {
    return packId;
  }
}
