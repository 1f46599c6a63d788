package io.github.regkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import io.github.regkit.Facts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The receipt's facts hash is the SHA-256 of exactly the text {@link Facts#toJson()} gives, and the
 * direct JSON writer gives the same text as Jackson's tree.
 */
class FactsHashTest {
  @Test
  void directJsonIsTheSameTextAsToJson() {
    Facts facts = Facts.builder()
        .set("a.bool", true)
        .set("b.set", Set.of("z", "a", "m"))
        .set("c.empty-set", List.of())
        .set("d.date", LocalDate.of(2026, 11, 28))
        .set("e.number", new BigDecimal("1E+3"))
        .set("f.decimal", new BigDecimal("-0.50"))
        .set("g.text", "private-business")
        .build();

    assertThat(FactsJson.write(facts)).isEqualTo(FactsJson.writeTree(facts));
    assertThat(FactsJson.write(Facts.empty())).isEqualTo(FactsJson.writeTree(Facts.empty()));
  }

  @Test
  void textThatNeedsEscapingFallsBackToJackson() {
    Facts facts = Facts.builder().set("q\"uote", "line\nbreak").set("u", "caf\u00e9 \u2028").build();

    assertThat(FactsJson.write(facts)).isEqualTo(FactsJson.writeTree(facts));
  }

  @Test
  void hashIsSha256OfToJsonForNewAndRememberedFacts() {
    Facts one = Facts.builder().set("x", true).build();
    Facts two = Facts.builder().set("x", false).build();

    for (Facts f : List.of(one, one, two, one, two, two)) {
      assertThat(FactsHash.of(f)).isEqualTo(Hashing.sha256().hashString(f.toJson(), StandardCharsets.UTF_8).toString());
    }
  }

  @Test
  void hashIsSha256OfToJsonWhenTheJsonSpansSeveralBuffersOrNeedsEscaping() {
    Facts.Builder longFacts = Facts.builder();
    for (int i = 0; i < 40; i++) {
      longFacts.set("fact.number-" + i, Set.of("value-" + i, "other-" + i));
    }
    Facts escaped = Facts.builder().set("u", "caf\u00e9").set("v", "line\nbreak").build();

    for (Facts f : List.of(longFacts.build(), escaped)) {
      assertThat(FactsHash.of(f)).isEqualTo(Hashing.sha256().hashString(f.toJson(), StandardCharsets.UTF_8).toString());
    }
  }
}
