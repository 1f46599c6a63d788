package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackValidationTest {
  private static final String HEADER = """
      "schemaVersion": 1, "id": "p", "jurisdiction": {"id": "ZZ-TP", "name": "Testland"},
      "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
      """;
  private static final String FACT = """
      {"id": "f", "type": "ONE_OF", "values": [{"id": "a", "label": "A"}], "question": "Q?", "help": "H"}
      """;
  private static final String EXCERPT = """
      {"text": "T", "source": "https://example.org", "retrieved": "2024-01-01", "provenance": "OFFICIAL", "verified": true}
      """;

  private static String obligation(String id, String extra) {
    return """
        {"id": "%s", "citation": "Act § 1", "title": "T", "duty": "MUST",
         "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
         "excerpt": %s %s}
        """.formatted(id, EXCERPT, extra);
  }

  private static String regulation(String scopeWhen, String obligations) {
    return """
        {"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
         "source": "https://example.org", "retrieved": "2024-01-01",
         "effective": {"from": "2001-01-01", "basis": "Act 1, s. 9"},
         "scope": {"summary": "S", "when": %s}, "obligations": [%s]}
        """.formatted(scopeWhen, obligations);
  }

  private static String pack(String facts, String terms, String regulations) {
    return "{" + HEADER + "\"facts\": [" + facts + "], \"terms\": [" + terms + "], \"regulations\": [" + regulations + "]}";
  }

  private static RulePack load(String json) {
    return RulePack.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "pack.json");
  }

  private static List<String> problems(String json) {
    try {
      load(json);
    } catch (InvalidRulePackException e) {
      return e.problems();
    }
    throw new AssertionError("pack loaded, but was expected to fail");
  }

  @Test
  void validSingleDocumentPackLoads() {
    RulePack pack = load(pack(FACT, "", regulation("{\"fact\": \"f\", \"equals\": \"a\"}", obligation("o", ""))));

    assertThat(pack.id()).isEqualTo("p");
    assertThat(pack.jurisdiction().id()).isEqualTo("ZZ-TP");
    assertThat(pack.findObligation("o")).isPresent();
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() {
    assertThat(problems("{\"schemaVersion\": 1,,}")).singleElement().asString()
        .startsWith("pack.json: malformed JSON at line 1, column");
  }

  @Test
  void emptyFileIsRejected() {
    assertThat(problems("")).containsExactly("pack.json: empty file; expected a JSON object");
  }

  @Test
  void duplicateJsonKeysAreRejected() {
    assertThat(problems("{\"id\": \"a\", \"id\": \"b\"}")).singleElement().asString().contains("Duplicate field 'id'");
  }

  @Test
  void unknownPropertyIsRejectedWithItsPath() {
    String json = pack(FACT.replace("\"help\": \"H\"", "\"help\": \"H\", \"colour\": \"red\""), "",
        regulation("{\"always\": true}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.facts[0].colour: unknown property 'colour'; expected one of [group, help, id, question, type, values]");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String json = "{\"schemaVersion\": 2, \"id\": \"Bad Id\", \"jurisdiction\": {\"id\": \"massachusetts\", \"name\": \"M\"},"
        + " \"dataVersion\": \"\", \"answersFrom\": \"2000-01-01\", \"currentAsOf\": \"2024-02-30\"}";

    assertThat(problems(json)).containsExactly(
        "pack.json at $.schemaVersion: unsupported schema version 2; expected 1",
        "pack.json at $.id: 'Bad Id' is not a valid id; expected lower-case letters, digits, '.', '_' or '-', at most 100",
        "pack.json at $.jurisdiction.id: 'massachusetts' is not an ISO 3166-2 style id; expected for example US-MA",
        "pack.json at $.dataVersion: expected a non-empty string, found an empty string",
        "pack.json at $.currentAsOf: '2024-02-30' is not a valid date; expected a calendar date yyyy-MM-dd");
  }

  @Test
  void missingRequiredPropertyIsNamed() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")).replace("\"issuer\": \"I\",", ""));

    assertThat(problems(json)).containsExactly("pack.json at $.regulations[0].issuer: missing required property");
  }

  @Test
  void duplicateObligationIdNamesBothPlaces() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "") + "," + obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].obligations[1].id: duplicate obligation id 'o'; first declared at pack.json at $.regulations[0].obligations[0].id");
  }

  @Test
  void unknownFactInConditionIsRejected() {
    String json = pack(FACT, "", regulation("{\"fact\": \"nope\", \"equals\": true}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].scope.when.fact: unknown fact 'nope'; expected a fact declared in the pack's facts (an id of another pack needs that pack named in the manifest's buildsOn)");
  }

  @Test
  void unknownAllowedValueInConditionIsRejected() {
    String json = pack(FACT, "", regulation("{\"fact\": \"f\", \"in\": [\"a\", \"z\"]}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].scope.when.in[1]: 'z' is not an allowed value of fact 'f'; expected one of [a]");
  }

  @Test
  void operatorThatDoesNotFitTheFactTypeIsRejected() {
    String json = pack(FACT, "", regulation("{\"fact\": \"f\", \"before\": \"2020-01-01\"}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].scope.when.before: operator 'before' does not apply to ONE_OF fact 'f'");
  }

  @Test
  void conditionWithTwoFormsIsRejected() {
    String json = pack(FACT, "", regulation("{\"all\": [{\"always\": true}], \"any\": [{\"always\": true}]}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].scope.when: expected exactly one of all, any, not, fact, asOf, term, always; found [all, any]");
  }

  @Test
  void danglingTermReferenceIsRejected() {
    String json = pack(FACT, "", regulation("{\"term\": \"missing\"}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].scope.when.term: unknown term 'missing'; expected a term, but the pack declares none (an id of another pack needs that pack named in the manifest's buildsOn)");
  }

  @Test
  void termThatRefersToItselfThroughAnotherIsRejected() {
    String terms = """
        {"id": "a", "name": "A", "citation": "Act § 1", "summary": "S", "definition": {"term": "b"}},
        {"id": "b", "name": "B", "citation": "Act § 2", "summary": "S", "definition": {"not": {"term": "a"}}}
        """;
    String json = pack(FACT, terms, regulation("{\"term\": \"a\"}", obligation("o", "")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.terms[0].id: term 'a' refers to itself through a -> b -> a; expected definitions without cycles");
  }

  @Test
  void termThatRefersDirectlyToItselfIsRejected() {
    String terms = "{\"id\": \"a\", \"name\": \"A\", \"citation\": \"Act § 1\", \"summary\": \"S\", \"definition\": {\"term\": \"a\"}}";

    assertThat(problems(pack(FACT, terms, regulation("{\"always\": true}", obligation("o", "")))))
        .containsExactly("pack.json at $.terms[0].id: term 'a' refers to itself; expected definitions without cycles");
  }

  @Test
  void reversedEffectivePeriodIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}",
        obligation("o", ", \"effective\": {\"from\": \"2020-01-01\", \"until\": \"2019-01-01\", \"basis\": \"B\"}")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].obligations[0].effective.until: period ends (2019-01-01) on or before it starts (2020-01-01); expected from < until");
  }

  @Test
  void obligationPeriodOutsideItsRegulationIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", ", \"effective\": {\"from\": \"2000-01-01\", \"basis\": \"B\"}"))
        .replace("\"effective\": {\"from\": \"2001-01-01\"", "\"effective\": {\"from\": \"2010-01-01\""));

    assertThat(problems(json)).singleElement().asString()
        .startsWith("pack.json at $.regulations[0].obligations[0].effective: obligation period");
  }

  @Test
  void obligationWithoutExcerptIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "").replace("\"excerpt\": " + EXCERPT.strip(), "\"excerpt\": null")));

    assertThat(problems(json)).containsExactly("pack.json at $.regulations[0].obligations[0].excerpt: missing required property");
  }

  @Test
  void excerptSourceMustBeAnAddress() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "").replace("https://example.org", "a book")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].obligations[0].excerpt.source: 'a book' is not a source address; expected an http or https URL");
  }

  @Test
  void paraphraseCannotBeMarkedVerified() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "").replace("OFFICIAL", "PARAPHRASE")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].obligations[0].excerpt.verified: a paraphrase cannot be verified source text; expected verified: false");
  }

  @Test
  void citationMustBeWellFormed() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "").replace("\"Act § 1\"", "\" Act § 1\"")));

    assertThat(problems(json)).singleElement().asString()
        .startsWith("pack.json at $.regulations[0].obligations[0].citation: ' Act § 1' is not a well-formed citation");
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "").replace("\"MUST\"", "\"SHOULD\"")));

    assertThat(problems(json)).containsExactly(
        "pack.json at $.regulations[0].obligations[0].duty: 'SHOULD' is not allowed; expected one of [MUST, MUST_NOT, MAY]");
  }

  @Test
  void includedFileThatIsMissingIsNamedWithTheIncludeEntry(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("manifest.json"), "{" + HEADER + "\"include\": [\"facts.json\"]}");

    assertThatThrownBy(() -> RulePack.fromPath(dir.resolve("manifest.json")))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessageContaining("manifest.json at $.include[0]: file 'facts.json' not found");
  }

  @Test
  void includeMayNotLeaveThePackFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("manifest.json"), "{" + HEADER + "\"include\": [\"../secret.json\"]}");

    assertThatThrownBy(() -> RulePack.fromPath(dir.resolve("manifest.json")))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessageContaining("'../secret.json' is not a relative .json file name inside the pack");
  }

  @Test
  void packSplitOverFilesLoadsFromAPath(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("manifest.json"), "{" + HEADER + "\"include\": [\"more.json\"]}");
    Files.writeString(dir.resolve("more.json"),
        "{\"facts\": [" + FACT + "], \"regulations\": [" + regulation("{\"always\": true}", obligation("o", "")) + "]}");

    RulePack pack = RulePack.fromPath(dir.resolve("manifest.json"));
    assertThat(pack.facts()).extracting(FactDefinition::id).containsExactly("f");
    assertThat(pack.source()).isEqualTo("manifest.json");
  }

  @Test
  void errorMessageNamesTheDataVersionWhenKnown() {
    String json = pack(FACT, "", regulation("{\"term\": \"missing\"}", obligation("o", "")));

    assertThatThrownBy(() -> load(json)).hasMessageStartingWith("Invalid rule pack pack.json (p 1): 1 problem");
  }

  @Test
  void contentHashChangesWithTheContent() {
    String a = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")));
    String b = a.replace("\"title\": \"T\"", "\"title\": \"U\"");

    assertThat(load(a).contentHash()).isEqualTo(load(a).contentHash()).isNotEqualTo(load(b).contentHash());
  }

  @Test
  void regulationWithoutAnEffectivePeriodIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", ""))
        .replace("\"effective\": {\"from\": \"2001-01-01\", \"basis\": \"Act 1, s. 9\"},", ""));

    assertThat(problems(json)).containsExactly("pack.json at $.regulations[0].effective: missing required property;"
        + " expected {\"from\": date, \"basis\": where the date comes from}");
  }

  @Test
  void regulationWithoutAStartDateIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", ""))
        .replace("\"from\": \"2001-01-01\", ", ""));

    assertThat(problems(json)).containsExactly("pack.json at $.regulations[0].effective.from: missing required property;"
        + " expected the date from which the instrument binds");
  }

  @Test
  void effectivePeriodWithoutABasisIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", ", \"effective\": {\"from\": \"2020-01-01\"}")));

    assertThat(problems(json)).containsExactly("pack.json at $.regulations[0].obligations[0].effective.basis: missing required property");
  }

  @Test
  void packThatAnswersFromAfterItIsCurrentIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")))
        .replace("\"answersFrom\": \"2000-01-01\"", "\"answersFrom\": \"2025-01-01\"");

    assertThat(problems(json)).containsExactly("pack.json at $.answersFrom: the earliest date the pack answers for (2025-01-01)"
        + " is after the date it is current as of (2024-01-01); expected answersFrom <= currentAsOf");
  }

  @Test
  void packWithoutAnEarliestDateIsRejected() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")))
        .replace("\"answersFrom\": \"2000-01-01\", ", "");

    assertThat(problems(json)).containsExactly("pack.json at $.answersFrom: missing required property");
  }

  @Test
  void pendingLegislationNeedsASourceAndTheDayItWasChecked() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")))
        .replace("\"answersFrom\"", "\"pendingLegislation\": [{\"id\": \"b\", \"citation\": \"Bill 1\", \"title\": \"T\","
            + " \"status\": \"pending\", \"source\": \"not a url\"}], \"answersFrom\"");

    assertThat(problems(json)).containsExactly(
        "pack.json at $.pendingLegislation[0].source: 'not a url' is not a source address; expected an http or https URL",
        "pack.json at $.pendingLegislation[0].checked: missing required property");
  }

  @Test
  void retiredFactMustNotStillBeDeclaredAndItsReplacementsMust() {
    String json = pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")))
        .replace("\"facts\":", "\"retiredFacts\": [{\"id\": \"f\", \"since\": \"2\", \"replacedBy\": [\"g\"], \"note\": \"N\"}], \"facts\":");

    assertThat(problems(json)).containsExactly(
        "pack.json at $.retiredFacts[0].id: fact 'f' is both declared and retired; expected a retired fact id not in the vocabulary",
        "pack.json at $.retiredFacts[0].replacedBy[0]: 'g' is not a declared fact; expected the ids of the facts that replace it");
  }

  @Test
  void factsUsingARetiredIdAreToldWhatReplacedIt() {
    RulePack pack = load(pack(FACT, "", regulation("{\"always\": true}", obligation("o", "")))
        .replace("\"facts\":", "\"retiredFacts\": [{\"id\": \"old\", \"since\": \"2\", \"replacedBy\": [\"f\"], \"note\": \"renamed\"}], \"facts\":"));

    assertThatThrownBy(() -> Assessor.builder().addPack(pack).build().assess(Facts.builder().set("old", true).build(), java.time.LocalDate.of(2024, 1, 1)))
        .isInstanceOfSatisfying(InvalidFactsException.class, e ->
            assertThat(e.messages()).containsExactly("fact 'old' was retired in pack p 2: renamed; expected [f] instead"));
  }
}
