package io.github.regkit;

import java.util.List;

/**
 * Facts do not fit the vocabulary of the assessor's packs: an unknown fact id, a value of the wrong
 * type, an unknown allowed value, an impossible date, or malformed JSON. Every problem is listed,
 * each naming the fact and what was expected. Messages never repeat a long or number-like value,
 * since facts can be personal information. Nothing was assessed.
 *
 * <pre>{@code
 * try {
 *   assessor.assess(Facts.fromJson("{\"entity.kind\": \"bank\"}"));
 * } catch (InvalidFactsException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidFactsException extends RegkitException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** @param problems one line per problem, each naming the fact and what was expected */
  public InvalidFactsException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each naming the fact and what was expected. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.size() == 1) {
      return "Invalid facts: " + problems.get(0);
    }
    return "Invalid facts: " + problems.size() + " problems: " + String.join("; ", problems);
  }
}
