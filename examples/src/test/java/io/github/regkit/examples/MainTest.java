package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
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
  void mainJobSaysWhichFactsItAssumed() throws Exception {
    assertThat(run("")).isZero();

    assertThat(stdout().replaceAll("\\s+", " ")).contains("Facts assumed (examples/scenarios/S1.json): a private business");
    String s1 = java.nio.file.Files.readString(java.nio.file.Path.of("scenarios", "S1.json"));
    assertThat(s1).contains("\"private-business\"", "\"owns-or-licenses\"", "\"payment-card\"", "\"call-recordings\"",
        "\"vendor.phone-calls\": true", "\"records\"");
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

  static final String POLICY_PACK = "../regulations-ma/src/test/resources/policy/acme/manifest.json";
  static final String CHAT_VENDOR = "{\"entity.kind\": \"private-business\", \"entity.data-role\": \"owns-or-licenses\","
      + " \"data.subjects\": [\"ma-consumers\"], \"data.elements\": [\"name\", \"payment-card\"], \"vendor.live-chat\": true,"
      + " \"vendor.conversation-capture\": [\"records\"], \"acme.transcript-purge-days\": 45}";

  @Test
  void assessAppliesAPolicyPackBuiltOnUsMa() throws Exception {
    assertThat(run(CHAT_VENDOR, "assess", "-", "--as-of", "2026-11-28", "--pack", POLICY_PACK, "--format", "json")).isZero();

    JsonNode requirements = new ObjectMapper().readTree(stdout()).get("requirements");
    assertThat(requirements).filteredOn(r -> r.get("citation").asText().equals("Acme Data Retention Standard v3, § 4.2"))
        .singleElement().satisfies(r -> assertThat(r.get("compliance").asText()).isEqualTo("OUTSTANDING"));
    assertThat(requirements).anySatisfy(r -> assertThat(r.get("citation").asText()).isEqualTo("M.G.L. c. 272, § 99 C.1"));
  }

  @Test
  void aPolicyPackThatCannotBeReadExitsTwoWithOneLine() {
    assertThat(run(CHAT_VENDOR, "assess", "-", "--pack", "no/such/manifest.json")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString().startsWith("regkit: Invalid rule pack").contains("not found");
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
    assertThat(stderr()).isEqualTo("regkit: Invalid value for option '--as-of': '2026-02-30' is not a valid date; expected yyyy-MM-dd"
        + " (see: regkit assess --help)\n");
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
    assertThat(stdout()).startsWith("# regkit assessment").contains("## Checklist", "## Your duties that apply", "## Ruled out");
    out.reset();
    assertThat(run("", "assess", scenario("S1"), "--format", "html")).isZero();
    assertThat(stdout()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void unknownFormatExitsNonZero() {
    assertThat(run("{}", "assess", "-", "--format", "pdf")).isEqualTo(2);

    assertThat(stderr().lines()).singleElement().asString()
        .contains("--format", "expected one of [text, json, markdown, html]", "'pdf'");
  }

  @Test
  void diffExplainsTheEndOfTheContractProviso() {
    assertThat(run("", "diff", scenario("S6"), "--as-of", "2012-02-29", "--to", "2012-03-02")).isZero();

    assertThat(stdout().replaceAll("\\s+", " ")).contains("201 CMR 17.03(2)(f)2: compliance changes from met to not met")
        .contains("because the as-of date moved from 2012-02-29 to 2012-03-02, so this no longer holds");
  }

  @Test
  void questionnaireAsksTheMostDecisiveQuestionFirstAndEndsWithAReport() {
    String answers = "1\n1,7\n" + "skip\n".repeat(60);

    assertThat(run(answers, "questionnaire")).isZero();
    // Who the organisation is decides the most verdicts: every statute's "person" and "agency" turn on it.
    assertThat(stderr()).contains("What kind of organisation are you? [entity.kind]");
    assertThat(stderr().indexOf("[entity.kind]")).isLessThan(stderr().indexOf("[data.elements]"));
    assertThat(stdout()).startsWith("Assessment after the questionnaire");
  }

  @Test
  void questionnaireKeepsItsQuestionsOffStandardOutput() {
    assertThat(run("skip\n".repeat(80), "questionnaire")).isZero();

    assertThat(stdout()).doesNotContain("or skip>", "Question 1 (").startsWith("Assessment after the questionnaire\n");
  }

  @Test
  void questionnaireShowsProgress() {
    assertThat(run("1\n" + "skip\n".repeat(80), "questionnaire")).isZero();

    assertThat(stderr()).containsPattern("Question 1 \\(\\d+ questions left\\); \\d+ requirements still undecided")
        .containsPattern("Question 2 \\(\\d+ questions? left\\); \\d+ requirements? still undecided");
  }

  @Test
  void questionnaireSavesTheAnswersAsAFactsFileThatAssessesTheSame(@TempDir Path dir) throws Exception {
    Path saved = dir.resolve("answers.json");

    assertThat(run("1\n" + "skip\n".repeat(80), "questionnaire", "--as-of", "2026-11-28", "--save", saved.toString())).isZero();
    String report = stdout();
    out.reset();
    assertThat(Files.readString(saved)).contains("\"entity.kind\"");
    assertThat(run("", "assess", saved.toString(), "--as-of", "2026-11-28", "--title", "Assessment after the questionnaire"))
        .isZero();
    assertThat(stdout()).isEqualTo(report);
  }

  @Test
  void questionnaireReasksAnAnswerItDoesNotUnderstand() {
    assertThat(run("99\n" + "skip\n".repeat(60), "questionnaire")).isZero();

    assertThat(stderr()).contains("Not understood: expected a number from 1 to");
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

  // ---------------------------------------------------------------- the command line itself

  @Test
  void everyCommandHasHelpWithAnExampleAndTheExitCodes() {
    for (String command : List.of("assess", "diff", "questionnaire", "vocabulary", "coverage")) {
      out.reset();
      assertThat(run("", command, "--help")).as(command).isZero();
      assertThat(stdout()).as(command).startsWith("Usage: regkit " + command).contains("Example", "Exit codes:", "java -jar");
      assertThat(stderr()).isEmpty();
    }
  }

  @Test
  void topLevelHelpListsEveryCommandAndTheExitCodes() {
    assertThat(run("", "--help")).isZero();

    assertThat(stdout()).contains("assess", "diff", "questionnaire", "vocabulary", "coverage", "Exit codes:",
        "0   a result was written", "2   bad input", "1   internal error");
  }

  @Test
  void versionNamesRegkitAndThePacksDataVersion() {
    assertThat(run("", "--version")).isZero();

    assertThat(stdout()).containsPattern("(?m)^regkit \\S+$")
        .containsPattern("(?m)^pack us-ma \\(US-MA\\) data \\d+\\.\\d+\\.\\d+, current as of \\d{4}-\\d\\d-\\d\\d$");
  }

  @Test
  void unknownOptionIsRejectedWithOneLine() {
    assertThat(run("{}", "assess", "-", "--colour")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString().startsWith("regkit: Unknown option: '--colour'").endsWith("(see: regkit assess --help)");
  }

  @Test
  void extraArgumentIsRejected() {
    assertThat(run("{}", "assess", "-", "again")).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString().contains("'again'");
  }

  @Test
  void unknownCommandIsRejected() {
    assertThat(run("", "asess")).isEqualTo(2);

    assertThat(stderr().lines()).singleElement().asString().contains("'asess'", "did you mean assess");
  }

  @Test
  void diffWithoutItsDatesIsRejected() {
    assertThat(run("", "diff", scenario("S6"))).isEqualTo(2);

    assertThat(stderr()).contains("--as-of", "--to");
  }

  @Test
  void reportTitleIsTheOneGivenNeverTheFilePath() {
    assertThat(run("", "assess", scenario("S1"), "--format", "html", "--title", "Help-desk vendor")).isZero();
    assertThat(stdout()).contains("<title>Help-desk vendor</title>").doesNotContain("S1.json");
    out.reset();
    assertThat(run("", "assess", scenario("S1"))).isZero();
    assertThat(stdout()).startsWith("regkit assessment\n").doesNotContain("S1.json");
  }

  @Test
  void textReportPutsTheDatesAndAStalenessWarningOnTop() {
    assertThat(run("", "assess", scenario("S1"), "--as-of", "2099-01-01")).isZero();

    String top = stdout().substring(0, stdout().indexOf("YOUR DUTIES")).replaceAll("\\s+", " ");
    assertThat(top).contains("WARNING: Assessed as of 2099-01-01, after the date pack us-ma", "Assessed as of 2099-01-01.",
        "Law current as of ");
  }

  @Test
  void textReportSaysCodesInWords() {
    assertThat(run("", "assess", scenario("S1"), "--as-of", "2026-11-28")).isZero();

    assertThat(stdout()).doesNotContain("APPLIES", "MAY_APPLY", "UNKNOWN", "SCOPE_NOT_MET", "SATISFIED", "OUTSTANDING")
        .contains("- [ ] 201 CMR 17.03(1)", "Applies; compliance: not known yet");
  }

  // ---------------------------------------------------------------- issue 10, items 8, 9 and 10

  @Test
  void directoryGivenAsInputIsOneLineAndExitTwo(@TempDir Path dir) {
    assertThat(run("", "assess", dir.toString())).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr()).isEqualTo("regkit: " + dir + ": is a directory; expected a facts file (a JSON object of fact ids to values)\n");
  }

  @Test
  void fullDiskIsAnErrorWithExitOne() {
    int status = Main.run(new String[] {"assess", scenario("S1")}, InputStream.nullInputStream(), failing("No space left on device"), err);

    assertThat(status).isEqualTo(1);
    assertThat(stderr()).isEqualTo("regkit: cannot write the output: No space left on device\n");
  }

  @Test
  void closedPipeEndsQuietlyButNotWithSuccess() {
    int status = Main.run(new String[] {"assess", scenario("S1")}, InputStream.nullInputStream(), failing("Broken pipe"), err);

    assertThat(status).isEqualTo(1);
    assertThat(stderr()).isEmpty();
  }

  @Test
  void helpThatCannotBeWrittenIsAnError() {
    int status = Main.run(new String[] {"--help"}, InputStream.nullInputStream(), failing("No space left on device"), err);

    assertThat(status).isEqualTo(1);
    assertThat(stderr()).contains("cannot write the output");
  }

  @Test
  void outputToAFullDeviceExitsOne() throws Exception {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
    Process p = java(Map.of(), "assess", scenario("S1")).redirectOutput(new java.io.File("/dev/full")).start();

    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(1);
    assertThat(stderr).startsWith("regkit: cannot write the output:");
  }

  @Test
  void outputIsUtf8WhenLangIsUnset() throws Exception {
    Process p = java(Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", ""), "assess", scenario("S1"), "--format", "json").start();

    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    assertThat(new String(output, StandardCharsets.UTF_8)).contains("\"M.G.L. c. 93H, § 3(a)\"").doesNotContain("c. 93H, ? 3");
  }

  /** The command line in a new JVM; an empty value removes that variable from its environment. */
  private static ProcessBuilder java(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    env.forEach((k, v) -> {
      if (v.isEmpty()) {
        pb.environment().remove(k);
      } else {
        pb.environment().put(k, v);
      }
    });
    return pb;
  }

  private static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException(message);
      }
    };
  }

  private static String scenario(String name) {
    return Path.of("scenarios", name + ".json").toString();
  }
}
