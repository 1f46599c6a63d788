package io.github.regkit.inventory;

/**
 * What a batch did: how many lines it read, assessed and could not assess.
 *
 * <pre>{@code
 * BatchSummary summary = BatchAssessor.builder(assessor).build()
 *     .assessAll(Files.newInputStream(Path.of("inventory.ndjson")), outcome -> { });
 * System.out.println(summary.assessed() + " assessed, " + summary.failed() + " bad lines");
 * }</pre>
 *
 * @param lines lines read, blank lines not counted
 * @param assessed lines assessed
 * @param failed lines that could not be assessed, each reported as a {@link LineFailure}
 */
public record BatchSummary(long lines, long assessed, long failed) {
  public BatchSummary {
    if (lines < 0 || assessed < 0 || failed < 0 || assessed + failed != lines) {
      throw new IllegalArgumentException("expected lines = assessed + failed, all at least 0; found "
          + lines + ", " + assessed + ", " + failed);
    }
  }

  /** Whether every line was assessed. */
  public boolean allSucceeded() {
    return failed == 0;
  }
}
