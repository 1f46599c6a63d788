package io.github.regkit;

/**
 * The type of a fact's value, which fixes what a caller may supply for it.
 *
 * <pre>{@code
 * boolean multipleChoice = assessor.findFact("data.elements")
 *     .map(f -> f.type() == FactType.SET_OF)
 *     .orElse(false);
 * }</pre>
 */
public enum FactType {
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** Exactly one of the fact's allowed values. */
  ONE_OF,
  /** A complete set of the fact's allowed values (possibly empty). */
  SET_OF,
  /** A calendar date, written {@code yyyy-MM-dd} in JSON. */
  DATE,
  /** A decimal number. */
  NUMBER
}
