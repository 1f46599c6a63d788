package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.AssessmentDiff.Change;
import io.github.regkit.AssessmentDiff.Kind;
import io.github.regkit.AssessmentDiff.Verdict;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentDiffTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();

  static Facts.Builder company() {
    return Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"));
  }

  @Test
  void sameAssessmentHasNoDifferences() {
    Assessment a = ASSESSOR.assess(company().build(), LocalDate.of(2024, 1, 1));

    assertThat(AssessmentDiff.between(a, a).isEmpty()).isTrue();
  }

  @Test
  void complianceChangeWhenTheAsOfDateCrossesTheEndOfAProviso() {
    Facts facts = company().set("vendor.stores", true).set("control.clause", false)
        .set("contract.signed", LocalDate.of(2009, 6, 1)).build();
    Assessment before = ASSESSOR.assess(facts, LocalDate.of(2011, 12, 30));
    Assessment after = ASSESSOR.assess(facts, LocalDate.of(2012, 1, 2));

    Change change = AssessmentDiff.between(before, after).changes().stream().filter(c -> c.obligationId().equals("tp.act.vendor")).findFirst().orElseThrow();
    assertThat(change.kind()).isEqualTo(Kind.COMPLIANCE_CHANGED);
    assertThat(change.before()).isEqualTo(new Verdict(Applicability.APPLIES, Optional.of(ComplianceStatus.SATISFIED)));
    assertThat(change.after()).isEqualTo(new Verdict(Applicability.APPLIES, Optional.of(ComplianceStatus.OUTSTANDING)));
    assertThat(change.causes()).singleElement().asString()
        .isEqualTo("the as-of date moved from 2011-12-30 to 2012-01-02, so this no longer holds: the assessment date 2012-01-02 is not before 2012-01-01");
  }

  @Test
  void requirementAddedWhenAFactChangesNamesTheFactAndBothValues() {
    Assessment before = ASSESSOR.assess(company().set("vendor.stores", false).build(), LocalDate.of(2024, 1, 1));
    Assessment after = ASSESSOR.assess(company().set("vendor.stores", true).build(), LocalDate.of(2024, 1, 1));

    AssessmentDiff diff = AssessmentDiff.between(before, after);
    assertThat(diff.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Kind.ADDED);
      assertThat(c.citation()).isEqualTo("Test Act § 3(b)");
      assertThat(c.before()).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(c.after().applicability()).isEqualTo(after.findRequirement(c.obligationId()).orElseThrow().applicability());
      assertThat(c.causes()).containsExactly("fact vendor.stores changed: false -> true");
    });
    assertThat(diff.questionsAdded()).contains("control.clause");
  }

  @Test
  void requirementsAddedWhenTheInstrumentComesIntoForce() {
    Facts facts = company().build();
    AssessmentDiff diff = AssessmentDiff.between(ASSESSOR.assess(facts, LocalDate.of(2009, 12, 31)), ASSESSOR.assess(facts, LocalDate.of(2010, 1, 2)));

    assertThat(diff.changes()).filteredOn(c -> c.obligationId().equals("tp.act.policy")).singleElement()
        .satisfies(c -> assertThat(c.causes()).singleElement().asString()
            .startsWith("the as-of date moved from 2009-12-31 to 2010-01-02: Test Act 2010 is not in force on 2009-12-31"));
  }

  @Test
  void answeringAQuestionSettlesItAndMayChangeStatus() {
    Assessment before = ASSESSOR.assess(company().build(), LocalDate.of(2024, 1, 1));
    Assessment after = ASSESSOR.assess(company().set("org.employees", 70).set("org.research", false).build(), LocalDate.of(2024, 1, 1));

    AssessmentDiff diff = AssessmentDiff.between(before, after);
    assertThat(diff.questionsSettled()).contains("org.employees", "org.research");
    assertThat(diff.changes()).filteredOn(c -> c.obligationId().equals("tp.act.large")).singleElement()
        .satisfies(c -> {
          assertThat(c.kind()).isEqualTo(Kind.APPLICABILITY_CHANGED);
          assertThat(c.causes()).contains("fact org.employees changed: unknown -> 70", "fact org.research changed: unknown -> false");
        });
  }

  @Test
  void changedSetValueOfAnUnlabelledTestIsQuotedWhole() {
    String pack = """
        {"schemaVersion": 1, "id": "sets", "jurisdiction": {"id": "ZZ-ST", "name": "Sets"},
         "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
         "facts": [{"id": "s", "type": "SET_OF", "values": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
                    "question": "Q?", "help": "H"}],
         "regulations": [{"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
           "source": "https://example.org", "retrieved": "2024-01-01", "effective": {"from": "2001-01-01", "basis": "Act 1, s. 9"},
           "scope": {"summary": "S", "when": {"fact": "s", "contains": "b"}},
           "obligations": [{"id": "o", "citation": "Act § 2", "title": "T", "duty": "MUST",
             "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
             "excerpt": {"text": "T", "source": "https://example.org", "retrieved": "2024-01-01", "provenance": "OFFICIAL", "verified": true}}]}]}
        """;
    Assessor assessor = Assessor.builder().addPack(RulePack.fromStream(
        new java.io.ByteArrayInputStream(pack.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "sets.json")).build();
    Assessment before = assessor.assess(Facts.builder().set("s", Set.of("a", "b")).build(), LocalDate.of(2024, 1, 1));
    Assessment after = assessor.assess(Facts.builder().set("s", Set.of("a")).build(), LocalDate.of(2024, 1, 1));

    assertThat(AssessmentDiff.between(before, after).changes()).singleElement()
        .satisfies(c -> assertThat(c.causes()).containsExactly("fact s changed: [a, b] -> [a]"));
  }

  @Test
  void diffOfAssessmentsReadBackFromJsonWorks() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new io.github.regkit.json.RegkitModule());
    Assessment before = ASSESSOR.assess(company().build(), LocalDate.of(2024, 1, 1));
    Assessment after = ASSESSOR.assess(Facts.builder().set("org.kind", "agency").set("data.kinds", Set.of("name", "id-number")).build(), LocalDate.of(2024, 1, 1));

    Assessment beforeBack = mapper.readValue(mapper.writeValueAsString(before), Assessment.class);
    Assessment afterBack = mapper.readValue(mapper.writeValueAsString(after), Assessment.class);
    assertThat(AssessmentDiff.between(beforeBack, afterBack)).isEqualTo(AssessmentDiff.between(before, after));
  }

  @Test
  void requirementRemovedWhenScopeFails() {
    Assessment before = ASSESSOR.assess(company().build(), LocalDate.of(2024, 1, 1));
    Assessment after = ASSESSOR.assess(Facts.builder().set("org.kind", "agency").set("data.kinds", Set.of("name", "id-number")).build(), LocalDate.of(2024, 1, 1));

    assertThat(AssessmentDiff.between(before, after).changes()).filteredOn(c -> c.obligationId().equals("tp.act.policy")).singleElement()
        .satisfies(c -> {
          assertThat(c.kind()).isEqualTo(Kind.REMOVED);
          assertThat(c.causes()).containsExactly("fact org.kind changed: company -> agency");
        });
  }

  @Test
  void betweenReadsOlderThenNewer() {
    Assessment older = ASSESSOR.assess(company().set("vendor.stores", false).build(), LocalDate.of(2024, 1, 1));
    Assessment newer = ASSESSOR.assess(company().set("vendor.stores", true).build(), LocalDate.of(2024, 1, 1));

    assertThat(AssessmentDiff.between(older, newer).changes()).extracting(Change::kind).containsExactly(Kind.ADDED);
    assertThat(AssessmentDiff.between(newer, older).changes()).extracting(Change::kind).containsExactly(Kind.REMOVED);
  }

  @Test
  void aRuledOutVerdictHasNoCompliance() {
    assertThat(Verdict.NOT_APPLICABLE.compliance()).isEmpty();
    assertThat(Verdict.NOT_APPLICABLE).hasToString("NOT_APPLICABLE");
    assertThatThrownBy(() -> new Verdict(Applicability.NOT_APPLICABLE, Optional.of(ComplianceStatus.SATISFIED)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no compliance");
  }

  @Test
  void aVerdictThatAppliesNeedsACompliance() {
    assertThatThrownBy(() -> new Verdict(Applicability.MAY_APPLY, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a compliance");
    assertThat(new Verdict(Applicability.APPLIES, Optional.of(ComplianceStatus.OUTSTANDING))).hasToString("APPLIES, OUTSTANDING");
  }
}
