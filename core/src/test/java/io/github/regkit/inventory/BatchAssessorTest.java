package io.github.regkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.FactProblem;
import io.github.regkit.FactProblem.Kind;
import io.github.regkit.Facts;
import io.github.regkit.testpack.TestPacks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchAssessorTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

  static Facts company(int employees) {
    return Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
        .set("vendor.stores", true).set("org.employees", employees).set("control.policy", employees % 2 == 0).build();
  }

  static BatchAssessor batch(int threads) {
    return BatchAssessor.builder(ASSESSOR).asOf(AS_OF).threads(threads).build();
  }

  static ByteArrayInputStream inventory(String... lines) {
    return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void outcomesComeInInputOrderOnManyThreads() {
    List<String> lines = IntStream.range(0, 5_000).mapToObj(i -> Arrangement.of("v" + i, company(i % 100)).toJson()).toList();
    List<BatchOutcome> outcomes = new ArrayList<>();

    batch(4).assessAll(inventory(lines.toArray(String[]::new)), outcomes::add);

    assertThat(outcomes).extracting(o -> ((ArrangementResult) o).id())
        .containsExactlyElementsOf(IntStream.range(0, 5_000).mapToObj(i -> "v" + i).toList());
  }

  @Test
  void resultsOnManyThreadsEqualResultsOnOne() {
    List<Arrangement> arrangements = IntStream.range(0, 2_000).mapToObj(i -> Arrangement.of("v" + i, company(i % 100))).toList();
    List<BatchOutcome> one = new ArrayList<>();
    List<BatchOutcome> many = new ArrayList<>();

    batch(1).assessAll(arrangements.stream(), one::add);
    batch(3).assessAll(arrangements.stream(), many::add);

    assertThat(many).isEqualTo(one);
  }

  @Test
  void aBadLineIsReportedWithItsNumberAndIdAndTheOthersAreAssessed() {
    List<BatchOutcome> outcomes = new ArrayList<>();

    BatchSummary summary = batch(2).assessAll(inventory(
        Arrangement.of("good-1", company(10)).toJson(),
        "{\"id\":\"bad-fact\",\"facts\":{\"org.colour\":\"red\"}}",
        "not json",
        Arrangement.of("good-2", company(60)).toJson()), outcomes::add);

    assertThat(summary).isEqualTo(new BatchSummary(4, 2, 2));
    assertThat(summary.allSucceeded()).isFalse();
    assertThat(outcomes).extracting(BatchOutcome::line).containsExactly(1L, 2L, 3L, 4L);
    assertThat(outcomes.get(1)).isInstanceOfSatisfying(LineFailure.class, f -> {
      assertThat(f.id()).hasValue("bad-fact");
      assertThat(f.message()).startsWith("line 2 (id \"bad-fact\"): Invalid facts: ").contains("org.colour");
    });
    assertThat(outcomes.get(2)).isInstanceOfSatisfying(LineFailure.class, f -> {
      assertThat(f.id()).isEmpty();
      assertThat(f.message()).startsWith("line 3: malformed JSON at column ");
    });
    assertThat(outcomes.get(3)).isInstanceOf(ArrangementResult.class);
  }

  @Test
  void aLineWhoseFactsDoNotFitKeepsEachProblemAsAValue() {
    BatchOutcome o = batch(1).assessLine(InventoryLine.of(7, "{\"id\":\"crm\",\"facts\":{\"org.kind\":\"bank\",\"vendor.store\":true}}"));

    assertThat(o).isInstanceOfSatisfying(LineFailure.class, f -> assertThat(f.factProblems())
        .extracting(FactProblem::kind, FactProblem::factIds)
        .containsExactly(tuple(Kind.NOT_AN_ALLOWED_VALUE, List.of("org.kind")), tuple(Kind.UNKNOWN_FACT, List.of("vendor.store"))));
  }

  @Test
  void aFailedLinesJsonGivesEachProblemsKindAndFactsButNoValue() {
    BatchOutcome o = batch(1).assessLine(InventoryLine.of(7, "{\"id\":\"crm\",\"facts\":{\"org.kind\":\"Jane Doe\"}}"));

    assertThat(((LineFailure) o).toJson()).isEqualTo("{\"line\":7,\"id\":\"crm\",\"error\":\"Invalid facts: fact 'org.kind':"
        + " a value of 8 characters (not shown) is not an allowed value; expected one of [company, charity, agency]\","
        + "\"problems\":[{\"kind\":\"NOT_AN_ALLOWED_VALUE\",\"factIds\":[\"org.kind\"]}]}");
  }

  @Test
  void aFailedLinesJsonHasNoProblemsWhenTheFactsAreNotAtFault() {
    BatchOutcome o = batch(1).assessLine(InventoryLine.of(3, "not json"));

    assertThat(((LineFailure) o).toJson()).startsWith("{\"line\":3,\"error\":\"malformed JSON").doesNotContain("problems");
  }

  @Test
  void arrangementsGivenAsObjectsKeepTheirFactProblems() {
    List<BatchOutcome> outcomes = new ArrayList<>();

    batch(1).assessAll(Stream.of(Arrangement.of("crm", Facts.builder().set("vendor.stores", "yes").build())), outcomes::add);

    assertThat(outcomes).singleElement().isInstanceOfSatisfying(LineFailure.class, f -> assertThat(f.factProblems())
        .extracting(FactProblem::kind).containsExactly(Kind.WRONG_TYPE));
  }

  @Test
  void everyLineAssessedIsASuccessfulSummary() {
    BatchSummary summary = batch(2).assessAll(inventory(Arrangement.of("a", company(1)).toJson()), o -> { });

    assertThat(summary.allSucceeded()).isTrue();
  }

  @Test
  void anAsOfDateBeforeThePackAnswersFailsOnlyThatLine() {
    List<BatchOutcome> outcomes = new ArrayList<>();

    batch(1).assessAll(Stream.of(Arrangement.of("old", LocalDate.of(1999, 1, 1), company(1)), Arrangement.of("new", company(1))), outcomes::add);

    assertThat(outcomes.get(0)).isInstanceOfSatisfying(LineFailure.class,
        f -> assertThat(f.message()).startsWith("line 1 (id \"old\"): Cannot assess as of 1999-01-01"));
    assertThat(outcomes.get(1)).isInstanceOf(ArrangementResult.class);
  }

  @Test
  void arrangementsOwnDateWinsOverTheBatchDate() {
    ArrangementResult r = batch(1).assess(Arrangement.of("a", LocalDate.of(2011, 6, 1), company(1)), 1);

    assertThat(r.asOf()).isEqualTo(LocalDate.of(2011, 6, 1));
  }

  @Test
  void aFailingSinkStopsTheRun() {
    List<String> lines = IntStream.range(0, 3_000).mapToObj(i -> Arrangement.of("v" + i, company(i)).toJson()).toList();
    int[] seen = {0};

    assertThatThrownBy(() -> batch(2).assessAll(inventory(lines.toArray(String[]::new)), o -> {
      if (++seen[0] == 10) {
        throw new IllegalStateException("disk full");
      }
    })).hasMessage("disk full");
    assertThat(seen[0]).isEqualTo(10);
  }

  @Test
  void resultLineHasIdCountsDutiesByCitationVendorDutiesAndTopQuestion() {
    ArrangementResult r = batch(1).assess(Arrangement.of("crm", Facts.builder().set("org.kind", "company")
        .set("data.kinds", Set.of("name", "id-number")).set("vendor.stores", true).set("control.policy", false).build()), 5);

    assertThat(r.toJson()).isEqualTo("{\"line\":5,\"id\":\"crm\",\"asOf\":\"2024-01-01\",\"counts\":{\"applies\":"
        + r.count(io.github.regkit.Applicability.APPLIES) + ",\"mayApply\":" + r.count(io.github.regkit.Applicability.MAY_APPLY)
        + ",\"satisfied\":0,\"outstanding\":1,\"unknown\":" + r.count(ComplianceStatus.UNKNOWN) + ",\"notApplicable\":"
        + r.ruledOut() + ",\"openQuestions\":" + r.openQuestions() + "},\"outstanding\":[\"Test Act § 3(a)\"],\"unknown\":"
        + json(r.citations(ComplianceStatus.UNKNOWN)) + ",\"vendorDuties\":[\"Test Act § 3(b)\"],\"instruments\":{\"Test Act 2010\":\"OUTSTANDING\"},"
        + "\"topQuestion\":{\"fact\":\"" + r.topQuestion().orElseThrow().factId() + "\",\"question\":\""
        + r.topQuestion().orElseThrow().question() + "\"}}");
  }

  @Test
  void csvRecordQuotesListsAndDefusesFormulas() {
    ArrangementResult r = batch(1).assess(Arrangement.of("=cmd()", company(1)), 1);

    assertThat(r.toCsv()).startsWith("1,'=cmd(),2024-01-01,")
        .contains(",\"Test Act § 3(b)\",").contains(",\"Test Act § 3(a)\",");
    assertThat(ArrangementResult.CSV_HEADER.split(",")).hasSize(r.toCsv().replaceAll("\"[^\"]*\"", "x").split(",", -1).length);
  }

  private static String json(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}
