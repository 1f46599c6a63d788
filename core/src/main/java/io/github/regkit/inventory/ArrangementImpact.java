package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.AssessmentDiff;
import io.github.regkit.internal.InventoryJson;
import java.time.LocalDate;

/**
 * What a change (of date or of pack) does to one arrangement: requirements added and removed,
 * status and compliance changes, open questions settled and newly open, each change with its
 * causes, as {@link io.github.regkit.AssessmentDiff#between} gives them.
 *
 * <pre>{@code
 * ArrangementImpact impact = ImpactAnalyzer.builder(assessor).dates(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 2))
 *     .build().impact(Arrangement.of("payroll", facts), 1);
 * impact.diff().changes().forEach(c -> System.out.println(c.citation() + ": " + c.after() + " because " + c.causes()));
 * }</pre>
 *
 * @param line the line number in the inventory, from 1
 * @param id the arrangement's id
 * @param before the as-of date of the earlier assessment
 * @param after the as-of date of the later assessment
 * @param diff what changed, and why
 */
public record ArrangementImpact(long line, String id, LocalDate before, LocalDate after, AssessmentDiff diff)
    implements ImpactOutcome {
  public ArrangementImpact {
    requireNonNull(id, "id");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(diff, "diff");
  }

  /** Whether nothing changed for this arrangement. */
  public boolean isEmpty() {
    return diff.isEmpty();
  }

  /**
   * This impact as one line of compact JSON: {@code line}, {@code id}, {@code before}, {@code
   * after}, {@code changes} (each with {@code kind}, {@code obligation}, {@code citation}, {@code
   * before}, {@code after}, {@code causes}), {@code questionsAdded} and {@code questionsSettled}
   * (fact ids).
   */
  public String toJson() {
    return InventoryJson.write(this);
  }
}
