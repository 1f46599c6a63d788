package io.github.regkit.examples.bench;

import io.github.regkit.Assessor;
import io.github.regkit.inventory.ArrangementResult;
import io.github.regkit.inventory.BatchAssessor;
import io.github.regkit.inventory.BatchSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;

/**
 * Heap over a batch of 1,000,000 generated arrangements: after every 100,000 results, a full
 * collection and the used heap. Flat means constant memory. Also prints the run's throughput (one
 * run, JIT warm-up included; {@link InventoryBenchmark} is the measurement).
 *
 * <pre>java -XX:+UseParallelGC -Xmx256m -cp examples/target/benchmarks.jar io.github.regkit.examples.bench.InventoryHeap [THREADS]</pre>
 */
public final class InventoryHeap {
  static final int LINES = 1_000_000;
  static final int EVERY = 100_000;

  private InventoryHeap() {}

  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
    Assessor assessor = Assessor.forJurisdiction("US-MA");
    GeneratedInventory inventory = GeneratedInventory.of(assessor, LINES, 1000, 14);
    BatchAssessor batch = BatchAssessor.builder(assessor).asOf(LocalDate.of(2026, 11, 28)).threads(threads).build();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] bytes = {0};
    long[] seen = {0};
    long start = System.nanoTime();
    BatchSummary summary = batch.assessAll(inventory.stream(), o -> {
      bytes[0] += ((ArrangementResult) o).toJson().length() + 1;
      if (++seen[0] % EVERY == 0) {
        System.gc();
        System.out.printf("%,9d arrangements: used heap after GC %5.1f MB%n", seen[0],
            memory.getHeapMemoryUsage().getUsed() / 1e6);
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s in %.1f s on %d threads: %,.0f arrangements/s, %,.0f per thread; %,.0f MB of NDJSON results%n",
        summary, seconds, threads, LINES / seconds, LINES / seconds / threads, bytes[0] / 1e6);
  }
}
