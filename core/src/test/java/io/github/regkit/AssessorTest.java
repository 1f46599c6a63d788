package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.testpack.TestPackProvider;
import io.github.regkit.testpack.TestPacks;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AssessorTest {
  @Test
  void installedPacksAreFoundThroughServiceLoader() {
    assertThat(Assessor.installedJurisdictions()).contains(TestPackProvider.JURISDICTION);
    assertThat(Assessor.forJurisdiction("ZZ-TP").packs()).extracting(RulePack::id).containsExactly("test-pack");
  }

  @Test
  void unknownJurisdictionNamesTheInstalledOnes() {
    assertThatThrownBy(() -> Assessor.forJurisdiction("US-XX"))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessage("Unknown jurisdiction: US-XX; installed: " + Assessor.installedJurisdictions());
  }

  @Test
  void twoPacksWithOneIdAreAnErrorNamingBoth() {
    assertThatThrownBy(() -> Assessor.builder().addJurisdiction("ZZ-TP").addPack(TestPacks.load()).build())
        .isInstanceOf(DuplicatePackException.class)
        .hasMessage("Duplicate rule pack id 'test-pack': loaded from the installed pack of io.github.regkit.testpack.TestPackProvider (manifest.json) and from the pack added to the builder (manifest.json); expected each pack id once");
  }

  @Test
  void clockCanBeSetOnlyOnce() {
    Assessor.Builder b = Assessor.builder().clock(Clock.systemUTC());

    assertThatThrownBy(() -> b.clock(Clock.systemUTC())).isInstanceOf(IllegalStateException.class)
        .hasMessage("clock was already set");
  }

  @Test
  void assessorWithoutPacksIsAnError() {
    assertThatThrownBy(() -> Assessor.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void vocabularyListsEveryFactOnce() {
    Assessor a = Assessor.forJurisdiction("ZZ-TP");

    assertThat(a.vocabulary()).extracting(FactDefinition::id).doesNotHaveDuplicates().contains("org.kind", "control.policy");
    assertThat(a.findFact("org.kind").orElseThrow().question()).isEqualTo("What kind of organisation are you?");
  }
}
