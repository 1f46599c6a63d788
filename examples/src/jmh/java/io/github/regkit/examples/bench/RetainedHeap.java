package io.github.regkit.examples.bench;

import io.github.regkit.Assessor;
import io.github.regkit.RulePack;
import io.github.regkit.ma.MassachusettsPack;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How much heap a loaded Massachusetts pack keeps alive, ready to assess (the pack with its
 * assessor: compiled conditions, vocabulary and the engine's prepared texts).
 *
 * <p>Method: with the parallel collector (its explicit full collections reliably free everything
 * unreachable; the serial collector was seen to keep a released large array), force full
 * collections until the used heap stops changing, read it, then load {@value #COPIES} independent copies of the pack, build an assessor on each
 * and hold them all, collect again until stable and read the used heap again. The difference
 * divided by the number of copies is what one pack retains; holding many copies makes the error
 * of one reading small against the difference. Everything the JVM would load anyway (classes,
 * Jackson's caches, interned names shared by all copies) is warmed up first and so not counted.
 * The measurement is repeated {@value #ROUNDS} times and the median, minimum and maximum reported.
 *
 * <pre>java -XX:+UseParallelGC -Xmx1g -cp examples/target/benchmarks.jar io.github.regkit.examples.bench.RetainedHeap</pre>
 */
public final class RetainedHeap {
  static final int COPIES = 20;
  static final int ROUNDS = 9;

  /** Where the copies are held, so that no compiler can prove them dead. */
  static volatile Object[] held;

  private RetainedHeap() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    hold(3); // warm up: classes, caches, JIT
    double[] perPack = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long before = usedAfterGc(memory);
      held = hold(COPIES);
      long after = usedAfterGc(memory);
      held = null;
      perPack[round] = (after - before) / (double) COPIES;
      if (args.length > 0) {
        System.out.println("round " + round + ": " + before + " -> " + after);
      }
    }
    Arrays.sort(perPack);
    System.out.printf("Massachusetts pack retained, per loaded pack with its assessor: median %.2f MB (min %.2f, max %.2f) over %d rounds of %d copies%n",
        perPack[ROUNDS / 2] / 1e6, perPack[0] / 1e6, perPack[ROUNDS - 1] / 1e6, ROUNDS, COPIES);
  }

  private static Object[] hold(int copies) {
    Object[] held = new Object[copies];
    for (int i = 0; i < copies; i++) {
      RulePack pack = new MassachusettsPack().load();
      Assessor assessor = Assessor.builder().addPack(pack).build();
      assessor.assess(MassachusettsBenchmark.scenario("S1"), LocalDate.of(2026, 11, 28));
      held[i] = assessor;
    }
    return held;
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    long previous = -1;
    for (int i = 0; i < 20; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used == previous) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
