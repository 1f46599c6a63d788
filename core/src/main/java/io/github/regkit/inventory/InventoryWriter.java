package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes an inventory: one arrangement a line, UTF-8, each line ending in {@code \n}, in constant
 * memory. Each line is composed whole before it is written, so an arrangement that cannot be
 * written leaves nothing of itself behind. Not thread-safe.
 *
 * <pre>{@code
 * try (InventoryWriter out = InventoryWriter.of(Files.newOutputStream(Path.of("inventory.ndjson")))) {
 *   out.write(Arrangement.of("helpdesk-eu", facts));
 * }
 * }</pre>
 */
public final class InventoryWriter implements Closeable, Flushable {
  private final Writer out;

  private InventoryWriter(Writer out) {
    this.out = out;
  }

  /** A writer to this stream, buffered; {@link #close()} closes it. */
  public static InventoryWriter of(OutputStream out) {
    requireNonNull(out, "out");
    return new InventoryWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
  }

  /**
   * Writes one arrangement as a line.
   *
   * @throws UncheckedIOException when the stream cannot be written
   */
  public void write(Arrangement arrangement) {
    String line = requireNonNull(arrangement, "arrangement").toJson() + "\n";
    try {
      out.write(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes out what is buffered. */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
