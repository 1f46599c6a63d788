package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a regulation or obligation is in force: from {@code from} (inclusive) until {@code until}
 * (exclusive). An empty bound is open.
 *
 * <pre>{@code
 * boolean inForce = requirement.obligation().effective().contains(LocalDate.of(2026, 11, 28));
 * }</pre>
 */
public record EffectivePeriod(Optional<LocalDate> from, Optional<LocalDate> until) {
  /** In force on every date. */
  public static final EffectivePeriod ALWAYS = new EffectivePeriod(Optional.empty(), Optional.empty());

  public EffectivePeriod {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new IllegalArgumentException(
          "effective period must start before it ends: from " + from.get() + ", until " + until.get());
    }
  }

  /** Whether the period covers {@code date}. */
  public boolean contains(LocalDate date) {
    return (from.isEmpty() || !date.isBefore(from.get())) && (until.isEmpty() || date.isBefore(until.get()));
  }

  @Override
  public String toString() {
    return "from " + from.map(LocalDate::toString).orElse("the beginning")
        + " until " + until.map(LocalDate::toString).orElse("further notice");
  }
}
