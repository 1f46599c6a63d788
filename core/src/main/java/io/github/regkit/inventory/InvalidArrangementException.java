package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.RegkitException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An inventory line that is not an arrangement: malformed JSON, a missing or malformed {@code id},
 * {@code asOf} or {@code facts}, or an unknown member. The message names the line number (when
 * known), the id (when one could be read) and what was expected, and never a fact's value.
 *
 * <pre>{@code
 * try {
 *   Arrangement a = Arrangement.fromJson("{\"id\": \"crm-2\", \"asOf\": \"2012-02-30\", \"facts\": {}}");
 * } catch (InvalidArrangementException e) {
 *   System.err.println(e.getMessage());   // arrangement "crm-2": asOf: expected a date yyyy-MM-dd, ...
 * }
 * }</pre>
 */
public final class InvalidArrangementException extends RegkitException {
  private static final long serialVersionUID = 1L;

  private final OptionalLong line;
  @SuppressWarnings("serial") // Optional<String> is not Serializable; these exceptions are not serialised
  private final Optional<String> id;
  private final String problem;

  /**
   * @param line the line number, when known
   * @param id the arrangement's id, when one could be read
   * @param problem what is wrong and what was expected
   */
  public InvalidArrangementException(OptionalLong line, Optional<String> id, String problem) {
    super(LineFailure.describe(line, id, problem));
    this.line = requireNonNull(line, "line");
    this.id = requireNonNull(id, "id");
    this.problem = requireNonNull(problem, "problem");
  }

  /** The line number, when known. */
  public OptionalLong line() {
    return line;
  }

  /** The arrangement's id, when one could be read. */
  public Optional<String> id() {
    return id;
  }

  /** What is wrong and what was expected, without the line number and id. */
  public String problem() {
    return problem;
  }
}
