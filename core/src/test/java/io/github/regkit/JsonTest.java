package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regkit.json.RegkitModule;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new RegkitModule());

  static Assessment sample() {
    Facts facts = Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
        .set("contract.signed", LocalDate.of(2009, 6, 1)).set("org.employees", 70).build();
    return ASSESSOR.assess(facts, LocalDate.of(2021, 1, 1));
  }

  @Test
  void assessmentRoundTripsThroughTheJacksonModule() throws Exception {
    Assessment a = sample();

    Assessment back = MAPPER.readValue(MAPPER.writeValueAsString(a), Assessment.class);
    assertThat(back).isEqualTo(a);
  }

  @Test
  void factsRoundTripThroughTheJacksonModule() throws Exception {
    Facts f = Facts.builder().set("org.kind", "company").set("contract.signed", LocalDate.of(2009, 6, 1)).build();

    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(f), Facts.class)).isEqualTo(f);
  }

  @Test
  void sameInputGivesByteIdenticalJson() {
    assertThat(sample().toJson()).isEqualTo(sample().toJson());
  }

  @Test
  void jsonCarriesTheFieldsIntegratorsReadFirst() throws Exception {
    var tree = MAPPER.readTree(sample().toJson());

    var first = tree.get("requirements").get(0);
    assertThat(first.get("citation").asText()).isEqualTo("Test Act § 3(a)");
    assertThat(first.get("status").asText()).isEqualTo("APPLIES");
    assertThat(first.get("compliance").asText()).isEqualTo("UNKNOWN");
    assertThat(first.get("addressee").asText()).isEqualTo("CALLER");
    assertThat(tree.get("notApplicable").get(0).get("reason").asText()).isNotEmpty();
    assertThat(tree.get("openQuestions").get(0).get("fact").asText()).isNotEmpty();
    assertThat(tree.get("openQuestions").get(0).get("question").asText()).isNotEmpty();
  }

  @Test
  void assessmentJsonNeverContainsTheFactsThemselves() {
    Facts facts = Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "email")).build();

    assertThat(ASSESSOR.assess(facts, LocalDate.of(2021, 1, 1)).receipt().toString()).doesNotContain("email");
  }

  @Test
  void malformedAssessmentJsonNamesThePath() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"requirements\": [{}]}", Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.requirements[0].excerpt: missing");
  }

  @Test
  void infiniteNumberThroughAPlainMapperIsAnInvalidFactsException() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"org.employees\": 1e999999}", Facts.class))
        .isInstanceOf(InvalidFactsException.class);
  }

  @Test
  void requirementReadBackWithStatusNotApplicableIsRejectedWithItsPath() throws Exception {
    String json = sample().toJson().replaceFirst("\"status\" : \"APPLIES\"", "\"status\" : \"NOT_APPLICABLE\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.requirements[0].status: expected APPLIES or MAY_APPLY for a requirement");
  }

  @Test
  void reversedEffectivePeriodReadBackIsRejectedWithItsPath() throws Exception {
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(sample().toJson());
    var effective = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("requirements").get(0).get("effective");
    effective.put("from", "2020-01-01").put("until", "2019-01-01");

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessageStartingWith("Invalid assessment JSON at $.requirements[0].effective: effective period must start before it ends");
  }

  @Test
  void dateGivenAsTextInTheBuilderEqualsTheSameFactsReadFromJson() {
    Facts built = Facts.builder().set("contract.signed", "2009-06-01").build();

    assertThat(Facts.fromJson(built.toJson())).isEqualTo(built);
    assertThat(built.get("contract.signed")).contains(LocalDate.of(2009, 6, 1));
  }

  @Test
  void nonFiniteDoubleIsRejectedByTheBuilder() {
    assertThatThrownBy(() -> Facts.builder().setValue("org.employees", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact org.employees: NaN is not a number regkit can compare; expected a finite number");
  }

  @Test
  void deeplyNestedTraceReadWithARaisedNestingLimitIsRegkitsOwnException() throws Exception {
    // The minimal input of issue 10 item 13: a ruled-out entry whose trace nests 20,000 levels,
    // read by a caller's mapper that allows such nesting.
    StringBuilder trace = new StringBuilder();
    int depth = 20_000;
    for (int i = 0; i < depth; i++) {
      trace.append("{\"result\":\"FALSE\",\"kind\":\"NOT\",\"text\":\"n\",\"children\":[");
    }
    trace.append("{\"result\":\"TRUE\",\"kind\":\"CONSTANT\",\"text\":\"x\"}");
    trace.append("]}".repeat(depth));
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(sample().toJson());
    String json = tree.toString().replaceFirst("\"trace\":\\{", java.util.regex.Matcher.quoteReplacement("\"trace\":" + trace + ",\"unused\":{"));
    ObjectMapper lenient = com.fasterxml.jackson.databind.json.JsonMapper.builder(
            com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(1_000_000).build())
                .build())
        .addModule(new RegkitModule()).build();

    assertThatThrownBy(() -> lenient.readValue(json, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.notApplicable[0].trace: a trace deeper than 200 levels");
  }

  @Test
  void ruledOutObligationKeepsWhoseDutyItIsThroughJson() throws Exception {
    Assessment a = ASSESSOR.assess(Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
        .set("vendor.stores", false).build(), LocalDate.of(2021, 1, 1));
    RuledOut vendor = a.findRuledOut("tp.act.vendor").orElseThrow();

    assertThat(vendor.addressee()).map(Addressee::role).contains(Addressee.Role.COUNTERPARTY);
    assertThat(MAPPER.readValue(a.toJson(), Assessment.class).findRuledOut("tp.act.vendor").orElseThrow()).isEqualTo(vendor);
  }
}
