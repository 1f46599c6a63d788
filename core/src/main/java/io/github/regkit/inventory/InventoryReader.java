package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.internal.InventoryLines;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads an inventory (UTF-8, one arrangement a line) line by line in constant memory: it holds one
 * line at a time, at most {@value #MAX_LINE_BYTES} bytes. Lines end with {@code \n} or {@code
 * \r\n}; blank lines are skipped but counted, so line numbers are those an editor shows. A line that
 * is too long or not UTF-8 is still returned, with its {@link InventoryLine#problem()}, and reading
 * goes on. Not thread-safe.
 *
 * <pre>{@code
 * try (InventoryReader lines = InventoryReader.of(Files.newInputStream(Path.of("inventory.ndjson")))) {
 *   while (lines.hasNext()) {
 *     Arrangement a = Arrangement.fromLine(lines.next());   // throws InvalidArrangementException
 *   }
 * }
 * }</pre>
 */
public final class InventoryReader implements Iterator<InventoryLine>, Closeable {
  /** The longest line, in bytes: a facts document of the largest size regkit reads, and its envelope. */
  public static final int MAX_LINE_BYTES = InventoryLines.MAX_LINE_BYTES;

  private final InventoryLines lines;

  private InventoryReader(InputStream in) {
    this.lines = new InventoryLines(in);
  }

  /** A reader of this stream; {@link #close()} closes it. */
  public static InventoryReader of(InputStream in) {
    return new InventoryReader(requireNonNull(in, "in"));
  }

  /**
   * Whether another non-blank line follows.
   *
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    return lines.hasNext();
  }

  /**
   * The next non-blank line.
   *
   * @throws NoSuchElementException when there is none
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public InventoryLine next() {
    return lines.next();
  }

  /** The remaining lines as a sequential stream; closing the stream closes this reader. */
  public Stream<InventoryLine> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Closes the stream. */
  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
