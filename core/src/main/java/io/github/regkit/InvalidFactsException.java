package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Facts do not fit the vocabulary of the assessor's packs: an unknown or retired fact id, a value
 * of the wrong type, an unknown allowed value, an impossible date, facts that contradict each
 * other, or malformed JSON. Every problem is listed as a {@link FactProblem}, each naming the facts
 * it concerns and what was expected, so that a form can put each message next to its field.
 * Neither the problems nor the message repeat a fact's value unless it is shaped like a fact id or
 * an allowed value, since facts can be personal information (see {@link FactProblem}). Nothing was
 * assessed.
 *
 * <pre>{@code
 * try {
 *   assessor.assess(Facts.fromJson("{\"entity.kind\": \"bank\"}"));
 * } catch (InvalidFactsException e) {
 *   for (FactProblem p : e.problems()) {
 *     System.err.println(p.factId().orElse("facts") + ": " + p.kind() + " " + p.allowedValues());
 *   }
 *   // entity.kind: NOT_AN_ALLOWED_VALUE [private-business, nonprofit, ...]
 * }
 * }</pre>
 *
 * <p>At most 100 problems are listed; {@link #notListed()} counts the rest, so that hostile input
 * cannot grow an exception without bound.
 */
public final class InvalidFactsException extends RegkitException {
  private static final long serialVersionUID = 1L;

  /** The problems listed. */
  @SuppressWarnings("serial") // FactProblem holds an Optional; these exceptions are not serialised
  private final List<FactProblem> problems;

  /** How many more were found. */
  private final long notListed;

  /**
   * An exception listing every problem found.
   *
   * @param problems the problems, in the order they were found
   */
  public InvalidFactsException(List<FactProblem> problems) {
    this(problems, 0);
  }

  /**
   * An exception listing the first problems found and counting the rest.
   *
   * @param problems the problems listed, in the order they were found
   * @param notListed how many more problems were found and not listed; 0 or more
   * @throws IllegalArgumentException when {@code notListed} is negative
   */
  public InvalidFactsException(List<FactProblem> problems, long notListed) {
    super(message(ImmutableList.copyOf(requireNonNull(problems, "problems")), notListed));
    if (notListed < 0) {
      throw new IllegalArgumentException("notListed: expected 0 or more, found " + notListed);
    }
    this.problems = ImmutableList.copyOf(problems);
    this.notListed = notListed;
  }

  /**
   * Every problem listed, in the order found: at most 100 (see {@link #notListed()}).
   *
   * @return an immutable list, never empty when regkit throws the exception
   */
  public List<FactProblem> problems() {
    return problems;
  }

  /** How many more problems were found than {@link #problems()} lists; usually 0. */
  public long notListed() {
    return notListed;
  }

  /**
   * One line per problem — each problem's {@link FactProblem#message()} — and, when some were not
   * listed, a last line counting them ({@code "and 50 more problems, not listed"}): the lines
   * {@link #getMessage()} joins.
   */
  public List<String> messages() {
    return messages(problems, notListed);
  }

  private static List<String> messages(List<FactProblem> problems, long notListed) {
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(problems.size() + 1);
    problems.forEach(p -> lines.add(p.message()));
    if (notListed > 0) {
      lines.add("and " + notListed + " more problems, not listed");
    }
    return lines.build();
  }

  private static String message(List<FactProblem> problems, long notListed) {
    List<String> lines = messages(problems, notListed);
    if (lines.size() == 1) {
      return "Invalid facts: " + lines.get(0);
    }
    return "Invalid facts: " + lines.size() + " problems: " + String.join("; ", lines);
  }
}
