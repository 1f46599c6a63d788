package io.github.regkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackReaderInternTest {
  /**
   * Conditions whose labels share a String.hashCode ("Aa" and "BB") still spread over the intern
   * table: its key hashes with a secret key, so a pack author cannot pile them into one bucket.
   */
  @Test
  void conditionsWithCollidingLabelsGetDifferentInternHashes() {
    Set<Integer> hashes = new HashSet<>();
    for (String label : new String[] {"AaAaAaAa", "AaAaAaBB", "AaAaBBAa", "AaBBAaAa", "BBAaAaAa", "BBBBBBBB"}) {
      assertThat(label.hashCode()).isEqualTo("AaAaAaAa".hashCode());
      Cond.FactTest test = new Cond.FactTest("b", Cond.Op.EQUALS, true, Optional.of(label));
      assertThat(test.hashCode()).isEqualTo(new Cond.FactTest("b", Cond.Op.EQUALS, true, Optional.of("AaAaAaAa")).hashCode());
      hashes.add(new PackReader.InternKey(test).hashCode());
    }

    assertThat(hashes).hasSize(6);
  }

  @Test
  void equalConditionsHaveEqualInternKeys() {
    Cond.FactTest a = new Cond.FactTest("b", Cond.Op.EQUALS, true, Optional.of("label"));
    Cond.FactTest b = new Cond.FactTest("b", Cond.Op.EQUALS, true, Optional.of("label"));

    assertThat(new PackReader.InternKey(a)).isEqualTo(new PackReader.InternKey(b)).hasSameHashCodeAs(new PackReader.InternKey(b));
  }
}
