package io.github.regkit.examples.bench;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * regkit side by side with its peer (Google CEL, {@link CelPack}) and the hand-written floor, on
 * the same pack and facts. Before anything is measured, each state checks that CEL gives regkit's
 * verdicts: the Massachusetts pack on S1-S8 at four dates, the synthetic pack on its facts, on no
 * facts and on half of them. {@link PeerComparison} runs this class and prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  static final List<LocalDate> CHECK_DATES =
      List.of(AS_OF, LocalDate.of(2009, 12, 31), LocalDate.of(2019, 4, 10), LocalDate.of(2019, 4, 11));

  /** The Massachusetts pack, regkit's assessor and CEL's programs, and S1. */
  @State(Scope.Benchmark)
  public static class Massachusetts {
    Assessor assessor;
    CelPack cel;
    Facts s1;

    @Setup
    public void setUp() {
      assessor = Assessor.forJurisdiction("US-MA");
      cel = CelPack.compile("manifest.json", Massachusetts::resource);
      int compared = 0;
      for (int s = 1; s <= 8; s++) {
        Facts facts = MassachusettsBenchmark.scenario("S" + s);
        for (LocalDate asOf : CHECK_DATES) {
          compared += cel.check(assessor.assess(facts, asOf), facts, asOf, "S" + s);
        }
      }
      s1 = MassachusettsBenchmark.scenario("S1");
      System.out.println("CEL gives regkit's verdicts: " + compared + " verdicts compared (S1-S8, four dates)");
    }

    static Optional<InputStream> resource(String name) {
      return Optional.ofNullable(PeerBenchmark.class.getResourceAsStream("/io/github/regkit/ma/pack/" + name));
    }
  }

  /** A synthetic pack of 10,000 obligations, for regkit and for CEL. */
  @State(Scope.Benchmark)
  public static class Synthetic {
    Assessor assessor;
    CelPack cel;
    Facts facts;

    @Setup
    public void setUp() {
      SyntheticPack synthetic = SyntheticPack.of(10_000);
      assessor = Assessor.builder().addPack(synthetic.load()).build();
      cel = CelPack.compile(synthetic.root(), synthetic::open);
      facts = synthetic.facts();
      Facts.Builder half = facts.toBuilder();
      int i = 0;
      for (String fact : facts.asMap().keySet()) {
        if (i++ % 2 == 0) {
          half.remove(fact);
        }
      }
      int compared = 0;
      for (Facts f : List.of(facts, Facts.empty(), half.build())) {
        for (LocalDate asOf : List.of(AS_OF, LocalDate.of(2015, 1, 1))) {
          compared += cel.check(assessor.assess(f, asOf), f, asOf, "synthetic-10000");
        }
      }
      System.out.println("CEL gives regkit's verdicts: " + compared + " verdicts compared (synthetic, 10,000 obligations)");
    }
  }

  /** regkit on S1: verdicts, compliance and open questions (what every assessment computes). */
  @Benchmark
  public Assessment regkitS1(Massachusetts m) {
    return m.assessor.assess(m.s1, AS_OF);
  }

  /** regkit on S1 with every explanation built and the JSON written. */
  @Benchmark
  public String regkitS1ExplainedJson(Massachusetts m) {
    return m.assessor.assess(m.s1, AS_OF).toJson();
  }

  /** CEL on S1: the 47 verdicts only. */
  @Benchmark
  public Applicability[] celS1(Massachusetts m) {
    return m.cel.verdicts(m.s1, AS_OF);
  }

  /** The same S1 verdicts by plain if/else. */
  @Benchmark
  public Applicability[] floorS1(Massachusetts m) {
    return HandWrittenMassachusetts.verdicts(m.s1, AS_OF);
  }

  /** regkit on a synthetic pack of 10,000 obligations: verdicts, compliance and open questions. */
  @Benchmark
  public Assessment regkitSynthetic10k(Synthetic s) {
    return s.assessor.assess(s.facts, AS_OF);
  }

  /** CEL on the same synthetic pack: verdicts only. */
  @Benchmark
  public Applicability[] celSynthetic10k(Synthetic s) {
    return s.cel.verdicts(s.facts, AS_OF);
  }
}
