package io.github.regkit.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regkit.FactDefinition;
import io.github.regkit.FactProblem;
import io.github.regkit.FactProblem.Kind;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.InvalidRulePackException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The facts an assessor's packs declare together, and the check of facts against them. */
public final class Vocabulary {
  private final ImmutableMap<String, FactDefinition> definitions;
  /** The allowed value ids of each one-of and set-of fact, for checks in constant time. */
  private final ImmutableMap<String, ImmutableSet<String>> allowed;
  private final ImmutableMap<String, Integer> positions;
  private final List<String> packIds;
  /** Fact ids earlier data versions had: the problem of each, with what replaced it and the pack that says so. */
  private final ImmutableMap<String, FactProblem> retired;

  private Vocabulary(ImmutableMap<String, FactDefinition> definitions, List<String> packIds, ImmutableMap<String, FactProblem> retired) {
    this.definitions = definitions;
    this.retired = retired;
    this.allowed = definitions.values().stream().collect(ImmutableMap.toImmutableMap(FactDefinition::id,
        d -> d.values().stream().map(FactDefinition.AllowedValue::id).collect(ImmutableSet.toImmutableSet())));
    this.packIds = packIds;
    ImmutableMap.Builder<String, Integer> order = ImmutableMap.builder();
    int i = 0;
    for (String id : definitions.keySet()) {
      order.put(id, i++);
    }
    this.positions = order.build();
  }

  /**
   * Merges the packs' vocabularies. A fact declared by several packs must have the same type and
   * allowed values in each, so that one value means the same thing to all of them.
   */
  public static Vocabulary of(List<CompiledPack> packs) {
    Map<String, FactDefinition> merged = new LinkedHashMap<>();
    Map<String, String> declaredBy = new LinkedHashMap<>();
    Problems problems = new Problems();
    for (CompiledPack pack : packs) {
      for (FactDefinition fact : pack.facts().values()) {
        FactDefinition previous = merged.putIfAbsent(fact.id(), fact);
        if (previous == null) {
          declaredBy.put(fact.id(), pack.id());
        } else if (!sameMeaning(previous, fact)) {
          problems.add("fact '" + fact.id() + "' is declared by pack " + declaredBy.get(fact.id()) + " as "
              + previous.type() + " " + valueIds(previous) + " and by pack " + pack.id() + " as "
              + fact.type() + " " + valueIds(fact) + "; expected the same type and values");
        }
      }
    }
    List<String> ids = packs.stream().map(CompiledPack::id).toList();
    if (!problems.isEmpty()) {
      throw new InvalidRulePackException("packs " + ids, problems.list());
    }
    Map<String, FactProblem> retired = new LinkedHashMap<>();
    for (CompiledPack pack : packs) {
      for (CompiledPack.RetiredFact r : pack.retiredFacts().values()) {
        if (!merged.containsKey(r.id())) {
          retired.putIfAbsent(r.id(), FactProblems.retiredFact(r.id(), r.replacedBy(), retiredMessage(pack, r)));
        }
      }
    }
    return new Vocabulary(ImmutableMap.copyOf(merged), ids, ImmutableMap.copyOf(retired));
  }

  /** What a message says of a fact id that a pack retired: when, why, and what replaced it. */
  static String retiredMessage(CompiledPack pack, CompiledPack.RetiredFact r) {
    return "fact '" + r.id() + "' was retired in pack " + pack.id() + " " + r.since() + ": " + r.note()
        + (r.replacedBy().isEmpty() ? "" : "; expected " + (r.replacedBy().size() == 1 ? "" : "one or more of ")
            + r.replacedBy() + " instead");
  }

  /**
   * Whether two declarations of a fact give a value the same meaning: the same type and the same
   * allowed values in the same order (questions and help texts may differ).
   */
  static boolean sameMeaning(FactDefinition a, FactDefinition b) {
    return a.type() == b.type() && a.values().stream().map(FactDefinition.AllowedValue::id).toList()
        .equals(b.values().stream().map(FactDefinition.AllowedValue::id).toList());
  }

  public List<FactDefinition> definitions() {
    return definitions.values().asList();
  }

  /**
   * The fact's place in the packs' vocabulary, which is the order a form should ask in; unknown ids
   * come last.
   */
  public int position(String factId) {
    Integer position = positions.get(factId);
    return position == null ? Integer.MAX_VALUE : position;
  }

  public Optional<FactDefinition> definition(String factId) {
    return Optional.ofNullable(definitions.get(factId));
  }

  /**
   * Checks every fact and returns them normalised (a date given as text becomes a date).
   *
   * @throws InvalidFactsException naming each fact that does not fit
   */
  public Facts validate(Facts facts) {
    // Facts built in code get the same bounds as facts read from JSON.
    if (facts.size() > FactsJson.MAX_FACTS) {
      throw FactProblems.of(FactProblems.ofInput(FactProblem.Kind.TOO_LARGE, facts.size() + " facts; expected at most " + FactsJson.MAX_FACTS));
    }
    FactProblems problems = new FactProblems();
    int[] suggestionBudget = {MAX_SUGGESTION_CELLS};
    boolean changed = false;
    for (Map.Entry<String, Object> e : facts.asMap().entrySet()) {
      String id = e.getKey();
      FactDefinition def = definitions.get(id);
      if (def == null && retired.containsKey(id)) {
        problems.add(retired.get(id));
        continue;
      }
      if (def == null) {
        Optional<String> suggestion = problems.listsMore() ? suggestion(id, suggestionBudget) : Optional.empty();
        problems.add(FactProblems.unknownFact(id, suggestion, "fact " + Redaction.showId(id) + " is not in the vocabulary of packs " + packIds
            + suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("") + "; expected a declared fact id"));
        continue;
      }
      Object value = e.getValue();
      FactProblem problem = check(def, allowed.getOrDefault(id, ImmutableSet.of()), value);
      if (problem != null) {
        problems.add(problem);
      } else {
        changed |= normalize(def, value) != value;
      }
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    // Facts are immutable: when nothing needs normalising, the caller's facts are the answer.
    if (!changed) {
      return facts;
    }
    Facts.Builder normalized = Facts.builder();
    for (Map.Entry<String, Object> e : facts.asMap().entrySet()) {
      // Every fact was checked against the vocabulary above.
      normalized.setValue(e.getKey(), normalize(Objects.requireNonNull(definitions.get(e.getKey())), e.getValue()));
    }
    return normalized.build();
  }

  /** The problem with the value, or null when it fits the definition. */
  private static @Nullable FactProblem check(FactDefinition def, ImmutableSet<String> allowed, Object value) {
    if (value instanceof String s && s.length() > FactsJson.MAX_TEXT) {
      return problem(Kind.VALUE_TOO_LARGE, def, "a text of " + s.length() + " characters (not shown); expected at most " + FactsJson.MAX_TEXT);
    }
    if (value instanceof Set<?> set && set.size() > FactsJson.MAX_VALUES) {
      return problem(Kind.VALUE_TOO_LARGE, def, "a set of " + set.size() + " values; expected at most " + FactsJson.MAX_VALUES);
    }
    return switch (def.type()) {
      case BOOLEAN -> value instanceof Boolean ? null : problem(Kind.WRONG_TYPE, def, "expected true or false, found " + describe(value));
      case NUMBER -> value instanceof BigDecimal ? null : problem(Kind.WRONG_TYPE, def, "expected a number, found " + describe(value));
      case DATE -> {
        if (value instanceof LocalDate) {
          yield null;
        }
        if (value instanceof String s) {
          try {
            LocalDate.parse(s);
            yield null;
          } catch (DateTimeParseException ex) {
            yield problem(Kind.INVALID_DATE, def, Redaction.show(s) + " is not a valid date; expected a calendar date yyyy-MM-dd");
          }
        }
        yield problem(Kind.WRONG_TYPE, def, "expected a date yyyy-MM-dd, found " + describe(value));
      }
      case ONE_OF -> {
        // Text shaped like a date is read as a date; a one-of value of that shape is still that value.
        String s = value instanceof LocalDate d ? d.toString() : value instanceof String t ? t : null;
        if (s == null) {
          yield problem(Kind.WRONG_TYPE, def, "expected one of " + valueIds(def) + ", found " + describe(value));
        }
        yield allowed.contains(s) ? null
            : problem(Kind.NOT_AN_ALLOWED_VALUE, def, Redaction.show(s) + " is not an allowed value; expected one of " + valueIds(def));
      }
      case SET_OF -> {
        if (!(value instanceof Set<?> set)) {
          yield problem(Kind.WRONG_TYPE, def, "expected an array of values from " + valueIds(def) + ", found " + describe(value));
        }
        List<String> unknown = new ArrayList<>();
        for (Object o : set) {
          if (!allowed.contains((String) o) && unknown.size() <= Problems.MAX_ITEMS_SHOWN) {
            unknown.add(Redaction.show((String) o));
          }
        }
        if (unknown.size() > Problems.MAX_ITEMS_SHOWN) {
          yield problem(Kind.NOT_AN_ALLOWED_VALUE, def,
              "more than " + Problems.MAX_ITEMS_SHOWN + " values are not allowed values; expected values from " + valueIds(def));
        }
        yield unknown.isEmpty() ? null : problem(Kind.NOT_AN_ALLOWED_VALUE, def, String.join(", ", unknown)
            + (unknown.size() == 1 ? " is not an allowed value" : " are not allowed values") + "; expected values from " + valueIds(def));
      }
    };
  }

  /** A problem with a declared fact's value; the message names the fact, then says what is wrong. */
  private static FactProblem problem(Kind kind, FactDefinition def, String what) {
    return FactProblems.ofValue(kind, def, "fact '" + def.id() + "': " + what);
  }

  private static Object normalize(FactDefinition def, Object value) {
    return def.type() == io.github.regkit.FactType.DATE && value instanceof String s ? LocalDate.parse(s) : value;
  }

  private static String describe(Object value) {
    if (value instanceof Boolean) {
      return "a boolean";
    } else if (value instanceof BigDecimal) {
      return "a number";
    } else if (value instanceof LocalDate) {
      return "a date";
    } else if (value instanceof Collection<?>) {
      return "an array";
    }
    String shown = Redaction.show(value.toString());
    return shown.startsWith("'") ? "the text " + shown : "a text of " + value.toString().length() + " characters (not shown)";
  }

  /**
   * A declared id within three edits of {@code id}, as a hint. The work is bounded per call by
   * {@code budget} (cells of the distance table, shared by every unknown id of one call): against
   * a vocabulary of tens of thousands of long ids, the search gives up rather than take seconds.
   */
  private Optional<String> suggestion(String id, int[] budget) {
    return closest(id, definitions.keySet(), budget);
  }

  /** As {@link #suggestion(String, int[])}, among {@code candidates}: " (did you mean 'x'?)" or "". */
  static String suggestion(String id, Iterable<String> candidates, int[] budget) {
    return closest(id, candidates, budget).map(best -> " (did you mean '" + best + "'?)").orElse("");
  }

  /** The candidate nearest {@code id}, within a distance of 3, as far as {@code budget} allows. */
  private static Optional<String> closest(String id, Iterable<String> candidates, int[] budget) {
    String best = null;
    int bestDistance = 4;
    for (String candidate : candidates) {
      if (budget[0] <= 0) {
        break;
      }
      int d = distance(id, candidate, bestDistance, budget);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The most cells of distance tables one validation computes for suggestions (a few milliseconds). */
  static final int MAX_SUGGESTION_CELLS = 2_000_000;

  /**
   * Levenshtein distance, or {@code limit} when it is at least that. Only cells less than {@code
   * limit} from the diagonal are computed (others cannot be below it); every cell written is charged
   * to {@code budget}, and a row whose every cell reaches the limit ends the search.
   */
  static int distance(String a, String b, int limit, int[] budget) {
    if (Math.abs(a.length() - b.length()) >= limit || a.length() > 200) {
      return limit;
    }
    int m = b.length();
    int[] prev = new int[m + 2];
    int[] cur = new int[m + 2];
    budget[0] -= 2 * (m + 2);
    for (int j = 0; j <= m + 1; j++) {
      prev[j] = Math.min(j, limit);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit + 1);
      int to = Math.min(m, i + limit - 1);
      budget[0] -= to - from + 3;
      // Cells just outside the band count as the limit; the rest of the row is never read.
      cur[from - 1] = from == 1 ? Math.min(i, limit) : limit;
      cur[to + 1] = limit;
      int rowMin = cur[from - 1];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(limit, Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** The fact's allowed values as a message lists them: the first 20 and how many more. */
  private static String valueIds(FactDefinition def) {
    return Problems.listed(def.values().stream().map(FactDefinition.AllowedValue::id).toList());
  }
}
