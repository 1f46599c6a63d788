package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that uses regkit, run in its own JVM with regkit and the Massachusetts pack on the
 * class path the way an application has them: without an SLF4J provider, since regkit must not make
 * its users choose one.
 */
class ConsumerRunTest {
  static final String PROGRAM = """
      import io.github.regkit.Assessment;
      import io.github.regkit.Assessor;
      import io.github.regkit.Facts;
      import java.time.LocalDate;

      public class Consumer {
        public static void main(String[] args) {
          Assessment a = Assessor.forJurisdiction("US-MA").assess(Facts.builder().build(), LocalDate.of(2026, 11, 28));
          System.out.println(a.openQuestions().isEmpty() ? "no questions" : "questions");
        }
      }
      """;

  @Test
  void withoutAnSlf4jProviderNothingIsPrintedOnStandardError(@TempDir Path dir) throws Exception {
    Path source = Files.writeString(dir.resolve("Consumer.java"), PROGRAM);
    String classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j-simple") && !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", classPath, source.toString())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the program finished").isTrue();

    assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).isEqualTo("questions\n");
    assertThat(p.exitValue()).isZero();
  }
}
