package io.github.regkit.examples.bench;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.RulePack;
import io.github.regkit.ma.MassachusettsPack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Massachusetts pack: assess S1 and S5 with full trace, the hand-written floor for S1, JSON of
 * an assessment, and loading (parse and validate) the pack. Run with {@code -prof gc} for bytes
 * allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MassachusettsBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  Assessor assessor;
  Facts s1;
  Facts s5;
  Assessment s1Assessment;

  @Setup
  public void setUp() {
    assessor = Assessor.forJurisdiction("US-MA");
    s1 = scenario("S1");
    s5 = scenario("S5");
    s1Assessment = assessor.assess(s1, AS_OF);
  }

  static Facts scenario(String name) {
    try (InputStream in = MassachusettsBenchmark.class.getResourceAsStream("/scenarios/" + name + ".json")) {
      return Facts.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every requirement, ruled-out entry and open question with its full trace. */
  @Benchmark
  public Assessment assessS1() {
    return assessor.assess(s1, AS_OF);
  }

  /**
   * As {@link #assessS1}, with a new {@code Facts} object each time (copied from S1 with {@code
   * toBuilder().build()}, which is timed too), so nothing remembered about the last facts helps.
   */
  @Benchmark
  public Assessment assessS1NewFacts() {
    return assessor.assess(s1.toBuilder().build(), AS_OF);
  }

  /** {@link #assessS1} timed call by call, for the median (p0.50) and tail. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public Assessment assessS1Sampled() {
    return assessor.assess(s1, AS_OF);
  }

  @Benchmark
  public Assessment assessS5() {
    return assessor.assess(s5, AS_OF);
  }

  /** The same S1 verdicts by plain if/else: the floor regkit is compared with. */
  @Benchmark
  public Applicability[] floorS1() {
    return HandWrittenMassachusetts.verdicts(s1, AS_OF);
  }

  @Benchmark
  public String toJsonS1() {
    return s1Assessment.toJson();
  }

  /** Parse and validate the bundled pack (every file, every check), as the first assess does once. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RulePack loadPack() {
    return new MassachusettsPack().load();
  }
}
