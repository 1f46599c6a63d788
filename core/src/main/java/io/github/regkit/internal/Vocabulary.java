package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regkit.FactDefinition;
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

  private Vocabulary(ImmutableMap<String, FactDefinition> definitions, List<String> packIds) {
    this.definitions = definitions;
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
    List<String> problems = new ArrayList<>();
    for (CompiledPack pack : packs) {
      for (FactDefinition fact : pack.facts().values()) {
        FactDefinition previous = merged.putIfAbsent(fact.id(), fact);
        if (previous == null) {
          declaredBy.put(fact.id(), pack.id());
        } else if (previous.type() != fact.type() || !valueIds(previous).equals(valueIds(fact))) {
          problems.add("fact '" + fact.id() + "' is declared by pack " + declaredBy.get(fact.id()) + " as "
              + previous.type() + " " + valueIds(previous) + " and by pack " + pack.id() + " as "
              + fact.type() + " " + valueIds(fact) + "; expected the same type and values");
        }
      }
    }
    List<String> ids = packs.stream().map(CompiledPack::id).toList();
    if (!problems.isEmpty()) {
      throw new InvalidRulePackException("packs " + ids, problems);
    }
    return new Vocabulary(ImmutableMap.copyOf(merged), ids);
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
    List<String> problems = new ArrayList<>();
    boolean changed = false;
    for (Map.Entry<String, Object> e : facts.asMap().entrySet()) {
      String id = e.getKey();
      FactDefinition def = definitions.get(id);
      if (def == null) {
        problems.add("fact " + Redaction.show(id) + " is not in the vocabulary of packs " + packIds
            + suggestion(id) + "; expected a declared fact id");
        continue;
      }
      Object value = e.getValue();
      String problem = check(def, allowed.getOrDefault(id, ImmutableSet.of()), value);
      if (problem != null) {
        problems.add("fact '" + id + "': " + problem);
      } else {
        changed |= normalize(def, value) != value;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(problems);
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
  private static @Nullable String check(FactDefinition def, ImmutableSet<String> allowed, Object value) {
    return switch (def.type()) {
      case BOOLEAN -> value instanceof Boolean ? null : "expected true or false, found " + describe(value);
      case NUMBER -> value instanceof BigDecimal ? null : "expected a number, found " + describe(value);
      case DATE -> {
        if (value instanceof LocalDate) {
          yield null;
        }
        if (value instanceof String s) {
          try {
            LocalDate.parse(s);
            yield null;
          } catch (DateTimeParseException ex) {
            yield Redaction.show(s) + " is not a valid date; expected a calendar date yyyy-MM-dd";
          }
        }
        yield "expected a date yyyy-MM-dd, found " + describe(value);
      }
      case ONE_OF -> {
        if (!(value instanceof String s)) {
          yield "expected one of " + valueIds(def) + ", found " + describe(value);
        }
        yield allowed.contains(s) ? null : Redaction.show(s) + " is not an allowed value; expected one of " + valueIds(def);
      }
      case SET_OF -> {
        if (!(value instanceof Set<?> set)) {
          yield "expected an array of values from " + valueIds(def) + ", found " + describe(value);
        }
        List<String> unknown = new ArrayList<>();
        for (Object o : set) {
          if (!allowed.contains((String) o)) {
            unknown.add(Redaction.show((String) o));
          }
        }
        yield unknown.isEmpty() ? null : String.join(", ", unknown) + (unknown.size() == 1 ? " is not an allowed value" : " are not allowed values") + "; expected values from " + valueIds(def);
      }
    };
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
    return "the text " + Redaction.show(value.toString());
  }

  private String suggestion(String id) {
    String best = null;
    int bestDistance = 4;
    for (String candidate : definitions.keySet()) {
      int d = distance(id, candidate, bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** Levenshtein distance, giving up at {@code limit}. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit || a.length() > 200) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static List<String> valueIds(FactDefinition def) {
    return def.values().stream().map(FactDefinition.AllowedValue::id).collect(ImmutableList.toImmutableList());
  }
}
