package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import io.github.regkit.Facts;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates one pack's conditions over one set of facts on one date, in Kleene three-valued logic.
 * Every branch is evaluated, never stopping at the first unknown, so the trace names every fact
 * that blocks a verdict.
 *
 * <p>A condition's trace depends only on the condition, the facts and the date, so each condition
 * is evaluated once per evaluation and its (immutable) trace shared wherever the condition occurs:
 * terms, and equal conditions, which the pack reader makes one instance.
 */
final class Evaluation {
  /** The text of an unlabelled combination; a pack's label replaces it. */
  static final String ALL_TEXT = "all of the following";
  static final String ANY_TEXT = "any of the following";
  static final String NOT_TEXT = "not the following";

  private final CompiledPack pack;
  private final LocalDate asOf;
  /** Each condition's trace, by its slot, once evaluated. */
  private final Trace[] traces;
  /** For a fact test's slot, the index of its fact in {@link #values}; -1 for other slots. */
  private final int[] factOfSlot;
  /** The value of each fact the pack tests, by fact index; null when unknown. */
  private final @Nullable Object[] values;
  /** Each fact's value as its leaves hold it, by fact index: one instance shared by the leaves. */
  private final List<Optional<Object>> given;

  /** For a term reference's slot, the term's definition, looked up when the engine is built. */
  private final @Nullable Cond[] termDefinitions;
  /** For a fact test's slot, its trace when the fact is unknown, made once when the engine is built. */
  private final @Nullable Trace[] unknownLeaves;
  /**
   * @param conditions one more than the largest slot of the pack's conditions
   * @param factOfSlot for each slot of a fact test, the index of its fact in {@code factIds}; -1 otherwise
   * @param factIds the facts the pack's conditions test
   */
  Evaluation(CompiledPack pack, Facts facts, LocalDate asOf, int conditions, int[] factOfSlot, List<String> factIds,
      @Nullable Trace[] unknownLeaves, @Nullable Cond[] termDefinitions) {
    this.pack = pack;
    this.termDefinitions = termDefinitions;
    this.unknownLeaves = unknownLeaves;
    this.asOf = asOf;
    this.traces = new Trace[conditions];
    this.factOfSlot = factOfSlot;
    Map<String, Object> known = facts.asMap();
    this.values = new Object[factIds.size()];
    List<Optional<Object>> held = new java.util.ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      values[i] = known.get(factIds.get(i));
      held.add(Optional.ofNullable(values[i]));
    }
    this.given = held;
  }

  Trace eval(Cond cond) {
    int slot = cond.slot().index();
    Trace trace = traces[slot];
    if (trace == null) {
      trace = evaluate(cond);
      traces[slot] = trace;
    }
    return trace;
  }

  private Trace evaluate(Cond cond) {
    if (cond instanceof Cond.FactTest test) {
      return factTest(test);
    } else if (cond instanceof Cond.TermRef ref) {
      // PackReader loads no pack with a dangling term reference.
      Cond resolved = termDefinitions[ref.slot().index()];
      Trace definition = eval(resolved != null ? resolved
          : Objects.requireNonNull(pack.terms().get(ref.termId()), ref.termId()).definition());
      return new Trace(definition.result(), Trace.Kind.TERM, ref.text(), Optional.empty(), ref.term(), ref.citation(), ImmutableList.of(definition));
    } else if (cond instanceof Cond.All all) {
      return combine(all.items(), true, all.label().orElse(ALL_TEXT));
    } else if (cond instanceof Cond.Any any) {
      return combine(any.items(), false, any.label().orElse(ANY_TEXT));
    } else if (cond instanceof Cond.Not not) {
      Trace inner = eval(not.item());
      return node(inner.result().not(), Trace.Kind.NOT, not.label().orElse(NOT_TEXT), ImmutableList.of(inner));
    } else if (cond instanceof Cond.AsOfTest test) {
      boolean holds = test.op().accepts(asOf.compareTo(test.date()));
      // Said as it is on this date ("is not before" when it fails), so the bracket never reads false.
      String words = holds ? test.op().words : test.op().words.replaceFirst("^is ", "is not ");
      String text = "the assessment date " + asOf + " " + words + " " + test.date();
      return Trace.of(Truth.of(holds), Trace.Kind.DATE, test.label().map(l -> l + " [" + text + "]").orElse(text));
    } else if (cond instanceof Cond.Const c) {
      return Trace.of(Truth.of(c.value()), Trace.Kind.CONSTANT, c.label().orElse(c.value() ? "always" : "never"));
    }
    throw new IllegalStateException("unknown condition " + cond.getClass());
  }

  private Trace combine(List<Cond> items, boolean conjunction, String text) {
    int size = items.size();
    ImmutableList.Builder<Trace> children = ImmutableList.builderWithExpectedSize(size);
    Truth result = conjunction ? Truth.TRUE : Truth.FALSE;
    for (int i = 0; i < size; i++) {
      Trace child = eval(items.get(i));
      children.add(child);
      result = conjunction ? result.and(child.result()) : result.or(child.result());
    }
    return node(result, conjunction ? Trace.Kind.ALL : Trace.Kind.ANY, text, children.build());
  }

  private static Trace node(Truth result, Trace.Kind kind, String text, ImmutableList<Trace> children) {
    return new Trace(result, kind, text, Optional.empty(), Optional.empty(), Optional.empty(), children);
  }

  private Trace factTest(Cond.FactTest test) {
    int slot = test.slot().index();
    int fact = factOfSlot[slot];
    Object value = values[fact];
    if (value == null) {
      Trace unknown = unknownLeaves[slot];
      if (unknown != null) {
        return unknown;
      }
    }
    // Traces of known values are not kept beyond this assessment: the assessor holds no fact values.
    return leaf(test, fact, value);
  }

  private Trace leaf(Cond.FactTest test, int fact, @Nullable Object value) {
    if (value == null) {
      return unknownLeaf(test);
    }
    Cond.FactTest.Parts parts = test.parts();
    return new Trace(Truth.of(holds(test, value)), Trace.Kind.FACT, parts.text(), parts.fact(), given.get(fact),
        Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /** The trace of a fact test whose fact is unknown. */
  static Trace unknownLeaf(Cond.FactTest test) {
    Cond.FactTest.Parts parts = test.parts();
    return new Trace(Truth.UNKNOWN, Trace.Kind.FACT, parts.text(), parts.fact(), Optional.empty(), Optional.empty(),
        Optional.empty(), ImmutableList.of());
  }

  @SuppressWarnings("unchecked")
  static boolean holds(Cond.FactTest test, Object actual) {
    Object operand = test.operand();
    return switch (test.op()) {
      case EQUALS -> actual instanceof BigDecimal a ? a.compareTo((BigDecimal) operand) == 0 : oneOfEquals(actual, operand);
      case IN -> ((Collection<String>) operand).contains(actual instanceof LocalDate d ? d.toString() : actual);
      case CONTAINS -> ((Set<String>) actual).contains(operand);
      case CONTAINS_ANY -> containsAny((Set<String>) actual, (List<String>) operand);
      case CONTAINS_ALL -> ((Set<String>) actual).containsAll((Collection<String>) operand);
      case BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER -> test.op().accepts(((LocalDate) actual).compareTo((LocalDate) operand));
      case LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST -> test.op().accepts(((BigDecimal) actual).compareTo((BigDecimal) operand));
    };
  }

  /**
   * Whether a value equals an operand. A one-of value shaped like a date arrives as a date (facts read
   * such text as dates); against a one-of operand, which is text, it is compared as that text.
   */
  private static boolean oneOfEquals(Object actual, Object operand) {
    return (actual instanceof LocalDate d && operand instanceof String s) ? d.toString().equals(s) : actual.equals(operand);
  }

  private static boolean containsAny(Set<String> actual, List<String> wanted) {
    for (int i = 0; i < wanted.size(); i++) {
      if (actual.contains(wanted.get(i))) {
        return true;
      }
    }
    return false;
  }
}
