package io.github.regkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  /** The banded distance that "did you mean" uses agrees with the full table below its limit. */
  @Test
  void bandedDistanceEqualsLevenshteinBelowTheLimit() {
    SplittableRandom random = new SplittableRandom(10);
    for (int n = 0; n < 20_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? word(random) : mutate(a, random);
      int full = Math.min(4, levenshtein(a, b));

      assertThat(Vocabulary.distance(a, b, 4, new int[] {Integer.MAX_VALUE})).as("%s / %s", a, b).isEqualTo(full);
    }
  }

  @Test
  void bandedDistanceChargesItsBudgetForEveryRow() {
    int[] budget = {1_000_000};

    Vocabulary.distance("f".repeat(100), "f".repeat(99) + "g", 4, budget);

    assertThat(1_000_000 - budget[0]).isBetween(100, 1_500);
  }

  private static String word(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + random.nextInt(3)));
    }
    return sb.toString();
  }

  private static String mutate(String s, SplittableRandom random) {
    StringBuilder sb = new StringBuilder(s);
    for (int edits = random.nextInt(5); edits > 0; edits--) {
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.insert(at, (char) ('a' + random.nextInt(3)));
        case 1 -> {
          if (sb.length() > 0) {
            sb.deleteCharAt(at);
          }
        }
        default -> {
          if (sb.length() > 0) {
            sb.setCharAt(at, (char) ('a' + random.nextInt(3)));
          }
        }
      }
    }
    return sb.toString();
  }

  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i
            : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }
}
