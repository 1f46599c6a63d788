package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.internal.InventoryJson;
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
 *   System.err.println(f.message());   // line 3 (id "crm-2"): Invalid facts: fact 'x': unknown fact ...
 * }
 * }</pre>
 *
 * @param line the line number, from 1
 * @param id the arrangement's id, when one could be read
 * @param problem what is wrong and what was expected; never a fact's value
 */
public record LineFailure(long line, Optional<String> id, String problem) implements BatchOutcome, ImpactOutcome {
  public LineFailure {
    requireNonNull(id, "id");
    requireNonNull(problem, "problem");
  }

  /** The failure of a line that is not an arrangement. */
  public static LineFailure of(long line, InvalidArrangementException e) {
    return new LineFailure(line, e.id(), e.problem());
  }

  /** One line for people: the line number, the id when known, and the problem. */
  public String message() {
    return describe(OptionalLong.of(line), id, problem);
  }

  /** This failure as one line of compact JSON: {@code line}, {@code id} (when known), {@code error}. */
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
