package io.github.regkit;

import java.util.List;

/**
 * A rule pack could not be loaded. Every problem found is listed, each naming the file, the JSON
 * path and what was expected, so one run of a pack author's build shows them all. No part of the
 * pack is usable after this exception.
 *
 * <pre>{@code
 * try {
 *   RulePack.fromPath(Path.of("my-pack/manifest.json"));
 * } catch (InvalidRulePackException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidRulePackException extends RegkitException {
  private static final long serialVersionUID = 1L;

  /** The file or resource the pack was read from. */
  private final String source;
  /** Each problem found, with its JSON path. */
  private final List<String> problems;

  /**
   * @param source the pack's manifest name, resource or path
   * @param problems one line per problem, in the order they were found
   */
  public InvalidRulePackException(String source, List<String> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The pack's manifest name, resource or path. */
  public String source() {
    return source;
  }

  /** One line per problem, each naming file, JSON path and what was expected. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    StringBuilder sb = new StringBuilder("Invalid rule pack ").append(source).append(": ");
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String problem : problems) {
      sb.append("\n  - ").append(problem);
    }
    return sb.toString();
  }
}
