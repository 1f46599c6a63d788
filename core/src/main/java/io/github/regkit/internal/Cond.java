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

  /** True when every item is. */
  record All(List<Cond> items, Optional<String> label) implements Cond {
    public All {
      items = ImmutableList.copyOf(items);
    }
  }

  /** True when some item is. */
  record Any(List<Cond> items, Optional<String> label) implements Cond {
    public Any {
      items = ImmutableList.copyOf(items);
    }
  }

  /** Negation; unknown stays unknown. */
  record Not(Cond item, Optional<String> label) implements Cond {}

  /**
   * A test of one fact. The operand's type follows the operator: a Boolean, String, BigDecimal or
   * LocalDate for {@link Op#EQUALS}; a list of strings for the set operators and {@link Op#IN}; a
   * LocalDate or BigDecimal for comparisons.
   */
  record FactTest(String factId, Op op, Object operand, Optional<String> label, Parts parts) implements Cond {
    FactTest(String factId, Op op, Object operand, Optional<String> label) {
      this(factId, op, operand, label, Parts.of(factId, op, operand, label));
    }

    /**
     * The fixed parts of this test's trace text, computed once at load: the text is {@code before +
     * given value + after}, and {@code fact} is the trace's fact id.
     */
    record Parts(String before, String after, Optional<String> fact) {
      static Parts of(String factId, Op op, Object operand, Optional<String> label) {
        String generated = factId + " " + op.words + " " + format(operand) + "; given: ";
        return new Parts(label.map(l -> l + " [" + generated).orElse(generated), label.isPresent() ? "]" : "",
            Optional.of(factId));
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
  record AsOfTest(Op op, LocalDate date, Optional<String> label) implements Cond {}

  /** The definition of a legal term. */
  record TermRef(String termId, Optional<String> label, String text, Optional<String> term, Optional<String> citation)
      implements Cond {
    /** A reference to a term with this name and citation; its trace text is computed here, once. */
    static TermRef of(String termId, Optional<String> label, String termName, String termCitation) {
      String named = label.orElse(termName);
      String text = named.contains(termCitation) ? named : named + " (" + termCitation + ")";
      return new TermRef(termId, label, text, Optional.of(termId), Optional.of(termCitation));
    }
  }

  /** A constant, for an absent condition. */
  record Const(boolean value, Optional<String> label) implements Cond {}

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
