package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regkit.json.RegkitModule;
import io.github.regkit.report.AssessmentReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pack that builds on another ({@code buildsOn}): small synthetic packs, a base that could be an
 * official pack and a company policy pack on top of it.
 */
class BuildsOnTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

  /** The base pack at a data version, with the allowed values of its one-of fact {@code data.kind}. */
  static String base(String dataVersion, String dataKindValues) {
    return """
        {"schemaVersion": 1, "id": "base", "jurisdiction": {"id": "ZZ-BS", "name": "Baseland"},
         "dataVersion": "%s", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
         "facts": [
           {"id": "vendor.chat", "type": "BOOLEAN", "question": "Does the vendor run a chat?", "help": "H"},
           {"id": "data.kind", "type": "ONE_OF", "values": [%s], "question": "Which data?", "help": "H"}
         ],
         "terms": [
           {"id": "base.chat-data", "name": "chat data", "citation": "Base Act 1(a)", "summary": "S",
            "definition": {"all": [{"fact": "vendor.chat", "equals": true}, {"fact": "data.kind", "equals": "personal"}]}}
         ],
         "regulations": [
           {"id": "base.act", "citation": "Base Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
            "source": "https://example.org/base", "retrieved": "2024-01-01",
            "effective": {"from": "2001-01-01", "basis": "Base Act 9"},
            "scope": {"summary": "S", "when": {"always": true}},
            "obligations": [
              {"id": "base.act.secure", "citation": "Base Act 2", "title": "Secure chat data", "duty": "MUST",
               "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
               "excerpt": {"text": "T", "source": "https://example.org/base", "retrieved": "2024-01-01",
                           "provenance": "OFFICIAL", "verified": true},
               "appliesWhen": {"term": "base.chat-data"}}
            ]}
         ]}
        """.formatted(dataVersion, dataKindValues);
  }

  static final String PERSONAL = "{\"id\": \"personal\", \"label\": \"Personal\"}";
  static final String OTHER = "{\"id\": \"other\", \"label\": \"Other\"}";
  static final String BASE = base("1.0.0", PERSONAL + ", " + OTHER);

  /** A company's policy: it uses the base's fact vendor.chat and term base.chat-data, and declares acme.purge-days. */
  static final String ACME = """
      {"schemaVersion": 1, "id": "acme", "jurisdiction": {"id": "ZZ-BS", "name": "Baseland"},
       "dataVersion": "2.0.0", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
       "buildsOn": [{"id": "base", "dataVersions": ["1.0.*"]}],
       "facts": [
         {"id": "acme.purge-days", "type": "NUMBER", "question": "Within how many days does the vendor purge transcripts?", "help": "H"}
       ],
       "regulations": [
         {"id": "acme.retention", "citation": "Acme Retention Policy 4", "title": "Retention", "kind": "POLICY", "issuer": "Acme",
          "source": "https://policies.example.com/retention", "retrieved": "2024-01-01",
          "effective": {"from": "2020-01-01", "basis": "Acme Retention Policy, version 3"},
          "scope": {"summary": "Acme's chat vendors that keep chat data", "when": {"term": "base.chat-data"}},
          "obligations": [
            {"id": "acme.retention.purge", "citation": "Acme Retention Policy 4.2", "title": "Purge transcripts within 30 days",
             "duty": "MUST", "addressee": {"role": "CALLER", "party": "Acme"}, "summary": "S", "actions": ["A"], "evidence": ["E"],
             "excerpt": {"text": "Chat vendors must purge transcripts within 30 days.", "source": "https://policies.example.com/retention",
                         "retrieved": "2024-01-01", "provenance": "POLICY", "verified": true},
             "appliesWhen": {"fact": "vendor.chat", "equals": true},
             "satisfiedWhen": {"fact": "acme.purge-days", "atMost": 30}}
          ]}
       ]}
      """;

  static RulePack load(String json, String name) {
    return RulePack.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
  }

  static RulePack base() {
    return load(BASE, "base.json");
  }

  static RulePack acme() {
    return load(ACME, "acme.json");
  }

  static Facts chatWithPersonalData() {
    return Facts.builder().set("vendor.chat", true).set("data.kind", "personal").set("acme.purge-days", 14).build();
  }

  static List<String> problemsAtBuild(RulePack... packs) {
    Assessor.Builder builder = Assessor.builder();
    for (RulePack p : packs) {
      builder.addPack(p);
    }
    return catchThrowableOfType(InvalidRulePackException.class, builder::build).problems();
  }

  @Test
  void packThatBuildsOnAnotherLoadsOnItsOwn() {
    RulePack acme = acme();

    assertThat(acme.buildsOn()).containsExactly(new BasePack("base", List.of("1.0.*")));
    assertThat(acme.facts()).extracting(FactDefinition::id).containsExactly("acme.purge-days");
    assertThat(acme.findObligation("acme.retention.purge")).isPresent();
  }

  @Test
  void policyPackUsesTheBaseFactsAndTermsById() {
    Assessment a = Assessor.builder().addPack(base()).addPack(acme()).build().assess(chatWithPersonalData(), AS_OF);

    Requirement purge = a.findRequirement("acme.retention.purge").orElseThrow();
    assertThat(purge.applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(purge.compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(purge.why().render()).contains("chat data (Base Act 1(a))", "vendor.chat is true; given: true");
    assertThat(a.findRequirement("base.act.secure").orElseThrow().applicability()).isEqualTo(Applicability.APPLIES);
  }

  @Test
  void policyPackAnswersTheSameWhicheverOrderThePacksAreAdded() {
    Assessment baseFirst = Assessor.builder().addPack(base()).addPack(acme()).build().assess(chatWithPersonalData(), AS_OF);
    Assessment acmeFirst = Assessor.builder().addPack(acme()).addPack(base()).build().assess(chatWithPersonalData(), AS_OF);

    assertThat(acmeFirst.findRequirement("acme.retention.purge").orElseThrow().compliance().status())
        .isEqualTo(baseFirst.findRequirement("acme.retention.purge").orElseThrow().compliance().status());
  }

  @Test
  void policyPackPutsItsOwnFactsInTheAssessorsVocabulary() {
    Assessor assessor = Assessor.builder().addPack(base()).addPack(acme()).build();

    assertThat(assessor.vocabulary()).extracting(FactDefinition::id).containsExactly("vendor.chat", "data.kind", "acme.purge-days");
  }

  @Test
  void missingBasePackNamesItsIdTheAcceptedVersionsAndWhatToAdd() {
    assertThatThrownBy(() -> Assessor.builder().addPack(acme()).build())
        .isInstanceOf(BasePackException.class)
        .hasMessage("Cannot combine rule packs with the packs they build on: 1 problem\n"
            + "  - pack acme 2.0.0 (added to the builder from acme.json) builds on pack 'base' at data versions [1.0.*], which this"
            + " assessor does not have; expected it among the assessor's packs: put the library that provides pack 'base' on the"
            + " class path and add it with Assessor.builder().addJurisdiction(...) for its jurisdiction, or load the pack and add it"
            + " with Assessor.builder().addPack(RulePack.fromPath(...))");
  }

  @Test
  void missingBasePackThatIsInstalledSaysWhichJurisdictionToAdd() {
    RulePack onTestPack = load(ACME.replace("\"id\": \"base\", \"dataVersions\": [\"1.0.*\"]", "\"id\": \"test-pack\", \"dataVersions\": [\"1.*\"]")
        .replace("{\"term\": \"base.chat-data\"}", "{\"always\": true}").replace("\"fact\": \"vendor.chat\"", "\"fact\": \"vendor.stores\""),
        "acme.json");

    assertThat(catchThrowableOfType(BasePackException.class, () -> Assessor.builder().addPack(onTestPack).build()).problems())
        .singleElement().asString()
        .endsWith("expected it among the assessor's packs: add the installed test-pack 1.0.0"
            + " (io.github.regkit.testpack.TestPackProvider) with Assessor.builder().addJurisdiction(\"ZZ-TP\")");
  }

  @Test
  void basePackAtADataVersionNotAcceptedNamesBothVersions() {
    RulePack newerBase = load(base("1.1.0", PERSONAL + ", " + OTHER), "base.json");

    assertThat(catchThrowableOfType(BasePackException.class, () -> Assessor.builder().addPack(newerBase).addPack(acme()).build()).problems())
        .containsExactly("pack acme 2.0.0 (added to the builder from acme.json) builds on pack 'base' at data versions [1.0.*],"
            + " but this assessor has base 1.1.0 (added to the builder from base.json); expected a data version of base matching"
            + " [1.0.*]: use a release of base that matches, or a release of acme that accepts base 1.1.0");
  }

  @Test
  void policyPackKeepsWorkingWhenItsBaseGainsAValueWithinTheAcceptedVersions() {
    RulePack patchedBase = load(base("1.0.1", PERSONAL + ", " + OTHER + ", {\"id\": \"health\", \"label\": \"Health\"}"), "base.json");
    Assessor assessor = Assessor.builder().addPack(patchedBase).addPack(acme()).build();

    Facts health = Facts.builder().set("vendor.chat", true).set("data.kind", "health").set("acme.purge-days", 45).build();
    assertThat(assessor.assess(chatWithPersonalData(), AS_OF).findRequirement("acme.retention.purge")).isPresent();
    assertThat(assessor.assess(health, AS_OF).findRuledOut("acme.retention")).isPresent();
    assertThat(assessor.assess(health, AS_OF).receipt().packs()).extracting(Receipt.PackStamp::dataVersion).containsExactly("1.0.1", "2.0.0");
  }

  @Test
  void factNeitherPackDeclaresIsAnErrorAtBuildWithTheClosestId() {
    RulePack typo = load(ACME.replace("\"fact\": \"vendor.chat\"", "\"fact\": \"vendor.chatt\""), "acme.json");

    assertThat(problemsAtBuild(base(), typo)).containsExactly(
        "acme.json at $.regulations[0].obligations[0].appliesWhen.fact: unknown fact 'vendor.chatt'; expected a fact of pack acme"
            + " or of the packs it builds on [base 1.0.0] (did you mean 'vendor.chat'?)");
  }

  @Test
  void termNeitherPackDefinesIsAnErrorAtBuildWithTheClosestId() {
    RulePack typo = load(ACME.replace("{\"term\": \"base.chat-data\"}", "{\"term\": \"base.chat-date\"}"), "acme.json");

    assertThat(problemsAtBuild(base(), typo)).containsExactly(
        "acme.json at $.regulations[0].scope.when.term: unknown term 'base.chat-date'; expected a term of pack acme"
            + " or of the packs it builds on [base 1.0.0] (did you mean 'base.chat-data'?)");
  }

  @Test
  void operatorThatDoesNotFitTheBaseFactIsAnErrorAtBuild() {
    RulePack wrong = load(ACME.replace("{\"fact\": \"vendor.chat\", \"equals\": true}", "{\"fact\": \"data.kind\", \"equals\": \"health\"}"),
        "acme.json");

    assertThat(problemsAtBuild(base(), wrong)).containsExactly(
        "acme.json at $.regulations[0].obligations[0].appliesWhen.equals: 'health' is not an allowed value of fact 'data.kind';"
            + " expected one of [personal, other]");
  }

  @Test
  void baseFactDeclaredAgainWithOtherValuesNamesBothPacks() {
    RulePack copy = load(ACME.replace("\"facts\": [", "\"facts\": [{\"id\": \"data.kind\", \"type\": \"ONE_OF\", \"values\": ["
        + PERSONAL + "], \"question\": \"Q?\", \"help\": \"H\"},"), "acme.json");

    assertThat(problemsAtBuild(base(), copy)).containsExactly(
        "acme.json at $.facts[0].id: fact 'data.kind' is declared by pack base 1.0.0, which acme builds on, as ONE_OF"
            + " [personal, other], and here as ONE_OF [personal]; expected acme to use that fact by id without declaring it:"
            + " remove this declaration");
  }

  @Test
  void baseFactDeclaredAgainWithTheSameMeaningIsAccepted() {
    RulePack copy = load(ACME.replace("\"facts\": [", "\"facts\": [{\"id\": \"vendor.chat\", \"type\": \"BOOLEAN\","
        + " \"question\": \"Chat?\", \"help\": \"H\"},"), "acme.json");

    Assessment a = Assessor.builder().addPack(base()).addPack(copy).build().assess(chatWithPersonalData(), AS_OF);

    assertThat(a.findRequirement("acme.retention.purge")).isPresent();
  }

  @Test
  void baseTermDefinedAgainNamesBothPacks() {
    RulePack copy = load(ACME.replace("\"regulations\": [\n   {\"id\": \"acme.retention\"",
        "\"terms\": [{\"id\": \"base.chat-data\", \"name\": \"n\", \"citation\": \"Acme 1\", \"summary\": \"S\","
            + " \"definition\": {\"always\": true}}],\n \"regulations\": [\n   {\"id\": \"acme.retention\""), "acme.json");

    assertThat(problemsAtBuild(base(), copy)).containsExactly(
        "acme.json at $.terms[0].id: term 'base.chat-data' is defined by pack base 1.0.0, which acme builds on; expected acme"
            + " to use that term by id, or to give its own term an id of its own");
  }

  @Test
  void packsThatBuildOnEachOtherAreACycle() {
    RulePack a = load(ACME.replace("\"id\": \"acme\"", "\"id\": \"a\"").replace("\"id\": \"base\"", "\"id\": \"b\""), "a.json");
    RulePack b = load(ACME.replace("\"id\": \"acme\"", "\"id\": \"b\"").replace("\"id\": \"base\"", "\"id\": \"a\"")
        .replace("\"dataVersion\": \"2.0.0\"", "\"dataVersion\": \"1.0.0\"").replace("\"1.0.*\"", "\"2.*\"").replace("acme.", "b."),
        "b.json");

    assertThat(catchThrowableOfType(BasePackException.class, () -> Assessor.builder().addPack(a).addPack(b).build()).problems())
        .containsExactly("packs build on each other in a cycle: a -> b -> a; expected each pack to build only on packs that do"
            + " not build on it, directly or through others");
  }

  @Test
  void packCannotBuildOnItself() {
    assertThatThrownBy(() -> load(ACME.replace("\"id\": \"base\"", "\"id\": \"acme\""), "acme.json"))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessageContaining("acme.json at $.buildsOn[0].id: 'acme' is this pack's own id; expected the id of another pack"
            + " (a pack cannot build on itself)");
  }

  @Test
  void dataVersionThatIsNotAPatternIsALoadError() {
    assertThatThrownBy(() -> load(ACME.replace("\"1.0.*\"", "\"1.0*\""), "acme.json"))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessageContaining("acme.json at $.buildsOn[0].dataVersions[0]: '1.0*' is not a data-version pattern; expected a data"
            + " version such as 2026.12.0, or its leading parts and .* such as 2026.12.*");
  }

  @Test
  void factUnknownWithoutBuildsOnIsStillALoadError() {
    String noBase = ACME.replace("\"buildsOn\": [{\"id\": \"base\", \"dataVersions\": [\"1.0.*\"]}],", "");

    assertThatThrownBy(() -> load(noBase, "acme.json")).isInstanceOf(InvalidRulePackException.class)
        .hasMessageContaining("unknown fact 'vendor.chat'; expected a fact declared in the pack's facts (an id of another pack needs that pack named in the manifest's buildsOn)");
  }

  @Test
  void policyPackOfAPolicyPackUsesTheTermsOfEveryPackBelow() {
    RulePack team = load("""
        {"schemaVersion": 1, "id": "acme-support", "jurisdiction": {"id": "ZZ-BS", "name": "Baseland"},
         "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
         "buildsOn": [{"id": "acme", "dataVersions": ["2.*"]}],
         "terms": [{"id": "support.long-retention", "name": "long retention", "citation": "Support Rule 1", "summary": "S",
           "definition": {"all": [{"term": "base.chat-data"}, {"fact": "acme.purge-days", "greaterThan": 7}]}}],
         "regulations": [
           {"id": "support.rules", "citation": "Support Rules 1", "title": "T", "kind": "POLICY", "issuer": "Acme support",
            "source": "https://policies.example.com/support", "retrieved": "2024-01-01",
            "effective": {"from": "2020-01-01", "basis": "Support Rules"}, "scope": {"summary": "S", "when": {"always": true}},
            "obligations": [
              {"id": "support.rules.review", "citation": "Support Rules 1.1", "title": "Review long retention", "duty": "MUST",
               "addressee": {"role": "CALLER", "party": "Support"}, "summary": "S", "actions": [], "evidence": [],
               "excerpt": {"text": "T", "source": "https://policies.example.com/support", "retrieved": "2024-01-01",
                           "provenance": "POLICY", "verified": true},
               "appliesWhen": {"term": "support.long-retention"}}
            ]}
         ]}
        """, "support.json");

    Assessment a = Assessor.builder().addPack(team).addPack(acme()).addPack(base()).build().assess(chatWithPersonalData(), AS_OF);

    assertThat(a.findRequirement("support.rules.review").orElseThrow().why().render()).contains("chat data (Base Act 1(a))");
  }

  @Test
  void receiptNamesThePacksAPolicyPackBuildsOn() {
    Receipt receipt = Assessor.builder().addPack(base()).addPack(acme()).build().assess(chatWithPersonalData(), AS_OF).receipt();

    assertThat(receipt.packs()).extracting(Receipt.PackStamp::id, Receipt.PackStamp::dataVersion, Receipt.PackStamp::buildsOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("base", "1.0.0", List.of()),
            org.assertj.core.groups.Tuple.tuple("acme", "2.0.0", List.of("base")));
  }

  @Test
  void receiptKeepsTheBaseThroughJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RegkitModule());
    Assessment a = Assessor.builder().addPack(base()).addPack(acme()).build().assess(chatWithPersonalData(), AS_OF);

    Assessment back = mapper.readValue(a.toJson(), Assessment.class);

    assertThat(back.receipt().packs().get(1).buildsOn()).containsExactly("base");
  }

  @Test
  void reportReceiptSaysWhatAPolicyPackBuildsOn() {
    Assessment a = Assessor.builder().addPack(base()).addPack(acme()).build().assess(chatWithPersonalData(), AS_OF);

    assertThat(AssessmentReport.markdown(a, "Chat vendor")).containsPattern("- pack acme \\(ZZ-BS\\) data 2\\.0\\.0, .*, builds on base\n");
    assertThat(AssessmentReport.badge(a.findRequirement("acme.retention.purge").orElseThrow().obligation().excerpt())).isEqualTo("policy text");
  }

  @Test
  void policyTextIsRefusedInAnInstrumentOfLaw() {
    assertThatThrownBy(() -> load(ACME.replace("\"kind\": \"POLICY\"", "\"kind\": \"STATUTE\""), "acme.json"))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessageContaining("acme.json at $.regulations[0].obligations[0].excerpt.provenance: POLICY text in an obligation of a"
            + " STATUTE; expected OFFICIAL, SECONDARY_QUOTATION or PARAPHRASE for law, or the instrument's kind POLICY for a policy");
  }

  @Test
  void factsAreCheckedAgainstTheBaseVocabularyWithDidYouMean() {
    Assessor assessor = Assessor.builder().addPack(base()).addPack(acme()).build();

    assertThatThrownBy(() -> assessor.assess(Facts.builder().set("vendor.chats", true).build(), AS_OF))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("fact 'vendor.chats' is not in the vocabulary of packs [base, acme] (did you mean 'vendor.chat'?)");
  }

  @Test
  void retiredBaseFactNamesWhatReplacedIt() {
    String retiring = base("1.0.2", PERSONAL + ", " + OTHER).replace("\"id\": \"vendor.chat\"", "\"id\": \"vendor.chat-tool\"")
        .replace("\"fact\": \"vendor.chat\"", "\"fact\": \"vendor.chat-tool\"")
        .replace("\"regulations\": [", "\"retiredFacts\": [{\"id\": \"vendor.chat\", \"since\": \"1.0.2\","
            + " \"replacedBy\": [\"vendor.chat-tool\"], \"note\": \"renamed\"}], \"regulations\": [");

    assertThat(problemsAtBuild(load(retiring, "base.json"), acme())).containsExactly(
        "acme.json at $.regulations[0].obligations[0].appliesWhen.fact: fact 'vendor.chat' was retired in pack base 1.0.2:"
            + " renamed; expected [vendor.chat-tool] instead");
  }

  @Test
  void termOnTopOfTheDeepestChainOfBaseTermsIsTooDeep() {
    StringBuilder chain = new StringBuilder("{\"id\": \"t0\", \"name\": \"t0\", \"citation\": \"Base Act 1\", \"summary\": \"S\","
        + " \"definition\": {\"fact\": \"vendor.chat\", \"equals\": true}}");
    for (int i = 1; i < 32; i++) {
      chain.append(", {\"id\": \"t").append(i).append("\", \"name\": \"t").append(i)
          .append("\", \"citation\": \"Base Act 1\", \"summary\": \"S\", \"definition\": {\"term\": \"t").append(i - 1).append("\"}}");
    }
    RulePack deepBase = load(BASE.replace("\"terms\": [", "\"terms\": [" + chain + ", "), "base.json");
    RulePack onTop = load(ACME.replace("\"regulations\": [\n   {\"id\": \"acme.retention\"",
        "\"terms\": [{\"id\": \"top\", \"name\": \"n\", \"citation\": \"Acme 1\", \"summary\": \"S\","
            + " \"definition\": {\"term\": \"t31\"}}],\n \"regulations\": [\n   {\"id\": \"acme.retention\""), "acme.json");

    assertThat(problemsAtBuild(deepBase, onTop)).containsExactly(
        "acme.json at $.terms[0].id: term 'top' is defined through 33 nested terms (top -> t31 -> ...); expected at most 32");
  }

  @ParameterizedTest
  @CsvSource({
      "2026.12.*, 2026.12.0, true",
      "2026.12.*, 2026.12.7.1, true",
      "2026.12.*, 2026.12, false",
      "2026.12.*, 2026.120.0, false",
      "2026.12.*, 2027.1.0, false",
      "2026.12.0, 2026.12.0, true",
      "2026.12.0, 2026.12.1, false",
      "2026.*, 2026.12.0, true"})
  void dataVersionPatternAcceptsWholeParts(String pattern, String dataVersion, boolean accepted) {
    assertThat(new BasePack("us-ma", List.of(pattern)).accepts(dataVersion)).isEqualTo(accepted);
  }

  @Test
  void basePackRefusesATextThatIsNotAPattern() {
    assertThatThrownBy(() -> new BasePack("us-ma", List.of("*"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'*' is not a data-version pattern; expected a data version such as 2026.12.0, or its leading parts and .*"
            + " such as 2026.12.*");
  }
}
