package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regkit.json.RegkitModule;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates a pack answers for: refused before {@code answersFrom}, warned after {@code currentAsOf}. */
class AsOfDateTest {
  private static final Assessor ASSESSOR = AssessTest.ASSESSOR;

  @Test
  void assessmentBeforeTheEarliestDateThePackAnswersForIsRefusedNamingBothDates() {
    assertThatThrownBy(() -> ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(1600, 1, 1)))
        .isInstanceOfSatisfying(AsOfDateOutOfRangeException.class, e -> {
          assertThat(e.asOf()).isEqualTo(LocalDate.of(1600, 1, 1));
          assertThat(e.answersFrom()).isEqualTo(LocalDate.of(2000, 1, 1));
          assertThat(e.packId()).isEqualTo("test-pack");
          assertThat(e).hasMessage("Cannot assess as of 1600-01-01: pack test-pack answers for dates from 2000-01-01 on;"
              + " the law before then is not encoded. Expected an as-of date on or after 2000-01-01.");
        });
  }

  @Test
  void assessmentOnTheEarliestDateThePackAnswersForIsAnswered() {
    Assessment a = ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(2000, 1, 1));

    assertThat(a.receipt().asOf()).isEqualTo(LocalDate.of(2000, 1, 1));
  }

  @Test
  void assessmentUpToTheCurrentAsOfDateCarriesNoStalenessWarning() {
    Assessment a = ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(2024, 1, 1));

    assertThat(a.warnings()).extracting(Warning::kind).doesNotContain(Warning.Kind.AFTER_CURRENT_AS_OF);
  }

  @Test
  void assessmentAfterTheCurrentAsOfDateWarnsNamingTheDateAndThePendingBills() {
    Assessment a = ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(2024, 1, 2));

    assertThat(a.warnings()).filteredOn(w -> w.kind() == Warning.Kind.AFTER_CURRENT_AS_OF).singleElement()
        .satisfies(w -> {
          assertThat(w.packId()).isEqualTo("test-pack");
          assertThat(w.message()).startsWith("Assessed as of 2024-01-02, after the date pack test-pack 1.0.0 is current as of (2024-01-01)")
              .contains("Bill 42, Testland Privacy Bill (not enacted; second reading; checked 2024-01-01, https://example.org/bill-42)");
        });
    assertThat(a.receipt().warnings()).isEqualTo(a.warnings());
  }

  @Test
  void stalenessWarningIsInTheJsonAndReadsBack() throws Exception {
    Assessment a = ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(2030, 1, 1));
    ObjectMapper mapper = new ObjectMapper().registerModule(new RegkitModule());

    assertThat(a.toJson()).contains("\"kind\" : \"AFTER_CURRENT_AS_OF\"", "\"currentAsOf\" : \"2024-01-01\"");
    assertThat(mapper.readValue(a.toJson(), Assessment.class).warnings()).isEqualTo(a.warnings());
  }

  @Test
  void requirementsOnUnverifiedTextAreNamedInAWarning() {
    Assessment a = ASSESSOR.assess(AssessTest.company().set("vendor.stores", true).build(), LocalDate.of(2024, 1, 1));

    assertThat(a.warnings()).filteredOn(w -> w.kind() == Warning.Kind.UNVERIFIED_TEXT).singleElement()
        .satisfies(w -> assertThat(w.citations()).contains("Test Act § 3(b)"));
  }

  @Test
  void receiptStampsTheDatesEachPackAnswersFor() {
    Receipt.PackStamp stamp = ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(2024, 1, 1)).receipt().packs().get(0);

    assertThat(stamp.answersFrom()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(stamp.currentAsOf()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void ruledOutInstrumentNotInForceSaysWhereItsDatesComeFrom() {
    Assessment a = ASSESSOR.assess(AssessTest.company().build(), LocalDate.of(2021, 1, 1));

    assertThat(a.findRuledOut("9 TCR 2.00").orElseThrow().explanation())
        .isEqualTo("9 TCR 2.00 is not in force on 2021-01-01: it is in force from 2005-01-01 until 2015-01-01"
            + " (9 TCR 2.00, promulgation and repeal notices).");
  }

  @Test
  void packExposesItsPendingLegislation() {
    assertThat(TestPacks.load().pendingLegislation()).singleElement()
        .satisfies(b -> assertThat(b.citation()).isEqualTo("Bill 42"));
  }

  @Test
  void beforeADateTheSourcesGiveOnlyAsALatestStartTheInstrumentMayApplyAtMost() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("org.kind", "agency").build(), LocalDate.of(2005, 6, 1));

    Requirement officer = a.findRequirement("tp.agency.officer").orElseThrow();
    assertThat(officer.applicability()).isEqualTo(Applicability.MAY_APPLY);
    assertThat(officer.why().render()).contains("[UNKNOWN] in force on 2005-06-01: not known; in force from 2008-01-01 at the latest");
  }

  @Test
  void onAndAfterTheLatestStartDateTheInstrumentApplies() {
    Assessment a = ASSESSOR.assess(Facts.builder().set("org.kind", "agency").build(), LocalDate.of(2008, 1, 1));

    assertThat(a.findRequirement("tp.agency.officer").orElseThrow().applicability()).isEqualTo(Applicability.APPLIES);
  }
}
