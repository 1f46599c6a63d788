package io.github.regkit.inventory;

/** What an impact analysis made of one inventory line: an {@link ArrangementImpact}, or a {@link LineFailure}. */
public sealed interface ImpactOutcome permits ArrangementImpact, LineFailure {
  /** The line number, from 1. */
  long line();
}
