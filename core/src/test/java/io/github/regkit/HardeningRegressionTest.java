package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One test per crash, hang or blow-up found by fuzzing, hostile input or static analysis. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HardeningRegressionTest {
  private static final String HEADER = """
      "schemaVersion": 1, "id": "p", "jurisdiction": {"id": "ZZ-TP", "name": "Testland"},
      "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
      """;

  private static InvalidRulePackException packFailure(String json) {
    try {
      RulePack.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "pack.json");
    } catch (InvalidRulePackException e) {
      return e;
    }
    throw new AssertionError("pack loaded, but was expected to fail");
  }

  /** Found by PackFuzzTest: Jackson threw NumberFormatException out of RulePack.fromStream. */
  @Test
  void packNumberWhoseExponentOverflowsIsAProblemWithItsPosition() {
    assertThat(packFailure("{\"schemaVersion\": 1e9999999995}").problems()).containsExactly(
        "pack.json: malformed JSON at line 1, column 31: a number out of range;"
            + " expected a number of at most 100 characters with a small exponent");
  }

  /** The same Jackson failure reached through Facts.fromJson. */
  @Test
  void factsNumberWhoseExponentOverflowsIsInvalidFacts() {
    assertThatThrownBy(() -> Facts.fromJson("{\"org.employees\": 1e9999999995}"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: malformed JSON at line 1, column 31: a number out of range;"
            + " expected a number of at most 100 characters with a small exponent");
  }

  /** Normalising 1e999999999 wrote out a billion-digit integer. */
  @Test
  void hugeNumberGivenToTheBuilderIsRejectedAtOnce() {
    assertThatThrownBy(() -> Facts.builder().set("org.employees", new BigDecimal("1e999999999")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.employees': a number out of range;"
            + " expected at most 100 digits before and 100 after the decimal point");
  }

  /** Every assessment wrote the operand out in full in its trace. */
  @Test
  void hugeNumberOperandInAPackIsRejected() {
    String json = "{" + HEADER + """
        "facts": [{"id": "n", "type": "NUMBER", "question": "Q?", "help": "H"}],
        "terms": [{"id": "t", "name": "T", "citation": "Act § 1", "summary": "S",
                   "definition": {"fact": "n", "atLeast": 1e999999999}}]}""";

    assertThat(packFailure(json).problems()).containsExactly(
        "pack.json at $.terms[0].definition.atLeast: a number out of range;"
            + " expected at most 100 digits before and 100 after the decimal point");
  }

  /** A chain of thousands of terms could overflow the stack in the cycle check and in assessment. */
  @Test
  void longChainOfTermsIsRejectedWithoutOverflowingTheStack() {
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      terms.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"name\": \"T\", \"citation\": \"Act § 1\",")
          .append(" \"summary\": \"S\", \"definition\": ")
          .append(i == 4999 ? "{\"always\": true}" : "{\"term\": \"t" + (i + 1) + "\"}").append("}");
    }

    // Each run of 32 terms is reported; the list stops at 100 and counts the rest.
    var problems = packFailure("{" + HEADER + "\"terms\": [" + terms + "]}").problems();
    assertThat(problems).hasSize(101);
    assertThat(problems.get(0)).isEqualTo(
        "pack.json at $.terms[0].id: term 't0' is defined through more than 32 nested terms (t0 -> t1 -> ...);"
            + " expected at most 32");
    assertThat(problems.get(100)).isEqualTo("and 56 more problems, not listed");
  }

  /** Terms that each use the previous one twice made one trace 2^n nodes long. */
  @Test
  void termsThatDoubleTheirPredecessorAreRejectedOnceTooLarge() {
    StringBuilder terms = new StringBuilder("{\"id\": \"t0\", \"name\": \"T\", \"citation\": \"Act § 1\", \"summary\": \"S\","
        + " \"definition\": {\"always\": true}}");
    for (int i = 1; i <= 12; i++) {
      terms.append(",{\"id\": \"t").append(i).append("\", \"name\": \"T\", \"citation\": \"Act § 1\", \"summary\": \"S\",")
          .append(" \"definition\": {\"all\": [{\"term\": \"t").append(i - 1).append("\"}, {\"term\": \"t").append(i - 1).append("\"}]}}");
    }

    assertThat(packFailure("{" + HEADER + "\"terms\": [" + terms + "]}").problems()).containsExactly(
        "pack.json at $.terms[12].id: the definition of term 't12' has 16382 conditions, counting the terms it uses"
            + " each time; expected at most 10000");
  }

  /** Found by NullAway: a path without a file name (the root) threw NullPointerException. */
  @Test
  void loadingAPackFromAPathWithoutAFileNameIsAnInvalidRulePackException() {
    Path root = Path.of("/");

    assertThatThrownBy(() -> RulePack.fromPath(root))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessage("Invalid rule pack /: 1 problem\n  - /: not a file; expected the path of a manifest file");
  }
}
