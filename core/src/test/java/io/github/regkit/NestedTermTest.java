package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Regression: a term defined through other terms once failed every assessment. */
class NestedTermTest {
  static final String PACK = """
      {"schemaVersion": 1, "id": "nested", "jurisdiction": {"id": "ZZ-NT", "name": "Nested"},
       "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
       "facts": [{"id": "a", "type": "BOOLEAN", "question": "A?", "help": "H"},
                 {"id": "b", "type": "BOOLEAN", "question": "B?", "help": "H"}],
       "terms": [
         {"id": "outer", "name": "outer", "citation": "Act § 1", "summary": "S",
          "definition": {"all": [{"term": "inner-a"}, {"term": "inner-b"}]}},
         {"id": "inner-a", "name": "inner a", "citation": "Act § 1(a)", "summary": "S", "definition": {"fact": "a", "equals": true}},
         {"id": "inner-b", "name": "inner b", "citation": "Act § 1(b)", "summary": "S",
          "definition": {"any": [{"term": "inner-a"}, {"fact": "b", "equals": true}]}}],
       "regulations": [{"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
         "source": "https://example.org", "retrieved": "2024-01-01", "effective": {"from": "2001-01-01", "basis": "Act 1, s. 9"},
         "scope": {"summary": "S", "when": {"term": "outer"}},
         "obligations": [{"id": "o", "citation": "Act § 2", "title": "T", "duty": "MUST",
           "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
           "excerpt": {"text": "T", "source": "https://example.org", "retrieved": "2024-01-01", "provenance": "OFFICIAL", "verified": true}}]}]}
      """;

  @Test
  void termDefinedThroughOtherTermsEvaluatesWithEachTermOnce() {
    RulePack pack = RulePack.fromStream(new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "nested.json");
    Assessment a = Assessor.builder().addPack(pack).build().assess(Facts.builder().set("a", true).build(), LocalDate.of(2024, 1, 1));

    assertThat(a.findRequirement("o").orElseThrow().applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(a.findRequirement("o").orElseThrow().why().render()).contains("[TRUE] outer (Act § 1)", "[TRUE] inner b (Act § 1(b))");
  }
}
