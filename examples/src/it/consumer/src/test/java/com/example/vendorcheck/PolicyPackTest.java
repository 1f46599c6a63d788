package com.example.vendorcheck;

import static io.github.regkit.testing.AssessmentAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.ma.MassachusettsFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The company's own rule, "chat vendors purge transcripts within 30 days", on top of the US-MA pack. */
class PolicyPackTest {
  static final LocalDate AS_OF = VendorCheckTest.AS_OF;
  static final Assessor WITH_POLICY = VendorCheck.assessorWithPolicy();
  static final String PURGE = "Acme Data Retention Standard v3, § 4.2";

  static Facts chatVendorPurgingAfter(long days) {
    return VendorCheck.helpDeskFacts().toBuilder()
        .set(MassachusettsFacts.VENDOR_LIVE_CHAT, true)
        .set("acme.transcript-purge-days", days)
        .build();
  }

  @Test
  void aChatVendorKeepingTranscriptsFortyFiveDaysMissesThePolicyAndTheLawStillApplies() {
    Assessment a = WITH_POLICY.assess(chatVendorPurgingAfter(45), AS_OF);

    assertThat(a)
        .requires(PURGE)
        .hasCompliance(PURGE, ComplianceStatus.OUTSTANDING)
        .requires("201 CMR 17.03(2)(f)")
        .requires("M.G.L. c. 272, § 99 C.1");
  }

  @Test
  void purgingWithinFourteenDaysMeetsThePolicy() {
    assertThat(WITH_POLICY.assess(chatVendorPurgingAfter(14), AS_OF)).hasCompliance(PURGE, ComplianceStatus.SATISFIED);
  }

  @Test
  void theReceiptNamesThePolicyPackAndTheOfficialPackItBuildsOn() {
    Assessment a = WITH_POLICY.assess(chatVendorPurgingAfter(14), AS_OF);

    assertThat(a.receipt().packs()).anySatisfy(p -> {
      assertThat(p.id()).isEqualTo("acme-policy");
      assertThat(p.buildsOn()).containsExactly("us-ma");
    });
  }
}
