package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regkit.Excerpt;
import io.github.regkit.RulePack;
import io.github.regkit.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every excerpt in the pack is copied verbatim from the project's reference texts or from the
 * sources the maintainers found beyond them (regulations-ma/SOURCES.md): the words between any
 * ellipses or bracketed omissions must appear there, ignoring line breaks and Markdown quote marks.
 * The reference texts are kept in the repository (src/test/resources/reference/ma, a copy of the
 * research folder shared/reference/ma), so the check runs on every clone and in CI; where the
 * research folder is beside the checkout, the copy must equal it.
 */
class ExcerptSourceTest {
  static final Path REFERENCE = Path.of("src", "test", "resources", "reference", "ma");
  static final Path RESEARCH = Path.of("..", "..", "shared", "reference", "ma");
  static final Path FOUND = Path.of("SOURCES.md");
  static final Pattern OMISSION = Pattern.compile("\\s*(?:\\.\\.\\.|…|\\[[^\\]]*\\])\\s*");

  @Test
  void everyExcerptAppearsVerbatimInTheReferenceTexts() throws IOException {
    String reference = normalize(readAll(REFERENCE) + "\n" + Files.readString(FOUND));
    RulePack pack = PackTest.PACK;
    Map<String, Excerpt> excerpts = new LinkedHashMap<>();
    pack.regulations().forEach(r -> r.obligations().forEach(o -> excerpts.put(o.id(), o.excerpt())));
    for (Term t : pack.terms()) {
      t.excerpt().ifPresent(e -> excerpts.put(t.id(), e));
    }

    List<String> missing = new ArrayList<>();
    excerpts.forEach((id, excerpt) -> {
      for (String part : OMISSION.split(excerpt.text())) {
        if (!part.isBlank() && !reference.contains(normalize(part))) {
          missing.add(id + ": \"" + part.substring(0, Math.min(80, part.length())) + "…\"");
          return;
        }
      }
    });
    assertThat(missing).as("excerpts not found verbatim in %s", REFERENCE).isEmpty();
    assertThat(excerpts).hasSizeGreaterThan(40);
  }

  @Test
  void theReferenceCopyEqualsTheResearchFolderWhereItIsPresent() throws IOException {
    assumeTrue(Files.isDirectory(RESEARCH), "no research folder beside this checkout at " + RESEARCH.toAbsolutePath());

    assertThat(readAll(REFERENCE)).as("copy %s of %s (copy the folder again)", REFERENCE, RESEARCH).isEqualTo(readAll(RESEARCH));
  }

  private static String readAll(Path folder) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        sb.append(Files.readString(p)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String normalize(String text) {
    return text.replaceAll("(?m)^\\s*>\\s?", " ").replaceAll("\\s+", " ").strip();
  }
}
