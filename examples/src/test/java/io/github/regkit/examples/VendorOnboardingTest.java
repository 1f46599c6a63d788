package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VendorOnboardingTest {
  @Test
  void walkThroughTurnsTheVendorsDutiesIntoClausesAndCreditsEncryption() {
    String out = VendorOnboarding.walkThrough(LocalDate.of(2026, 11, 28));

    String clauses = out.substring(0, out.indexOf("Our open work:"));
    assertThat(clauses).contains("M.G.L. c. 93H, § 3(a)");
    String satisfied = out.substring(out.indexOf("Already satisfied:"), out.indexOf("Does not apply:"));
    assertThat(satisfied).contains("201 CMR 17.04(3)");
    assertThat(out).contains("760 CMR 8.00: SCOPE_NOT_MET");
  }
}
