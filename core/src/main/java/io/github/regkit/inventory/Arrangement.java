package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.Facts;
import io.github.regkit.internal.InventoryJson;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One vendor arrangement of an inventory: the caller's id for it, the date to read the law as of
 * (when the arrangement has its own), and the facts.
 *
 * <pre>{@code
 * Arrangement a = Arrangement.of("helpdesk-eu", facts);
 * String line = a.toJson();   // {"id":"helpdesk-eu","facts":{...}}
 * }</pre>
 *
 * <p>{@link #toString()} names the facts but not their values, which can be personal information.
 *
 * @param id the caller's id: 1 to {@value #MAX_ID_LENGTH} characters, no control characters. Ids are
 *     not checked for uniqueness across an inventory (that would take memory in proportion to it);
 *     results carry the line number as well.
 * @param asOf the date to read the law as of; empty to use the run's date
 * @param facts what is known about the arrangement; checked against the vocabulary when assessed
 */
public record Arrangement(String id, Optional<LocalDate> asOf, Facts facts) {
  /** The longest id, in characters. */
  public static final int MAX_ID_LENGTH = 200;

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException when the id is empty, longer than {@value #MAX_ID_LENGTH}
   *     characters, or holds a control character
   */
  public Arrangement {
    requireNonNull(id, "id");
    requireNonNull(asOf, "asOf");
    requireNonNull(facts, "facts");
    if (!InventoryJson.validId(id)) {
      throw new IllegalArgumentException("id: expected 1 to " + MAX_ID_LENGTH
          + " characters without control characters, found " + id.length() + " characters");
    }
  }

  /** An arrangement assessed as of the run's date. */
  public static Arrangement of(String id, Facts facts) {
    return new Arrangement(id, Optional.empty(), facts);
  }

  /** An arrangement assessed as of its own date. */
  public static Arrangement of(String id, LocalDate asOf, Facts facts) {
    return new Arrangement(id, Optional.of(requireNonNull(asOf, "asOf")), facts);
  }

  /**
   * Reads one inventory line: a JSON object with a string {@code id}, an optional {@code asOf}
   * ({@code yyyy-MM-dd}) and a {@code facts} object, and nothing else. Facts are read as {@link
   * Facts#fromJson(String)} reads them; they are checked against a vocabulary only when assessed.
   *
   * @throws InvalidArrangementException when the line is not such an object; the message names the
   *     id when one could be read, and what was expected
   */
  public static Arrangement fromJson(String line) {
    requireNonNull(line, "line");
    return InventoryJson.parse(line, OptionalLong.empty());
  }

  /**
   * Reads a line from an {@link InventoryReader}.
   *
   * @throws InvalidArrangementException naming the line number, the id when one could be read, and
   *     what was expected
   */
  public static Arrangement fromLine(InventoryLine line) {
    requireNonNull(line, "line");
    if (line.problem().isPresent()) {
      throw new InvalidArrangementException(OptionalLong.of(line.number()), Optional.empty(), line.problem().get());
    }
    return InventoryJson.parse(line.text(), OptionalLong.of(line.number()));
  }

  /**
   * This arrangement as one line of compact JSON, without the line break: members {@code id},
   * {@code asOf} (when present) and {@code facts} (sorted by fact id). {@link #fromJson(String)}
   * reads it back to an equal arrangement.
   */
  public String toJson() {
    return InventoryJson.write(this);
  }
}
