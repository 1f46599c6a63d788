package io.github.regkit.inventory;

/**
 * What a batch made of one inventory line: an {@link ArrangementResult}, or a {@link LineFailure}.
 *
 * <pre>{@code
 * BatchAssessor.builder(assessor).build().assessAll(Files.newInputStream(Path.of("inventory.ndjson")), outcome -> {
 *   if (outcome instanceof ArrangementResult r) {
 *     System.out.println(r.toJson());
 *   } else if (outcome instanceof LineFailure f) {
 *     System.err.println(f.message());
 *   }
 * });
 * }</pre>
 */
public sealed interface BatchOutcome permits ArrangementResult, LineFailure {
  /** The line number, from 1. */
  long line();
}
