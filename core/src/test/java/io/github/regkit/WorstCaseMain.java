package io.github.regkit;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;

/**
 * Runs one worst case of {@link WorstCasePacks} at full size, for {@link WorstCaseInForkedJvmTest},
 * in a JVM of its own with a small heap. Prints one line: {@code RESULT} or {@code REGKIT} (regkit's
 * own exception) with the time it took, and exits 0; any other outcome (another exception,
 * running out of memory) prints {@code OTHER} and exits 3.
 */
final class WorstCaseMain {
  private WorstCaseMain() {}

  public static void main(String[] args) {
    try {
      Callable<String> run = prepare(args[0]);
      System.gc();
      long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      String outcome;
      try {
        outcome = "RESULT " + run.call();
      } catch (RegkitException e) {
        outcome = "REGKIT " + e.getClass().getSimpleName() + ": " + e.getMessage().lines().skip(1).findFirst().orElse(e.getMessage());
      }
      long cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
      long wallMs = (System.nanoTime() - wall) / 1_000_000;
      System.out.println(outcome + " | cpu " + cpuMs + " ms, wall " + wallMs + " ms");
      System.exit(0);
    } catch (Throwable t) {
      System.out.println("OTHER " + t);
      System.exit(3);
    }
  }

  /** Generates the input (not measured) and returns the work to measure. */
  private static Callable<String> prepare(String name) {
    switch (name) {
      case "empty-regulations-1mb" -> {
        byte[] json = WorstCasePacks.emptyRegulations(1_000_000);
        return () -> load(json);
      }
      case "empty-regulations-16mb" -> {
        byte[] json = WorstCasePacks.emptyRegulations(WorstCasePacks.MAX_FILE_BYTES);
        return () -> load(json);
      }
      case "empty-objects-16mb" -> {
        byte[] json = WorstCasePacks.emptyObjectsInSmallArrays(WorstCasePacks.MAX_FILE_BYTES);
        return () -> load(json);
      }
      case "members-of-empty-objects" -> {
        byte[] json = WorstCasePacks.membersOfEmptyObjects(499_999);
        return () -> load(json);
      }
      case "colliding-labels" -> {
        byte[] json = WorstCasePacks.collidingLabels(120_000);
        return () -> load(json) + "; " + assess(WorstCasePacks.load(json), Facts.empty());
      }
      case "many-reasons" -> {
        byte[] json = WorstCasePacks.manyReasons(WorstCasePacks.MAX_FILE_BYTES, 16);
        return () -> load(json) + "; " + assess(WorstCasePacks.load(json), WorstCasePacks.manyReasonsFacts());
      }
      case "endless-stream" -> {
        InputStream zeros = new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
        return () -> RulePack.fromStream(zeros, "zero").toString();
      }
      case "unknown-ids-against-20000-long-ids" -> {
        Assessor assessor = Assessor.builder().addPack(WorstCasePacks.manyLongFactIds(20_000)).build();
        Facts facts = WorstCasePacks.unknownLongFactIds(1_000);
        return () -> assessor.assess(facts, WorstCasePacks.AS_OF).toString();
      }
      default -> throw new IllegalArgumentException(name);
    }
  }

  private static String load(byte[] json) {
    RulePack pack = WorstCasePacks.load(json);
    return "loaded " + json.length + " bytes: " + pack.regulations().size() + " regulations";
  }

  private static String assess(RulePack pack, Facts facts) {
    Assessor assessor = Assessor.builder().addPack(pack).build();
    long wall = System.nanoTime();
    Assessment a = assessor.assess(facts, WorstCasePacks.AS_OF);
    return "assessed in " + (System.nanoTime() - wall) / 1_000_000 + " ms: " + a;
  }
}
