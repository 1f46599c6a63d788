package io.github.regkit.examples.bench;

import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.RulePack;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Load and assess time against pack size, on synthetic packs ({@link SyntheticPack}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  @Param({"1000", "10000", "100000"})
  public int obligations;

  SyntheticPack synthetic;
  Assessor assessor;
  Facts facts;

  @Setup
  public void setUp() {
    synthetic = SyntheticPack.of(obligations);
    assessor = Assessor.builder().addPack(synthetic.load()).build();
    facts = synthetic.facts();
  }

  @Benchmark
  public Assessment assess() {
    return assessor.assess(facts, LocalDate.of(2026, 11, 28));
  }

  @Benchmark
  public RulePack load() {
    return synthetic.load();
  }
}
