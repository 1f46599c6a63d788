package io.github.regkit.inventory;

/**
 * What an impact analysis made of one inventory line: an {@link ArrangementImpact}, or a {@link
 * LineFailure}.
 *
 * <pre>{@code
 * ImpactOutcome outcome = ImpactAnalyzer.builder(assessor).dates(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 2))
 *     .build().impactLine(InventoryLine.of(1, "{\"id\": \"crm-1\", \"facts\": {}}"));
 * }</pre>
 */
public sealed interface ImpactOutcome permits ArrangementImpact, LineFailure {
  /** The line number, from 1. */
  long line();
}
