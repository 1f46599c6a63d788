package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The acceptance scenarios S1-S8 of {@code shared/scenarios.md}, one test per behaviour.
 *
 * <p>README: facts are in {@code src/test/resources/scenarios/S<n>.json}. As-of dates: S1-S5, S7
 * and S8 are assessed as of 2026-11-28; S6 is assessed as of 2009-12-31, 2011-06-01, 2012-03-02,
 * 2019-04-10, 2019-04-11 and 2026-11-28.
 */
class ScenarioTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  static final Assessor ASSESSOR = Assessor.forJurisdiction("US-MA");

  static Facts facts(String name) {
    return factsResource("/scenarios/" + name + ".json");
  }

  /** Facts from a JSON file on the test class path. */
  static Facts factsResource(String path) {
    try (InputStream in = ScenarioTest.class.getResourceAsStream(path)) {
      assertThat(in).as("facts file %s", path).isNotNull();
      return Facts.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Assessment assess(String name) {
    return ASSESSOR.assess(facts(name), AS_OF);
  }

  static Requirement applies(Assessment a, String obligationId) {
    Requirement r = a.findRequirement(obligationId).orElseThrow(() -> new AssertionError(
        obligationId + " is not a requirement; ruled out: " + a.findRuledOut(obligationId).map(RuledOut::explanation).orElse("no")));
    assertThat(r.applicability()).as("%s status; why: %s", obligationId, r.why()).isEqualTo(Applicability.APPLIES);
    return r;
  }

  static Requirement mayApply(Assessment a, String obligationId) {
    Requirement r = a.findRequirement(obligationId).orElseThrow(() -> new AssertionError(obligationId + " is not a requirement"));
    assertThat(r.applicability()).as("%s status", obligationId).isEqualTo(Applicability.MAY_APPLY);
    return r;
  }

  static List<Requirement> underInstrument(Assessment a, String instrumentCitation) {
    return a.requirements().stream().filter(r -> r.regulationCitation().equals(instrumentCitation)).toList();
  }

  static RuledOut ruledOut(Assessment a, String idOrCitation) {
    return a.findRuledOut(idOrCitation).orElseThrow(() -> new AssertionError(idOrCitation + " was not ruled out"));
  }

  static final List<String> S17_03 = List.of(
      "ma.201cmr17.03.1.wisp",
      "ma.201cmr17.03.2.a.program-owner",
      "ma.201cmr17.03.2.b.risk-assessment",
      "ma.201cmr17.03.2.c.off-premises",
      "ma.201cmr17.03.2.d.discipline",
      "ma.201cmr17.03.2.e.terminated-employees",
      "ma.201cmr17.03.2.f.select",
      "ma.201cmr17.03.2.f.contract",
      "ma.201cmr17.03.2.g.physical-access",
      "ma.201cmr17.03.2.h.monitoring",
      "ma.201cmr17.03.2.i.scope-review",
      "ma.201cmr17.03.2.j.incident-review");
  static final List<String> S17_04 = List.of(
      "ma.201cmr17.04.security-system",
      "ma.201cmr17.04.1.authentication",
      "ma.201cmr17.04.2.access-control",
      "ma.201cmr17.04.3.encryption-in-transit",
      "ma.201cmr17.04.4.monitoring",
      "ma.201cmr17.04.5.portable-encryption",
      "ma.201cmr17.04.6.firewall-patches",
      "ma.201cmr17.04.7.security-software",
      "ma.201cmr17.04.8.training");

  // ------------------------------------------------------------------ S1

  @Test
  void s1_privateCompanyMustKeepWrittenComprehensiveSecurityProgram() {
    Requirement r = applies(assess("S1"), "ma.201cmr17.03.1.wisp");
    assertThat(r.citation()).isEqualTo("201 CMR 17.03(1)");
  }

  @Test
  void s1_eachEncodedElementOf17_03_2AppliesSeparately() {
    Assessment a = assess("S1");
    for (String id : S17_03) {
      applies(a, id);
    }
    assertThat(a.requirementsCiting("201 CMR 17.03(2)(a)")).hasSize(1);
    assertThat(a.requirementsCiting("201 CMR 17.03(2)(e)")).hasSize(1);
    assertThat(a.requirementsCiting("201 CMR 17.03(2)(j)")).hasSize(1);
  }

  @Test
  void s1_mustSelectCapableServiceProvidersAndRequireSecurityByContract() {
    Assessment a = assess("S1");
    assertThat(applies(a, "ma.201cmr17.03.2.f.select").citation()).isEqualTo("201 CMR 17.03(2)(f)1");
    Requirement contract = applies(a, "ma.201cmr17.03.2.f.contract");
    assertThat(contract.citation()).isEqualTo("201 CMR 17.03(2)(f)2");
    assertThat(contract.obligation().addressee().role()).isEqualTo(Addressee.Role.CALLER);
  }

  @Test
  void s1_computerSystemSecurityElementsOf17_04Apply() {
    Assessment a = assess("S1");
    for (String id : S17_04) {
      applies(a, id);
    }
  }

  @Test
  void s1_mustEncryptPersonalInformationOverPublicNetworks() {
    Requirement r = applies(assess("S1"), "ma.201cmr17.04.3.encryption-in-transit");
    assertThat(r.citation()).isEqualTo("201 CMR 17.04(3)");
    assertThat(r.compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
  }

  @Test
  void s1_ownerMustNotifyAttorneyGeneralOcabrAndResidentsOfBreach() {
    Requirement r = applies(assess("S1"), "ma.93h.3.b.owner");
    assertThat(r.citation()).isEqualTo("M.G.L. c. 93H, § 3(b)");
    assertThat(r.obligation().addressee().role()).isEqualTo(Addressee.Role.CALLER);
  }

  @Test
  void s1_disposalStandardsApplyToTheCompany() {
    Requirement r = applies(assess("S1"), "ma.93i.2.disposal");
    assertThat(r.citation()).isEqualTo("M.G.L. c. 93I, § 2");
    assertThat(r.obligation().summary()).contains("third party");
  }

  @Test
  void s1_recordingCallsWithoutEveryPartysKnowledgeIsAnInterception() {
    Assessment a = assess("S1");
    Requirement r = applies(a, "ma.272-99.c1.no-secret-recording");
    assertThat(r.regulationCitation()).isEqualTo("M.G.L. c. 272, § 99");
    assertThat(r.compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
    assertThat(r.compliance().openFacts()).contains("controls.all-parties-know", "vendor.carrier-telephone-equipment", "vendor.live-chat");
  }

  @Test
  void s1_vendorMustNotifyAndCooperateWithOwnerAsCounterparty() {
    Assessment a = assess("S1");
    List<Requirement> r = a.requirementsCiting("M.G.L. c. 93H, § 3(a)");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).id()).isEqualTo("ma.93h.3.a.vendor");
    assertThat(r.get(0).applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(r.get(0).obligation().addressee().role()).isEqualTo(Addressee.Role.COUNTERPARTY);
    assertThat(a.findRuledOut("ma.93h.3.a.caller")).isPresent();
  }

  @Test
  void s1_housingAuthorityRuleDoesNotBindPrivateCompany() {
    RuledOut r = ruledOut(assess("S1"), "760 CMR 8.00");
    assertThat(r.level()).isEqualTo(RuledOut.Level.INSTRUMENT);
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("LHA");
  }

  @Test
  void s1_fairInformationPracticesActDoesNotBindPrivateCompany() {
    RuledOut r = ruledOut(assess("S1"), "M.G.L. c. 66A");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("holder");
  }

  @Test
  void s1_executiveAgencyRuleDoesNotBindPrivateCompany() {
    RuledOut r = ruledOut(assess("S1"), "801 CMR 3.00");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("executive");
  }

  /**
   * Changed in US-MA 2026.12.0: callers can speak a Social Security number on a recorded call, so
   * § 3A is not ruled out until the caller says which numbers can arrive in conversations.
   */
  @Test
  void s1_creditMonitoringDutyMayApplyUntilItIsKnownWhetherCallersDiscloseSocialSecurityNumbers() {
    Assessment a = assess("S1");
    mayApply(a, "ma.93h.3a.credit-monitoring");
    assertThat(a.findOpenQuestion("data.numbers-in-conversations")).isPresent();
  }

  @Test
  void s1_creditMonitoringDutyDoesNotApplyWhenNoSocialSecurityNumberCanArrive() {
    Facts facts = PackTest.with(facts("S1"), "data.numbers-in-conversations", Set.of("payment-card"));
    RuledOut r = ruledOut(ASSESSOR.assess(facts, AS_OF), "M.G.L. c. 93H, § 3A");
    assertThat(r.level()).isEqualTo(RuledOut.Level.OBLIGATION);
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("Social Security");
  }

  @Test
  void s1_noApplicableRequirementIsSatisfiedWhenNothingIsKnownAboutSafeguards() {
    Assessment a = assess("S1");
    assertThat(a.requirements()).isNotEmpty();
    assertThat(a.requirements()).allSatisfy(r ->
        assertThat(r.compliance().status()).isIn(ComplianceStatus.UNKNOWN, ComplianceStatus.OUTSTANDING));
  }

  // ------------------------------------------------------------------ S2

  @Test
  void s2_securityRegulationRuledOutBecauseDataIsNotPersonalInformation() {
    RuledOut r = ruledOut(assess("S2"), "201 CMR 17.00");
    assertThat(r.level()).isEqualTo(RuledOut.Level.INSTRUMENT);
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("personal information");
  }

  @Test
  void s2_breachStatuteRuledOutBecauseDataIsNotPersonalInformation() {
    RuledOut r = ruledOut(assess("S2"), "M.G.L. c. 93H");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("personal information");
  }

  @Test
  void s2_disposalStatuteRuledOutBecauseDataIsNotPersonalInformation() {
    RuledOut r = ruledOut(assess("S2"), "M.G.L. c. 93I");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("personal information");
  }

  /**
   * Changed in US-MA 2026.12.0: chats with people are communications within § 99 (Vita, 2024), so
   * § 99 is not ruled out for want of a call; every party is told, so nothing is intercepted.
   */
  @Test
  void s2_wiretapStatuteCoversChatsWithPeopleAndIsSatisfiedBecauseEveryoneIsTold() {
    Requirement r = applies(assess("S2"), "ma.272-99.c1.no-secret-recording");
    assertThat(r.compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(r.why().render()).contains("[TRUE] person-to-person chats or messages are recorded");
  }

  @Test
  void s2_noOpenQuestionAboutDataElements() {
    Assessment a = assess("S2");
    assertThat(a.findOpenQuestion("data.elements")).isEmpty();
    assertThat(a.findOpenQuestion("entity.other-data-elements")).isEmpty();
    assertThat(a.requirements()).noneMatch(r -> r.regulationCitation().equals("201 CMR 17.00")
        || r.regulationCitation().equals("M.G.L. c. 93H") || r.regulationCitation().equals("M.G.L. c. 93I"));
  }

  // ------------------------------------------------------------------ S3

  @Test
  void s3_housingAuthorityMustUseWrittenHolderContractAndLimitOutsideAccess() {
    Assessment a = assess("S3");
    assertThat(applies(a, "ma.760cmr8.04.1.holder-contract").citation()).isEqualTo("760 CMR 8.04(1)");
    assertThat(applies(a, "ma.760cmr8.04.2.dissemination").citation()).isEqualTo("760 CMR 8.04(2)");
  }

  @Test
  void s3_housingAuthorityIsHolderUnderFairInformationPracticesAct() {
    Assessment a = assess("S3");
    applies(a, "ma.66a.2.a.responsible-individual");
    applies(a, "ma.66a.2.third-party-access");
    applies(a, "ma.66a.2.f.access-log");
  }

  @Test
  void s3_housingAuthorityAsAgencyMustGiveBreachNotice() {
    applies(assess("S3"), "ma.93h.3.b.owner");
  }

  @Test
  void s3_securityRegulationRuledOutBecauseAgenciesAreNotPersons() {
    RuledOut r = ruledOut(assess("S3"), "201 CMR 17.00");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("person").contains("UNVERIFIED");
    assertThat(PackTest.term("ma.201cmr17.person").excerpt().orElseThrow().verified()).isFalse();
  }

  @Test
  void s3_executiveAgencyRuleRuledOutForHousingAuthority() {
    RuledOut r = ruledOut(assess("S3"), "801 CMR 3.00");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
  }

  // ------------------------------------------------------------------ S4

  @Test
  void s4_executiveAgencyDutiesApplyIncludingContractsAndThirdPartyAccess() {
    Assessment a = assess("S4");
    for (Requirement r : underInstrument(a, "801 CMR 3.00")) {
      assertThat(r.applicability()).isEqualTo(Applicability.APPLIES);
    }
    applies(a, "ma.801cmr3.02.1.a.information-officer");
    applies(a, "ma.801cmr3.02.1.f.contracts");
    applies(a, "ma.801cmr3.03.third-party-access");
  }

  @Test
  void s4_fairInformationPracticesActApplies() {
    Assessment a = assess("S4");
    assertThat(underInstrument(a, "M.G.L. c. 66A")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.applicability()).isEqualTo(Applicability.APPLIES));
  }

  @Test
  void s4_agencyMustGiveBreachNoticeAsOwner() {
    applies(assess("S4"), "ma.93h.3.b.owner");
  }

  @Test
  void s4_recordedCallsMustNotBeIntercepted() {
    applies(assess("S4"), "ma.272-99.c1.no-secret-recording");
  }

  @Test
  void s4_securityRegulationAndHousingRuleRuledOutForPublicBody() {
    Assessment a = assess("S4");
    assertThat(ruledOut(a, "201 CMR 17.00").reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(ruledOut(a, "760 CMR 8.00").reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
  }

  // ------------------------------------------------------------------ S5

  @Test
  void s5_mainDutiesMayApplyWhenDataAndRecordingAreUnknown() {
    Assessment a = assess("S5");
    for (String id : S17_03) {
      mayApply(a, id);
    }
    for (String id : S17_04) {
      mayApply(a, id);
    }
    mayApply(a, "ma.93h.3.b.owner");
    mayApply(a, "ma.93h.3.a.vendor");
    mayApply(a, "ma.93i.2.disposal");
    mayApply(a, "ma.272-99.c1.no-secret-recording");
    assertThat(a.requirements(Applicability.APPLIES)).isEmpty();
  }

  @Test
  void s5_publicSectorRulesRuledOutOnceEntityKindIsKnown() {
    Assessment a = assess("S5");
    assertThat(ruledOut(a, "760 CMR 8.00").reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(ruledOut(a, "801 CMR 3.00").reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(ruledOut(a, "M.G.L. c. 66A").reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
  }

  @Test
  void s5_openQuestionsAskForDataElementsFirstAndAboutCallsAndChats() {
    List<OpenQuestion> q = assess("S5").openQuestions();
    assertThat(q).extracting(OpenQuestion::factId).contains("data.elements", "vendor.phone-calls", "vendor.live-chat");
    assertThat(q.get(0).factId()).isEqualTo("data.elements");
    assertThat(q.get(0).question()).isNotBlank();
  }

  @Test
  void s5_answeringOneOpenQuestionOnlySettlesMayApplyVerdicts() {
    Facts base = facts("S5");
    Assessment before = ASSESSOR.assess(base, AS_OF);
    Set<String> applied = ids(before.requirements(Applicability.APPLIES));
    Set<String> ruled = before.ruledOut().stream().map(RuledOut::id).collect(Collectors.toSet());
    int answers = 0;
    for (OpenQuestion q : before.openQuestions()) {
      for (Object value : PackTest.sampleValues(ASSESSOR.findFact(q.factId()).orElseThrow())) {
        Facts answered = PackTest.with(base, q.factId(), value);
        Assessment after = ASSESSOR.assess(answered, AS_OF);
        Set<String> nowRuledOut = after.ruledOut().stream().map(RuledOut::id).collect(Collectors.toSet());
        assertThat(ids(after.requirements(Applicability.APPLIES))).as("%s = %s", q.factId(), value).containsAll(applied);
        assertThat(nowRuledOut).as("%s = %s", q.factId(), value).containsAll(ruled);
        for (String id : applied) {
          assertThat(nowRuledOut).doesNotContain(id);
        }
        answers++;
      }
    }
    assertThat(answers).isGreaterThan(10);
  }

  static Set<String> ids(List<Requirement> rs) {
    return rs.stream().map(Requirement::id).collect(Collectors.toSet());
  }

  // ------------------------------------------------------------------ S6

  @Test
  void s6_preMarch2010ContractIsGrandfatheredUntilMarch2012() {
    Assessment a = ASSESSOR.assess(facts("S6"), LocalDate.of(2011, 6, 1));
    Requirement r = applies(a, "ma.201cmr17.03.2.f.contract");
    assertThat(r.compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(r.compliance().trace().render()).contains("grandfather proviso").contains("UNVERIFIED");
  }

  @Test
  void s6_contractWithoutSecurityClauseIsOutstandingAfterGrandfatherExpires() {
    Assessment a = ASSESSOR.assess(facts("S6"), LocalDate.of(2012, 3, 2));
    Requirement r = applies(a, "ma.201cmr17.03.2.f.contract");
    assertThat(r.compliance().status()).isEqualTo(ComplianceStatus.OUTSTANDING);
  }

  @Test
  void s6_securityRegulationNotInForceBeforeMarch2010() {
    Assessment a = ASSESSOR.assess(facts("S6"), LocalDate.of(2009, 12, 31));
    RuledOut r = ruledOut(a, "201 CMR 17.00");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.NOT_IN_FORCE);
    assertThat(r.explanation()).contains("2010-03-01");
    assertThat(a.findRequirement("ma.201cmr17.03.2.f.contract")).isEmpty();
  }

  @Test
  void s6_breachNotificationAppliesIn2009BecauseChapter93HIsInForceSince2007() {
    Assessment a = ASSESSOR.assess(facts("S6"), LocalDate.of(2009, 12, 31));
    applies(a, "ma.93h.3.b.owner");
    applies(a, "ma.93h.3.a.vendor");
  }

  @Test
  void s6_creditMonitoringDutyInForceOnlyFromApril112019() {
    Assessment before = ASSESSOR.assess(facts("S6"), LocalDate.of(2019, 4, 10));
    RuledOut r = ruledOut(before, "ma.93h.3a.credit-monitoring");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.NOT_IN_FORCE);
    assertThat(r.explanation()).contains("2019-04-11");
    applies(ASSESSOR.assess(facts("S6"), LocalDate.of(2019, 4, 11)), "ma.93h.3a.credit-monitoring");
    applies(ASSESSOR.assess(facts("S6"), AS_OF), "ma.93h.3a.credit-monitoring");
  }

  // ------------------------------------------------------------------ S7

  @Test
  void s7_hostedProviderMustNotifyAndCooperateWithDataOwner() {
    Assessment a = assess("S7");
    Requirement r = applies(a, "ma.93h.3.a.caller");
    assertThat(r.citation()).isEqualTo("M.G.L. c. 93H, § 3(a)");
    assertThat(r.obligation().addressee().role()).isEqualTo(Addressee.Role.CALLER);
  }

  @Test
  void s7_hostedProviderStoringDataIsBoundBy201Cmr17AsOwnsOrLicenses() {
    Assessment a = assess("S7");
    for (String id : S17_03) {
      if (!id.startsWith("ma.201cmr17.03.2.f")) {
        applies(a, id);
      }
    }
    for (String id : S17_04) {
      applies(a, id);
    }
    assertThat(PackTest.term("ma.201cmr17.owns-or-licenses").excerpt().orElseThrow().verified()).isFalse();
  }

  @Test
  void s7_ownerBreachNoticeRuledOutForProviderThatDoesNotOwnTheData() {
    RuledOut r = ruledOut(assess("S7"), "ma.93h.3.b.owner");
    assertThat(r.reason()).isEqualTo(RuledOut.Reason.SCOPE_NOT_MET);
    assertThat(r.explanation()).contains("owns or licenses");
  }

  // ------------------------------------------------------------------ S8

  @Test
  void s8_writtenProgramContractClauseAndTransitEncryptionAreSatisfied() {
    Assessment a = assess("S8");
    assertThat(applies(a, "ma.201cmr17.03.1.wisp").compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(applies(a, "ma.201cmr17.03.2.f.contract").compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(applies(a, "ma.201cmr17.04.3.encryption-in-transit").compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
  }

  @Test
  void s8_everythingElseStaysOutstandingOrUnknownWithEvidenceListed() {
    Assessment a = assess("S8");
    Set<String> satisfied = Set.of("ma.201cmr17.03.1.wisp", "ma.201cmr17.03.2.f.contract", "ma.201cmr17.04.3.encryption-in-transit");
    for (Requirement r : a.requirements()) {
      if (satisfied.contains(r.id())) {
        continue;
      }
      assertThat(r.compliance().status()).as(r.id()).isIn(ComplianceStatus.UNKNOWN, ComplianceStatus.OUTSTANDING);
      if (r.compliance().status() == ComplianceStatus.UNKNOWN) {
        assertThat(r.compliance().evidenceNeeded()).as(r.id()).isNotEmpty();
      }
    }
  }
}
