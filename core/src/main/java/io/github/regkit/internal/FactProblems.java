package io.github.regkit.internal;

import io.github.regkit.FactDefinition;
import io.github.regkit.FactProblem;
import io.github.regkit.FactProblem.Kind;
import io.github.regkit.FactType;
import io.github.regkit.InvalidFactsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The problems found in one set of facts, of which at most {@link Problems#MAX_LISTED} are kept
 * and the rest only counted (as {@link Problems} does for packs); and the one place each kind of
 * {@link FactProblem} is made, so that its components follow the rules {@link FactProblem} states.
 */
public final class FactProblems {
  private final List<FactProblem> kept = new ArrayList<>();
  private long count;

  public void add(FactProblem problem) {
    count++;
    if (kept.size() < Problems.MAX_LISTED) {
      kept.add(problem);
    }
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** Whether another problem would be listed rather than only counted. */
  public boolean listsMore() {
    return count < Problems.MAX_LISTED;
  }

  /** The exception listing the problems kept and counting the rest. */
  public InvalidFactsException exception() {
    return new InvalidFactsException(kept, count - kept.size());
  }

  /** An exception with one problem. */
  public static InvalidFactsException of(FactProblem problem) {
    return new InvalidFactsException(List.of(problem));
  }

  /** A problem with the input as a whole: {@code MALFORMED_JSON}, {@code NOT_AN_OBJECT} or {@code TOO_LARGE}. */
  public static FactProblem ofInput(Kind kind, String message) {
    return new FactProblem(kind, List.of(), Optional.empty(), List.of(), List.of(), List.of(), message);
  }

  /**
   * A problem with the value of a fact whose id the caller gave and no vocabulary has checked yet:
   * the id is kept only when the message shows it ({@link Redaction#show}).
   */
  public static FactProblem ofGivenId(Kind kind, String factId, String message) {
    return new FactProblem(kind, shownId(factId), Optional.empty(), List.of(), List.of(), List.of(), message);
  }

  /** A problem with the value of a declared fact: its type, and its allowed values for one-of and set-of. */
  static FactProblem ofValue(Kind kind, FactDefinition def, String message) {
    List<String> allowed = def.type() == FactType.ONE_OF || def.type() == FactType.SET_OF
        ? def.values().stream().map(FactDefinition.AllowedValue::id).toList()
        : List.of();
    return new FactProblem(kind, List.of(def.id()), Optional.of(def.type()), allowed, List.of(), List.of(), message);
  }

  /** A fact id no pack declares, with the declared id it is nearest to, if any. */
  static FactProblem unknownFact(String factId, Optional<String> suggestion, String message) {
    return new FactProblem(Kind.UNKNOWN_FACT, shownId(factId), Optional.empty(), List.of(), List.of(),
        suggestion.map(List::of).orElse(List.of()), message);
  }

  /** A fact id a pack has retired, with what replaced it. */
  static FactProblem retiredFact(String factId, List<String> replacedBy, String message) {
    return new FactProblem(Kind.RETIRED_FACT, List.of(factId), Optional.empty(), List.of(), replacedBy, List.of(), message);
  }

  /** Facts that contradict each other, by a consistency rule. */
  static FactProblem contradiction(List<String> factIds, String message) {
    return new FactProblem(Kind.CONTRADICTION, factIds, Optional.empty(), List.of(), List.of(), List.of(), message);
  }

  /** The caller's fact id when a message may show it (see {@link Redaction#show}); otherwise none. */
  private static List<String> shownId(String factId) {
    return Redaction.show(factId).startsWith("'") ? List.of(factId) : List.of();
  }
}
