package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regkit.json.RegkitModule;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

  // ---------------------------------------------------------------- terms, scopes and facts said once

  @Test
  void eachTermScopeAndValueIsWrittenOnceAndUsesReferToIt() throws Exception {
    var tree = MAPPER.readTree(sample().toJson());

    assertThat(tree.get("terms").get("tp.business").get("definition").get("fact").asText()).isEqualTo("org.kind");
    assertThat(tree.get("scopes").get("Test Act 2010").get("kind").asText()).isEqualTo("SCOPE");
    assertThat(tree.get("facts").get("data.kinds").toString()).isEqualTo("[\"id-number\",\"name\"]");
    var scopeUse = tree.get("requirements").get(0).get("why").get("children").get(0);
    assertThat(scopeUse.toString()).isEqualTo("{\"result\":\"TRUE\",\"kind\":\"SCOPE\",\"scope\":\"Test Act 2010\"}");
    var termUse = tree.get("scopes").get("Test Act 2010").get("children").get(0).get("children").get(0);
    assertThat(termUse.toString()).isEqualTo("{\"result\":\"TRUE\",\"kind\":\"TERM\",\"term\":\"tp.business\"}");
    assertThat(sample().toJson()).doesNotContain("given");
  }

  @Test
  void traceReadBackHoldsTheValuesGivenAndSharesEachTermsDefinition() throws Exception {
    Assessment a = sample();
    Assessment back = MAPPER.readValue(a.toJson(), Assessment.class);

    Trace scope = back.requirements().get(0).why().children().get(0);
    assertThat(scope.kind()).isEqualTo(Trace.Kind.SCOPE);
    assertThat(back.requirements().get(1).why().children().get(0)).isSameAs(scope);
    Trace business = scope.children().get(0).children().get(0);
    assertThat(business.termId()).contains("tp.business");
    assertThat(business.children().get(0).given()).contains("company");
    assertThat(business.render()).contains("[TRUE] the organisation is a company or a charity [org.kind is one of [company, charity]]; given: company");
  }

  @Test
  void leavesThatHoldAnotherValueThanTheFactsListSayTheirOwn() throws Exception {
    Assessment a = sample();
    Requirement first = a.requirements().get(0);
    Trace stale = new Trace(Truth.FALSE, Trace.Kind.FACT, "org.kind is agency", Optional.of("org.kind"), Optional.of("agency"),
        Optional.empty(), Optional.empty(), List.of());
    Trace unknown = new Trace(Truth.UNKNOWN, Trace.Kind.FACT, "org.kind is agency", Optional.of("org.kind"), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());
    Trace bareTerm = new Trace(Truth.TRUE, Trace.Kind.TERM, "a term without its definition", Optional.empty(), Optional.of("tp.business"),
        Optional.of("Test Act § 1(b)"), List.of());
    Trace why = new Trace(Truth.FALSE, Trace.Kind.ALL, "mixed", Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(first.why(), stale, unknown, bareTerm));
    Assessment mixed = new Assessment(List.of(new Requirement(first.obligation(), first.regulationCitation(), first.applicability(), why,
        first.compliance())), List.of(), List.of(), a.receipt());

    String json = mixed.toJson();
    Assessment back = MAPPER.readValue(json, Assessment.class);

    assertThat(json).contains("\"given\" : \"agency\"", "\"given\" : null");
    assertThat(back).isEqualTo(mixed);
    assertThat(back.toJson()).isEqualTo(json);
  }

  @Test
  void jsonWrittenBeforeTermsWereExplainedOnceIsStillRead() throws Exception {
    String old;
    try (var in = JsonTest.class.getClassLoader().getResourceAsStream("json/assessment-0.1-inline-traces.json")) {
      old = new String(java.util.Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    Assessment a = MAPPER.readValue(old, Assessment.class);

    Trace scope = a.requirements().get(0).why().children().get(0);
    assertThat(scope.children().get(0).children().get(0).termId()).contains("tp.business");
    assertThat(a.toJson()).contains("\"terms\" : {");
  }

  static com.fasterxml.jackson.databind.node.ObjectNode withTerms(String terms, String why) throws Exception {
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(sample().toJson());
    tree.set("terms", MAPPER.readTree(terms));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("requirements").get(0)).set("why", MAPPER.readTree(why));
    return tree;
  }

  static String termUse(String key) {
    return "{\"result\": \"TRUE\", \"kind\": \"TERM\", \"term\": \"" + key + "\"}";
  }

  static String termEntry(String definition) {
    return "{\"result\": \"TRUE\", \"text\": \"t\", \"definition\": " + definition + "}";
  }

  @Test
  void aTermUsedInItsOwnDefinitionIsRejectedWithItsPath() throws Exception {
    var tree = withTerms("{\"a\": " + termEntry(termUse("b")) + ", \"b\": " + termEntry(termUse("a")) + "}", termUse("a"));

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.terms['b'].definition.term: term 'a' is used in its own definition");
  }

  @Test
  void aTermThatIsNotInTheTermsIsRejectedWithItsPath() throws Exception {
    var tree = withTerms("{}", termUse("nowhere"));

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.requirements[0].why.term: no term 'nowhere' in $.terms");
  }

  /** Twenty terms that each use the one before twice: 40 KB of JSON standing for a trace of two million nodes. */
  @Test
  void termsThatStandForAnExponentiallyLargeTraceAreRejected() throws Exception {
    StringBuilder terms = new StringBuilder("{\"t0\": " + termEntry("{\"result\": \"TRUE\", \"kind\": \"CONSTANT\", \"text\": \"x\"}"));
    for (int i = 1; i <= 20; i++) {
      terms.append(", \"t").append(i).append("\": ").append(termEntry("{\"result\": \"TRUE\", \"kind\": \"ALL\", \"text\": \"both\", \"children\": ["
          + termUse("t" + (i - 1)) + ", " + termUse("t" + (i - 1)) + "]}"));
    }
    var tree = withTerms(terms.append('}').toString(), termUse("t20"));

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.requirements[0].why: a trace of more than 100000 nodes, counting each term and"
            + " scope every time it is used");
  }

  /** A chain of 300 terms, each JSON object shallow: the trace they stand for is 300 deep. */
  @Test
  void aChainOfTermsDeeperThanTheLimitIsRejectedWithoutOverflowingTheStack() throws Exception {
    StringBuilder terms = new StringBuilder("{\"t0\": " + termEntry("{\"result\": \"TRUE\", \"kind\": \"CONSTANT\", \"text\": \"x\"}"));
    for (int i = 1; i < 300; i++) {
      terms.append(", \"t").append(i).append("\": ").append(termEntry(termUse("t" + (i - 1))));
    }
    var tree = withTerms(terms.append('}').toString(), termUse("t299"));

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.requirements[0].why: a trace deeper than 200 levels");
  }

  @Test
  void aScopeThatIsNotInTheScopesIsRejectedWithItsPath() throws Exception {
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(sample().toJson());
    tree.set("scopes", MAPPER.createObjectNode());

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessage("Invalid assessment JSON at $.requirements[0].why.children[0].scope: no scope 'Test Act 2010' in $.scopes");
  }

  @Test
  void aValueGivenThatIsNotAFactValueIsRejectedWithItsPath() throws Exception {
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(sample().toJson());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("facts")).putObject("org.kind");

    assertThatThrownBy(() -> MAPPER.treeToValue(tree, Assessment.class))
        .isInstanceOf(RegkitException.class)
        .hasMessageStartingWith("Invalid assessment JSON at $.facts: fact 'org.kind': expected true, false, a number");
  }
}
