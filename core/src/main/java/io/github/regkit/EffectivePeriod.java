package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a regulation or obligation is in force: from {@code from} (inclusive) until {@code until}
 * (exclusive), and where those dates come from. An empty bound is open. A pack gives every
 * regulation a start date and a basis; an obligation has its own period only where it differs.
 *
 * <pre>{@code
 * boolean inForce = requirement.obligation().effective().contains(LocalDate.of(2026, 11, 28));
 * }</pre>
 */
public record EffectivePeriod(Optional<LocalDate> from, Optional<LocalDate> until, Optional<String> basis, boolean fromAtLatest) {
  /** In force on every date. */
  public static final EffectivePeriod ALWAYS = new EffectivePeriod(Optional.empty(), Optional.empty(), Optional.empty(), false);

  /**
   * @param from first day in force, inclusive
   * @param until first day no longer in force, exclusive
   * @param basis where the dates come from: the enacting act, or the source that states them
   * @param fromAtLatest {@code from} is not the known start but a date by which the sources show
   *     it in force; on earlier dates whether it was in force is {@link Truth#UNKNOWN}
   * @throws IllegalArgumentException when the period ends on or before it starts, or {@code
   *     fromAtLatest} is set without {@code from}
   */
  public EffectivePeriod {
    requireNonNull(from, "from");
    if (fromAtLatest && from.isEmpty()) {
      throw new IllegalArgumentException("fromAtLatest needs a from date");
    }
    requireNonNull(until, "until");
    requireNonNull(basis, "basis");
    if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
      throw new IllegalArgumentException(
          "effective period must start before it ends: from " + from.get() + ", until " + until.get());
    }
  }

  /** A period with a known start (or none) and no stated basis. */
  public EffectivePeriod(Optional<LocalDate> from, Optional<LocalDate> until) {
    this(from, until, Optional.empty(), false);
  }

  /**
   * Whether the period certainly covers {@code date}: false also on dates before a {@code from}
   * that is only a latest date ({@link #inForce} says UNKNOWN there).
   */
  public boolean contains(LocalDate date) {
    return (from.isEmpty() || !date.isBefore(from.get())) && (until.isEmpty() || date.isBefore(until.get()));
  }

  /**
   * Whether the instrument is in force on {@code date}: TRUE inside the period, FALSE after it
   * ends or before a known start, UNKNOWN before a start that the sources give only as a latest
   * date ({@link #fromAtLatest()}).
   */
  public Truth inForce(LocalDate date) {
    if (contains(date)) {
      return Truth.TRUE;
    }
    boolean beforeStart = from.isPresent() && date.isBefore(from.get());
    return beforeStart && fromAtLatest && (until.isEmpty() || date.isBefore(until.get())) ? Truth.UNKNOWN : Truth.FALSE;
  }

  @Override
  public String toString() {
    return "from " + from.map(d -> fromAtLatest ? d + " at the latest" : d.toString()).orElse("the beginning")
        + " until " + until.map(LocalDate::toString).orElse("further notice");
  }
}
