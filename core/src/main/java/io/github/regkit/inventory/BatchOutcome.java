package io.github.regkit.inventory;

/**
 * What a batch made of one inventory line: an {@link ArrangementResult}, or a {@link LineFailure}.
 *
 * <pre>{@code
 * switch (outcome) ... // or:
 * if (outcome instanceof ArrangementResult r) { ... } else if (outcome instanceof LineFailure f) { ... }
 * }</pre>
 */
public sealed interface BatchOutcome permits ArrangementResult, LineFailure {
  /** The line number, from 1. */
  long line();
}
