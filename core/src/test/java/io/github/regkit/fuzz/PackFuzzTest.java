package io.github.regkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.FactDefinition;
import io.github.regkit.Facts;
import io.github.regkit.RegkitException;
import io.github.regkit.RulePack;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary bytes to the pack loader. Any input must end in a loaded pack that can be assessed
 * and written as JSON, or in a {@link RegkitException} (in practice {@code InvalidRulePackException})
 * — never another exception, a hang or running out of memory.
 *
 * <p>{@code mvn verify} replays the committed seeds under {@code
 * src/test/resources/io/github/regkit/fuzz/PackFuzzTestInputs/anyBytesLoadAsAPackOrFailWithInvalidRulePackException/};
 * a longer run is {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=PackFuzzTest} (see README).
 */
class PackFuzzTest {
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2011, 6, 1));

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({
    "\"schemaVersion\"", "\"id\"", "\"jurisdiction\"", "\"dataVersion\"", "\"currentAsOf\"", "\"include\"",
    "\"facts\"", "\"terms\"", "\"regulations\"", "\"obligations\"", "\"type\"", "\"values\"", "\"question\"",
    "\"help\"", "\"label\"", "\"citation\"", "\"title\"", "\"kind\"", "\"issuer\"", "\"source\"", "\"retrieved\"",
    "\"effective\"", "\"from\"", "\"until\"", "\"scope\"", "\"summary\"", "\"when\"", "\"duty\"", "\"addressee\"",
    "\"role\"", "\"party\"", "\"actions\"", "\"evidence\"", "\"excerpt\"", "\"text\"", "\"provenance\"",
    "\"verified\"", "\"appliesWhen\"", "\"exemptWhen\"", "\"satisfiedWhen\"", "\"definition\"", "\"all\"",
    "\"any\"", "\"not\"", "\"fact\"", "\"term\"", "\"always\"", "\"asOf\"", "\"equals\"", "\"in\"",
    "\"contains\"", "\"containsAny\"", "\"containsAll\"", "\"before\"", "\"after\"", "\"onOrBefore\"",
    "\"onOrAfter\"", "\"lessThan\"", "\"atMost\"", "\"greaterThan\"", "\"atLeast\"", "\"ONE_OF\"", "\"SET_OF\"",
    "\"BOOLEAN\"", "\"NUMBER\"", "\"DATE\"", "\"STATUTE\"", "\"REGULATION\"", "\"MUST\"", "\"MUST_NOT\"",
    "\"CALLER\"", "\"COUNTERPARTY\"", "\"OFFICIAL\"", "\"PARAPHRASE\"", "\"2024-01-01\"", "\"2024-02-30\"",
    "1e999999999", "-0.0", "\"https://example.org\"", "\"ZZ-TP\"", "\\u0000", "\\ud800",
    "\"buildsOn\"", "\"dataVersions\"", "\"test-pack\"", "\"1.*\"", "\"POLICY\""
  })
  void anyBytesLoadAsAPackOrFailWithInvalidRulePackException(byte[] input) {
    RulePack pack;
    try {
      pack = RulePack.fromStream(new ByteArrayInputStream(input), "fuzz.json");
    } catch (RegkitException expected) {
      return;
    }
    Assessor assessor;
    try {
      assessor = Assessor.builder().addPack(pack).build();
    } catch (RegkitException expected) {
      return;
    }
    for (Facts facts : List.of(Facts.empty(), someValueForEveryFact(pack))) {
      for (LocalDate date : DATES) {
        Assessment assessment = assessor.assess(facts, date);
        String json = assessment.toJson();
        assertThat(assessor.assess(facts, date).toJson()).isEqualTo(json);
      }
    }
  }

  /** A value of the declared type for every fact of the pack, so that conditions are decided. */
  static Facts someValueForEveryFact(RulePack pack) {
    Facts.Builder b = Facts.builder();
    for (FactDefinition f : pack.facts()) {
      switch (f.type()) {
        case BOOLEAN -> b.set(f.id(), true);
        case NUMBER -> b.set(f.id(), new BigDecimal("50"));
        case DATE -> b.set(f.id(), LocalDate.of(2009, 6, 1));
        case ONE_OF -> b.set(f.id(), f.values().get(0).id());
        case SET_OF -> b.set(f.id(), f.values().stream().map(FactDefinition.AllowedValue::id).toList());
      }
    }
    return b.build();
  }
}
