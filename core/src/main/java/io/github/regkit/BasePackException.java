package io.github.regkit;

import java.util.List;

/**
 * Packs that build on other packs ({@link RulePack#buildsOn()}) could not be combined into one
 * {@link Assessor}: a base pack is missing, its data version is not one the pack accepts, or packs
 * build on each other in a cycle. Every such problem of the assessor's packs is listed; each names
 * the packs, the data versions found and accepted, and what to add or change. No assessor is built.
 *
 * <pre>{@code
 * try {
 *   Assessor.builder().addPack(RulePack.fromPath(Path.of("acme-policy/manifest.json"))).build();
 * } catch (BasePackException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class BasePackException extends RegkitException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** @param problems one line per problem, in the order of the assessor's packs */
  public BasePackException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each naming the packs and what was expected. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder sb = new StringBuilder("Cannot combine rule packs with the packs they build on: ");
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String problem : problems) {
      sb.append("\n  - ").append(problem);
    }
    return sb.toString();
  }
}
