package io.github.regkit.internal;

import io.github.regkit.Facts;
import io.github.regkit.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides one pack's conditions over one set of facts on one date, in Kleene three-valued logic,
 * without building a trace: the verdicts-first half of an assessment. Gives the result that {@link
 * Evaluation} gives for every condition (the same rules, the same order), and each condition is
 * decided once per assessment, by its slot.
 */
final class Decision {
  /** The results as stored: index 0 is "not yet decided". */
  private static final Truth[] TRUTHS = {Truth.TRUE, Truth.TRUE, Truth.FALSE, Truth.UNKNOWN};

  private final CompiledPack pack;
  private final LocalDate asOf;
  /** Each condition's result by its slot: 0 when not yet decided, else 1 true, 2 false, 3 unknown. */
  private final byte[] results;
  private final int[] factOfSlot;
  private final @Nullable Object[] values;
  private final @Nullable Cond[] termDefinitions;

  Decision(CompiledPack pack, Facts facts, LocalDate asOf, int conditions, int[] factOfSlot, List<String> factIds,
      @Nullable Cond[] termDefinitions) {
    this.pack = pack;
    this.asOf = asOf;
    this.results = new byte[conditions];
    this.factOfSlot = factOfSlot;
    this.termDefinitions = termDefinitions;
    Map<String, Object> known = facts.asMap();
    this.values = new Object[factIds.size()];
    this.marks = new int[factIds.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = known.get(factIds.get(i));
    }
  }

  Truth eval(Cond cond) {
    int slot = cond.slot().index();
    byte r = results[slot];
    if (r != 0) {
      return TRUTHS[r];
    }
    Truth t = decide(cond);
    results[slot] = switch (t) {
      case TRUE -> (byte) 1;
      case FALSE -> (byte) 2;
      case UNKNOWN -> (byte) 3;
    };
    return t;
  }

  private Cond definition(Cond.TermRef ref) {
    Cond resolved = termDefinitions[ref.slot().index()];
    return resolved != null ? resolved : Objects.requireNonNull(pack.terms().get(ref.termId()), ref.termId()).definition();
  }

  private Truth decide(Cond cond) {
    if (cond instanceof Cond.FactTest test) {
      Object value = values[factOfSlot[test.slot().index()]];
      return value == null ? Truth.UNKNOWN : Truth.of(Evaluation.holds(test, value));
    } else if (cond instanceof Cond.TermRef ref) {
      return eval(definition(ref));
    } else if (cond instanceof Cond.All all) {
      // Every item is decided, as the trace evaluates every branch: the results are the same.
      List<Cond> items = all.items();
      Truth result = Truth.TRUE;
      for (int i = 0; i < items.size(); i++) {
        result = result.and(eval(items.get(i)));
      }
      return result;
    } else if (cond instanceof Cond.Any any) {
      List<Cond> items = any.items();
      Truth result = Truth.FALSE;
      for (int i = 0; i < items.size(); i++) {
        result = result.or(eval(items.get(i)));
      }
      return result;
    } else if (cond instanceof Cond.Not not) {
      return eval(not.item()).not();
    } else if (cond instanceof Cond.AsOfTest test) {
      return Truth.of(test.op().accepts(asOf.compareTo(test.date())));
    } else if (cond instanceof Cond.Const c) {
      return Truth.of(c.value());
    }
    throw new IllegalStateException("unknown condition " + cond.getClass());
  }

  /** Whether every one of these facts (indices in the pack's tested facts) is unknown. */
  boolean allUnknown(int[] facts) {
    for (int fact : facts) {
      if (values[fact] != null) {
        return false;
      }
    }
    return true;
  }

  /** For {@link #blocking(Cond, int, int[], int)}: the stamp each fact was last listed under. */
  private final int[] marks;
  private int stamp;

  /** A new stamp: facts listed under earlier stamps may be listed again. */
  int newStamp() {
    return ++stamp;
  }

  /**
   * Lists the facts (by their index in the pack's tested facts) behind the unknown fact tests
   * reached through unknown conditions only, in the order a trace lists them, each once per stamp,
   * into {@code out} from {@code count}; returns the new count. What {@code Engine.blockingFacts}
   * finds in the condition's trace, without the trace.
   */
  int blocking(Cond cond, int stamp, int[] out, int count) {
    if (eval(cond) != Truth.UNKNOWN) {
      return count;
    }
    if (cond instanceof Cond.FactTest test) {
      int fact = factOfSlot[test.slot().index()];
      if (marks[fact] != stamp) {
        marks[fact] = stamp;
        out[count++] = fact;
      }
      return count;
    } else if (cond instanceof Cond.TermRef ref) {
      return blocking(definition(ref), stamp, out, count);
    } else if (cond instanceof Cond.All all) {
      List<Cond> items = all.items();
      for (int i = 0; i < items.size(); i++) {
        count = blocking(items.get(i), stamp, out, count);
      }
    } else if (cond instanceof Cond.Any any) {
      List<Cond> items = any.items();
      for (int i = 0; i < items.size(); i++) {
        count = blocking(items.get(i), stamp, out, count);
      }
    } else if (cond instanceof Cond.Not not) {
      return blocking(not.item(), stamp, out, count);
    }
    return count;
  }

  /**
   * Adds the facts behind the unknown fact tests reached through unknown conditions only, in the
   * order a trace lists them: what {@code Engine.blockingFacts} finds in the condition's trace.
   */
  void blocking(Cond cond, Set<String> out) {
    if (eval(cond) != Truth.UNKNOWN) {
      return;
    }
    if (cond instanceof Cond.FactTest test) {
      out.add(test.factId());
    } else if (cond instanceof Cond.TermRef ref) {
      blocking(definition(ref), out);
    } else if (cond instanceof Cond.All all) {
      for (Cond item : all.items()) {
        blocking(item, out);
      }
    } else if (cond instanceof Cond.Any any) {
      for (Cond item : any.items()) {
        blocking(item, out);
      }
    } else if (cond instanceof Cond.Not not) {
      blocking(not.item(), out);
    }
  }
}
