package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.Assessment;
import io.github.regkit.AssessmentDiff;
import io.github.regkit.Assessor;
import io.github.regkit.RegkitException;
import io.github.regkit.internal.ImpactTally;
import io.github.regkit.internal.InventoryLines;
import io.github.regkit.internal.OrderedParallel;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a change does to a whole inventory: each arrangement is assessed twice — before and after
 * the change — and {@link io.github.regkit.AssessmentDiff#between} says what changed and why. The change is a
 * date (the same packs as of two dates) or a pack (two assessors, for example the installed pack and
 * a newer one loaded with {@link io.github.regkit.RulePack#fromPath}), or both.
 *
 * <pre>{@code
 * // The end of the contract proviso in 201 CMR 17.03(2)(f)2:
 * ImpactAnalyzer dates = ImpactAnalyzer.builder(assessor)
 *     .dates(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 2)).build();
 * // A new data release:
 * ImpactAnalyzer release = ImpactAnalyzer.builder(assessor)
 *     .after(Assessor.builder().addPack(RulePack.fromPath(Path.of("next/manifest.json"))).build()).build();
 * ImpactSummary summary = release.assessAll(Files.newInputStream(Path.of("inventory.ndjson")), outcome -> {
 *   if (outcome instanceof ArrangementImpact i && !i.isEmpty()) {
 *     System.out.println(i.toJson());
 *   }
 * });
 * }</pre>
 *
 * <p>Runs on every core, outcomes in input order, in constant memory (the summary counts changes by
 * obligation, so it grows with the packs, not with the inventory). Immutable and thread-safe.
 */
public final class ImpactAnalyzer {
  private final Assessor before;
  private final Assessor after;
  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;
  private final Optional<LocalDate> asOf;
  private final int threads;

  private ImpactAnalyzer(Builder b) {
    this.before = b.before;
    this.after = b.after.orElse(b.before);
    this.from = b.from;
    this.to = b.to;
    this.asOf = b.asOf;
    this.threads = b.threads == 0 ? Runtime.getRuntime().availableProcessors() : b.threads;
  }

  /** A builder; {@code before} assesses the arrangements before the change. */
  public static Builder builder(Assessor before) {
    return new Builder(requireNonNull(before, "before"));
  }

  /**
   * The impact on one arrangement, on the calling thread.
   *
   * @param line the line number to report, from 1
   * @throws io.github.regkit.InvalidFactsException when its facts do not fit either vocabulary
   * @throws io.github.regkit.AsOfDateOutOfRangeException when a date is earlier than a pack answers for
   */
  public ArrangementImpact impact(Arrangement arrangement, long line) {
    requireNonNull(arrangement, "arrangement");
    Assessment was = assess(before, arrangement, from);
    Assessment now = assess(after, arrangement, to);
    return new ArrangementImpact(line, arrangement.id(), was.receipt().asOf(), now.receipt().asOf(), AssessmentDiff.between(was, now));
  }

  private Assessment assess(Assessor assessor, Arrangement arrangement, Optional<LocalDate> fixed) {
    Optional<LocalDate> date = fixed.or(arrangement::asOf).or(() -> asOf);
    return date.isPresent() ? assessor.assess(arrangement.facts(), date.get()) : assessor.assess(arrangement.facts());
  }

  /** Reads one line and gives its impact, on the calling thread; throws no {@link RegkitException}. */
  public ImpactOutcome impactLine(InventoryLine line) {
    requireNonNull(line, "line");
    Optional<String> id = Optional.empty();
    try {
      Arrangement arrangement = Arrangement.fromLine(line);
      id = Optional.of(arrangement.id());
      return impact(arrangement, line.number());
    } catch (InvalidArrangementException e) {
      return LineFailure.of(line.number(), e);
    } catch (RegkitException e) {
      return LineFailure.of(line.number(), id, e);
    }
  }

  /**
   * Reads an inventory from the stream and gives every line's impact to the sink, in input order, on
   * the calling thread, unchanged arrangements included ({@link ArrangementImpact#isEmpty()}). The
   * stream is read to its end but not closed.
   *
   * @return how many arrangements each change touches
   * @throws java.io.UncheckedIOException when the stream cannot be read
   * @throws RuntimeException whatever the sink throws, which stops the run
   */
  public ImpactSummary assessAll(InputStream inventory, Consumer<? super ImpactOutcome> sink) {
    requireNonNull(inventory, "inventory");
    return assessLines(new InventoryLines(inventory), sink);
  }

  /** As {@link #assessAll(InputStream, Consumer)}, for lines already read. */
  public ImpactSummary assessLines(Iterator<InventoryLine> lines, Consumer<? super ImpactOutcome> sink) {
    requireNonNull(lines, "lines");
    requireNonNull(sink, "sink");
    ImpactTally tally = new ImpactTally();
    OrderedParallel.run(lines, this::impactLine, line -> line.text().length(), outcome -> {
      if (outcome instanceof ArrangementImpact i) {
        tally.add(i.diff());
      } else {
        tally.failed();
      }
      sink.accept(outcome);
    }, threads);
    return tally.summary();
  }

  /** Options. Each may be set once; setting it again is an {@link IllegalStateException}. */
  public static final class Builder {
    private final Assessor before;
    private Optional<Assessor> after = Optional.empty();
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private Optional<LocalDate> asOf = Optional.empty();
    private int threads;

    private Builder(Assessor before) {
      this.before = before;
    }

    /** The assessor after the change (default: the one before, for a change of date). */
    public Builder after(Assessor assessor) {
      requireNonNull(assessor, "assessor");
      check(after.isEmpty(), "after");
      after = Optional.of(assessor);
      return this;
    }

    /**
     * Assess every arrangement as of {@code from} before the change and {@code to} after it,
     * whatever date its line gives.
     */
    public Builder dates(LocalDate from, LocalDate to) {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      check(this.from.isEmpty(), "dates");
      this.from = Optional.of(from);
      this.to = Optional.of(to);
      return this;
    }

    /**
     * Without {@link #dates}: the as-of date, before and after, for arrangements without their own
     * (default: today by each assessor's clock).
     */
    public Builder asOf(LocalDate date) {
      requireNonNull(date, "date");
      check(asOf.isEmpty(), "asOf");
      asOf = Optional.of(date);
      return this;
    }

    /**
     * How many threads (default: {@link Runtime#availableProcessors()}).
     *
     * @throws IllegalArgumentException when less than 1
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads: expected 1 or more, found " + count);
      }
      check(threads == 0, "threads");
      threads = count;
      return this;
    }

    /**
     * The analyzer.
     *
     * @throws IllegalStateException when there is nothing to compare: no other assessor and no dates
     */
    public ImpactAnalyzer build() {
      if (after.isEmpty() && from.isEmpty()) {
        throw new IllegalStateException("nothing to compare: set dates(from, to), another assessor with after(...), or both");
      }
      return new ImpactAnalyzer(this);
    }

    private static void check(boolean unset, String option) {
      if (!unset) {
        throw new IllegalStateException(option + " was already set");
      }
    }
  }
}
