package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.regkit.internal.FactsJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the caller knows about a situation: fact id to value. A fact that is absent is unknown, and
 * a requirement that hinges on it is reported as {@link Applicability#MAY_APPLY}.
 *
 * <p>Values are {@link Boolean}, {@link String} (one allowed value), a {@link Set} of strings (a
 * complete set of allowed values), {@link LocalDate} or {@link BigDecimal}. Facts are checked
 * against an assessor's vocabulary when assessed, not when built, so one {@code Facts} can be
 * assessed by several assessors.
 *
 * <pre>{@code
 * Facts facts = Facts.builder()
 *     .set("entity.kind", "private-business")
 *     .set("data.elements", Set.of("name", "payment-card"))
 *     .set("vendor.phone-calls", true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable; equal facts have equal {@link #toString()} and the same JSON.
 */
public final class Facts {
  private static final Facts EMPTY = new Facts(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Object> values;

  private Facts(ImmutableSortedMap<String, Object> values) {
    this.values = values;
  }

  /** Facts with nothing known. */
  public static Facts empty() {
    return EMPTY;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /**
   * Reads facts from a JSON object whose members are fact ids. Strings of the form {@code
   * yyyy-MM-dd} are read as dates, arrays as sets, and {@code null} as unknown.
   *
   * @throws InvalidFactsException when the JSON is malformed or a value is not of a supported type
   */
  public static Facts fromJson(String json) {
    requireNonNull(json, "json");
    return FactsJson.read(json);
  }

  /**
   * As {@link #fromJson(String)}, from UTF-8 bytes; the stream is not closed.
   *
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static Facts fromJson(InputStream json) {
    requireNonNull(json, "json");
    return FactsJson.read(json);
  }

  /** These facts as a JSON object, members sorted by fact id. */
  public String toJson() {
    return FactsJson.write(this);
  }

  /** A builder that starts from these facts. */
  public Builder toBuilder() {
    return new Builder(values);
  }

  /** The value of a fact, or empty when it is unknown. */
  public Optional<Object> get(String factId) {
    return Optional.ofNullable(values.get(requireNonNull(factId, "factId")));
  }

  /** Whether the fact is known. */
  public boolean isKnown(String factId) {
    return values.containsKey(requireNonNull(factId, "factId"));
  }

  /** Every known fact, sorted by id. */
  public Map<String, Object> asMap() {
    return values;
  }

  /** Number of known facts. */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Facts other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /**
   * Names the known facts but not their values, which can be personal information; a fact id not
   * shaped like one (a name or a number used as an id by mistake) is shown only by its length.
   */
  @Override
  public String toString() {
    return "Facts" + values.keySet().stream().map(id -> {
      String shown = io.github.regkit.internal.Redaction.showId(id);
      return shown.startsWith("'") ? id : shown;
    }).toList();
  }

  /**
   * Collects fact values. Setting the same fact twice is an {@link IllegalStateException}; use
   * {@link #replace(String, Object)} to answer a fact again.
   */
  public static final class Builder {
    private final TreeMap<String, Object> values;

    private Builder(Map<String, Object> values) {
      this.values = new TreeMap<>(values);
    }

    /** Sets a yes/no fact. */
    public Builder set(String factId, boolean value) {
      return put(factId, value);
    }

    /**
     * Sets a one-of fact to one of its allowed values, or a date fact to {@code yyyy-MM-dd}: text of
     * that form that is a real date is kept as a {@link LocalDate}, exactly as {@link
     * #fromJson(String)} reads it, so equal input gives equal facts either way.
     */
    public Builder set(String factId, String value) {
      return put(factId, FactsJson.textValue(requireNonNull(value, "value")));
    }

    /**
     * Sets a set-of fact to the complete set of values that hold; an empty set means none.
     *
     * @throws IllegalArgumentException when the collection holds something other than strings
     *     (possible through an unchecked cast)
     */
    public Builder set(String factId, Collection<String> values) {
      requireNonNull(values, "values");
      // Checked one by one: a raw collection can hold anything, and sorting it would throw ClassCastException.
      for (Object v : values) {
        requireNonNull(v, () -> "value in set for fact " + factId);
        if (!(v instanceof String)) {
          throw new IllegalArgumentException("fact " + factId + ": a set may hold only strings, found " + typeName(v));
        }
      }
      return put(factId, ImmutableSortedSet.copyOf(values));
    }

    /** Sets a date fact. */
    public Builder set(String factId, LocalDate value) {
      return put(factId, requireNonNull(value, "value"));
    }

    /** Sets a number fact. */
    public Builder set(String factId, long value) {
      return put(factId, BigDecimal.valueOf(value));
    }

    /**
     * Sets a number fact.
     *
     * @throws InvalidFactsException when the number, written out, has more than 100 digits before
     *     or after the decimal point
     */
    public Builder set(String factId, BigDecimal value) {
      requireNonNull(value, "value");
      if (!FactsJson.fitsDigits(value)) {
        throw new InvalidFactsException(java.util.List.of(FactsJson.numberOutOfRange(requireNonNull(factId, "factId"))));
      }
      return put(factId, normalize(value));
    }

    /**
     * Sets a fact from a value of any supported type: {@link Boolean}, {@link String}, {@link
     * Collection} of strings, {@link LocalDate}, or {@link Number}.
     *
     * @throws IllegalArgumentException for another type
     */
    public Builder setValue(String factId, Object value) {
      requireNonNull(value, "value");
      if (value instanceof Boolean b) {
        return set(factId, b.booleanValue());
      } else if (value instanceof String s) {
        return set(factId, s);
      } else if (value instanceof LocalDate d) {
        return set(factId, d);
      } else if (value instanceof BigDecimal n) {
        return set(factId, n);
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return set(factId, ((Number) value).longValue());
      } else if (value instanceof Number n) {
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
          throw new IllegalArgumentException("fact " + factId + ": " + n + " is not a number regkit can compare; expected a finite number");
        }
        if (n instanceof java.math.BigInteger big && big.bitLength() > 400) {
          // Over 120 digits, out of range; writing it out first could take seconds.
          throw new InvalidFactsException(java.util.List.of(FactsJson.numberOutOfRange(requireNonNull(factId, "factId"))));
        }
        BigDecimal decimal;
        try {
          decimal = new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("fact " + factId + ": a " + n.getClass().getSimpleName()
              + " whose text is not a decimal number; expected a finite number", e);
        }
        return set(factId, decimal);
      } else if (value instanceof Collection<?> c) {
        ImmutableSortedSet.Builder<String> set = ImmutableSortedSet.naturalOrder();
        for (Object o : c) {
          if (!(o instanceof String s)) {
            throw new IllegalArgumentException(
                "fact " + factId + ": a set may hold only strings, found " + typeName(o));
          }
          set.add(s);
        }
        return put(factId, set.build());
      }
      throw new IllegalArgumentException(
          "fact "
              + factId
              + ": unsupported value type "
              + value.getClass().getName()
              + "; expected Boolean, String, Collection<String>, LocalDate or Number");
    }

    /**
     * Answers a fact again: replaces its value if it was set, sets it if not. Takes the same values
     * as {@link #setValue(String, Object)}; {@code set} and {@code setValue} refuse a fact that is
     * already set, so that a second answer is never given by mistake. For a questionnaire or a form
     * whose user changes an answer.
     *
     * <pre>{@code
     * Facts changed = facts.toBuilder().replace("vendor.live-chat", false).build();
     * }</pre>
     *
     * @throws IllegalArgumentException for an unsupported value type (nothing is changed then)
     */
    public Builder replace(String factId, Object value) {
      requireNonNull(factId, "factId");
      requireNonNull(value, "value");
      Object previous = values.remove(factId);
      try {
        return setValue(factId, value);
      } catch (RuntimeException e) {
        if (previous != null) {
          values.put(factId, previous);
        }
        throw e;
      }
    }

    /** Forgets a fact, so that it is unknown again. */
    public Builder remove(String factId) {
      values.remove(requireNonNull(factId, "factId"));
      return this;
    }

    /** The facts set so far. */
    public Facts build() {
      return values.isEmpty() ? EMPTY : new Facts(ImmutableSortedMap.copyOf(values));
    }

    private Builder put(String factId, Object value) {
      requireNonNull(factId, "factId");
      if (values.containsKey(factId)) {
        throw new IllegalStateException("fact " + io.github.regkit.internal.Redaction.showId(factId)
            + " was already set; use replace(factId, value) to answer it again");
      }
      values.put(factId, value);
      return this;
    }

    private static String typeName(Object o) {
      return o == null ? "null" : o.getClass().getSimpleName();
    }
  }

  private static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
