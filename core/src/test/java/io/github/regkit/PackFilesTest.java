package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack on disk or on the class path reads only regular files inside its own folder, and no
 * message repeats content from a file that is not a pack file. Relative paths and paths with
 * {@code ..} load.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PackFilesTest {
  static final String HEADER = WorstCasePacks.HEADER;
  static final String FACTS = "{\"facts\": [{\"id\": \"f\", \"type\": \"BOOLEAN\", \"question\": \"Q?\", \"help\": \"H\"}]}";

  private static Path manifest(Path dir, String... includes) throws IOException {
    String list = String.join(", ", java.util.Arrays.stream(includes).map(i -> "\"" + i + "\"").toList());
    return Files.writeString(dir.resolve("manifest.json"), "{" + HEADER + "\"include\": [" + list + "]}");
  }

  private static List<String> problems(Path manifest) {
    try {
      RulePack.fromPath(manifest);
    } catch (InvalidRulePackException e) {
      return e.problems();
    }
    throw new AssertionError("pack loaded, but was expected to fail");
  }

  @Test
  void includeThatLinksToAFileOutsideThePackIsRefusedUnread(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Path pack = Files.createDirectory(dir.resolve("pack"));
    Files.createSymbolicLink(pack.resolve("passwd.json"), secret);

    assertThat(problems(manifest(pack, "passwd.json"))).containsExactly("manifest.json at $.include[0]: file 'passwd.json'"
        + " resolves to a file outside the pack's folder; expected a regular file inside it");
  }

  @Test
  void includeThroughALinkedFolderOutsideThePackIsRefused(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("facts.json"), FACTS);
    Path pack = Files.createDirectory(dir.resolve("pack"));
    Files.createSymbolicLink(pack.resolve("d"), outside);

    assertThat(problems(manifest(pack, "d/facts.json"))).containsExactly("manifest.json at $.include[0]: file 'd/facts.json'"
        + " resolves to a file outside the pack's folder; expected a regular file inside it");
  }

  @Test
  void includeThatLinksToAFileInsideThePackLoads(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("real.json"), FACTS);
    Files.createSymbolicLink(dir.resolve("facts.json"), dir.resolve("real.json"));

    assertThat(RulePack.fromPath(manifest(dir, "facts.json")).facts()).extracting(FactDefinition::id).containsExactly("f");
  }

  @Test
  void includeThatIsAFolderIsRefused(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("d.json"));

    assertThat(problems(manifest(dir, "d.json")))
        .containsExactly("manifest.json at $.include[0]: file 'd.json' is a folder; expected a regular file");
  }

  @Test
  void includeThatIsANamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("pipe.json");
    assumeTrue(mkfifo(pipe), "mkfifo is available");

    assertThat(problems(manifest(dir, "pipe.json")))
        .containsExactly("manifest.json at $.include[0]: file 'pipe.json' is not a regular file; expected a regular file");
  }

  static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void includeNamedWithADotSegmentIsRejected(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("d"));
    Files.writeString(dir.resolve("d/x.json"), FACTS);

    assertThat(problems(manifest(dir, "d/x.json", "d/./x.json"))).containsExactly(
        "manifest.json at $.include[1]: 'd/./x.json' is not a relative .json file name inside the pack");
  }

  @Test
  void manifestThatIsNotJsonIsRejectedWithoutQuotingIt(@TempDir Path dir) throws IOException {
    Path passwd = Files.writeString(dir.resolve("manifest.json"), "root:x:0:0:root:/root:/bin/bash\n");

    assertThat(problems(passwd)).singleElement().asString()
        .startsWith("manifest.json: malformed JSON at line 1, column 1: Unrecognized token (4 characters, not shown)")
        .doesNotContain("root");
  }

  @Test
  void jsonFileThatIsNotAPackIsRejectedWithoutListingItsMembers(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("config.json"), "{\"password\": \"hunter2\", \"host\": \"db.internal\"}");

    assertThat(problems(manifest(dir, "config.json"))).containsExactly("config.json at $: not a pack file: it has none of"
        + " [$schema, consistency, facts, regulations, terms]; its 2 members are not shown");
  }

  @Test
  void relativeManifestPathLoadsWithItsIncludes() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "relative-pack"));
    Files.writeString(dir.resolve("facts.json"), FACTS);
    manifest(dir, "facts.json");

    RulePack pack = RulePack.fromPath(Path.of("target/relative-pack/manifest.json"));

    assertThat(pack.facts()).extracting(FactDefinition::id).containsExactly("f");
    assertThat(pack.source()).isEqualTo("manifest.json");
  }

  @Test
  void absolutePathWithDotDotLoadsItsIncludes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("facts.json"), FACTS);
    manifest(dir, "facts.json");
    Files.createDirectory(dir.resolve("sub"));

    RulePack pack = RulePack.fromPath(dir.resolve("sub/../manifest.json"));

    assertThat(pack.facts()).extracting(FactDefinition::id).containsExactly("f");
  }

  @Test
  void missingManifestIsNotFound(@TempDir Path dir) {
    Path missing = dir.resolve("manifest.json");

    assertThatThrownBy(() -> RulePack.fromPath(missing))
        .isInstanceOfSatisfying(InvalidRulePackException.class,
            e -> assertThat(e.problems()).containsExactly(missing + ": not found"));
  }

  @Test
  void classPathIncludeThatIsAFolderIsRefusedNotListed(@TempDir Path dir) throws IOException {
    Path pack = Files.createDirectories(dir.resolve("packs/p"));
    manifest(pack, "d.json");
    Files.createDirectories(pack.resolve("d.json"));
    Files.writeString(pack.resolve("d.json/inner.json"), FACTS);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> RulePack.fromResource(loader, "packs/p/manifest.json"))
          .isInstanceOfSatisfying(InvalidRulePackException.class, e -> assertThat(e.problems())
              .containsExactly("manifest.json at $.include[0]: file 'd.json' is a folder; expected a regular file"));
    }
  }

  @Test
  void includeThatIsAFolderInAJarIsRefusedNotListed(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("pack.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("packs/p/manifest.json"));
      out.write(("{" + HEADER + "\"include\": [\"d.json\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.putNextEntry(new JarEntry("packs/p/d.json/"));
      out.putNextEntry(new JarEntry("packs/p/d.json/inner.json"));
      write(out, FACTS);
    }

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThatThrownBy(() -> RulePack.fromResource(loader, "packs/p/manifest.json"))
          .isInstanceOfSatisfying(InvalidRulePackException.class, e -> assertThat(e.problems())
              .containsExactly("manifest.json at $.include[0]: file 'd.json' is a folder; expected a regular file"));
    }
  }

  @Test
  void packInAJarLoads(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("pack.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("packs/p/manifest.json"));
      write(out, "{" + HEADER + "\"include\": [\"facts.json\"]}");
      out.putNextEntry(new JarEntry("packs/p/facts.json"));
      write(out, FACTS);
    }

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(RulePack.fromResource(loader, "packs/p/manifest.json").facts()).extracting(FactDefinition::id).containsExactly("f");
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
