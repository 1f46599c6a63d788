package io.github.regkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void everyApplicabilityAndComplianceHasItsOwnWords() {
    assertThat(Arrays.stream(Applicability.values()).map(Words::of)).containsExactly("Applies", "May apply", "Does not apply");
    assertThat(Arrays.stream(ComplianceStatus.values()).map(Words::of)).containsExactly("Met", "Not met", "Not known yet");
  }

  @Test
  void whoseDutyIsYoursOrTheVendors() {
    assertThat(Words.of(Addressee.Role.CALLER)).isEqualTo("Yours");
    assertThat(Words.of(Addressee.Role.COUNTERPARTY)).isEqualTo("The vendor's");
  }

  @Test
  void aReasonNotInForceNamesTheAsOfDate() {
    RuledOut notInForce = new RuledOut(RuledOut.Level.INSTRUMENT, "x", "Act § 1", "Act", RuledOut.Reason.NOT_IN_FORCE,
        "not in force", Trace.of(Truth.FALSE, Trace.Kind.DATE, "date"), List.of());

    assertThat(Words.reason(notInForce, LocalDate.of(2009, 12, 31))).isEqualTo("Not in force on 2009-12-31");
  }
}
