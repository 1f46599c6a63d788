package io.github.regkit.examples.bench;

import io.github.regkit.Assessor;
import io.github.regkit.FactDefinition;
import io.github.regkit.Facts;
import io.github.regkit.RegkitException;
import io.github.regkit.inventory.Arrangement;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An inventory of any length, generated on the fly in constant memory: a fixed pool of distinct,
 * valid fact sets drawn at random from an assessor's vocabulary (each fact known or not, any allowed
 * value), each line taking one with its own id and as-of date. Deterministic for a seed.
 */
public final class GeneratedInventory {
  private final List<String> factsJson;
  private final long lines;
  private final LocalDate firstAsOf;

  private GeneratedInventory(List<String> factsJson, long lines, LocalDate firstAsOf) {
    this.factsJson = factsJson;
    this.lines = lines;
    this.firstAsOf = firstAsOf;
  }

  /**
   * {@code lines} arrangements whose facts come from a pool of {@code pool} fact sets; fact sets that
   * the packs' consistency rules reject are drawn again, so every line assesses.
   */
  public static GeneratedInventory of(Assessor assessor, long lines, int pool, long seed) {
    Random random = new Random(seed);
    LocalDate asOf = assessor.packs().get(0).currentAsOf();
    List<String> facts = new ArrayList<>(pool);
    while (facts.size() < pool) {
      Facts f = draw(assessor.vocabulary(), random);
      try {
        assessor.assess(f, asOf);
        facts.add(f.toJson());
      } catch (RegkitException e) {
        // Contradictory facts: draw again.
      }
    }
    return new GeneratedInventory(facts, lines, asOf.minusDays(pool));
  }

  static Facts draw(List<FactDefinition> vocabulary, Random random) {
    Facts.Builder b = Facts.builder();
    for (FactDefinition d : vocabulary) {
      if (random.nextInt(10) < 4) {
        continue; // unknown
      }
      switch (d.type()) {
        case BOOLEAN -> b.set(d.id(), random.nextBoolean());
        case ONE_OF -> b.set(d.id(), d.values().get(random.nextInt(d.values().size())).id());
        case SET_OF -> {
          List<String> values = new ArrayList<>();
          d.values().forEach(v -> {
            if (random.nextInt(3) == 0) {
              values.add(v.id());
            }
          });
          b.set(d.id(), values);
        }
        case DATE -> b.set(d.id(), LocalDate.of(2005, 1, 1).plusDays(random.nextInt(8000)));
        case NUMBER -> b.set(d.id(), random.nextInt(10_000));
      }
    }
    return b.build();
  }

  /** The number of lines. */
  public long lines() {
    return lines;
  }

  /** Line {@code i} (from 0), without its line break. */
  public String line(long i) {
    return "{\"id\":\"vendor-" + i + "\",\"asOf\":\"" + firstAsOf.plusDays(i % factsJson.size()) + "\",\"facts\":"
        + factsJson.get((int) (i % factsJson.size())) + "}";
  }

  /** Line {@code i} as an arrangement. */
  public Arrangement arrangement(long i) {
    return Arrangement.fromJson(line(i));
  }

  /** The whole inventory as UTF-8 bytes, generated as it is read. */
  public InputStream stream() {
    return new InputStream() {
      private long next;
      private byte[] current = new byte[0];
      private int pos;

      private boolean fill() {
        while (pos == current.length) {
          if (next == lines) {
            return false;
          }
          current = (line(next++) + "\n").getBytes(StandardCharsets.UTF_8);
          pos = 0;
        }
        return true;
      }

      @Override
      public int read() {
        return fill() ? current[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (!fill()) {
          return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  /**
   * Writes a generated inventory to standard output: {@code GeneratedInventory LINES [SEED]}.
   * For trying {@code batch} and {@code impact} on something large.
   */
  public static void main(String[] args) throws java.io.IOException {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
    GeneratedInventory inventory = of(Assessor.forJurisdiction("US-MA"), lines, 1000, seed);
    java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
    try (InputStream in = inventory.stream()) {
      in.transferTo(out);
    }
    out.flush();
  }
}
