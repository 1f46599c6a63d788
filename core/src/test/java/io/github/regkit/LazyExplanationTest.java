package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verdicts first, explanations on demand: an assessment's traces and explanation texts, built when
 * first asked for, equal an eager build's, whatever is asked for first and from however many threads.
 */
class LazyExplanationTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final List<LocalDate> DATES = List.of(LocalDate.of(2009, 12, 31), LocalDate.of(2011, 6, 1), LocalDate.of(2021, 1, 1));

  static Stream<Long> seeds() {
    return IntStream.range(0, 100).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lazyExplanationsEqualEagerOnes(long seed) {
    Random random = new Random(seed);
    Facts facts = randomFacts(random);
    LocalDate asOf = DATES.get(random.nextInt(DATES.size()));

    Assessment lazy = ASSESSOR.assess(facts, asOf);
    Assessment eager = ASSESSOR.assessEagerly(facts, asOf);

    assertThat(lazy).isEqualTo(eager);
    assertThat(lazy.toJson()).isEqualTo(eager.toJson());
  }

  @Test
  void anExplanationAskedForFirstEqualsTheEagerOne() {
    Facts facts = DeterminismTest.goldenFacts();
    Assessment eager = ASSESSOR.assessEagerly(facts, DeterminismTest.AS_OF);

    Assessment lazy = ASSESSOR.assess(facts, DeterminismTest.AS_OF);
    String firstExplanation = lazy.ruledOut().get(lazy.ruledOut().size() - 1).explanation();

    assertThat(firstExplanation).isEqualTo(eager.ruledOut().get(eager.ruledOut().size() - 1).explanation());
    for (int i = 0; i < eager.requirements().size(); i++) {
      assertThat(lazy.requirements().get(i).why()).isEqualTo(eager.requirements().get(i).why());
      assertThat(lazy.requirements().get(i).compliance().trace()).isEqualTo(eager.requirements().get(i).compliance().trace());
    }
  }

  @Test
  void explanationsAreBuiltOnceForEveryThreadThatAsks() throws Exception {
    Assessment lazy = ASSESSOR.assess(DeterminismTest.goldenFacts(), DeterminismTest.AS_OF);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Trace>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(() -> lazy.requirements().get(0).why());
      }
      List<Trace> traces = new ArrayList<>();
      for (Future<Trace> f : pool.invokeAll(calls)) {
        traces.add(f.get());
      }
      assertThat(traces).allSatisfy(t -> assertThat(t).isSameAs(traces.get(0)));
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anUnexplainedAssessmentPrintsNoFactValue() {
    Facts facts = DeterminismTest.goldenFacts().toBuilder().remove("org.employees").set("org.employees", 987654).build();

    Assessment lazy = ASSESSOR.assess(facts, DeterminismTest.AS_OF);
    String printed = lazy + " " + lazy.requirements() + " " + lazy.ruledOut()
        + lazy.requirements().stream().map(r -> r.compliance().toString()).toList();

    assertThat(printed).doesNotContain("987654").doesNotContain("2009-06-01");
  }

  private static Facts randomFacts(Random random) {
    Map<String, Object> facts = new HashMap<>();
    for (FactDefinition def : ASSESSOR.vocabulary()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      List<String> values = def.values().stream().map(FactDefinition.AllowedValue::id).toList();
      Object value = switch (def.type()) {
        case BOOLEAN -> random.nextBoolean();
        case ONE_OF -> values.get(random.nextInt(values.size()));
        case SET_OF -> values.stream().filter(v -> random.nextInt(3) > 0).toList();
        case DATE -> LocalDate.of(2008, 1, 1).plusDays(random.nextInt(2000));
        case NUMBER -> (long) random.nextInt(100);
      };
      facts.put(def.id(), value);
    }
    Facts.Builder b = Facts.builder();
    facts.forEach(b::setValue);
    return b.build();
  }
}
