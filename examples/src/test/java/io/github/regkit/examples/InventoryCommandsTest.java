package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regkit.Facts;
import io.github.regkit.inventory.Arrangement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  @TempDir Path dir;

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static Facts scenario(String name) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("scenarios", name + ".json"))) {
      return Facts.fromJson(in);
    }
  }

  static String line(String id, String scenario) throws IOException {
    return Arrangement.of(id, scenario(scenario)).toJson();
  }

  private Path inventory(String... lines) throws IOException {
    Path file = dir.resolve("inventory.ndjson");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private List<JsonNode> jsonLines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : stdout().lines().toList()) {
      nodes.add(JSON.readTree(l));
    }
    return nodes;
  }

  @Test
  void batchWritesOneResultLinePerArrangementInInputOrder() throws Exception {
    Path file = inventory(line("s3", "S3"), line("s1", "S1"), line("s6", "S6"), line("s2", "S2"));

    assertThat(run("", "batch", file.toString(), "--as-of", "2026-11-28", "--threads", "2")).isZero();

    assertThat(jsonLines()).extracting(n -> n.get("id").asText()).containsExactly("s3", "s1", "s6", "s2");
    assertThat(jsonLines()).extracting(n -> n.get("line").asInt()).containsExactly(1, 2, 3, 4);
    assertThat(stderr()).isEmpty();
  }

  @Test
  void batchResultNamesOutstandingDutiesVendorDutiesAndTheTopQuestion() throws Exception {
    assertThat(run(line("s6", "S6") + "\n", "batch", "-", "--as-of", "2026-11-28")).isZero();

    JsonNode result = jsonLines().get(0);
    assertThat(result.get("outstanding")).extracting(JsonNode::asText).contains("201 CMR 17.03(2)(f)2");
    assertThat(result.get("vendorDuties")).isNotEmpty();
    assertThat(result.get("counts").get("outstanding").asInt()).isPositive();
    assertThat(result.get("instruments").get("201 CMR 17.00").asText()).isEqualTo("OUTSTANDING");
    assertThat(result.has("topQuestion")).isTrue();
  }

  @Test
  void partialFailureExitsTwoNamesEachBadLineAndWritesEveryGoodLineWhole() throws Exception {
    Path file = inventory(line("good-1", "S1"), "{\"id\":\"bad-1\",\"facts\":{\"entity.kind\":\"Jane Roe, 12 Elm St\"}}",
        "{broken", line("good-2", "S2"));

    assertThat(run("", "batch", file.toString(), "--as-of", "2026-11-28")).isEqualTo(2);

    assertThat(jsonLines()).extracting(n -> n.get("id").asText()).containsExactly("good-1", "good-2");
    assertThat(stdout()).endsWith("}\n");
    assertThat(stderr().lines()).hasSize(3);
    assertThat(stderr()).contains("regkit: line 2 (id \"bad-1\"): Invalid facts: fact 'entity.kind'")
        .contains("regkit: line 3: malformed JSON at column")
        .contains("regkit: 2 of 4 lines could not be used (named above); the other lines' results were written")
        .doesNotContain("Jane").doesNotContain("Elm");
  }

  @Test
  void batchWritesCsvWithAHeaderLine() throws Exception {
    assertThat(run("", "batch", inventory(line("s1", "S1")).toString(), "--format", "csv", "--as-of", "2026-11-28")).isZero();

    assertThat(stdout().lines().toList()).hasSize(2).first().isEqualTo(
        "line,id,asOf,applies,mayApply,satisfied,outstanding,unknown,notApplicable,openQuestions,outstandingDuties,unknownDuties,vendorDuties,topQuestion");
    assertThat(stdout().lines().skip(1).findFirst().orElseThrow()).startsWith("1,s1,2026-11-28,");
  }

  @Test
  void batchOfAMissingFileExitsTwoWithNothingOnStandardOutput() {
    assertThat(run("", "batch", dir.resolve("nope.ndjson").toString())).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr()).isEqualTo("regkit: " + dir.resolve("nope.ndjson") + ": no such file\n");
  }

  @Test
  void batchHelpSaysWhatPartialFailureReturns() {
    assertThat(run("", "batch", "--help")).isZero();

    assertThat(stdout()).contains("PARTIAL FAILURE", "Exit codes:", "batch vendors.ndjson");
  }

  @Test
  void impactAcrossMarch2012TurnsTheS6ContractClauseFromMetToNotMet() throws Exception {
    Path file = inventory(line("s1-helpdesk", "S1"), line("s6-payroll", "S6"), line("s5-unknown", "S5"));

    assertThat(run("", "impact", file.toString(), "--as-of", "2012-02-29", "--to", "2012-03-02", "--format", "ndjson")).isZero();

    List<JsonNode> lines = jsonLines();
    JsonNode s6 = lines.stream().filter(n -> n.path("id").asText().equals("s6-payroll")).findFirst().orElseThrow();
    JsonNode change = Stream.of(s6.get("changes")).flatMap(c -> java.util.stream.StreamSupport.stream(c.spliterator(), false))
        .filter(c -> c.get("citation").asText().equals("201 CMR 17.03(2)(f)2")).findFirst().orElseThrow();
    assertThat(change.get("kind").asText()).isEqualTo("COMPLIANCE_CHANGED");
    assertThat(change.get("before").asText()).isEqualTo("SATISFIED");
    assertThat(change.get("after").asText()).isEqualTo("OUTSTANDING");
    assertThat(change.get("causes").get(0).asText()).startsWith("the as-of date moved from 2012-02-29 to 2012-03-02");
    JsonNode summary = lines.get(lines.size() - 1).get("summary");
    assertThat(summary.get("lines").asInt()).isEqualTo(3);
    assertThat(summary.get("changes")).anySatisfy(c -> {
      assertThat(c.get("citation").asText()).isEqualTo("201 CMR 17.03(2)(f)2");
      assertThat(c.get("after").asText()).isEqualTo("OUTSTANDING");
      assertThat(c.get("arrangements").asInt()).isEqualTo(1);
    });
  }

  @Test
  void impactListsOnlyArrangementsSomethingChangesFor() throws Exception {
    Path file = inventory(line("s2-unchanged", "S2"), line("s6-payroll", "S6"));

    assertThat(run("", "impact", file.toString(), "--as-of", "2012-02-29", "--to", "2012-03-02")).isZero();

    assertThat(stdout()).contains("line 2, s6-payroll", "201 CMR 17.03(2)(f)2: compliance changes from met to not met",
        "Summary: 2 arrangements, 1 changed").doesNotContain("s2-unchanged");
  }

  @Test
  void impactOfANewerPackNamesTheDataVersionAndCountsTheArrangementsItTouches() throws Exception {
    Path pack = newerPackWithoutTheDueDiligenceCheck();
    Facts diligent = scenario("S1").toBuilder().remove("controls.vendor-due-diligence").set("controls.vendor-due-diligence", true).build();
    Facts careless = scenario("S1").toBuilder().remove("controls.vendor-due-diligence").set("controls.vendor-due-diligence", false).build();
    Path file = inventory(Arrangement.of("diligent", diligent).toJson(), Arrangement.of("careless", careless).toJson(),
        Arrangement.of("careless-2", careless).toJson());

    assertThat(run("", "impact", file.toString(), "--to-pack", pack.toString(), "--as-of", "2026-11-28", "--format", "ndjson")).isZero();

    List<JsonNode> lines = jsonLines();
    assertThat(lines).hasSize(4);
    JsonNode first = lines.get(0).get("changes").get(0);
    assertThat(first.get("citation").asText()).isEqualTo("201 CMR 17.03(2)(f)1");
    assertThat(first.get("before").asText()).isEqualTo("SATISFIED");
    assertThat(first.get("after").asText()).isEqualTo("UNKNOWN");
    assertThat(first.get("causes")).extracting(JsonNode::asText).contains("pack us-ma changed from data version 2026.12.0 to 2026.12.1-test");
    assertThat(lines.get(3).get("summary").get("changes")).extracting(c -> c.get("before").asText() + " " + c.get("arrangements").asInt())
        .containsExactly("OUTSTANDING 2", "SATISFIED 1");
  }

  /** A copy of the installed pack whose 17.03(2)(f)1 no longer says what satisfies it. */
  private Path newerPackWithoutTheDueDiligenceCheck() throws IOException {
    Path source = Path.of("..", "regulations-ma", "src", "main", "resources", "io", "github", "regkit", "ma", "pack");
    Path target = dir.resolve("pack");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    ObjectNode manifest = (ObjectNode) JSON.readTree(target.resolve("manifest.json").toFile());
    manifest.put("dataVersion", "2026.12.1-test");
    JSON.writeValue(target.resolve("manifest.json").toFile(), manifest);
    Path rules = target.resolve("instruments/201-cmr-17.json");
    JsonNode tree = JSON.readTree(rules.toFile());
    for (JsonNode regulation : tree.get("regulations")) {
      for (JsonNode obligation : regulation.get("obligations")) {
        if (obligation.get("id").asText().equals("ma.201cmr17.03.2.f.select")) {
          ((ObjectNode) obligation).remove("satisfiedWhen");
        }
      }
    }
    JSON.writeValue(rules.toFile(), tree);
    return target.resolve("manifest.json");
  }

  @Test
  void impactWithNothingToCompareExitsTwo() throws Exception {
    assertThat(run("", "impact", inventory(line("s1", "S1")).toString())).isEqualTo(2);

    assertThat(stdout()).isEmpty();
    assertThat(stderr()).startsWith("regkit: nothing to compare");
  }
}
