package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.Assessor;
import io.github.regkit.RegkitException;
import io.github.regkit.internal.OrderedParallel;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Assesses whole inventories on every core, handing each line's outcome to a sink in input order.
 * Memory stays constant: a bounded number of lines is in flight at once, and nothing is kept after
 * its outcome is handed on.
 *
 * <pre>{@code
 * BatchAssessor batch = BatchAssessor.builder(Assessor.forJurisdiction("US-MA")).build();
 * try (java.io.InputStream in = Files.newInputStream(Path.of("inventory.ndjson"));
 *      java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(Path.of("results.ndjson")))) {
 *   BatchSummary summary = batch.assessAll(in, outcome -> {
 *     if (outcome instanceof ArrangementResult r) {
 *       out.println(r.toJson());
 *     } else if (outcome instanceof LineFailure f) {
 *       System.err.println(f.message());
 *     }
 *   });
 *   System.exit(summary.allSucceeded() ? 0 : 2);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. For a distributed engine's map step, use {@link
 * #assessLine(InventoryLine)} or {@link #assess(Arrangement, long)} with one batch assessor per
 * worker: they run on the calling thread.
 */
public final class BatchAssessor {
  private final Assessor assessor;
  private final Optional<LocalDate> asOf;
  private final int threads;

  private BatchAssessor(Assessor assessor, Optional<LocalDate> asOf, int threads) {
    this.assessor = assessor;
    this.asOf = asOf;
    this.threads = threads;
  }

  /** A builder over this assessor; every option has a default. */
  public static Builder builder(Assessor assessor) {
    return new Builder(requireNonNull(assessor, "assessor"));
  }

  /**
   * Assesses one arrangement on the calling thread, as of its own date, else the batch's date, else
   * today by the assessor's clock.
   *
   * @param line the line number to report, from 1
   * @throws io.github.regkit.InvalidFactsException when its facts do not fit the vocabulary
   * @throws io.github.regkit.AsOfDateOutOfRangeException when its date is earlier than a pack answers for
   */
  public ArrangementResult assess(Arrangement arrangement, long line) {
    requireNonNull(arrangement, "arrangement");
    Optional<LocalDate> date = arrangement.asOf().or(() -> asOf);
    return ArrangementResult.of(line, arrangement.id(),
        date.isPresent() ? assessor.assess(arrangement.facts(), date.get()) : assessor.assess(arrangement.facts()));
  }

  /**
   * Reads and assesses one inventory line on the calling thread. Every problem with the line — it
   * is not an arrangement, its facts do not fit, its date is out of range — becomes a {@link
   * LineFailure}; this method throws no {@link RegkitException}.
   */
  public BatchOutcome assessLine(InventoryLine line) {
    requireNonNull(line, "line");
    Optional<String> id = Optional.empty();
    try {
      Arrangement arrangement = Arrangement.fromLine(line);
      id = Optional.of(arrangement.id());
      return assess(arrangement, line.number());
    } catch (InvalidArrangementException e) {
      return LineFailure.of(line.number(), e);
    } catch (RegkitException e) {
      return LineFailure.of(line.number(), id, e);
    }
  }

  /**
   * Reads an inventory from the stream (see {@link InventoryReader}) and assesses every line on
   * this batch's threads; the sink receives one outcome per non-blank line, in input order, on the
   * calling thread. The stream is read to its end but not closed.
   *
   * @throws java.io.UncheckedIOException when the stream cannot be read
   * @throws RuntimeException whatever the sink throws, which stops the run
   */
  public BatchSummary assessAll(InputStream inventory, Consumer<? super BatchOutcome> sink) {
    requireNonNull(inventory, "inventory");
    requireNonNull(sink, "sink");
    return assessLines(new io.github.regkit.internal.InventoryLines(inventory), sink);
  }

  /**
   * Assesses these lines on this batch's threads; the sink receives one outcome per line, in input
   * order, on the calling thread.
   *
   * @throws RuntimeException whatever the iterator or the sink throws, which stops the run
   */
  public BatchSummary assessLines(Iterator<InventoryLine> lines, Consumer<? super BatchOutcome> sink) {
    requireNonNull(lines, "lines");
    requireNonNull(sink, "sink");
    long[] counts = new long[2];
    OrderedParallel.run(lines, this::assessLine, line -> line.text().length(), outcome -> {
      counts[outcome instanceof LineFailure ? 1 : 0]++;
      sink.accept(outcome);
    }, threads);
    return new BatchSummary(counts[0] + counts[1], counts[0], counts[1]);
  }

  /**
   * Assesses arrangements given as objects on this batch's threads; each is numbered by its position
   * from 1, and the sink receives one outcome per arrangement, in order, on the calling thread. The
   * stream is consumed sequentially and not closed.
   *
   * @throws RuntimeException whatever the stream or the sink throws, which stops the run
   */
  public BatchSummary assessAll(Stream<Arrangement> arrangements, Consumer<? super BatchOutcome> sink) {
    requireNonNull(arrangements, "arrangements");
    requireNonNull(sink, "sink");
    Iterator<Arrangement> source = arrangements.iterator();
    long[] counts = new long[3];
    Iterator<Numbered> numbered = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public Numbered next() {
        return new Numbered(++counts[2], source.next());
      }
    };
    OrderedParallel.<Numbered, BatchOutcome>run(numbered, n -> {
      try {
        return assess(n.arrangement(), n.line());
      } catch (RegkitException e) {
        return LineFailure.of(n.line(), Optional.of(n.arrangement().id()), e);
      }
    }, n -> 256, outcome -> {
      counts[outcome instanceof LineFailure ? 1 : 0]++;
      sink.accept(outcome);
    }, threads);
    return new BatchSummary(counts[0] + counts[1], counts[0], counts[1]);
  }

  private record Numbered(long line, Arrangement arrangement) {}

  /** How many threads a run uses. */
  public int threads() {
    return threads;
  }

  /** Options of a batch. Each may be set once; setting it again is an {@link IllegalStateException}. */
  public static final class Builder {
    private final Assessor assessor;
    private Optional<LocalDate> asOf = Optional.empty();
    private int threads;

    private Builder(Assessor assessor) {
      this.assessor = assessor;
    }

    /** The as-of date for arrangements without their own (default: today by the assessor's clock). */
    public Builder asOf(LocalDate date) {
      requireNonNull(date, "date");
      if (asOf.isPresent()) {
        throw new IllegalStateException("asOf was already set");
      }
      asOf = Optional.of(date);
      return this;
    }

    /**
     * How many threads assess (default: {@link Runtime#availableProcessors()}); 1 assesses on the
     * calling thread.
     *
     * @throws IllegalArgumentException when less than 1
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads: expected 1 or more, found " + count);
      }
      if (threads != 0) {
        throw new IllegalStateException("threads was already set");
      }
      threads = count;
      return this;
    }

    /** The batch assessor. */
    public BatchAssessor build() {
      return new BatchAssessor(assessor, asOf, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }
  }
}
