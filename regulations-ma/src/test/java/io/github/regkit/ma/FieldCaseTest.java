package io.github.regkit.ma;

import static io.github.regkit.ma.ScenarioTest.ASSESSOR;
import static io.github.regkit.ma.ScenarioTest.applies;
import static io.github.regkit.ma.ScenarioTest.mayApply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.Applicability;
import io.github.regkit.AsOfDateOutOfRangeException;
import io.github.regkit.Assessment;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.Requirement;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Real Massachusetts situations the first edition of the pack got wrong ({@code
 * shared/cases/field}), translated to this vocabulary ({@code src/test/resources/field/README.md}).
 */
class FieldCaseTest {

  static Facts field(String name) {
    return ScenarioTest.factsResource("/field/" + name + ".json");
  }

  /**
   * The Attorney General's 2012 settlement with a hospital that sent unencrypted backup tapes to an
   * erasure-and-resale vendor without checking its safeguards (Hunton; Proskauer, June 2012). A
   * vendor hired only to dispose of records is a service provider (201 CMR 17.02).
   */
  @Test
  void disposalVendorIsAServiceProviderWhoseSafeguardsMustBeChecked() {
    Assessment a = ASSESSOR.assess(field("disposal-vendor"), LocalDate.of(2010, 6, 15));

    Requirement select = applies(a, "ma.201cmr17.03.2.f.select");
    assertThat(select.compliance().status()).isEqualTo(ComplianceStatus.OUTSTANDING);
    applies(a, "ma.201cmr17.03.2.f.contract");
    applies(a, "ma.93i.2.third-party-disposer");
  }

  /**
   * Vita v. New England Baptist Hospital, 494 Mass. 824 (2024): "Internet chats with other people"
   * are within the wiretap act; a chat tool that keeps the transcripts is not ruled out for want of
   * a phone call.
   */
  @Test
  void chatWithHumanAgentsIsWithinTheWiretapActAndAsksWhetherEveryoneKnows() {
    Assessment a = ASSESSOR.assess(field("live-chat"), LocalDate.of(2026, 11, 28));

    Requirement r = applies(a, "ma.272-99.c1.no-secret-recording");
    assertThat(r.compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
    assertThat(r.compliance().openFacts()).contains("controls.all-parties-know");
    assertThat(a.findOpenQuestion("controls.all-parties-know")).isPresent();
  }

  /** Vita: website browsing captured by tracking tools alone is outside § 99. */
  @Test
  void websiteTrackingAloneStaysOutsideTheWiretapAct() {
    Facts facts = field("live-chat").toBuilder().replace("vendor.live-chat", false).build();

    assertThat(ASSESSOR.assess(facts, LocalDate.of(2026, 11, 28)).findRuledOut("M.G.L. c. 272, § 99")).isPresent();
  }

  /**
   * Tyler v. Michaels Stores, Inc., 464 Mass. 492 (2013): a ZIP code is personal identification
   * information and an electronic form is a credit card transaction form.
   */
  @Test
  void cardFormComplianceIsAskedAndTheActionFollowsTyler() {
    Assessment a = ASSESSOR.assess(field("card-form-zip"), LocalDate.of(2026, 11, 28));

    Requirement r = applies(a, "ma.93-105.a.card-form-pii");
    assertThat(r.compliance().openFacts()).containsExactly("payments.card-form-pii");
    assertThat(String.join(" ", r.obligation().actions())).contains("ZIP code");
  }

  @Test
  void cardFormRecordingAZipCodeTheIssuerDoesNotRequireIsOutstanding() {
    Facts facts = field("card-form-zip").toBuilder().setValue("payments.card-form-pii", "other-identification").build();

    assertThat(applies(ASSESSOR.assess(facts, LocalDate.of(2026, 11, 28)), "ma.93-105.a.card-form-pii").compliance().status())
        .isEqualTo(ComplianceStatus.OUTSTANDING);
  }

  @Test
  void cardFormRecordingOnlyWhatTheIssuerRequiresIsSatisfied() {
    Facts facts = field("card-form-zip").toBuilder().setValue("payments.card-form-pii", "issuer-required-only").build();

    assertThat(applies(ASSESSOR.assess(facts, LocalDate.of(2026, 11, 28)), "ma.93-105.a.card-form-pii").compliance().status())
        .isEqualTo(ComplianceStatus.SATISFIED);
  }

  /**
   * The Attorney General's 2011 settlement with a savings bank: an unencrypted backup tape, and a
   * written program that was not followed (press release; Proskauer, Aug. 2011).
   */
  @Test
  void writtenProgramOnPaperDoesNotSatisfy17_03_1UntilItIsKnownToBeFollowed() {
    Assessment a = ASSESSOR.assess(field("backup-tape-wisp"), LocalDate.of(2011, 5, 15));

    Requirement wisp = applies(a, "ma.201cmr17.03.1.wisp");
    assertThat(wisp.compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
    assertThat(wisp.compliance().openFacts()).containsExactly("controls.security-program-followed");
  }

  @Test
  void writtenProgramThatIsNotFollowedIsOutstanding() {
    Facts facts = field("backup-tape-wisp").toBuilder().setValue("controls.security-program-followed", false).build();

    assertThat(applies(ASSESSOR.assess(facts, LocalDate.of(2011, 5, 15)), "ma.201cmr17.03.1.wisp").compliance().status())
        .isEqualTo(ComplianceStatus.OUTSTANDING);
  }

  @Test
  void backupTapesArePortableMediaThatMustBeEncrypted() {
    Facts facts = field("backup-tape-wisp").toBuilder().setValue("controls.portable-device-encryption", false).build();
    Assessment a = ASSESSOR.assess(facts, LocalDate.of(2011, 5, 15));

    assertThat(applies(a, "ma.201cmr17.04.5.portable-encryption").compliance().status()).isEqualTo(ComplianceStatus.OUTSTANDING);
    assertThat(ASSESSOR.findFact("entity.portable-media").orElseThrow().question()).contains("backup tapes");
  }

  @Test
  void theFirstEditionsPortableDevicesAnswerIsRefusedWithItsReplacementSoTheQuestionIsAskedAgain() {
    Facts old = Facts.builder().set("entity.portable-devices", false).build();

    assertThatThrownBy(() -> ASSESSOR.assess(old, LocalDate.of(2011, 5, 15))).isInstanceOfSatisfying(InvalidFactsException.class, e ->
        assertThat(e.messages()).containsExactly("fact 'entity.portable-devices' was retired in pack us-ma 2026.12.0: the question now"
            + " includes backup tapes, USB drives and other removable media (201 CMR 17.04(5)); answer it again rather than copying"
            + " the old answer; expected [entity.portable-media] instead"));
  }

  @Test
  void theFirstEditionsCallRecordingFactNamesTheFactsThatReplaceIt() {
    Facts old = Facts.builder().set("vendor.records-calls", false).build();

    assertThatThrownBy(() -> ASSESSOR.assess(old, LocalDate.of(2026, 11, 28))).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("expected one or more of [vendor.phone-calls, vendor.live-chat, vendor.conversation-capture] instead");
  }

  /** c. 93I did not exist in 2005; the pack answers only from 2007-10-31. */
  @Test
  void disposalIn2005IsRefusedInsteadOfAnswered() {
    assertThatThrownBy(() -> ASSESSOR.assess(field("disposal-2005"), LocalDate.of(2005, 6, 1)))
        .isInstanceOfSatisfying(AsOfDateOutOfRangeException.class, e -> {
          assertThat(e).hasMessageContaining("2005-06-01").hasMessageContaining("2007-10-31");
          assertThat(e.packId()).isEqualTo("us-ma");
        });
  }

  @Test
  void disposalStatuteNeverAppliesBeforeTheDateItIsKnownToBeInForce() {
    Assessment a = ASSESSOR.assess(field("disposal-2005"), LocalDate.of(2007, 11, 1));

    mayApply(a, "ma.93i.2.disposal");
    assertThat(a.requirements(Applicability.APPLIES)).noneMatch(r -> r.regulationCitation().equals("M.G.L. c. 93I"));
  }

  @Test
  void disposalStatuteAppliesFromFebruary2008() {
    applies(ASSESSOR.assess(field("disposal-2005"), LocalDate.of(2008, 2, 3)), "ma.93i.2.disposal");
  }

  @Test
  void fieldCasesUseOnlyTheCurrentVocabulary() {
    for (String name : Set.of("disposal-vendor", "live-chat", "card-form-zip", "backup-tape-wisp", "disposal-2005")) {
      assertThat(ASSESSOR.validate(field(name)).size()).as(name).isPositive();
    }
  }
}
