package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A pack's consistency rules turn facts that contradict each other into a precise error. */
class ConsistencyRuleTest {
  private static final String PACK = """
      {"schemaVersion": 1, "id": "c", "jurisdiction": {"id": "ZZ-CO", "name": "Consistent"},
       "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
       "facts": [{"id": "kind", "type": "ONE_OF", "values": [{"id": "business", "label": "B"}, {"id": "contractor", "label": "C"}],
                  "question": "Q?", "help": "H"},
                 {"id": "agency", "type": "ONE_OF", "values": [{"id": "state", "label": "S"}], "question": "Q?", "help": "H"}],
       "consistency": [{"id": "agency-needs-contractor",
         "when": {"all": [{"fact": "kind", "equals": "business"}, {"fact": "agency", "in": ["state"]}]},
         "message": "agency is given, but kind is 'business'; expected kind 'contractor', or no agency"}],
       "regulations": [{"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
         "source": "https://example.org", "retrieved": "2024-01-01", "effective": {"from": "2001-01-01", "basis": "Act 1, s. 9"},
         "scope": {"summary": "S", "when": {"fact": "kind", "equals": "contractor"}},
         "obligations": [{"id": "o", "citation": "Act § 2", "title": "T", "duty": "MUST",
           "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
           "excerpt": {"text": "T", "source": "https://example.org", "retrieved": "2024-01-01", "provenance": "OFFICIAL", "verified": true}}]}]}
      """;
  private static final Assessor ASSESSOR = Assessor.builder()
      .addPack(RulePack.fromStream(new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "c.json")).build();
  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

  @Test
  void factsThatContradictEachOtherAreRejectedNamingTheRule() {
    Facts facts = Facts.builder().set("kind", "business").set("agency", "state").build();

    assertThatThrownBy(() -> ASSESSOR.assess(facts, AS_OF)).isInstanceOfSatisfying(InvalidFactsException.class, e ->
        assertThat(e.messages()).containsExactly("facts contradict each other (pack c, rule agency-needs-contractor):"
            + " agency is given, but kind is 'business'; expected kind 'contractor', or no agency"));
  }

  @Test
  void factsThatFitTogetherAreAssessed() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("kind", "contractor").set("agency", "state").build(), AS_OF);

    assertThat(a.findRequirement("o")).isPresent();
  }

  @Test
  void aRuleWhoseFactsAreUnknownDoesNotStopTheAssessment() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("kind", "business").build(), AS_OF);

    assertThat(a.findRuledOut("r")).isPresent();
  }
}
