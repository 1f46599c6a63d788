package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessTest {
  static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();

  static Facts.Builder company() {
    return Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"));
  }

  @Test
  void obligationAppliesWhenScopeAndConditionsAreMet() {
    Assessment a = ASSESSOR.assess(company().set("vendor.stores", true).build(), TODAY);

    Requirement vendor = a.findRequirement("tp.act.vendor").orElseThrow();
    assertThat(vendor.applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(vendor.citation()).isEqualTo("Test Act § 3(b)");
    assertThat(vendor.obligation().addressee().role()).isEqualTo(Addressee.Role.COUNTERPARTY);
    assertThat(vendor.regulationCitation()).isEqualTo("Test Act 2010");
  }

  @Test
  void traceNamesTermsWithTheirCitationsAndTheFactsThatMetThem() {
    Assessment a = ASSESSOR.assess(company().set("vendor.stores", true).build(), TODAY);

    Trace why = a.findRequirement("tp.act.vendor").orElseThrow().why();
    assertThat(why.result()).isEqualTo(Truth.TRUE);
    List<String> citations = new java.util.ArrayList<>();
    List<String> facts = new java.util.ArrayList<>();
    why.forEach(t -> {
      t.citation().ifPresent(citations::add);
      t.factId().ifPresent(facts::add);
    });
    assertThat(citations).contains("Test Act § 1(a)", "Test Act § 1(b)");
    assertThat(facts).contains("org.kind", "data.kinds", "vendor.stores");
    assertThat(why.render()).contains("[TRUE] protected data (Test Act § 1(a))")
        .contains("the vendor stores the data [vendor.stores is true]; given: true");
  }

  @Test
  void obligationMayApplyWhenItsConditionIsUnknown() {
    Assessment a = ASSESSOR.assess(company().build(), TODAY);

    assertThat(a.findRequirement("tp.act.vendor").orElseThrow().applicability()).isEqualTo(Applicability.MAY_APPLY);
    assertThat(a.findOpenQuestion("vendor.stores")).isPresent();
  }

  @Test
  void wholeInstrumentIsRuledOutWhenItsScopeIsNotMet() {
    Assessment a = ASSESSOR.assess(company().build(), TODAY);

    RuledOut agencyRule = a.findRuledOut("9 TCR 1.00").orElseThrow();
    assertThat(agencyRule.level()).isEqualTo(RuledOut.Level.INSTRUMENT);
    assertThat(agencyRule.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(agencyRule.explanation()).contains("It binds government agencies.")
        .contains("the organisation is a government agency");
    assertThat(a.findRequirement("tp.agency.officer")).isEmpty();
    assertThat(a.ruledOut()).extracting(RuledOut::id).as("obligations of a ruled-out instrument are not listed one by one")
        .doesNotContain("tp.agency.officer");
    assertThat(a.findRuledOut("9 TCR 1.02")).as("an obligation's citation finds its instrument's entry").contains(agencyRule);
  }

  @Test
  void instrumentScopeFailsWhenDataIsNotProtectedData() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "email")).build(), TODAY);

    RuledOut act = a.findRuledOut("Test Act 2010").orElseThrow();
    assertThat(act.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(act.explanation()).contains("protected data (Test Act § 1(a))");
    assertThat(a.requirements()).isEmpty();
  }

  @Test
  void obligationIsRuledOutWhenItsOwnConditionIsFalse() {
    Assessment a = ASSESSOR.assess(company().set("vendor.stores", false).build(), TODAY);

    RuledOut vendor = a.findRuledOut("tp.act.vendor").orElseThrow();
    assertThat(vendor.level()).isEqualTo(RuledOut.Level.OBLIGATION);
    assertThat(vendor.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(vendor.explanation()).contains("the vendor stores the data");
  }

  @Test
  void ruledOutObligationSaysWhoseDutyItIsAndThatItsConditionIsNotTheCase() {
    Assessment a = ASSESSOR.assess(company().set("vendor.stores", false).build(), TODAY);

    RuledOut vendor = a.findRuledOut("tp.act.vendor").orElseThrow();
    assertThat(vendor.explanation()).startsWith("The vendor's duty under " + vendor.citation() + " (")
        .contains("does not apply. Needed, and not so here: ").doesNotContain("Not met");
  }

  @Test
  void exemptionRulesOutAnObligationWithReasonExempt() {
    Assessment a = ASSESSOR.assess(company().set("org.employees", 80).set("org.research", true).build(), TODAY);

    RuledOut large = a.findRuledOut("tp.act.large").orElseThrow();
    assertThat(large.reason()).isEqualTo(RuledOut.Reason.EXEMPT);
    assertThat(large.explanation()).contains("the work is research");
  }

  @Test
  void unknownExemptionMakesAnOtherwiseApplicableObligationMayApply() {
    Assessment a = ASSESSOR.assess(company().set("org.employees", 80).build(), TODAY);

    assertThat(a.findRequirement("tp.act.large").orElseThrow().applicability()).isEqualTo(Applicability.MAY_APPLY);
    assertThat(a.findOpenQuestion("org.research")).isPresent();
  }

  @Test
  void numberComparisonIsInclusiveForAtLeast() {
    assertThat(ASSESSOR.assess(company().set("org.employees", 50).set("org.research", false).build(), TODAY)
        .findRequirement("tp.act.large").orElseThrow().applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(ASSESSOR.assess(company().set("org.employees", 49).set("org.research", false).build(), TODAY)
        .findRuledOut("tp.act.large")).isPresent();
  }

  @Test
  void complianceIsSatisfiedOutstandingOrUnknownFromControlFacts() {
    assertThat(complianceOfPolicy(company().set("control.policy", true))).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(complianceOfPolicy(company().set("control.policy", false))).isEqualTo(ComplianceStatus.OUTSTANDING);
    assertThat(complianceOfPolicy(company())).isEqualTo(ComplianceStatus.UNKNOWN);
  }

  @Test
  void unknownComplianceListsTheEvidenceAndFactsThatWouldSettleIt() {
    Compliance c = ASSESSOR.assess(company().build(), TODAY).findRequirement("tp.act.policy").orElseThrow().compliance();

    assertThat(c.evidenceNeeded()).containsExactly("The policy document");
    assertThat(c.openFacts()).containsExactly("control.policy");
  }

  @Test
  void requirementWithoutSatisfactionConditionHasUnknownComplianceWithEvidence() {
    Assessment a = ASSESSOR.assess(company().build(), LocalDate.of(2021, 1, 1));

    Compliance c = a.findRequirement("tp.act.breach").orElseThrow().compliance();
    assertThat(c.status()).isEqualTo(ComplianceStatus.UNKNOWN);
    assertThat(c.evidenceNeeded()).containsExactly("The procedure");
  }

  @Test
  void grandfatheredContractSatisfiesTheClauseOnlyUntilTheProvisoEnds() {
    Facts facts = company().set("vendor.stores", true).set("control.clause", false)
        .set("contract.signed", LocalDate.of(2009, 6, 1)).build();

    assertThat(vendorCompliance(facts, LocalDate.of(2011, 12, 31))).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(vendorCompliance(facts, LocalDate.of(2012, 1, 1))).isEqualTo(ComplianceStatus.OUTSTANDING);
  }

  @Test
  void satisfiedComplianceTraceNamesTheProviso() {
    Facts facts = company().set("vendor.stores", true).set("contract.signed", LocalDate.of(2009, 6, 1)).build();

    Trace trace = ASSESSOR.assess(facts, LocalDate.of(2011, 6, 1)).findRequirement("tp.act.vendor").orElseThrow().compliance().trace();
    assertThat(trace.render()).contains("[TRUE] grandfathered: a contract signed before 2010-01-01");
  }

  @Test
  void instrumentIsNotInForceTheDayBeforeItsEffectiveDate() {
    RuledOut act = ASSESSOR.assess(company().build(), LocalDate.of(2009, 12, 31)).findRuledOut("Test Act 2010").orElseThrow();

    assertThat(act.reason()).isEqualTo(RuledOut.Reason.NOT_IN_FORCE);
    assertThat(act.explanation()).contains("2010-01-01");
  }

  @Test
  void instrumentIsInForceOnItsEffectiveDateAndAfter() {
    assertThat(ASSESSOR.assess(company().build(), LocalDate.of(2010, 1, 1)).findRuledOut("Test Act 2010")).isEmpty();
    assertThat(ASSESSOR.assess(company().build(), LocalDate.of(2010, 1, 2)).findRuledOut("Test Act 2010")).isEmpty();
  }

  @Test
  void obligationEffectiveDateBoundaries() {
    Facts facts = company().build();
    assertThat(ASSESSOR.assess(facts, LocalDate.of(2020, 5, 31)).findRuledOut("tp.act.breach").orElseThrow().reason())
        .isEqualTo(RuledOut.Reason.NOT_IN_FORCE);
    assertThat(ASSESSOR.assess(facts, LocalDate.of(2020, 6, 1)).findRequirement("tp.act.breach")).isPresent();
    assertThat(ASSESSOR.assess(facts, LocalDate.of(2020, 6, 2)).findRequirement("tp.act.breach")).isPresent();
  }

  @Test
  void repealedInstrumentIsNotInForceOnItsEndDate() {
    Facts facts = company().build();
    assertThat(ASSESSOR.assess(facts, LocalDate.of(2014, 12, 31)).findRequirement("tp.old.register")).isPresent();
    assertThat(ASSESSOR.assess(facts, LocalDate.of(2015, 1, 1)).findRuledOut("9 TCR 2.00").orElseThrow().reason())
        .isEqualTo(RuledOut.Reason.NOT_IN_FORCE);
  }

  @Test
  void openQuestionsAreRankedByHowManyVerdictsTheyCouldChange() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("org.kind", "company").build(), TODAY);

    List<String> ranked = a.openQuestions().stream().map(OpenQuestion::factId).toList();
    assertThat(ranked.get(0)).isEqualTo("data.kinds");
    OpenQuestion data = a.openQuestions().get(0);
    assertThat(data.applicabilityVerdicts()).isEqualTo(a.requirements(Applicability.MAY_APPLY).size());
    assertThat(data.question()).isEqualTo("Which kinds of data will the vendor receive?");
    assertThat(data.citations()).contains("Test Act § 3(a)", "Test Act § 3(b)");
    assertThat(ranked.indexOf("vendor.stores")).isGreaterThan(0);
  }

  @Test
  void openQuestionsThatDecideEquallyManyVerdictsFollowTheVocabularyOrder() {
    Assessment a = ASSESSOR.assess(company().build(), TODAY);

    assertThat(a.openQuestions()).extracting(OpenQuestion::factId)
        .startsWith("org.employees", "vendor.stores", "org.research");
  }

  @Test
  void traceNodesSayWhatKindOfTestTheyAre() {
    Trace why = ASSESSOR.assess(company().set("vendor.stores", true).build(), TODAY).findRequirement("tp.act.vendor").orElseThrow().why();

    assertThat(why.kind()).isEqualTo(Trace.Kind.ALL);
    List<Trace.Kind> kinds = new java.util.ArrayList<>();
    why.forEach(t -> kinds.add(t.kind()));
    assertThat(kinds).contains(Trace.Kind.TERM, Trace.Kind.FACT);
    Trace grandfather = ASSESSOR.assess(company().set("vendor.stores", true).build(), LocalDate.of(2011, 1, 1))
        .findRequirement("tp.act.vendor").orElseThrow().compliance().trace();
    List<Trace.Kind> complianceKinds = new java.util.ArrayList<>();
    grandfather.forEach(t -> complianceKinds.add(t.kind()));
    assertThat(complianceKinds).contains(Trace.Kind.ANY, Trace.Kind.DATE);
  }

  @Test
  void explanationNamesTheLeavesUnderUnlabelledCombinations() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("org.kind", "agency").set("data.kinds", Set.of("email")).build(), TODAY);

    assertThat(a.findRuledOut("Test Act 2010").orElseThrow().explanation())
        .contains("business (Test Act § 1(b))").contains("protected data (Test Act § 1(a))");
  }

  @Test
  void everyBlockingFactIsReportedNotOnlyTheFirst() {
    Assessment a = ASSESSOR.assess(Facts.empty(), TODAY);

    assertThat(a.openQuestions()).extracting(OpenQuestion::factId).contains("org.kind", "data.kinds");
  }

  @Test
  void factsUnderADecidedBranchAreNotAsked() {
    // The agency rule's scope is decided FALSE by org.kind, so nothing beneath it is an open question.
    Assessment a = ASSESSOR.assess(company().set("vendor.stores", true).set("control.policy", true)
        .set("control.clause", true).set("org.employees", 10).build(), TODAY);

    assertThat(a.openQuestions()).isEmpty();
  }

  @Test
  void receiptRecordsPackVersionsAsOfDateAndAHashNotTheFacts() {
    Facts facts = company().build();
    Receipt r = ASSESSOR.assess(facts, TODAY).receipt();

    assertThat(r.asOf()).isEqualTo(TODAY);
    assertThat(r.packs()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("test-pack");
      assertThat(p.dataVersion()).isEqualTo("1.0.0");
      assertThat(p.contentHash()).hasSize(64);
    });
    assertThat(r.factsHash()).hasSize(64).doesNotContain("company");
    assertThat(ASSESSOR.assess(company().set("vendor.stores", true).build(), TODAY).receipt().factsHash())
        .isNotEqualTo(r.factsHash());
  }

  @Test
  void requirementsFollowPackOrder() {
    Assessment a = ASSESSOR.assess(company().set("org.employees", 60).build(), LocalDate.of(2021, 1, 1));

    assertThat(a.requirements()).extracting(Requirement::id)
        .containsExactly("tp.act.policy", "tp.act.vendor", "tp.act.large", "tp.act.breach");
  }

  @Test
  void assessUsesTheClockForToday() {
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2009-06-01T12:00:00Z"), java.time.ZoneOffset.UTC);
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).clock(clock).build();

    Assessment a = assessor.assess(company().build());
    assertThat(a.receipt().asOf()).isEqualTo(LocalDate.of(2009, 6, 1));
    assertThat(a.findRuledOut("Test Act 2010").orElseThrow().reason()).isEqualTo(RuledOut.Reason.NOT_IN_FORCE);
  }

  private static ComplianceStatus complianceOfPolicy(Facts.Builder facts) {
    return ASSESSOR.assess(facts.build(), TODAY).findRequirement("tp.act.policy").orElseThrow().compliance().status();
  }

  private static ComplianceStatus vendorCompliance(Facts facts, LocalDate asOf) {
    return ASSESSOR.assess(facts, asOf).findRequirement("tp.act.vendor").orElseThrow().compliance().status();
  }
}
