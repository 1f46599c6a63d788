package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.testpack.TestPacks;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Equal input gives byte-identical JSON: across runs (a golden file) and across threads (one shared
 * assessor). Re-record the golden file after an intended change with {@code mvn -pl core test
 * -Dtest=DeterminismTest -Dregkit.record=true}, then review the diff.
 */
class DeterminismTest {
  static final String GOLDEN = "golden/test-pack-assessment.json";
  static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

  static Facts goldenFacts() {
    return Facts.builder()
        .set("org.kind", "company")
        .set("data.kinds", Set.of("name", "id-number"))
        .set("contract.signed", LocalDate.of(2009, 6, 1))
        .set("org.employees", 70)
        .set("vendor.stores", true)
        .set("control.policy", false)
        .build();
  }

  @Test
  void assessmentOfTheTestPackMatchesTheGoldenFileByteForByte() throws IOException {
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();
    Assessment assessment = assessor.assess(goldenFacts(), AS_OF);
    String json = assessment.toJson();
    // The one part that changes with every release; everything else must not move.
    String version = "\"regkitVersion\" : \"" + assessment.receipt().regkitVersion() + "\"";
    assertThat(json).contains(version);
    String stable = json.replace(version, "\"regkitVersion\" : \"VERSION\"");

    if (Boolean.getBoolean("regkit.record")) {
      Path file = Path.of("src/test/resources").resolve(GOLDEN);
      Files.createDirectories(file.getParent());
      Files.writeString(file, stable, StandardCharsets.UTF_8);
      return;
    }
    byte[] golden;
    try (InputStream in = DeterminismTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file %s; record it with -Dregkit.record=true", GOLDEN).isNotNull();
      golden = in.readAllBytes();
    }
    assertThat(new String(golden, StandardCharsets.UTF_8)).isEqualTo(stable);
    assertThat(stable.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
  }

  @Test
  void aFreshlyLoadedPackAndAssessorGiveTheSameBytes() {
    String first = Assessor.builder().addPack(TestPacks.load()).build().assess(goldenFacts(), AS_OF).toJson();
    String second = Assessor.builder().addPack(TestPacks.load()).build().assess(goldenFacts(), AS_OF).toJson();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void factsBuiltInAnotherOrderGiveTheSameBytes() {
    Facts reordered = Facts.builder()
        .set("control.policy", false)
        .set("vendor.stores", true)
        .set("org.employees", new BigDecimal("70.00"))
        .set("contract.signed", LocalDate.of(2009, 6, 1))
        .set("data.kinds", List.of("id-number", "name", "name"))
        .set("org.kind", "company")
        .build();
    Assessor assessor = Assessor.builder().addPack(TestPacks.load()).build();

    assertThat(assessor.assess(reordered, AS_OF).toJson()).isEqualTo(assessor.assess(goldenFacts(), AS_OF).toJson());
  }

  /** Varied fact sets: every combination of a few values of each fact, some left unknown. */
  static List<Facts> variedFacts() {
    List<Facts> out = new ArrayList<>();
    String[] kinds = {null, "company", "charity", "agency"};
    List<Set<String>> data = List.of(Set.of(), Set.of("name"), Set.of("name", "id-number"), Set.of("email", "id-number", "name"));
    Boolean[] bools = {null, true, false};
    for (int i = 0; i < 200; i++) {
      Facts.Builder b = Facts.builder();
      String kind = kinds[i % kinds.length];
      if (kind != null) {
        b.set("org.kind", kind);
      }
      if (i % 5 != 0) {
        b.set("data.kinds", data.get((i / 4) % data.size()));
      }
      Boolean stores = bools[(i / 3) % 3];
      if (stores != null) {
        b.set("vendor.stores", stores);
      }
      Boolean policy = bools[(i / 7) % 3];
      if (policy != null) {
        b.set("control.policy", policy);
      }
      Boolean clause = bools[(i / 11) % 3];
      if (clause != null) {
        b.set("control.clause", clause);
      }
      if (i % 6 != 1) {
        b.set("org.employees", (i * 7) % 120);
      }
      if (i % 4 == 2) {
        b.set("org.research", i % 8 == 2);
      }
      if (i % 3 == 0) {
        b.set("contract.signed", LocalDate.of(2005 + i % 12, 1 + i % 12, 1 + i % 28));
      }
      out.add(b.build());
    }
    return out;
  }

  static final List<LocalDate> DATES = List.of(LocalDate.of(2008, 1, 1), LocalDate.of(2011, 1, 1), LocalDate.of(2021, 1, 1));

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void oneAssessorSharedByEightThreadsReturnsWhatOneThreadReturns() throws Exception {
    Assessor shared = Assessor.builder().addPack(TestPacks.load()).build();
    List<Facts> facts = variedFacts();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      expected.add(shared.assess(facts.get(i), DATES.get(i % DATES.size())).toJson());
    }
    assertThat(expected.stream().distinct().count()).as("varied results").isGreaterThan(100);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 25;
        Callable<List<String>> task = () -> {
          String[] out = new String[facts.size()];
          // Each thread walks the fact sets from a different start, so threads overlap on every pack part.
          for (int k = 0; k < facts.size(); k++) {
            int i = (k + offset) % facts.size();
            out[i] = shared.assess(facts.get(i), DATES.get(i % DATES.size())).toJson();
          }
          return List.of(out);
        };
        results.add(pool.submit(task));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get(100, TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
