package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.FactProblem;
import io.github.regkit.RegkitException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An inventory line that is not an arrangement: malformed JSON, a missing or malformed {@code id},
 * {@code asOf} or {@code facts}, or an unknown member. The message names the line number (when
 * known), the id (when one could be read) and what was expected, and never a fact's value. When the
 * {@code facts} member itself is malformed, {@link #factProblems()} gives each problem as a value.
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

  /** The line number, when read from a file. */
  private final OptionalLong line;
  /** The arrangement's id, when it could be read. */
  @SuppressWarnings("serial") // Optional<String> is not Serializable; these exceptions are not serialised
  private final Optional<String> id;
  /** What is wrong, in words. */
  private final String problem;
  /** The problems of the arrangement's facts. */
  @SuppressWarnings("serial") // FactProblem holds an Optional; these exceptions are not serialised
  private final List<FactProblem> factProblems;

  /**
   * A line that is not an arrangement, for a reason other than its facts.
   *
   * @param line the line number, when known
   * @param id the arrangement's id, when one could be read
   * @param problem what is wrong and what was expected
   */
  public InvalidArrangementException(OptionalLong line, Optional<String> id, String problem) {
    this(line, id, problem, List.of());
  }

  /**
   * A line that is not an arrangement, with the problems of its {@code facts} member.
   *
   * @param line the line number, when known
   * @param id the arrangement's id, when one could be read
   * @param problem what is wrong and what was expected
   * @param factProblems the problems of the line's facts, each as a value; empty when the facts are
   *     not at fault
   */
  public InvalidArrangementException(OptionalLong line, Optional<String> id, String problem, List<FactProblem> factProblems) {
    super(LineFailure.describe(line, id, problem));
    this.line = requireNonNull(line, "line");
    this.id = requireNonNull(id, "id");
    this.problem = requireNonNull(problem, "problem");
    this.factProblems = ImmutableList.copyOf(factProblems);
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

  /**
   * The problems of the line's {@code facts} member, each as a value (see {@link
   * io.github.regkit.InvalidFactsException#problems()}); empty when something else is wrong.
   */
  public List<FactProblem> factProblems() {
    return factProblems;
  }
}
