package io.github.regkit.ma;

import static io.github.regkit.ma.ScenarioTest.ASSESSOR;
import static io.github.regkit.ma.ScenarioTest.AS_OF;
import static io.github.regkit.ma.ScenarioTest.applies;
import static io.github.regkit.ma.ScenarioTest.mayApply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.Assessment;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.Warning;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The second edition's rules on who, what and when, each shown applying and not applying. Each
 * test names the kind of fault it guards against (issue: Massachusetts pack, second edition).
 */
class SecondEditionTest {

  /** A private company whose vendor handles residents' names and card numbers. */
  static Facts.Builder owner() {
    return Facts.builder().set("entity.kind", "private-business").set("entity.data-role", "owns-or-licenses")
        .set("data.subjects", Set.of("ma-consumers")).set("data.elements", Set.of("name", "payment-card"));
  }

  static Assessment assess(Facts.Builder facts) {
    return ASSESSOR.assess(facts.build(), AS_OF);
  }

  // ------------------------------------------------------------------ who is a service provider (17.02)

  @Test
  void vendorThatOnlyHasAccessIsAServiceProvider() {
    Assessment a = assess(owner().set("vendor.activities", Set.of("accesses")));

    applies(a, "ma.201cmr17.03.2.f.select");
    applies(a, "ma.201cmr17.03.2.f.contract");
  }

  @Test
  void vendorThatNeitherHandlesNorAccessesTheDataIsNotAServiceProvider() {
    Assessment a = assess(owner().set("vendor.activities", Set.of("transmits-over-public-networks")));

    assertThat(a.findRuledOut("ma.201cmr17.03.2.f.select")).isPresent();
  }

  @Test
  void breachNoticeToTheOwnerBindsAVendorThatStoresTheDataButNotOneThatOnlyHasAccess() {
    applies(assess(owner().set("vendor.activities", Set.of("stores"))), "ma.93h.3.a.vendor");
    assertThat(assess(owner().set("vendor.activities", Set.of("accesses"))).findRuledOut("ma.93h.3.a.vendor")).isPresent();
  }

  @Test
  void processorWhoseSubVendorStoresTheDataMustFlowTheBreachNoticeDown() {
    Facts.Builder processor = owner().replace("entity.data-role", "maintains-or-stores-only")
        .set("vendor.activities", Set.of("stores"));

    applies(assess(processor), "ma.93h.3.a.vendor");
    applies(assess(processor), "ma.93h.3.a.caller");
  }

  // ------------------------------------------------------------------ interception (c. 272, § 99)

  @Test
  void liveMonitoringOfCallsIsWithinTheActEvenWhenNothingIsStored() {
    Assessment a = assess(owner().set("vendor.phone-calls", true).set("vendor.conversation-capture", Set.of("live-monitoring")));

    assertThat(applies(a, "ma.272-99.c1.no-secret-recording").compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
  }

  @Test
  void callsThatAreNeitherRecordedNorMonitoredAreOutsideTheAct() {
    Assessment a = assess(owner().set("vendor.phone-calls", true).set("vendor.live-chat", false).set("vendor.conversation-capture", Set.of()));

    assertThat(a.findRuledOut("M.G.L. c. 272, § 99")).isPresent();
  }

  @Test
  void secretRecordingOfChatsIsOutstanding() {
    Assessment a = assess(owner().set("vendor.live-chat", true).set("vendor.conversation-capture", Set.of("real-time-analysis"))
        .set("controls.all-parties-know", false));

    assertThat(applies(a, "ma.272-99.c1.no-secret-recording").compliance().status()).isEqualTo(ComplianceStatus.OUTSTANDING);
  }

  @Test
  void recordingThatEveryPartyKnowsOfIsNotAnInterception() {
    Assessment a = assess(owner().set("vendor.phone-calls", true).set("vendor.conversation-capture", Set.of("records"))
        .set("controls.all-parties-know", true));

    assertThat(applies(a, "ma.272-99.c1.no-secret-recording").compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
  }

  @Test
  void carrierTelephoneEquipmentExceptionIsAskedNotAssumed() {
    Assessment a = assess(owner().set("vendor.phone-calls", true).set("vendor.live-chat", false)
        .set("vendor.conversation-capture", Set.of("records")).set("controls.all-parties-know", false));

    assertThat(applies(a, "ma.272-99.c1.no-secret-recording").compliance().openFacts()).containsExactly("vendor.carrier-telephone-equipment");
  }

  @Test
  void carrierTelephoneEquipmentUsedInTheOrdinaryCourseIsNotAnInterceptingDevice() {
    Assessment a = assess(owner().set("vendor.phone-calls", true).set("vendor.live-chat", false)
        .set("vendor.conversation-capture", Set.of("records")).set("controls.all-parties-know", false)
        .set("vendor.carrier-telephone-equipment", true));

    assertThat(applies(a, "ma.272-99.c1.no-secret-recording").compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
  }

  // ------------------------------------------------------------------ personal information inside conversations

  static Facts.Builder chatOnly() {
    return Facts.builder().set("entity.kind", "private-business").set("entity.data-role", "owns-or-licenses")
        .set("entity.other-data-elements", Set.of()).set("data.subjects", Set.of("ma-consumers"))
        .set("data.elements", Set.of("name", "chat-transcripts")).set("vendor.activities", Set.of("receives", "stores"));
  }

  @Test
  void chatTranscriptsMayBringInTheSecurityLawsUntilTheNumbersInThemAreKnown() {
    Assessment a = assess(chatOnly());

    mayApply(a, "ma.201cmr17.03.1.wisp");
    mayApply(a, "ma.93h.3.b.owner");
    mayApply(a, "ma.93i.2.disposal");
    assertThat(a.findOpenQuestion("data.numbers-in-conversations")).isPresent();
  }

  @Test
  void cardNumbersDisclosedInChatsArePersonalInformation() {
    Assessment a = assess(chatOnly().set("data.numbers-in-conversations", Set.of("payment-card")));

    applies(a, "ma.201cmr17.03.1.wisp");
    applies(a, "ma.93h.3.b.owner");
    applies(a, "ma.93i.2.disposal");
  }

  @Test
  void chatsInWhichNoNumberCanArriveAreNotPersonalInformation() {
    Assessment a = assess(chatOnly().set("data.numbers-in-conversations", Set.of()));

    assertThat(a.findRuledOut("201 CMR 17.00")).isPresent();
    assertThat(a.findRuledOut("M.G.L. c. 93H")).isPresent();
    assertThat(a.findRuledOut("M.G.L. c. 93I")).isPresent();
  }

  // ------------------------------------------------------------------ 17.03(2)(i): review now

  @Test
  void adoptingTheToolCallsForAScopeReviewNow() {
    Assessment a = assess(owner().set("vendor.activities", Set.of("receives")));

    assertThat(applies(a, "ma.201cmr17.03.2.i.scope-review").obligation().actions().get(0)).contains("now");
  }

  @Test
  void scopeReviewIsRuledOutWhereTheSecurityRegulationDoesNotBind() {
    assertThat(assess(chatOnly().set("data.numbers-in-conversations", Set.of())).findRuledOut("201 CMR 17.03(2)(i)")).isPresent();
  }

  // ------------------------------------------------------------------ c. 93H § 3(b) contents and § 5

  @Test
  void regulatorNoticeMustSayWhetherAWrittenProgramIsMaintained() {
    Assessment a = assess(owner());

    assertThat(applies(a, "ma.93h.3.b.regulator-notice-contents").obligation().excerpt().text())
        .contains("whether the person or agency maintains a written information security program");
    applies(a, "ma.93h.3.b.no-delay-for-count");
  }

  @Test
  void noticeContentsAddedIn2019DoNotApplyBeforeTheAmendment() {
    Assessment a = ASSESSOR.assess(owner().build(), LocalDate.of(2019, 4, 10));

    assertThat(a.findRuledOut("ma.93h.3.b.regulator-notice-contents")).isPresent();
    applies(ASSESSOR.assess(owner().build(), LocalDate.of(2019, 4, 11)), "ma.93h.3.b.regulator-notice-contents");
  }

  @Test
  void federalBreachProceduresReplaceTheResidentNoticeContentsButNotTheRegulatorNotice() {
    Assessment a = assess(owner().set("entity.federal-breach-procedures", true));

    applies(a, "ma.93h.5.federal-procedures");
    assertThat(a.findRuledOut("ma.93h.3.b.resident-notice-contents")).isPresent();
    applies(a, "ma.93h.3.b.owner");
  }

  @Test
  void withoutFederalProceduresTheResidentNoticeContentsApply() {
    Assessment a = assess(owner().set("entity.federal-breach-procedures", false));

    applies(a, "ma.93h.3.b.resident-notice-contents");
    assertThat(a.findRuledOut("ma.93h.5.federal-procedures")).isPresent();
  }

  // ------------------------------------------------------------------ c. 93, § 105

  @Test
  void cardFormRuleDoesNotBindAPublicBody() {
    Assessment a = assess(Facts.builder().set("entity.kind", "city-or-town").set("entity.accepts-card-payments", true));

    assertThat(a.findRuledOut("M.G.L. c. 93, § 105")).isPresent();
  }

  // ------------------------------------------------------------------ public bodies

  static Facts.Builder publicBody(String kind) {
    return Facts.builder().set("entity.kind", kind).set("entity.data-role", "owns-or-licenses")
        .set("data.subjects", Set.of("ma-consumers")).set("data.elements", Set.of("name", "ssn"))
        .set("vendor.activities", Set.of("receives", "stores"));
  }

  @Test
  void constitutionalOfficeIsAnAgencyUnderTheFairInformationPracticesActAndTheDisposalLaw() {
    Assessment a = assess(publicBody("constitutional-office"));

    applies(a, "ma.66a.2.a.responsible-individual");
    applies(a, "ma.93i.2.disposal");
    assertThat(a.findRuledOut("201 CMR 17.00")).isPresent();
  }

  @Test
  void constitutionalOfficeWithItsOwnRegulationsIsNotBoundBy801Cmr3() {
    assertThat(assess(publicBody("constitutional-office").set("entity.own-fipa-regulations", true)).findRuledOut("801 CMR 3.00")).isPresent();
    applies(assess(publicBody("constitutional-office").set("entity.own-fipa-regulations", false)), "ma.801cmr3.02.1.a.information-officer");
  }

  @Test
  void cityOrTownIsNotAHolderButIsBoundByTheBreachAndDisposalLaws() {
    Assessment a = assess(publicBody("city-or-town"));

    assertThat(a.findRuledOut("M.G.L. c. 66A")).isPresent();
    applies(a, "ma.93h.3.b.owner");
    applies(a, "ma.93i.2.disposal");
  }

  @Test
  void executiveAgencyIsADisposalLawAgencyOnlyIfItIsAnAuthority() {
    assertThat(assess(publicBody("executive-agency").set("entity.statutory-authority", false)).findRuledOut("M.G.L. c. 93I")).isPresent();
    applies(assess(publicBody("executive-agency").set("entity.statutory-authority", true)), "ma.93i.2.disposal");
  }

  static Facts.Builder contractor(String agency) {
    return Facts.builder().set("entity.kind", "agency-contractor").set("entity.contracting-agency", agency)
        .set("entity.data-role", "maintains-or-stores-only").set("data.subjects", Set.of("ma-consumers"))
        .set("data.elements", Set.of("name", "postal-address")).set("vendor.activities", Set.of("receives"));
  }

  @Test
  void contractorOfAnExecutiveAgencyIsBoundByTheActAndItsContractNotDirectlyBy801Cmr3() {
    Assessment a = assess(contractor("executive-agency").set("entity.personal-data-system-change", true));

    applies(a, "ma.66a.2.a.responsible-individual");
    applies(a, "ma.30-63.system-notice");
    assertThat(a.findRuledOut("801 CMR 3.00")).isPresent();
  }

  @Test
  void contractorOfACityIsNotAHolder() {
    Assessment a = assess(contractor("non-fipa-public-body"));

    assertThat(a.findRuledOut("M.G.L. c. 66A")).isPresent();
    assertThat(a.findRuledOut("M.G.L. c. 30, § 63")).isPresent();
  }

  @Test
  void holderNoticeToTheStateSecretaryIsAskedWhenItIsNotKnownWhetherASystemChanges() {
    Assessment a = assess(contractor("executive-agency"));

    mayApply(a, "ma.30-63.system-notice");
    assertThat(a.findOpenQuestion("entity.personal-data-system-change")).isPresent();
  }

  @Test
  void privateBusinessThatNamesAContractingAgencyIsAPreciseError() {
    Facts facts = Facts.builder().set("entity.kind", "private-business").set("entity.contracting-agency", "executive-agency").build();

    assertThatThrownBy(() -> ASSESSOR.assess(facts, AS_OF)).isInstanceOfSatisfying(InvalidFactsException.class, e ->
        assertThat(e.messages()).singleElement().asString().contains("contracting-agency-needs-contractor")
            .contains("entity.contracting-agency").contains("'agency-contractor'"));
  }

  @Test
  void privatePartyClaimingToBeAStatutoryAuthorityIsAPreciseError() {
    Facts facts = Facts.builder().set("entity.kind", "nonprofit").set("entity.statutory-authority", true).build();

    assertThatThrownBy(() -> ASSESSOR.assess(facts, AS_OF)).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("statutory-authority-needs-public-body");
  }

  // ------------------------------------------------------------------ when

  @Test
  void assessmentAfterThePacksCurrentDateWarnsAndNamesThePendingPrivacyBills() {
    Assessment a = ASSESSOR.assess(owner().build(), LocalDate.of(2027, 1, 1));

    assertThat(a.warnings()).filteredOn(w -> w.kind() == Warning.Kind.AFTER_CURRENT_AS_OF).singleElement()
        .satisfies(w -> assertThat(w.message()).contains("2026-11-28").contains("S.2619 / H.5479").contains("not enacted"));
  }

  @Test
  void assessmentOnThePacksCurrentDateCarriesNoStalenessWarning() {
    assertThat(assess(owner()).warnings()).noneMatch(w -> w.kind() == Warning.Kind.AFTER_CURRENT_AS_OF);
  }

  @Test
  void assessmentBeforeThePackAnswersIsRefused() {
    assertThatThrownBy(() -> ASSESSOR.assess(owner().build(), LocalDate.of(1600, 1, 1)))
        .isInstanceOf(io.github.regkit.AsOfDateOutOfRangeException.class).hasMessageContaining("1600-01-01");
  }

  @Test
  void housingRuleWhosePromulgationDateIsUnknownMayApplyBeforeTheDateItIsKnownInForce() {
    Facts lha = publicBody("local-housing-authority").build();

    mayApply(ASSESSOR.assess(lha, LocalDate.of(2015, 1, 1)), "ma.760cmr8.04.2.dissemination");
    applies(ASSESSOR.assess(lha, AS_OF), "ma.760cmr8.04.2.dissemination");
  }

  @Test
  void everyInstrumentStatesItsStartAndWhereItComesFrom() {
    assertThat(PackTest.PACK.regulations()).allSatisfy(r -> {
      assertThat(r.effective().from()).as(r.citation()).isPresent();
      assertThat(r.effective().basis()).as(r.citation()).hasValueSatisfying(b -> assertThat(b).isNotBlank());
    });
  }
}
