package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.logging.CapturingLogs;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Facts can be personal information. With every log level enabled (TRACE to ERROR, through core's
 * capturing SLF4J backend), assessing facts writes none of their values to any log, and error
 * messages name the fact and what was expected without repeating a long or number-like value.
 */
class PrivacyTest {
  private static final String SSN = "123-45-6789";
  private static final List<String> DISTINCTIVE = List.of(SSN, "123456789", "987654321", "1987-06-17", "4111111111111111");

  @BeforeEach
  void clearLogs() {
    CapturingLogs.clear();
  }

  @Test
  void theCapturingBackendIsActiveWithEveryLevelEnabled() {
    var log = LoggerFactory.getLogger("io.github.regkit");

    assertThat(log.isTraceEnabled()).isTrue();
    assertThat(log.isErrorEnabled()).isTrue();
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("io.github.regkit.logging.");
  }

  @Test
  void assessingDistinctiveFactsNeverWritesTheirValuesToAnyLog() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();
    Facts facts = Facts.fromJson("""
        {"org.kind": "company", "data.kinds": ["name", "id-number"], "org.employees": 987654321,
         "contract.signed": "1987-06-17", "vendor.stores": true}""");

    assessor.assess(facts, LocalDate.of(2021, 1, 1)).toJson();

    List<String> logs = CapturingLogs.lines();
    assertThat(logs).as("regkit logs at DEBUG when it loads and assesses").isNotEmpty()
        .anySatisfy(line -> assertThat(line).startsWith("DEBUG io.github.regkit.internal.Engine: Assessed 5 facts"));
    for (String value : DISTINCTIVE) {
      assertThat(logs).noneSatisfy(line -> assertThat(line).contains(value));
    }
  }

  @Test
  void rejectingFactsNeverWritesTheirValuesToAnyLog() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();
    for (String json : List.of(
        "{\"org.kind\": \"" + SSN + "\"}",
        "{\"org.employees\": \"" + SSN + "\"}",
        "{\"" + SSN + "\": true}",
        "{\"data.kinds\": [\"name\", \"4111111111111111\"]}",
        "{\"org.kind\": x123456789}")) {
      assertThatThrownBy(() -> assessor.assess(Facts.fromJson(json), LocalDate.of(2021, 1, 1)))
          .isInstanceOf(InvalidFactsException.class);
    }

    List<String> logs = CapturingLogs.lines();
    for (String value : DISTINCTIVE) {
      assertThat(logs).noneSatisfy(line -> assertThat(line).contains(value));
    }
  }

  @Test
  void anSsnGivenAsAnAllowedValueIsNamedByItsFactButNotShown() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();

    assertThatThrownBy(() -> assessor.assess(Facts.fromJson("{\"org.kind\": \"" + SSN + "\"}")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.kind': a value of 11 characters (not shown) is not an allowed value;"
            + " expected one of [company, charity, agency]");
  }

  @Test
  void anSsnGivenForANumberFactIsNamedByItsFactButNotShown() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();

    assertThatThrownBy(() -> assessor.assess(Facts.fromJson("{\"org.employees\": \"" + SSN + "\"}")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.employees': expected a number, found a text of 11 characters (not shown)");
  }

  @Test
  void anSsnUsedAsAFactIdIsNotShown() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();

    assertThatThrownBy(() -> assessor.assess(Facts.fromJson("{\"" + SSN + "\": true}")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact (an id of 11 characters, not shown) is not in the vocabulary of packs [test-pack];"
            + " expected a declared fact id");
  }

  @Test
  void aCardNumberInASetIsNotShown() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();

    assertThatThrownBy(() -> assessor.assess(Facts.fromJson("{\"data.kinds\": [\"name\", \"4111111111111111\"]}")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'data.kinds': a value of 16 characters (not shown) is not an allowed value;"
            + " expected values from [name, id-number, email]");
  }

  @Test
  void aNumberLikeTokenInMalformedJsonIsNotShown() {
    assertThatThrownBy(() -> Facts.fromJson("{\"org.kind\": x123456789}"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("Invalid facts: malformed JSON at line 1, column")
        .hasMessageContaining("(10 characters, not shown)")
        .hasMessageNotContaining("123456789");
  }

  @Test
  void aLongTextValueIsCountedNotShown() {
    String secret = "my-secret-note-about-a-customer-that-is-quite-long";
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();

    assertThatThrownBy(() -> assessor.assess(Facts.fromJson("{\"org.kind\": \"" + secret + "\"}")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.kind': a value of 50 characters (not shown) is not an allowed value;"
            + " expected one of [company, charity, agency]");
  }

  @Test
  void anOutOfRangeNumberIsNamedByItsFactButNotShown() {
    assertThatThrownBy(() -> Facts.fromJson("{\"org.employees\": 123456789e999999}"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.employees': a number out of range;"
            + " expected at most 100 digits before and 100 after the decimal point");
  }

  /** Assessment.toString() was 240 KB and printed every fact value a trace shows ("given: ..."). */
  @Test
  void loggingAnAssessmentWritesAShortSummaryWithoutFactValues() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();
    Facts facts = Facts.fromJson("""
        {"org.kind": "company", "data.kinds": ["name", "id-number"], "org.employees": 987654321,
         "contract.signed": "1987-06-17", "vendor.stores": true}""");
    Assessment assessment = assessor.assess(facts, LocalDate.of(2021, 1, 1));

    LoggerFactory.getLogger("app").info("assessed: {}", assessment);

    String logged = CapturingLogs.lines().stream().filter(l -> l.startsWith("INFO app:")).findFirst().orElseThrow();
    assertThat(logged).isEqualTo("INFO app: assessed: " + assessment).hasSizeLessThan(300)
        .contains("as of 2021-01-01", assessment.requirements().size() + " requirements");
    for (String value : DISTINCTIVE) {
      assertThat(logged).doesNotContain(value);
    }
    assertThat(String.valueOf(assessment.requirements()) + assessment.ruledOut()).doesNotContain("987654321", "1987-06-17");
  }

  /**
   * A value given is said once, in the JSON's facts (and a report's "Facts given"), not in every
   * trace text and explanation that tests it: texts say what was tested, {@code Trace.given()} holds
   * the value.
   */
  @Test
  void traceTextsAndExplanationsSayWhatWasTestedNotTheValueGiven() {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();
    Facts facts = Facts.fromJson("""
        {"org.kind": "charity", "data.kinds": ["name", "id-number"], "org.employees": 987654321,
         "contract.signed": "1987-06-17", "vendor.stores": true}""");
    Assessment a = assessor.assess(facts, LocalDate.of(2021, 1, 1));

    StringBuilder texts = new StringBuilder();
    List<Trace> givenLeaves = new java.util.ArrayList<>();
    a.requirements().forEach(r -> {
      r.why().forEach(t -> texts.append(t.text()).append('\n'));
      r.compliance().trace().forEach(t -> texts.append(t.text()).append('\n'));
      r.why().forEach(t -> t.given().ifPresent(v -> givenLeaves.add(t)));
    });
    a.ruledOut().forEach(n -> {
      texts.append(n.explanation()).append('\n');
      n.trace().forEach(t -> texts.append(t.text()).append('\n'));
    });

    assertThat(texts.toString()).doesNotContain("987654321", "1987-06-17", "given");
    assertThat(givenLeaves).anySatisfy(t -> assertThat(t.given()).contains(new java.math.BigDecimal("987654321")));
    String json = a.toJson();
    assertThat(json.split("987654321", -1)).as("said once, in facts").hasSize(2);
    assertThat(json.split("1987-06-17", -1)).hasSize(2);
  }

  @Test
  void factsToStringNamesFactIdsButNotATextGivenAsAnId() {
    Facts facts = Facts.builder().set("123-45-6789", true).set("vendor.stores", true).build();

    assertThat(facts.toString()).isEqualTo("Facts[(an id of 11 characters, not shown), vendor.stores]").doesNotContain("6789");
  }

  @Test
  void settingAFactTwiceNamesNoTextGivenAsAnId() {
    Facts.Builder builder = Facts.builder().set("jane@example.com", true);

    assertThatThrownBy(() -> builder.set("jane@example.com", false))
        .isInstanceOf(IllegalStateException.class).message().doesNotContain("jane").contains("replace(");
  }
}
