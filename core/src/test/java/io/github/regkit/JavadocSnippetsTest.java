package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every code snippet in the public API's Javadoc compiles. Each snippet becomes the body of a
 * method (or, when it declares a class, a member) of a class that has the usual variables in scope:
 * {@code assessor}, {@code assessment}, {@code facts}, {@code pack}, {@code requirement}.
 */
class JavadocSnippetsTest {
  static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "regkit");
  static final Pattern SNIPPET = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);
  static final String PREAMBLE = """
      package snippets;
      import static io.github.regkit.testing.AssessmentAssert.assertThat;
      import com.fasterxml.jackson.databind.ObjectMapper;
      import io.github.regkit.*;
      import io.github.regkit.json.*;
      import io.github.regkit.report.*;
      import io.github.regkit.inventory.*;
      import io.github.regkit.spi.*;
      import java.nio.file.*;
      import java.time.*;
      import java.util.*;
      @SuppressWarnings("unused")
      class %s {
        Assessor assessor; Assessment assessment; Facts facts; RulePack pack; Requirement requirement;
      """;

  record Snippet(String source, String code) {}

  static List<Snippet> snippets() throws IOException {
    List<Snippet> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("internal")).sorted().toList()) {
        Matcher m = SNIPPET.matcher(Files.readString(file));
        while (m.find()) {
          String code = m.group(1).lines().map(l -> l.replaceFirst("^ \\* ?", "")).filter(l -> !l.startsWith("import "))
              .reduce("", (a, b) -> a + b + "\n");
          out.add(new Snippet(SOURCES.relativize(file).toString(), code));
        }
      }
    }
    return out;
  }

  @Test
  void everyPublicTypeHasASnippet() throws IOException {
    List<String> withSnippet = snippets().stream().map(Snippet::source).distinct().toList();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      List<String> publicTypes = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("internal") && !p.getFileName().toString().equals("package-info.java"))
          .filter(p -> {
            try {
              return Files.readString(p).contains("\npublic ");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(p -> SOURCES.relativize(p).toString()).sorted().toList();
      assertThat(withSnippet).containsAll(publicTypes);
    }
  }

  @Test
  void everySnippetCompiles() throws IOException {
    List<JavaFileObject> units = new ArrayList<>();
    int i = 0;
    for (Snippet s : snippets()) {
      String name = "Snippet" + (i++);
      boolean declaresClass = s.code().stripLeading().startsWith("public final class");
      String body = declaresClass ? s.code().replace("public final class", "static final class")
          : "  void run() throws Exception {\n" + s.code() + "  }\n";
      String source = PREAMBLE.formatted(name) + "  // from " + s.source() + "\n" + body + "}\n";
      units.add(new SimpleJavaFileObject(java.net.URI.create("string:///snippets/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      });
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    Path out = Files.createTempDirectory("snippets");
    boolean ok = compiler.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none"), null, units).call();
    assertThat(ok).as("snippets compile:%n%s", errors).isTrue();
    assertThat(units).hasSizeGreaterThanOrEqualTo(30);
  }
}
