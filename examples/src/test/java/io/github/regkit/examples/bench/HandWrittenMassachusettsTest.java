package io.github.regkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.Requirement;
import io.github.regkit.ma.MassachusettsPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark floor is honest only if it computes regkit's verdicts; this checks that it does. */
class HandWrittenMassachusettsTest {
  private static final Assessor ASSESSOR = Assessor.forJurisdiction("US-MA");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private static final Map<String, String> CITATIONS = new LinkedHashMap<>();

  static {
    new MassachusettsPack().load().regulations()
        .forEach(r -> r.obligations().forEach(o -> CITATIONS.put(o.id(), o.citation())));
  }

  static Facts scenario(String name) throws IOException {
    return Facts.fromJson(Files.readString(Path.of("scenarios", name + ".json")));
  }

  static Map<String, Applicability> regkit(Facts facts, LocalDate asOf) {
    Assessment a = ASSESSOR.assess(facts, asOf);
    Map<String, Applicability> out = new LinkedHashMap<>();
    for (String id : HandWrittenMassachusetts.OBLIGATIONS) {
      out.put(id, a.findRequirement(id).map(Requirement::applicability).orElseGet(() -> {
        assertThat(a.findRuledOut(id).or(() -> a.findRuledOut(CITATIONS.get(id))))
            .as("%s is neither a requirement nor ruled out", id).isPresent();
        return Applicability.NOT_APPLICABLE;
      }));
    }
    return out;
  }

  static Map<String, Applicability> floor(Facts facts, LocalDate asOf) {
    Applicability[] verdicts = HandWrittenMassachusetts.verdicts(facts, asOf);
    Map<String, Applicability> out = new LinkedHashMap<>();
    for (int i = 0; i < verdicts.length; i++) {
      out.put(HandWrittenMassachusetts.OBLIGATIONS.get(i), verdicts[i]);
    }
    return out;
  }

  @Test
  void floorGivesRegkitsVerdictsForS1() throws IOException {
    Facts s1 = scenario("S1");

    Map<String, Applicability> floor = floor(s1, AS_OF);

    assertThat(floor).containsExactlyEntriesOf(regkit(s1, AS_OF));
    assertThat(floor.values()).contains(Applicability.APPLIES, Applicability.NOT_APPLICABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"})
  void floorGivesRegkitsVerdictsForEveryBundledScenarioAndDate(String name) throws IOException {
    Facts facts = scenario(name);
    for (LocalDate asOf : List.of(AS_OF, LocalDate.of(2009, 12, 31), LocalDate.of(2019, 4, 10), LocalDate.of(2019, 4, 11))) {
      assertThat(floor(facts, asOf)).as("%s as of %s", name, asOf).containsExactlyEntriesOf(regkit(facts, asOf));
    }
  }

  @Test
  void floorCoversEveryObligationOfThePack() {
    assertThat(HandWrittenMassachusetts.OBLIGATIONS).containsExactlyInAnyOrderElementsOf(CITATIONS.keySet());
  }
}
