package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.testpack.TestPacks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written hostile packs and facts under {@code src/test/resources/hostile/}, each rejected
 * with its own precise message. {@code hostile/expected.tsv} pairs every file with the exact
 * problem it must produce (several problems are separated by {@code " || "}).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new io.github.regkit.json.RegkitModule());
  private static final Map<String, String> EXPECTED = expected();
  /** The expectation of a hostile pack that is valid: it loads and is assessed with and without facts. */
  private static final String LOADS = "LOADS";

  private static Map<String, String> expected() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : new String(bytes("expected.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      out.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return out;
  }

  private static byte[] bytes(String file) {
    try (InputStream in = HostileInputTest.class.getClassLoader().getResourceAsStream("hostile/" + file)) {
      return Objects.requireNonNull(in, file).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> packs() {
    return EXPECTED.entrySet().stream().filter(e -> e.getKey().startsWith("pack-") && !e.getValue().startsWith("SEE "))
        .filter(e -> !e.getValue().equals(LOADS))
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<String> loadingPacks() {
    return EXPECTED.entrySet().stream().filter(e -> e.getValue().equals(LOADS)).map(Map.Entry::getKey);
  }

  static Stream<Arguments> facts() {
    return EXPECTED.entrySet().stream().filter(e -> e.getKey().startsWith("facts-"))
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packs")
  void hostilePackIsRejectedWithItsOwnPreciseMessage(String file, String expected) {
    byte[] json = bytes(file);

    assertThatThrownBy(() -> RulePack.fromStream(new ByteArrayInputStream(json), file))
        .isInstanceOfSatisfying(InvalidRulePackException.class,
            e -> assertThat(e.problems()).containsExactlyElementsOf(Arrays.asList(expected.split(" \\|\\| "))));
  }

  /**
   * A valid hostile pack loads, is assessed, and renders within the output-size bound: among them the
   * worst term sharing the limits allow (terms that each use the one before twice, an instrument
   * whose scope and 813 obligations use the last; before each term was explained once, about 3.7 GB
   * of JSON) and a set of 1,000 values tested 9,998 times (before, the whole set was repeated in
   * each test: over 100 MB).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("loadingPacks")
  void hostileButValidPackLoadsIsAssessedAndRendersInLinearSize(String file) throws IOException {
    byte[] json = bytes(file);
    RulePack pack = RulePack.fromStream(new ByteArrayInputStream(json), file);
    Assessor assessor = Assessor.builder().addPack(pack).build();

    for (Facts facts : List.of(Facts.empty(), WorstCasePacks.someValueForEveryFact(pack))) {
      Assessment assessment = assessor.assess(facts, LocalDate.of(2024, 1, 1));
      assertThat(assessment.requirements().size() + assessment.ruledOut().size()).isPositive();
      OutputSizeTest.assertWithinBound(OutputSizeTest.Sizes.of(json, facts, assessment));
      String written = assessment.toJson();
      assertThat(MAPPER.readValue(written, Assessment.class).toJson()).as("read back and written again").isEqualTo(written);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void hostileFactsAreRejectedWithTheirOwnPreciseMessage(String file, String expected) {
    byte[] json = bytes(file);

    assertThatThrownBy(() -> ASSESSOR.assess(Facts.fromJson(new ByteArrayInputStream(json)), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: " + expected);
  }

  @Test
  void everyHostileFileHasItsExpectedMessage() throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(HostileInputTest.class.getClassLoader().getResource("hostile/expected.tsv")).toURI()).getParent();
    List<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv")).sorted().toList();
    }

    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void aPackWithMoreThanAHundredProblemsListsAHundredAndCountsTheRest() {
    byte[] json = bytes("pack-many-problems.json");

    assertThatThrownBy(() -> RulePack.fromStream(new ByteArrayInputStream(json), "pack-many-problems.json"))
        .isInstanceOfSatisfying(InvalidRulePackException.class, e -> {
          assertThat(e.problems()).hasSize(101);
          assertThat(e.problems().get(0)).isEqualTo("pack-many-problems.json at $.p000: unknown property 'p000';"
              + " expected one of [$schema, answersFrom, buildsOn, consistency, currentAsOf, dataVersion, facts, id, include, jurisdiction, pendingLegislation,"
              + " regulations, retiredFacts, schemaVersion, terms]");
          assertThat(e.problems().get(100)).isEqualTo("and 50 more problems, not listed");
        });
  }
}
