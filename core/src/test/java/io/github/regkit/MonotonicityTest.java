package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Supplying a fact that was unknown only settles MAY_APPLY (and UNKNOWN compliance) verdicts; it
 * never turns APPLIES into NOT_APPLICABLE or back. Checked over generated fact sets, answering the
 * unknown facts one at a time in a random order.
 */
class MonotonicityTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final List<LocalDate> DATES = List.of(LocalDate.of(2009, 12, 31), LocalDate.of(2011, 6, 1), LocalDate.of(2021, 1, 1));

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void answeringAnOpenQuestionOnlySettlesUndecidedVerdicts(long seed) {
    Random random = new Random(seed);
    Map<String, Object> full = randomCompleteFacts(random);
    List<String> order = new ArrayList<>(full.keySet());
    java.util.Collections.shuffle(order, random);
    LocalDate asOf = DATES.get(random.nextInt(DATES.size()));

    Facts.Builder known = Facts.builder();
    Map<String, String> previous = verdicts(ASSESSOR.assess(known.build(), asOf));
    for (String factId : order) {
      known.setValue(factId, full.get(factId));
      Map<String, String> next = verdicts(ASSESSOR.assess(known.build(), asOf));
      for (Map.Entry<String, String> e : previous.entrySet()) {
        if (!e.getValue().endsWith("MAY_APPLY") && !e.getValue().endsWith("UNKNOWN")) {
          assertThat(next.get(e.getKey()))
              .as("verdict %s after supplying %s (seed %d)", e.getKey(), factId, seed)
              .isEqualTo(e.getValue());
        }
      }
      previous = next;
    }
    assertThat(previous.values()).as("with every fact known nothing is undecided")
        .noneMatch(v -> v.endsWith("MAY_APPLY"));
  }

  /** Obligation id (and compliance of it) to verdict; an absent obligation is NOT_APPLICABLE. */
  private static Map<String, String> verdicts(Assessment a) {
    Map<String, String> out = new HashMap<>();
    for (RulePack pack : ASSESSOR.packs()) {
      pack.regulations().forEach(r -> r.obligations().forEach(o -> out.put(o.id(), "NOT_APPLICABLE")));
    }
    for (Requirement r : a.requirements()) {
      out.put(r.id(), r.applicability().name());
      out.put(r.id() + "/compliance", r.applicability() == Applicability.APPLIES ? r.compliance().status().name() : "MAY_APPLY");
    }
    return out;
  }

  private static Map<String, Object> randomCompleteFacts(Random random) {
    Map<String, Object> facts = new HashMap<>();
    for (FactDefinition def : ASSESSOR.vocabulary()) {
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
    return facts;
  }
}
