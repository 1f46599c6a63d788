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

  private static String scenario(String name) {
    return Path.of("scenarios", name + ".json").toString();
  }
}
