package io.github.regkit;

/**
 * A value of three-valued (Kleene) logic: a condition can be true, false, or not yet decidable.
 *
 * <pre>{@code
 * Truth t = Truth.TRUE.and(Truth.UNKNOWN); // UNKNOWN
 * }</pre>
 */
public enum Truth {
  /** Holds on the facts given. */
  TRUE,
  /** Does not hold on the facts given. */
  FALSE,
  /** Cannot be decided: a fact it depends on was not given. */
  UNKNOWN;

  /** Kleene conjunction. */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  /** Kleene disjunction. */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  /** Kleene negation: unknown stays unknown. */
  public Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** Truth of a known boolean. */
  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }
}
