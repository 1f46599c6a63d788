package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One line of an inventory file as read, before it is parsed: see {@link InventoryReader} and
 * {@link Arrangement#fromLine(InventoryLine)}.
 *
 * <pre>{@code
 * Arrangement a = Arrangement.fromLine(InventoryLine.of(1, "{\"id\": \"crm-1\", \"facts\": {}}"));
 * }</pre>
 *
 * <p>{@link #toString()} shows the line number and length only: the text holds facts, which can be
 * personal information.
 *
 * @param number the line number in the file, from 1
 * @param text the line without its line break; empty when {@code problem} is present
 * @param problem why the line could not be read as text (longer than {@value
 *     InventoryReader#MAX_LINE_BYTES} bytes, or not UTF-8), or empty
 */
public record InventoryLine(long number, String text, Optional<String> problem) {
  public InventoryLine {
    if (number < 1) {
      throw new IllegalArgumentException("line number: expected 1 or more, found " + number);
    }
    requireNonNull(text, "text");
    requireNonNull(problem, "problem");
    if (problem.isPresent() && !text.isEmpty()) {
      throw new IllegalArgumentException("line " + number + ": an unreadable line has no text");
    }
  }

  /** A line read as text. */
  public static InventoryLine of(long number, String text) {
    return new InventoryLine(number, text, Optional.empty());
  }

  @Override
  public String toString() {
    return problem.isPresent()
        ? "InventoryLine[" + number + ", unreadable: " + problem.get() + "]"
        : "InventoryLine[" + number + ", " + text.length() + " characters]";
  }
}
