package io.github.regkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.AssessmentDiff;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.RulePack;
import io.github.regkit.testpack.TestPacks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImpactAnalyzerTest {
  static final Assessor V1 = Assessor.builder().addPack(TestPacks.load()).build();
  static final Assessor V2 = Assessor.builder()
      .addPack(RulePack.fromResource(ImpactAnalyzerTest.class.getClassLoader(), "packs/test-v2/manifest.json")).build();

  static Facts company(int employees) {
    return Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
        .set("org.employees", employees).build();
  }

  static ByteArrayInputStream inventory(Arrangement... arrangements) {
    StringBuilder sb = new StringBuilder();
    for (Arrangement a : arrangements) {
      sb.append(a.toJson()).append('\n');
    }
    return new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void newPackVersionAddsTheChangedObligationOnlyWhereItsNewConditionHolds() {
    ImpactAnalyzer analyzer = ImpactAnalyzer.builder(V1).after(V2).asOf(LocalDate.of(2024, 1, 1)).threads(2).build();
    List<ImpactOutcome> outcomes = new ArrayList<>();

    ImpactSummary summary = analyzer.assessAll(inventory(Arrangement.of("small", company(10)), Arrangement.of("mid", company(30)),
        Arrangement.of("mid-2", company(45)), Arrangement.of("large", company(80))), outcomes::add);

    assertThat(outcomes).extracting(o -> ((ArrangementImpact) o).isEmpty()).containsExactly(true, false, false, true);
    assertThat(((ArrangementImpact) outcomes.get(1)).diff().changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(AssessmentDiff.Kind.ADDED);
      assertThat(c.citation()).isEqualTo("Test Act § 4");
      assertThat(c.causes()).containsExactly("pack test-pack changed from data version 1.0.0 to 1.1.0",
          "the condition on fact org.employees changed in the new data version; the fact did not");
    });
    assertThat(summary.changed()).isEqualTo(2);
    assertThat(summary.changes()).singleElement().satisfies(c -> {
      assertThat(c.obligationId()).isEqualTo("tp.act.large");
      assertThat(c.arrangements()).isEqualTo(2);
    });
  }

  @Test
  void crossingTheEndOfAProvisoMakesACompliantArrangementOutstanding() {
    Facts grandfathered = company(1).toBuilder().set("vendor.stores", true).set("control.clause", false)
        .set("contract.signed", LocalDate.of(2009, 6, 1)).build();
    ImpactAnalyzer analyzer = ImpactAnalyzer.builder(V1).dates(LocalDate.of(2011, 12, 30), LocalDate.of(2012, 1, 2)).build();

    ArrangementImpact impact = analyzer.impact(Arrangement.of("old-contract", grandfathered), 1);

    assertThat(impact.diff().changes()).filteredOn(c -> c.obligationId().equals("tp.act.vendor")).singleElement().satisfies(c -> {
      assertThat(c.before().compliance()).contains(ComplianceStatus.SATISFIED);
      assertThat(c.after().compliance()).contains(ComplianceStatus.OUTSTANDING);
      assertThat(c.causes()).singleElement().asString().startsWith("the as-of date moved from 2011-12-30 to 2012-01-02");
    });
  }

  @Test
  void theDatesGivenReplaceALinesOwnDate() {
    ImpactAnalyzer analyzer = ImpactAnalyzer.builder(V1).dates(LocalDate.of(2011, 1, 1), LocalDate.of(2013, 1, 1)).build();

    ArrangementImpact impact = analyzer.impact(Arrangement.of("a", LocalDate.of(2020, 1, 1), company(1)), 1);

    assertThat(impact.before()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(impact.after()).isEqualTo(LocalDate.of(2013, 1, 1));
  }

  @Test
  void badLinesAreCountedAndTheRestAnalysed() {
    ImpactAnalyzer analyzer = ImpactAnalyzer.builder(V1).after(V2).asOf(LocalDate.of(2024, 1, 1)).build();
    List<ImpactOutcome> outcomes = new ArrayList<>();

    ImpactSummary summary = analyzer.assessAll(new ByteArrayInputStream(("{\"id\":\"x\"}\n" + Arrangement.of("y", company(30)).toJson())
        .getBytes(StandardCharsets.UTF_8)), outcomes::add);

    assertThat(summary.lines()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.allSucceeded()).isFalse();
    assertThat(outcomes.get(0)).isInstanceOfSatisfying(LineFailure.class,
        f -> assertThat(f.message()).isEqualTo("line 1 (id \"x\"): facts: missing; expected an object of fact ids to values"));
  }

  @Test
  void nothingToCompareIsRefused() {
    assertThatThrownBy(() -> ImpactAnalyzer.builder(V1).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("nothing to compare");
  }
}
