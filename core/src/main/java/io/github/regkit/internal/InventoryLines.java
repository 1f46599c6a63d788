package io.github.regkit.internal;

import io.github.regkit.inventory.InventoryLine;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Splits a byte stream into inventory lines, holding at most one line of {@link #MAX_LINE_BYTES}:
 * a longer line is skipped to its end and reported, never buffered whole.
 */
public final class InventoryLines implements Iterator<InventoryLine>, Closeable {
  /** A facts document of the largest size, with room for the id, the date and the members' names. */
  public static final int MAX_LINE_BYTES = FactsJson.MAX_CHARS + 100_000;

  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] buffer = new byte[8192];
  private long number;
  private Optional<InventoryLine> next = Optional.empty();
  private boolean eof;

  public InventoryLines(InputStream in) {
    this.in = in;
  }

  @Override
  public boolean hasNext() {
    while (next.isEmpty() && !eof) {
      next = read();
    }
    return next.isPresent();
  }

  @Override
  public InventoryLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    InventoryLine line = next.get();
    next = Optional.empty();
    return line;
  }

  /** Reads one physical line; empty for a blank line or the end of the stream. */
  private Optional<InventoryLine> read() {
    int length = 0;
    long total = 0;
    boolean any = false;
    try {
      while (true) {
        if (pos == limit) {
          limit = in.read(chunk, 0, chunk.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            eof = true;
            if (!any) {
              return Optional.empty();
            }
            break;
          }
        }
        any = true;
        int start = pos;
        int end = pos;
        boolean newline = false;
        while (end < limit) {
          if (chunk[end] == '\n') {
            newline = true;
            break;
          }
          end++;
        }
        int n = end - start;
        total += n;
        if (length < MAX_LINE_BYTES) {
          int keep = Math.min(n, MAX_LINE_BYTES - length);
          if (length + keep > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, Math.max(length + keep, buffer.length * 2)));
          }
          System.arraycopy(chunk, start, buffer, length, keep);
          length += keep;
        }
        pos = newline ? end + 1 : end;
        if (newline) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the inventory after line " + number, e);
    }
    number++;
    if (total > MAX_LINE_BYTES) {
      shrink();
      return Optional.of(new InventoryLine(number, "", Optional.of(
          "a line of " + total + " bytes; expected at most " + MAX_LINE_BYTES)));
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    if (blank(length)) {
      return Optional.empty();
    }
    String text;
    if (ascii(length)) {
      text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    } else {
      try {
        text = Json.utf8(Arrays.copyOf(buffer, length));
      } catch (Json.BadInput e) {
        shrink();
        return Optional.of(new InventoryLine(number, "", Optional.of(String.valueOf(e.getMessage()))));
      }
    }
    shrink();
    return Optional.of(InventoryLine.of(number, text));
  }

  /** After an exceptionally long line, give the memory back. */
  private void shrink() {
    if (buffer.length > 1 << 20) {
      buffer = new byte[8192];
    }
  }

  private boolean blank(int length) {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Plain ASCII without NUL needs no decoder; anything else goes through the strict one. */
  private boolean ascii(int length) {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
