package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README is a contract: its Java snippets compile against the released API, and the ones a
 * newcomer runs first (the ten-line example, the test example on its facts, and the example on the
 * Javadoc overview page) run and pass.
 */
class ReadmeSnippetsTest {
  static final Path README = Path.of("..", "README.md");
  static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  static final String IMPORTS = """
      package readme;
      import static io.github.regkit.testing.AssessmentAssert.assertThat;
      import static org.assertj.core.api.Assertions.assertThat;
      import io.github.regkit.*;
      import io.github.regkit.inventory.*;
      import java.io.*;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      """;

  static final Path OVERVIEW = Path.of("..", "core", "src", "main", "javadoc", "overview.html");
  static final Pattern JAVADOC_CODE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n}</pre>", Pattern.DOTALL);

  static List<String> snippets() throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = JAVA.matcher(Files.readString(README));
    while (m.find()) {
      out.add(m.group(1).lines().filter(l -> !l.startsWith("import ")).reduce("", (a, b) -> a + b + "\n"));
    }
    return out;
  }

  /** Compiles one class and returns a loader for it. */
  static ClassLoader compile(Path dir, String name, String source) throws IOException {
    Path file = dir.resolve("readme").resolve(name + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, "-proc:none", "-d", dir.toString(),
        "-cp", System.getProperty("java.class.path"), file.toString());
    assertThat(status).as("%s does not compile:%n%s%n%s", name, errors.toString(StandardCharsets.UTF_8), source).isZero();
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeSnippetsTest.class.getClassLoader());
  }

  static String run(ClassLoader loader, String name) throws ReflectiveOperationException {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      loader.loadClass("readme." + name).getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("README snippet " + name + " failed: " + e.getCause(), e.getCause());
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTenLineExampleRunsAndPrintsRequirements(@TempDir Path dir) throws Exception {
    String tenLines = snippets().get(0);
    ClassLoader loader = compile(dir, "TenLines", IMPORTS + "public class TenLines { public static void run() {\n" + tenLines + "}}");

    assertThat(run(loader, "TenLines")).contains("201 CMR 17.03(2)(f)2 APPLIES UNKNOWN", "M.G.L. c. 272, § 99 C.1 APPLIES");
  }

  @Test
  void theTestingExamplePassesOnTheTenLineExamplesFacts(@TempDir Path dir) throws Exception {
    String tenLines = snippets().get(0);
    String testing = snippets().stream().filter(s -> s.contains("assertThat(a)")).findFirst().orElseThrow();
    String facts = tenLines.substring(tenLines.indexOf("Facts facts"), tenLines.indexOf(".build();") + ".build();".length());
    ClassLoader loader = compile(dir, "Testing", IMPORTS + "public class Testing { public static void run() {\n"
        + facts + "\n" + testing + "}}");

    run(loader, "Testing");
  }

  @Test
  void theFormExamplePutsEachProblemNextToItsField(@TempDir Path dir) throws Exception {
    String form = snippets().stream().filter(s -> s.contains("errorByField")).findFirst().orElseThrow();
    ClassLoader loader = compile(dir, "Form", IMPORTS + "public class Form { public static void run() {\n"
        + "Assessor assessor = Assessor.forJurisdiction(\"US-MA\"); Assessment assessment;\n"
        + "Facts facts = Facts.builder().set(\"vendor.activities\", Set.of(\"stores\", \"sells\"))"
        + ".set(\"vendor.records-calls\", true).build();\n"
        + form + "System.out.println(errorByField);\n}}");

    assertThat(run(loader, "Form")).isEqualTo("{vendor.activities=fact 'vendor.activities': 'sells' is not an allowed value;"
        + " expected values from [receives, stores, processes, accesses, transmits-over-public-networks, wireless, disposes],"
        + " vendor.records-calls=fact 'vendor.records-calls' was retired in pack us-ma 2026.12.0: M.G.L. c. 272, § 99 reaches"
        + " live listening, real-time transcription and chats with people, not only recorded calls; say which channels the tool"
        + " handles and what it does with the conversations; expected one or more of [vendor.phone-calls, vendor.live-chat,"
        + " vendor.conversation-capture] instead}" + System.lineSeparator());
  }

  @Test
  void thePolicyPackExampleRunsOnTheTestPolicyPack(@TempDir Path dir) throws Exception {
    String policy = snippets().stream().filter(s -> s.contains(".addPack(policy)")).findFirst().orElseThrow();
    Path manifest = Path.of(ReadmeSnippetsTest.class.getResource("/policy/acme/manifest.json").toURI());
    ClassLoader loader = compile(dir, "Policy", IMPORTS + "public class Policy { public static void run() {\n"
        + policy.replace("\"acme-policy/manifest.json\"", "\"" + manifest.toString().replace("\\", "/") + "\"") + "}}");

    assertThat(run(loader, "Policy")).isEqualTo("Acme Data Retention Standard v3, § 4.2 APPLIES OUTSTANDING\n");
  }

  @Test
  void thePolicyManifestIsTheTestPolicyPacks() throws Exception {
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    String manifest = null;
    while (m.find() && manifest == null) {
      manifest = m.group(1).contains("\"buildsOn\"") ? m.group(1) : null;
    }
    assertThat(manifest).as("a JSON manifest with buildsOn in the README").isNotNull();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode tested;
    try (var in = ReadmeSnippetsTest.class.getResourceAsStream("/policy/acme/manifest.json")) {
      tested = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
    }
    tested.remove("$schema");

    assertThat(mapper.readTree(manifest)).isEqualTo(tested);
  }

  @Test
  void everyOtherSnippetCompiles(@TempDir Path dir) throws Exception {
    List<String> all = snippets();
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      String s = all.get(i);
      // A snippet that declares a type is a member; the others are method bodies with the usual variables.
      if (s.contains("class ")) {
        members.append(s.replace("final class ", "static final class ")).append('\n');
      } else {
        members.append("void snippet").append(i).append("() throws Exception {\n").append(s).append("}\n");
      }
    }
    compile(dir, "All", IMPORTS + "@SuppressWarnings(\"unused\") class All {\n"
        + "Assessor assessor; Assessment assessment; Facts facts; PrintStream results; Path GOLDEN;\n" + members + "}");
  }

  @Test
  void theJavadocOverviewExampleRunsAndPrintsRequirements(@TempDir Path dir) throws Exception {
    Matcher m = JAVADOC_CODE.matcher(Files.readString(OVERVIEW));
    assertThat(m.find()).as("a <pre>{@code ...}</pre> example in %s", OVERVIEW).isTrue();
    ClassLoader loader = compile(dir, "Overview", IMPORTS + "public class Overview { public static void run() {\n" + m.group(1) + "\n}}");

    assertThat(run(loader, "Overview")).contains("201 CMR 17.03(2)(f)2 APPLIES", "M.G.L. c. 272, § 99 C.1 APPLIES");
  }

  @Test
  void theInstallationSnippetNamesThisBuildsCoordinatesAndIsWhatTheConsumerProjectUses() throws IOException {
    Matcher xml = Pattern.compile("```xml\\n(<dependency>.*?</dependency>)\\n```", Pattern.DOTALL).matcher(Files.readString(README));
    assertThat(xml.find()).as("an Installation snippet in README.md").isTrue();
    String snippet = xml.group(1);
    String version = Files.readString(Path.of("pom.xml")).replaceAll("(?s).*?<parent>.*?<version>(.*?)</version>.*", "$1");

    assertThat(snippet).contains("<groupId>io.github.regkit</groupId>", "<artifactId>regkit-regulations-ma</artifactId>",
        "<version>" + version + "</version>");
    String consumer = Files.readString(Path.of("..", "examples", "src", "it", "consumer", "pom.xml"));
    assertThat(consumer.replaceAll("\\s+", " "))
        .contains(snippet.replace("<version>" + version + "</version>", "<version>${regkit.version}</version>").replaceAll("\\s+", " "))
        .doesNotContain("<artifactId>regkit-core</artifactId>");
  }
}
