package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worst generated inputs within regkit's limits, each run in a JVM of its own with a 256 MB
 * heap: loading (and, for valid packs, one assessment) ends in a result or in regkit's own
 * exception, never in running out of memory or another exception. The README's limits table quotes
 * the time and heap each run prints. The timeout is generous: this is not a speed test, and the
 * build machine may be busy.
 */
class WorstCaseInForkedJvmTest {
  private static final long TIMEOUT_SECONDS = 300;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "empty-regulations-1mb", "empty-regulations-16mb", "empty-objects-16mb", "members-of-empty-objects",
    "colliding-labels", "many-reasons", "endless-stream", "unknown-ids-against-20000-long-ids"})
  @Timeout(value = TIMEOUT_SECONDS + 60, unit = TimeUnit.SECONDS)
  void worstCaseEndsInAResultOrRegkitsOwnExceptionWithin256MbOfHeap(String name) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        WorstCaseMain.class.getName(), name)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    List<String> outcome = output.lines().filter(l -> l.startsWith("RESULT") || l.startsWith("REGKIT") || l.startsWith("OTHER")).toList();
    outcome.forEach(line -> System.out.println("worst case " + name + ": "
        + (line.length() > 400 ? line.substring(0, 200) + " ... " + line.substring(line.length() - 150) : line)));

    assertThat(finished).as("finished within %s s", TIMEOUT_SECONDS).isTrue();
    assertThat(outcome).as(output).singleElement().asString().matches("(RESULT|REGKIT) .*");
    assertThat(process.exitValue()).as(output).isZero();
  }
}
