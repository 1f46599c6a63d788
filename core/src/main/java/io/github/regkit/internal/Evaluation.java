package io.github.regkit.internal;

import io.github.regkit.Facts;
import io.github.regkit.Term;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one pack's conditions over one set of facts on one date, in Kleene three-valued logic.
 * Every branch is evaluated, never stopping at the first unknown, so the trace names every fact
 * that blocks a verdict. Terms are evaluated once and their traces shared.
 */
final class Evaluation {
  private final CompiledPack pack;
  private final Facts facts;
  private final LocalDate asOf;
  private final Map<String, Trace> termTraces = new HashMap<>();

  Evaluation(CompiledPack pack, Facts facts, LocalDate asOf) {
    this.pack = pack;
    this.facts = facts;
    this.asOf = asOf;
  }

  Trace eval(Cond cond) {
    if (cond instanceof Cond.All all) {
      return combine(all.items(), true, all.label().orElse("all of the following"));
    } else if (cond instanceof Cond.Any any) {
      return combine(any.items(), false, any.label().orElse("any of the following"));
    } else if (cond instanceof Cond.Not not) {
      Trace inner = eval(not.item());
      return node(inner.result().not(), not.label().orElse("not the following"), List.of(inner));
    } else if (cond instanceof Cond.FactTest test) {
      return factTest(test);
    } else if (cond instanceof Cond.AsOfTest test) {
      int cmp = asOf.compareTo(test.date());
      String text = "the assessment date " + asOf + " " + test.op().words + " " + test.date();
      return Trace.of(Truth.of(test.op().accepts(cmp)), test.label().map(l -> l + " [" + text + "]").orElse(text));
    } else if (cond instanceof Cond.TermRef ref) {
      // Not computeIfAbsent: a term's definition may refer to other terms, and a HashMap must not be
      // modified from inside its own computeIfAbsent (ConcurrentModificationException).
      Trace definition = termTraces.get(ref.termId());
      if (definition == null) {
        definition = eval(pack.terms().get(ref.termId()).definition());
        termTraces.put(ref.termId(), definition);
      }
      Term term = pack.terms().get(ref.termId()).term();
      String named = ref.label().orElse(term.name());
      String text = named.contains(term.citation()) ? named : named + " (" + term.citation() + ")";
      return new Trace(definition.result(), text, Optional.empty(), Optional.of(term.id()), Optional.of(term.citation()), List.of(definition));
    } else if (cond instanceof Cond.Const c) {
      return Trace.of(Truth.of(c.value()), c.label().orElse(c.value() ? "always" : "never"));
    }
    throw new IllegalStateException("unknown condition " + cond.getClass());
  }

  private Trace combine(List<Cond> items, boolean conjunction, String text) {
    List<Trace> children = new ArrayList<>(items.size());
    Truth result = conjunction ? Truth.TRUE : Truth.FALSE;
    for (Cond item : items) {
      Trace child = eval(item);
      children.add(child);
      result = conjunction ? result.and(child.result()) : result.or(child.result());
    }
    return node(result, text, children);
  }

  private static Trace node(Truth result, String text, List<Trace> children) {
    return new Trace(result, text, Optional.empty(), Optional.empty(), Optional.empty(), children);
  }

  private Trace factTest(Cond.FactTest test) {
    Optional<Object> value = facts.get(test.factId());
    Truth result = value.map(v -> Truth.of(holds(test, v))).orElse(Truth.UNKNOWN);
    String generated = test.factId() + " " + test.op().words + " " + format(test.operand())
        + "; given: " + value.map(Evaluation::format).orElse("unknown");
    String text = test.label().map(l -> l + " [" + generated + "]").orElse(generated);
    return new Trace(result, text, Optional.of(test.factId()), Optional.empty(), Optional.empty(), List.of());
  }

  @SuppressWarnings("unchecked")
  private static boolean holds(Cond.FactTest test, Object actual) {
    Object operand = test.operand();
    return switch (test.op()) {
      case EQUALS -> actual instanceof BigDecimal a ? a.compareTo((BigDecimal) operand) == 0 : actual.equals(operand);
      case IN -> ((Collection<String>) operand).contains(actual);
      case CONTAINS -> ((Set<String>) actual).contains(operand);
      case CONTAINS_ANY -> ((Collection<String>) operand).stream().anyMatch(((Set<String>) actual)::contains);
      case CONTAINS_ALL -> ((Set<String>) actual).containsAll((Collection<String>) operand);
      case BEFORE, ON_OR_BEFORE, AFTER, ON_OR_AFTER -> test.op().accepts(((LocalDate) actual).compareTo((LocalDate) operand));
      case LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST -> test.op().accepts(((BigDecimal) actual).compareTo((BigDecimal) operand));
    };
  }

  private static String format(Object value) {
    if (value instanceof Collection<?> c) {
      return c.toString();
    } else if (value instanceof BigDecimal n) {
      return n.toPlainString();
    }
    return String.valueOf(value);
  }
}
