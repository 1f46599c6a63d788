package io.github.regkit.examples;

import static io.github.regkit.testing.AssessmentAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The pattern README.md recommends for testing code that uses regkit: assert what matters with
 * {@code AssessmentAssert}, and pin the whole answer in a golden file so any change in the law data
 * or the engine shows up in review. Re-record with {@code mvn test -Dregkit.record=true}.
 */
class GoldenFileExampleTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "S1.json");

  static Assessment s1() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("scenarios", "S1.json"))) {
      // A fixed date, never "today": the law changes, and so would the answer.
      return Assessor.forJurisdiction("US-MA").assess(Facts.fromJson(in), LocalDate.of(2026, 11, 28));
    }
  }

  @Test
  void helpDeskVendorNeedsAContractClauseAndEncryption() throws Exception {
    assertThat(s1())
        .requires("201 CMR 17.03(2)(f)")
        .requires("201 CMR 17.04(3)")
        .requires("M.G.L. c. 93H, § 3(a)")
        .rulesOut("760 CMR 8.00")
        .hasCompliance("201 CMR 17.04(3)", ComplianceStatus.UNKNOWN);
  }

  @Test
  void wholeAnswerMatchesTheGoldenFile() throws Exception {
    Assessment assessment = s1();
    // The regkit version is the one line that changes with every release; pin everything else.
    String actual = (assessment.toJson() + "\n").replace(
        "\"regkitVersion\" : \"" + assessment.receipt().regkitVersion() + "\"", "\"regkitVersion\" : \"VERSION\"");
    if (Boolean.getBoolean("regkit.record")) {
      Files.writeString(GOLDEN, actual);
    }
    assertThat(actual).as("re-record with: mvn test -Dregkit.record=true").isEqualTo(Files.readString(GOLDEN));
  }
}
