package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The closed condition language of rule packs. Each node may carry a label in legal terms, which
 * traces show instead of the generated description.
 */
public sealed interface Cond {
  Optional<String> label();

  /** Where this condition's trace is kept during an assessment; not part of its value. */
  Slot slot();

  /**
   * A condition's index in its pack's table of traces, set once when the pack reader keeps the
   * condition. Equal for every slot, so conditions that differ only in slot are equal.
   */
  final class Slot {
    private volatile int index = -1;

    int index() {
      return index;
    }

    void set(int value) {
      index = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Slot;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "slot";
    }
  }

  /** True when every item is. */
  record All(List<Cond> items, Optional<String> label, Slot slot) implements Cond {
    public All {
      items = ImmutableList.copyOf(items);
    }

    All(List<Cond> items, Optional<String> label) {
      this(items, label, new Slot());
    }
  }

  /** True when some item is. */
  record Any(List<Cond> items, Optional<String> label, Slot slot) implements Cond {
    public Any {
      items = ImmutableList.copyOf(items);
    }

    Any(List<Cond> items, Optional<String> label) {
      this(items, label, new Slot());
    }
  }

  /** Negation; unknown stays unknown. */
  record Not(Cond item, Optional<String> label, Slot slot) implements Cond {
    Not(Cond item, Optional<String> label) {
      this(item, label, new Slot());
    }
  }

  /**
   * A test of one fact. The operand's type follows the operator: a Boolean, String, BigDecimal or
   * LocalDate for {@link Op#EQUALS}; a list of strings for the set operators and {@link Op#IN}; a
   * LocalDate or BigDecimal for comparisons.
   */
  record FactTest(String factId, Op op, Object operand, Optional<String> label, Parts parts, Slot slot) implements Cond {
    FactTest(String factId, Op op, Object operand, Optional<String> label) {
      this(factId, op, operand, label, Parts.of(factId, op, operand, label), new Slot());
    }

    /**
     * The fixed parts of this test's trace, computed once at load: its text, which says what is
     * tested and never the value given, and its fact id.
     */
    record Parts(String text, Optional<String> fact) {
      static Parts of(String factId, Op op, Object operand, Optional<String> label) {
        String generated = factId + " " + op.words + " " + format(operand);
        return new Parts(label.map(l -> l + " [" + generated + "]").orElse(generated), Optional.of(factId));
      }
    }
  }

  /** A value as trace texts show it. */
  static String format(Object value) {
    if (value instanceof java.util.Collection<?> c) {
      return c.toString();
    } else if (value instanceof java.math.BigDecimal n) {
      return n.toPlainString();
    }
    return String.valueOf(value);
  }

  /** A comparison of the assessment's as-of date with a fixed date. */
  record AsOfTest(Op op, LocalDate date, Optional<String> label, Slot slot) implements Cond {
    AsOfTest(Op op, LocalDate date, Optional<String> label) {
      this(op, date, label, new Slot());
    }
  }

  /** The definition of a legal term. */
  record TermRef(String termId, Optional<String> label, String text, Optional<String> term, Optional<String> citation,
      Slot slot) implements Cond {
    /** A reference to a term with this name and citation; its trace text is computed here, once. */
    static TermRef of(String termId, Optional<String> label, String termName, String termCitation) {
      String named = label.orElse(termName);
      String text = named.contains(termCitation) ? named : named + " (" + termCitation + ")";
      return new TermRef(termId, label, text, Optional.of(termId), Optional.of(termCitation), new Slot());
    }
  }

  /** A constant, for an absent condition. */
  record Const(boolean value, Optional<String> label, Slot slot) implements Cond {
    Const(boolean value, Optional<String> label) {
      this(value, label, new Slot());
    }
  }

  /** The operators, with the JSON name of each. */
  enum Op {
    EQUALS("equals", "is"),
    IN("in", "is one of"),
    CONTAINS("contains", "includes"),
    CONTAINS_ANY("containsAny", "includes any of"),
    CONTAINS_ALL("containsAll", "includes all of"),
    BEFORE("before", "is before"),
    ON_OR_BEFORE("onOrBefore", "is on or before"),
    AFTER("after", "is after"),
    ON_OR_AFTER("onOrAfter", "is on or after"),
    LESS_THAN("lessThan", "is less than"),
    AT_MOST("atMost", "is at most"),
    GREATER_THAN("greaterThan", "is greater than"),
    AT_LEAST("atLeast", "is at least");

    final String json;
    final String words;

    Op(String json, String words) {
      this.json = json;
      this.words = words;
    }

    static Optional<Op> fromJson(String name) {
      for (Op op : values()) {
        if (op.json.equals(name)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }

    boolean isDateComparison() {
      return this == BEFORE || this == ON_OR_BEFORE || this == AFTER || this == ON_OR_AFTER;
    }

    boolean isNumberComparison() {
      return this == LESS_THAN || this == AT_MOST || this == GREATER_THAN || this == AT_LEAST;
    }

    boolean isSetOperator() {
      return this == CONTAINS || this == CONTAINS_ANY || this == CONTAINS_ALL;
    }

    /** Whether {@code cmp} (the sign of actual compared with operand) satisfies the operator. */
    boolean accepts(int cmp) {
      return switch (this) {
        case BEFORE, LESS_THAN -> cmp < 0;
        case ON_OR_BEFORE, AT_MOST -> cmp <= 0;
        case AFTER, GREATER_THAN -> cmp > 0;
        case ON_OR_AFTER, AT_LEAST -> cmp >= 0;
        default -> throw new IllegalStateException("not a comparison: " + this);
      };
    }
  }

  static Cond always() {
    return new Const(true, Optional.empty());
  }
}
