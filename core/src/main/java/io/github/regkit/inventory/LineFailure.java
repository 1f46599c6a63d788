package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.FactProblem;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.RegkitException;
import io.github.regkit.internal.InventoryJson;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An inventory line that could not be assessed: it is not an arrangement ({@link
 * InvalidArrangementException}), its facts do not fit the vocabulary, or its as-of date is outside
 * the dates the packs answer for. The other lines are assessed as usual.
 *
 * <pre>{@code
 * BatchOutcome outcome = BatchAssessor.builder(assessor).build()
 *     .assessLine(InventoryLine.of(3, "{\"id\": \"crm-2\", \"facts\": {\"x\": true}}"));
 * if (outcome instanceof LineFailure f) {
 *   System.err.println(f.message());   // line 3 (id "crm-2"): Invalid facts: fact 'x' is not in the ...
 *   f.factProblems().forEach(p -> System.err.println(p.kind() + " " + p.factIds()));   // UNKNOWN_FACT [x]
 * }
 * }</pre>
 *
 * @param line the line number, from 1
 * @param id the arrangement's id, when one could be read
 * @param problem what is wrong and what was expected; never a fact's value
 * @param factProblems when the line's facts are at fault, each of their problems as a value (see
 *     {@link InvalidFactsException#problems()}); empty otherwise
 */
public record LineFailure(long line, Optional<String> id, String problem, List<FactProblem> factProblems)
    implements BatchOutcome, ImpactOutcome {
  public LineFailure {
    requireNonNull(id, "id");
    requireNonNull(problem, "problem");
    factProblems = ImmutableList.copyOf(factProblems);
  }

  /** A failure whose facts are not at fault, or whose problems are known only as text. */
  public LineFailure(long line, Optional<String> id, String problem) {
    this(line, id, problem, List.of());
  }

  /** The failure of a line that is not an arrangement. */
  public static LineFailure of(long line, InvalidArrangementException e) {
    return new LineFailure(line, e.id(), e.problem(), e.factProblems());
  }

  /**
   * The failure of a line whose arrangement could not be assessed: its facts do not fit ({@link
   * InvalidFactsException}, whose problems it keeps), or its date is out of range.
   */
  public static LineFailure of(long line, Optional<String> id, RegkitException e) {
    return new LineFailure(line, id, String.valueOf(e.getMessage()),
        e instanceof InvalidFactsException invalid ? invalid.problems() : List.of());
  }

  /** One line for people: the line number, the id when known, and the problem. */
  public String message() {
    return describe(OptionalLong.of(line), id, problem);
  }

  /**
   * This failure as one line of compact JSON: {@code line}, {@code id} (when known), {@code error},
   * and when the facts are at fault {@code problems}, each with its {@code kind} and {@code
   * factIds}.
   */
  public String toJson() {
    return InventoryJson.write(this);
  }

  static String describe(OptionalLong line, Optional<String> id, String problem) {
    StringBuilder sb = new StringBuilder();
    line.ifPresent(n -> sb.append("line ").append(n));
    id.ifPresent(i -> sb.append(sb.length() == 0 ? "arrangement" : " (id").append(' ')
        .append(InventoryJson.quote(i)).append(line.isPresent() ? ")" : ""));
    return (sb.length() == 0 ? "" : sb + ": ") + problem;
  }
}
