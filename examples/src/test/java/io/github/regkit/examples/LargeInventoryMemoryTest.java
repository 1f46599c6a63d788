package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Constant memory: {@code batch} over 100,000 generated arrangements in a JVM whose heap (32 MB)
 * could not hold a tenth of their results, let alone their assessments (about 35 KB each).
 */
class LargeInventoryMemoryTest {
  static final int LINES = 100_000;

  @Test
  void batchOfAnInventoryFarLargerThanTheHeapCompletes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), LargeInventoryRun.class.getName(), String.valueOf(LINES)))
        .redirectErrorStream(true).start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }

    assertThat(done).as("finished").isTrue();
    assertThat(output).endsWith("results=" + LINES + " status=0\n");
    assertThat(p.exitValue()).isZero();
  }
}
