package com.example.vendorcheck;

import static io.github.regkit.testing.AssessmentAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Requirement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The motivating question, answered by the US-MA pack, checked with regkit's AssertJ helpers. */
class VendorCheckTest {
  static final LocalDate AS_OF = LocalDate.parse(System.getProperty("vendorcheck.asOf", "2026-11-28"));

  @Test
  void helpDeskToolBringsTheSecurityProgramTheContractClauseAndTheWiretapAct() {
    Assessment a = VendorCheck.assess(AS_OF);

    assertThat(a)
        .requires("201 CMR 17.03(2)(f)")                       // select and contract with the vendor
        .requires("M.G.L. c. 93H, § 3(a)")                     // the vendor must report breaches
        .requires("M.G.L. c. 272, § 99 C.1")                   // it records calls
        .rulesOut("760 CMR 8.00")                              // not a housing authority
        .asks("controls.all-parties-know")
        .hasCompliance("201 CMR 17.04(3)", ComplianceStatus.SATISFIED)   // encryption in transit
        .hasCompliance("201 CMR 17.03(2)(f)2", ComplianceStatus.UNKNOWN);
  }

  @Test
  void contractClauseAppliesAndIsNotYetShownToBeMet() {
    Requirement contract = VendorCheck.assess(AS_OF).findRequirement("ma.201cmr17.03.2.f.contract").orElseThrow();

    assertThat(contract.citation()).isEqualTo("201 CMR 17.03(2)(f)2");
    assertThat(contract.applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(contract.compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
  }

  @Test
  void checklistListsRequirementsWhatIsRuledOutAndWhatToAsk() {
    Assessment a = VendorCheck.assess(AS_OF);
    String checklist = VendorCheck.checklist(a);

    assertThat(a.requirements()).isNotEmpty();
    assertThat(a.ruledOut()).isNotEmpty();
    assertThat(a.openQuestions()).isNotEmpty();
    assertThat(checklist)
        .contains("as of " + AS_OF)
        .contains("201 CMR 17.03(2)(f)2 [APPLIES, UNKNOWN]")
        .contains("201 CMR 17.04(3) [APPLIES, SATISFIED]")
        .contains("760 CMR 8.00: SCOPE_NOT_MET")
        .contains("  " + a.openQuestions().get(0).factId() + ": ");
  }
}
