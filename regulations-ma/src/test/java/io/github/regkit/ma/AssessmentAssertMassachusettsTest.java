package io.github.regkit.ma;

import static io.github.regkit.testing.AssessmentAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The consumer assertions on the Massachusetts pack's own citations (scenario S1: calls are recorded). */
class AssessmentAssertMassachusettsTest {
  @Test
  void aSectionIsRequiredWhenItsLetteredParagraphApplies() {
    assertThat(ScenarioTest.assess("S1")).requires("M.G.L. c. 272, § 99").requires("M.G.L. c. 272, § 99 C");
  }

  @Test
  void aSectionWhoseParagraphAppliesIsNotRuledOut() {
    assertThatThrownBy(() -> assertThat(ScenarioTest.assess("S1")).rulesOut("M.G.L. c. 272, § 99"))
        .hasMessageContaining("Expected M.G.L. c. 272, § 99 to be ruled out, but M.G.L. c. 272, § 99 C.1");
  }

  @Test
  void aRegulationsPartSelectsItsSections() {
    assertThat(ScenarioTest.assess("S1")).requires("201 CMR 17.00").rulesOut("760 CMR 8.00");
  }
}
