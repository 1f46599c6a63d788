package io.github.regkit.examples.bench;

import io.github.regkit.Assessor;
import io.github.regkit.inventory.ArrangementResult;
import io.github.regkit.inventory.BatchAssessor;
import io.github.regkit.inventory.BatchSummary;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole inventory of 1,000,000 generated arrangements (varied facts from the Massachusetts
 * vocabulary, see {@link GeneratedInventory}), streamed through {@link BatchAssessor} as NDJSON and
 * written back as NDJSON result lines: read, parse, validate, assess, summarise, format. One
 * invocation is the whole million; the score is time per arrangement, so arrangements per second
 * per core is 1 / (score × threads). {@link InventoryHeap} shows the heap stays flat.
 *
 * <pre>java -jar examples/target/benchmarks.jar InventoryBenchmark -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InventoryBenchmark {
  static final int LINES = 1_000_000;

  @Param({"1", "2"})
  int threads;

  GeneratedInventory inventory;
  BatchAssessor batch;

  @Setup
  public void setUp() {
    Assessor assessor = Assessor.forJurisdiction("US-MA");
    inventory = GeneratedInventory.of(assessor, LINES, 1000, 14);
    batch = BatchAssessor.builder(assessor).asOf(LocalDate.of(2026, 11, 28)).threads(threads).build();
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public BatchSummary millionArrangements(Blackhole bh) {
    BatchSummary summary = batch.assessAll(inventory.stream(), o -> bh.consume(((ArrangementResult) o).toJson()));
    if (summary.assessed() != LINES) {
      throw new IllegalStateException("expected every generated line to assess: " + summary);
    }
    return summary;
  }
}
