package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding requirements and ruled-out entries by provision: {@code requirementsUnder} and {@code ruledOut}. */
class AssessmentLookupTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();

  static Assessment company(boolean vendorStores) {
    return ASSESSOR.assess(Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
        .set("vendor.stores", vendorStores).set("control.policy", true).build(), LocalDate.of(2024, 1, 1));
  }

  @Test
  void requirementsUnderAnInstrumentsCitationAreItsObligations() {
    assertThat(company(true).requirementsUnder("Test Act 2010")).extracting(Requirement::id)
        .containsExactly("tp.act.policy", "tp.act.vendor", "tp.act.large", "tp.act.breach");
  }

  @Test
  void requirementsUnderASectionAreItsSubdivisions() {
    assertThat(company(true).requirementsUnder("Test Act § 3")).extracting(Requirement::id)
        .containsExactly("tp.act.policy", "tp.act.vendor");
  }

  @Test
  void ruledOutPrefersTheEntryWithExactlyThatCitation() {
    Assessment a = company(false);

    assertThat(a.findRuledOut("9 TCR 2.00")).map(RuledOut::id).contains("tp.old-rule");
    assertThat(a.findRuledOut("Test Act § 3(b)")).map(RuledOut::id).contains("tp.act.vendor");
  }

  @Test
  void ruledOutFindsAnEntryUnderTheProvision() {
    assertThat(company(false).findRuledOut("Test Act § 3")).map(RuledOut::id).contains("tp.act.vendor");
  }
}
