package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a pack's fact vocabulary: what a caller can tell regkit about a situation, and the
 * question to ask a person who knows.
 *
 * <pre>{@code
 * for (FactDefinition f : assessor.vocabulary()) {
 *   System.out.println(f.id() + " (" + f.type() + "): " + f.question());
 * }
 * }</pre>
 *
 * @param id stable id, for example {@code entity.kind}
 * @param type what values the fact takes
 * @param values the allowed values of a {@link FactType#ONE_OF} or {@link FactType#SET_OF} fact, in
 *     the order a form should show them; empty for other types
 * @param question the question to put to a person, in plain words
 * @param help what the question means and how to answer it, in legal terms where it matters
 * @param group the part of a questionnaire the fact belongs to, for example {@code data} or {@code controls}
 */
public record FactDefinition(
    String id, FactType type, List<AllowedValue> values, String question, String help, String group) {

  /**
   * One allowed value of an enumerated fact.
   *
   * @param id the value as it appears in facts and conditions
   * @param label how a form shows it to a person
   */
  public record AllowedValue(String id, String label) {
    public AllowedValue {
      requireNonNull(id, "id");
      requireNonNull(label, "label");
    }
  }

  public FactDefinition {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    values = ImmutableList.copyOf(values);
    requireNonNull(question, "question");
    requireNonNull(help, "help");
    requireNonNull(group, "group");
  }

  /** The allowed value with this id, if the fact has one. */
  public Optional<AllowedValue> findValue(String valueId) {
    return values.stream().filter(v -> v.id().equals(valueId)).findFirst();
  }
}
