package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Excerpt;
import io.github.regkit.FactDefinition;
import io.github.regkit.Facts;
import io.github.regkit.Obligation;
import io.github.regkit.Provenance;
import io.github.regkit.RulePack;
import io.github.regkit.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks on the Massachusetts pack data as a whole: sources, verification marks, coverage. */
class PackTest {
  static final RulePack PACK = ScenarioTest.ASSESSOR.packs().get(0);

  static Term term(String id) {
    return PACK.terms().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  static List<Obligation> obligations() {
    return PACK.regulations().stream().flatMap(r -> r.obligations().stream()).toList();
  }

  /** Values a person could give for a fact, for trying every answer to an open question. */
  static List<Object> sampleValues(FactDefinition def) {
    List<Object> out = new ArrayList<>();
    switch (def.type()) {
      case BOOLEAN -> {
        out.add(true);
        out.add(false);
      }
      case ONE_OF -> def.values().forEach(v -> out.add(v.id()));
      case SET_OF -> {
        out.add(List.of());
        def.values().forEach(v -> out.add(List.of(v.id())));
        out.add(def.values().stream().map(FactDefinition.AllowedValue::id).toList());
      }
      case DATE -> {
        out.add(LocalDate.of(2009, 6, 1));
        out.add(LocalDate.of(2020, 1, 1));
      }
      default -> { }
    }
    return out;
  }

  static Facts with(Facts base, String factId, Object value) {
    return base.toBuilder().replace(factId, value).build();
  }

  @Test
  void packLoadsWithItsVersionAndDate() {
    assertThat(PACK.id()).isEqualTo("us-ma");
    assertThat(PACK.dataVersion()).isEqualTo("2026.12.0");
    assertThat(PACK.currentAsOf()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(PACK.regulations()).extracting(r -> r.citation()).containsExactly(
        "201 CMR 17.00", "M.G.L. c. 93H", "M.G.L. c. 93I", "M.G.L. c. 272, § 99", "M.G.L. c. 93, § 105",
        "M.G.L. c. 66A", "M.G.L. c. 30, § 63", "760 CMR 8.00", "801 CMR 3.00");
    assertThat(PACK.answersFrom()).isEqualTo(LocalDate.of(2007, 10, 31));
    assertThat(PACK.pendingLegislation()).singleElement().satisfies(b -> assertThat(b.citation()).startsWith("S.2619 / H.5479"));
  }

  @Test
  void everyObligationHasNonEmptyExcerptAndSourceAddress() {
    assertThat(obligations()).hasSizeGreaterThan(30).allSatisfy(o -> {
      assertThat(o.excerpt().text()).as(o.id()).isNotBlank();
      assertThat(o.excerpt().source()).as(o.id()).matches("https?://\\S+");
      assertThat(o.citation()).as(o.id()).matches(".*\\d.*");
    });
  }

  private static final Pattern INCOMPLETE = Pattern.compile("not shown|NOT FOUND|remainder", Pattern.CASE_INSENSITIVE);

  static void assertMarkedHonestly(String owner, Excerpt e) {
    if (e.provenance() == Provenance.PARAPHRASE) {
      assertThat(e.verified()).as("%s: a paraphrase is never verified", owner).isFalse();
    }
    if (INCOMPLETE.matcher(e.text()).find()) {
      assertThat(e.verified()).as("%s: an incomplete excerpt is not verified", owner).isFalse();
    }
    if (e.note().map(n -> n.contains("UNVERIFIED")).orElse(false)) {
      assertThat(e.verified()).as("%s: the note says UNVERIFIED", owner).isFalse();
    }
    if (e.verified()) {
      assertThat(e.note()).as("%s: a verified excerpt says which sources agree", owner).isPresent();
    } else {
      assertThat(e.note()).as("%s: an unverified excerpt says why", owner).hasValueSatisfying(n -> assertThat(n).contains("UNVERIFIED"));
    }
  }

  @Test
  void everyUnverifiedExcerptIsMarkedAndExplained() {
    for (Obligation o : obligations()) {
      assertMarkedHonestly(o.id(), o.excerpt());
    }
    for (Term t : PACK.terms()) {
      t.excerpt().ifPresent(e -> assertMarkedHonestly(t.id(), e));
    }
  }

  @Test
  void knownGapsAreUnverifiedInTheData() {
    assertThat(term("ma.201cmr17.person").excerpt().orElseThrow().verified()).isFalse();
    assertThat(term("ma.201cmr17.owns-or-licenses").excerpt().orElseThrow().verified()).isFalse();
    for (String id : List.of("ma.201cmr17.03.2.d.discipline", "ma.201cmr17.03.2.e.terminated-employees")) {
      Excerpt e = PACK.findObligation(id).orElseThrow().excerpt();
      assertThat(e.provenance()).isEqualTo(Provenance.PARAPHRASE);
      assertThat(e.verified()).isFalse();
    }
    for (String id : List.of("ma.201cmr17.03.2.g.physical-access", "ma.201cmr17.03.2.h.monitoring", "ma.201cmr17.03.2.j.incident-review",
        "ma.201cmr17.04.8.training", "ma.93h.5.federal-procedures", "ma.93h.3.b.resident-notice-contents")) {
      assertThat(PACK.findObligation(id).orElseThrow().excerpt().verified()).as(id).isFalse();
    }
    assertThat(PACK.findObligation("ma.201cmr17.03.2.i.scope-review").orElseThrow().excerpt().verified()).isTrue();
    assertThat(PACK.findObligation("ma.93i.2.disposal").orElseThrow().excerpt().provenance()).isEqualTo(Provenance.OFFICIAL);
  }

  @Test
  void provisionsWithoutReliableTextAreNotEncoded() {
    Set<String> citations = obligations().stream().map(Obligation::citation).collect(Collectors.toSet());
    assertThat(citations).doesNotContain("201 CMR 17.05", "M.G.L. c. 93I, § 3", "760 CMR 8.03", "M.G.L. c. 272, § 99 D");
  }

  static Map<String, Assessment> factSets() {
    Map<String, Assessment> out = new LinkedHashMap<>();
    for (String s : List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "X1-card-merchant", "X2-no-cards", "X3-lha-contractor",
        "X4-agency-contractor-new-system", "X5-bank-federal-procedures")) {
      out.put(s, ScenarioTest.assess(s));
    }
    out.put("S6@2011-06-01", ScenarioTest.ASSESSOR.assess(ScenarioTest.facts("S6"), LocalDate.of(2011, 6, 1)));
    return out;
  }

  @Test
  void everyObligationAppliesInSomeFactSetAndIsRuledOutInAnother() {
    Map<String, Assessment> sets = factSets();
    Set<String> neverApplies = new TreeSet<>();
    Set<String> neverRuledOut = new TreeSet<>();
    for (Obligation o : obligations()) {
      boolean applies = sets.values().stream()
          .anyMatch(a -> a.findRequirement(o.id()).map(r -> r.applicability() == Applicability.APPLIES).orElse(false));
      boolean ruledOut = sets.values().stream().anyMatch(a -> a.findRequirement(o.id()).isEmpty());
      if (!applies) {
        neverApplies.add(o.id());
      }
      if (!ruledOut) {
        neverRuledOut.add(o.id());
      }
    }
    assertThat(neverApplies).as("obligations that never APPLY").isEmpty();
    assertThat(neverRuledOut).as("obligations never ruled out").isEmpty();
  }

  @Test
  void cardMerchantMayNotRequireAddressOrPhoneOnCardForms() {
    Assessment a = ScenarioTest.assess("X1-card-merchant");
    assertThat(ScenarioTest.applies(a, "ma.93-105.a.card-form-pii").citation()).isEqualTo("M.G.L. c. 93, § 105(a)");
    assertThat(ScenarioTest.applies(a, "ma.93i.2.third-party-disposer").obligation().addressee().role())
        .isEqualTo(io.github.regkit.Addressee.Role.COUNTERPARTY);
    assertThat(ScenarioTest.assess("X2-no-cards").findRuledOut("M.G.L. c. 93, § 105")).isPresent();
  }

  @Test
  void contractorOfHousingAuthorityIsHolderButNotBoundByAuthorityOnlyDuty() {
    Assessment a = ScenarioTest.assess("X3-lha-contractor");
    ScenarioTest.applies(a, "ma.760cmr8.04.2.dissemination");
    assertThat(a.findRuledOut("ma.760cmr8.04.1.holder-contract")).isPresent();
    assertThat(a.findRuledOut("201 CMR 17.00")).isPresent();
  }
}
