package io.github.regkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.RegkitException;
import io.github.regkit.testpack.TestPacks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary bytes to the facts reader, as a string and as a stream, and assesses whatever it
 * reads against the core test pack. Any input must end in an assessment or in a {@link
 * RegkitException} (in practice {@code InvalidFactsException}) — never another exception, a hang or
 * running out of memory.
 *
 * <p>{@code mvn verify} replays the committed seeds under {@code
 * src/test/resources/io/github/regkit/fuzz/FactsFuzzTestInputs/anyBytesAssessOrFailWithInvalidFactsException/};
 * a longer run is {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=FactsFuzzTest} (see README).
 */
class FactsFuzzTest {
  private static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @DictionaryEntries({
    "\"org.kind\"", "\"data.kinds\"", "\"org.employees\"", "\"contract.signed\"", "\"vendor.stores\"",
    "\"control.policy\"", "\"control.clause\"", "\"org.research\"", "\"company\"", "\"charity\"", "\"agency\"",
    "\"name\"", "\"id-number\"", "\"email\"", "\"2009-06-01\"", "\"2024-02-30\"", "\"0000-01-01\"",
    "\"123-45-6789\"", "1e999999999", "1e-999999999", "-0", "true", "false", "null", "\\ud800", "\\u0000"
  })
  void anyBytesAssessOrFailWithInvalidFactsException(byte[] input) {
    assessBoth(() -> Facts.fromJson(new String(input, StandardCharsets.UTF_8)));
    assessBoth(() -> Facts.fromJson(new ByteArrayInputStream(input)));
  }

  private static void assessBoth(java.util.function.Supplier<Facts> reader) {
    Facts facts;
    try {
      facts = reader.get();
    } catch (RegkitException expected) {
      return;
    }
    Facts again = Facts.fromJson(facts.toJson());
    assertThat(again).isEqualTo(facts);
    for (LocalDate date : new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2011, 6, 1)}) {
      Assessment assessment;
      try {
        assessment = ASSESSOR.assess(facts, date);
      } catch (RegkitException expected) {
        continue;
      }
      assertThat(assessment.toJson()).isEqualTo(ASSESSOR.assess(facts, date).toJson());
    }
  }
}
