package io.github.regkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.RulePack;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The synthetic packs the scaling benchmarks use are valid and give every kind of verdict. */
class SyntheticPackTest {
  @Test
  void aThousandObligationPackLoadsAndGivesEveryKindOfVerdict() {
    SyntheticPack synthetic = SyntheticPack.of(1_000);

    RulePack pack = synthetic.load();
    Assessment a = Assessor.builder().addPack(pack).build().assess(synthetic.facts(), LocalDate.of(2026, 11, 28));

    assertThat(pack.regulations().stream().mapToInt(r -> r.obligations().size()).sum()).isEqualTo(1_000);
    assertThat(pack.terms()).hasSize(synthetic.terms());
    assertThat(a.requirements(Applicability.APPLIES)).isNotEmpty();
    assertThat(a.requirements(Applicability.MAY_APPLY)).isNotEmpty();
    assertThat(a.ruledOut()).isNotEmpty();
    assertThat(a.openQuestions()).isNotEmpty();
  }

  @Test
  void aPackTooLargeForOneDocumentIsSplitIntoIncludedFiles() {
    SyntheticPack synthetic = SyntheticPack.of(15_000);

    RulePack pack = synthetic.load();

    assertThat(pack.regulations().stream().mapToInt(r -> r.obligations().size()).sum()).isEqualTo(15_000);
  }

  @Test
  void generationIsDeterministic() {
    assertThat(SyntheticPack.of(100).load().contentHash()).isEqualTo(SyntheticPack.of(100).load().contentHash());
  }
}
