package io.github.regkit.testing;

import static io.github.regkit.testing.AssessmentAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentAssertTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();

  static Assessment company(boolean vendorStores) {
    return ASSESSOR.assess(Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
        .set("vendor.stores", vendorStores).set("control.policy", true).build(), LocalDate.of(2024, 1, 1));
  }

  @Test
  void passesWhenTheAssessmentSaysSo() {
    assertThat(company(true))
        .requires("Test Act § 3(b)")
        .requires("Test Act § 3")
        .rulesOut("9 TCR 1.00")
        .rulesOut("9 TCR 1.02")
        .doesNotRequire("9 TCR 1.02")
        .mayRequire("Test Act § 4")
        .asks("org.employees")
        .doesNotAsk("vendor.stores")
        .hasCompliance("tp.act.policy", ComplianceStatus.SATISFIED);
  }

  @Test
  void requiresFailureShowsWhyItWasRuledOut() {
    assertThatThrownBy(() -> assertThat(company(false)).requires("Test Act § 3(b)"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected Test Act § 3(b) to be APPLIES, but it was ruled out (SCOPE_NOT_MET)")
        .hasMessageContaining("[FALSE] the vendor stores the data [vendor.stores is true]; given: false");
  }

  @Test
  void requiresFailureShowsTheTraceOfAMayApply() {
    assertThatThrownBy(() -> assertThat(company(true)).requires("Test Act § 4"))
        .hasMessageContaining("but Test Act § 4 (tp.act.large) is MAY_APPLY because:")
        .hasMessageContaining("[UNKNOWN] org.employees is at least 50; given: unknown");
  }

  @Test
  void rulesOutFailureShowsWhyItApplies() {
    assertThatThrownBy(() -> assertThat(company(true)).rulesOut("Test Act § 3(a)"))
        .hasMessageContaining("Expected Test Act § 3(a) to be ruled out, but Test Act § 3(a) (tp.act.policy) APPLIES because:");
  }

  @Test
  void asksFailureListsTheQuestionsAsked() {
    assertThatThrownBy(() -> assertThat(company(true)).asks("vendor.stores"))
        .hasMessage("Expected the open questions to include vendor.stores, but they are [org.employees, org.research, control.clause]");
  }

  @Test
  void hasComplianceFailureShowsTheComplianceTrace() {
    assertThatThrownBy(() -> assertThat(company(true)).hasCompliance("tp.act.vendor", ComplianceStatus.SATISFIED))
        .hasMessageContaining("Expected compliance SATISFIED for Test Act § 3(b) (tp.act.vendor), but it is UNKNOWN because:")
        .hasMessageContaining("the contract has a security clause");
  }

  @Test
  void rulesOutFailsWhenAnythingUnderTheProvisionIsRequired() {
    Assessment a = company(false); // § 3(b) is ruled out, § 3(a) applies

    assertThat(a).requires("Test Act § 3");
    assertThatThrownBy(() -> assertThat(a).rulesOut("Test Act § 3"))
        .hasMessageContaining("Expected Test Act § 3 to be ruled out, but Test Act § 3(a) (tp.act.policy) APPLIES because:");
  }

  @Test
  void rulesOutPassesForASubdivisionRuledOutOnItsOwn() {
    assertThat(company(false)).rulesOut("Test Act § 3(b)").doesNotRequire("Test Act § 3(b)");
  }

  @Test
  void anInstrumentsCitationSelectsItsObligations() {
    Assessment a = company(true);

    assertThat(a).requires("Test Act 2010").mayRequire("Test Act 2010");
    assertThatThrownBy(() -> assertThat(a).doesNotRequire("Test Act 2010"))
        .hasMessageContaining("Expected Test Act 2010 not to be required, but Test Act § 3(a) (tp.act.policy) APPLIES");
  }

  @Test
  void aPartSelectsItsSections() {
    assertThat(company(true)).rulesOut("9 TCR 1.00").doesNotRequire("9 TCR 1.00").rulesOut("9 TCR 2.00");
  }

  @Test
  void anObligationIdSelectsThatObligation() {
    assertThat(company(false))
        .requires("tp.act.policy")
        .mayRequire("tp.act.large")
        .doesNotRequire("tp.act.vendor")
        .rulesOut("tp.act.vendor")
        .hasCompliance("tp.act.policy", ComplianceStatus.SATISFIED);
  }

  @Test
  void requiresByIdFailsWhenThatObligationOnlyMayApply() {
    assertThatThrownBy(() -> assertThat(company(true)).requires("tp.act.large"))
        .hasMessageContaining("Expected tp.act.large to be APPLIES, but Test Act § 4 (tp.act.large) is MAY_APPLY because:");
  }

  @Test
  void rulesOutByIdFailsWhenThatObligationApplies() {
    assertThatThrownBy(() -> assertThat(company(true)).rulesOut("tp.act.vendor"))
        .hasMessageContaining("Expected tp.act.vendor to be ruled out, but Test Act § 3(b) (tp.act.vendor) APPLIES because:");
  }

  @Test
  void rulesOutFailsWhenNothingSelectedWasConsidered() {
    assertThatThrownBy(() -> assertThat(company(true)).rulesOut("Other Act § 1"))
        .hasMessage("Expected Other Act § 1 to be ruled out, but the assessment does not mention it (an obligation of a"
            + " ruled-out instrument is listed by citation, not by id); ruled out: [9 TCR 1.00, 9 TCR 2.00]");
  }

  @Test
  void hasComplianceChecksEveryRequirementUnderTheProvision() {
    assertThatThrownBy(() -> assertThat(company(true)).hasCompliance("Test Act § 3", ComplianceStatus.SATISFIED))
        .hasMessageContaining("Expected compliance SATISFIED for Test Act § 3(b) (tp.act.vendor), but it is UNKNOWN");
  }
}
