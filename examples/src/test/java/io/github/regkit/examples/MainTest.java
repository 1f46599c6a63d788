package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mainJobAnswersTheMotivatingQuestionIn80Columns() {
    assertThat(run("")).isZero();

    assertThat(stdout()).contains("YOUR DUTIES", "201 CMR 17.03(2)(f)", "201 CMR 17.04(3)", "RULED OUT", "760 CMR 8.00", "OPEN QUESTIONS");
    assertThat(stdout().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void mainJobListsEveryProgramElementAndTrainingAndAsksAboutChatsAndNumbersInConversations() {
    assertThat(run("")).isZero();

    String duties = stdout().substring(stdout().indexOf("YOUR DUTIES"), stdout().indexOf("RULED OUT"));
    assertThat(duties).contains("201 CMR 17.03(2)(g)", "201 CMR 17.03(2)(h)", "201 CMR 17.03(2)(i)", "201 CMR 17.03(2)(j)",
        "201 CMR 17.04(8)", "review the scope now");
    String questions = stdout().substring(stdout().indexOf("OPEN QUESTIONS"));
    assertThat(questions).contains("[vendor.live-chat]", "[data.numbers-in-conversations]");
  }

  @Test
  void asOfDateBeforeThePackAnswersExitsNonZeroNamingTheDate() {
    assertThat(run("{}", "assess", "-", "--as-of", "1600-01-01")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr()).startsWith("regkit: Cannot assess as of 1600-01-01: pack us-ma answers for dates from 2007-10-31");
  }

  @Test
  void mainJobShowsTheVendorsDutySeparately() {
    run("");

    String vendor = stdout().substring(stdout().indexOf("THE VENDOR'S DUTIES"));
    assertThat(vendor).contains("M.G.L. c. 93H, § 3(a)");
  }

  @Test
  void assessWritesJsonWithTheDocumentedFields() throws Exception {
    assertThat(run("", "assess", scenario("S1"), "--as-of", "2026-11-28", "--format", "json")).isZero();

    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.get("requirements").get(0).has("citation")).isTrue();
    assertThat(json.get("requirements").get(0).has("status")).isTrue();
    assertThat(json.get("requirements").get(0).has("compliance")).isTrue();
    assertThat(json.get("requirements").get(0).has("addressee")).isTrue();
    assertThat(json.get("notApplicable").get(0).has("reason")).isTrue();
    assertThat(json.get("receipt").get("asOf").asText()).isEqualTo("2026-11-28");
  }

  @Test
  void assessReadsFactsFromStandardInput() {
    assertThat(run("{\"entity.kind\": \"private-business\"}", "assess", "-", "--format", "json")).isZero();

    assertThat(stdout()).contains("\"openQuestions\"");
  }

  @Test
  void unknownFactExitsNonZeroWithOneLineAndNoOutput() {
    assertThat(run("{\"no.such.fact\": true}", "assess", "-")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString().startsWith("regkit: Invalid facts: fact 'no.such.fact'");
  }

  @Test
  void wrongTypeExitsNonZero() {
    assertThat(run("{\"entity.kind\": true}", "assess", "-")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr()).contains("entity.kind").doesNotContain("Exception");
  }

  @Test
  void malformedJsonExitsNonZero() {
    assertThat(run("{\"entity.kind\": ", "assess", "-")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString().contains("malformed JSON");
  }

  @Test
  void impossibleAsOfDateExitsNonZero() {
    assertThat(run("{}", "assess", "-", "--as-of", "2026-02-30")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr()).isEqualTo("regkit: --as-of: '2026-02-30' is not a valid date; expected yyyy-MM-dd\n");
  }

  @Test
  void missingFileExitsNonZero(@TempDir Path dir) {
    assertThat(run("", "assess", dir.resolve("nope.json").toString())).isEqualTo(2);

    assertThat(stderr()).endsWith("nope.json: no such file\n");
  }

  @Test
  void coverageTableIsUpToDate() throws Exception {
    assertThat(run("", "coverage")).isZero();

    Path committed = Path.of("..", "regulations-ma", "COVERAGE.md");
    assertThat(stdout())
        .as("regulations-ma/COVERAGE.md is stale; re-record with: java -jar examples/target/regkit-examples.jar coverage > regulations-ma/COVERAGE.md")
        .isEqualTo(Files.readString(committed));
  }

  @Test
  void shippedScenariosAreTheOnesThePackIsTestedWith() throws Exception {
    for (int i = 1; i <= 8; i++) {
      Path shipped = Path.of("scenarios", "S" + i + ".json");
      Path tested = Path.of("..", "regulations-ma", "src", "test", "resources", "scenarios", "S" + i + ".json");
      assertThat(Files.readString(shipped)).as(shipped.toString()).isEqualTo(Files.readString(tested));
    }
  }

  @Test
  void assessWritesMarkdownAndHtml() {
    assertThat(run("", "assess", scenario("S1"), "--format", "markdown")).isZero();
    assertThat(stdout()).startsWith("# Assessment of").contains("## Your duties — apply", "## Ruled out");
    out.reset();
    assertThat(run("", "assess", scenario("S1"), "--format", "html")).isZero();
    assertThat(stdout()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void unknownFormatExitsNonZero() {
    assertThat(run("{}", "assess", "-", "--format", "pdf")).isEqualTo(2);

    assertThat(stderr()).isEqualTo("regkit: --format: 'pdf' is not supported; expected one of [text, json, markdown, html]\n");
  }

  @Test
  void diffExplainsTheEndOfTheContractProviso() {
    assertThat(run("", "diff", scenario("S6"), "--as-of", "2012-02-29", "--to", "2012-03-02")).isZero();

    assertThat(stdout().replaceAll("\\s+", " ")).contains("201 CMR 17.03(2)(f)2: COMPLIANCE_CHANGED SATISFIED -> OUTSTANDING")
        .contains("because the as-of date moved from 2012-02-29 to 2012-03-02, so this no longer holds");
  }

  @Test
  void questionnaireAsksTheMostDecisiveQuestionFirstAndEndsWithAReport() {
    String answers = "1\n1,7\n" + "skip\n".repeat(60);

    assertThat(run(answers, "questionnaire")).isZero();
    // Who the organisation is decides the most verdicts: every statute's "person" and "agency" turn on it.
    assertThat(stdout()).contains("What kind of organisation are you? [entity.kind]");
    assertThat(stdout().indexOf("[entity.kind]")).isLessThan(stdout().indexOf("[data.elements]"));
    assertThat(stdout()).contains("Assessment after the questionnaire");
  }

  @Test
  void questionnaireReasksAnAnswerItDoesNotUnderstand() {
    assertThat(run("99\n" + "skip\n".repeat(60), "questionnaire")).isZero();

    assertThat(stdout()).contains("Not understood: expected a number from 1 to");
  }

  @Test
  void vocabularyListsEveryFactWithItsQuestion() throws Exception {
    assertThat(run("", "vocabulary")).isZero();

    JsonNode facts = new ObjectMapper().readTree(stdout());
    assertThat(facts.size()).isGreaterThan(20);
    for (JsonNode f : facts) {
      assertThat(f.get("question").asText()).isNotBlank();
      assertThat(f.get("help").asText()).isNotBlank();
    }
  }

  private static String scenario(String name) {
    return Path.of("scenarios", name + ".json").toString();
  }
}
