package io.github.regkit.examples;

import io.github.regkit.Assessor;
import io.github.regkit.examples.bench.GeneratedInventory;
import java.io.OutputStream;

/**
 * Runs {@code batch} over a generated inventory of {@code args[0]} lines streamed from memory and
 * prints how many result lines came out and the exit status; {@link LargeInventoryMemoryTest} runs
 * it in a JVM with a small heap.
 */
public final class LargeInventoryRun {
  private LargeInventoryRun() {}

  public static void main(String[] args) {
    long lines = Long.parseLong(args[0]);
    GeneratedInventory inventory = GeneratedInventory.of(Assessor.forJurisdiction("US-MA"), lines, 200, 14);
    long[] newlines = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        if (b == '\n') {
          newlines[0]++;
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
          if (b[i] == '\n') {
            newlines[0]++;
          }
        }
      }
    };
    int status = Main.run(new String[] {"batch", "-", "--threads", "2", "--as-of", "2026-11-28"}, inventory.stream(), counting, System.err);
    System.out.println("results=" + newlines[0] + " status=" + status);
  }
}
