package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One problem with facts, as a value a program can act on: the facts it concerns (the form fields
 * to mark), what kind of problem it is, what would have fitted, and the message for people. An
 * {@link InvalidFactsException} lists them.
 *
 * <pre>{@code
 * try {
 *   assessment = assessor.assess(facts);
 * } catch (InvalidFactsException e) {
 *   for (FactProblem p : e.problems()) {
 *     String field = p.factId().orElse("form");   // a contradiction names each of its facts in factIds()
 *     System.out.println(field + ": " + p.message());
 *     if (p.kind() == FactProblem.Kind.NOT_AN_ALLOWED_VALUE) {
 *       System.out.println("  choose from " + p.allowedValues());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p><b>No fact value is part of a problem.</b> Facts can be personal information (a name, an
 * email, a date of birth) and problems end up in logs, so no component holds the value that was
 * given. The {@link #message()} may repeat a given text only when it is shaped like a fact id or an
 * allowed value (lower-case letters, digits, {@code .}, {@code _}, {@code -}; at most 40 characters,
 * fewer than four digits), such as a misspelt allowed value; anything else it describes by its
 * length ("a value of 11 characters (not shown)"). A fact id the caller gave that is not shaped like
 * that (a value put where an id belongs, say) is left out of {@link #factIds()}, as the message
 * leaves it out. The other components hold only what the packs declare: ids, allowed values and
 * types.
 *
 * @param kind what sort of problem it is
 * @param factIds the facts it concerns, in the order the message names them: one for most kinds,
 *     every fact given that the rule tests for a {@link Kind#CONTRADICTION}, none when the problem
 *     is with the input as a whole ({@link Kind#MALFORMED_JSON}, {@link Kind#NOT_AN_OBJECT}, {@link
 *     Kind#TOO_LARGE}) or the id given is not shown
 * @param expectedType the type the fact is declared with, when the problem is with the value of a
 *     declared fact (always for {@link Kind#WRONG_TYPE}, {@link Kind#NOT_AN_ALLOWED_VALUE} and
 *     {@link Kind#INVALID_DATE}); empty otherwise
 * @param allowedValues every allowed value of the fact, in the pack's order, when it is a {@link
 *     FactType#ONE_OF} or {@link FactType#SET_OF} fact whose value is at fault (the message lists
 *     only the first 20); empty otherwise
 * @param replacedBy the fact ids that replaced a {@link Kind#RETIRED_FACT}, to ask instead; empty
 *     otherwise (and for a retired fact nothing replaced)
 * @param suggestions declared fact ids close to an {@link Kind#UNKNOWN_FACT} ("did you mean"), at
 *     most one today; empty otherwise
 * @param message the problem in one line for people, naming the fact and what was expected, as
 *     {@link InvalidFactsException#getMessage()} lists it
 */
public record FactProblem(
    Kind kind,
    List<String> factIds,
    Optional<FactType> expectedType,
    List<String> allowedValues,
    List<String> replacedBy,
    List<String> suggestions,
    String message) {

  /**
   * What sort of problem with facts it is. Each kind says where regkit finds it and which
   * components of the problem it fills.
   */
  public enum Kind {
    /**
     * The facts text is not JSON regkit accepts: a syntax error, a duplicate fact id, nesting too
     * deep, a number too large to read, bytes that are not UTF-8 ({@link Facts#fromJson(String)}).
     * No fact ids; the message gives the line and column.
     */
    MALFORMED_JSON,
    /**
     * The JSON is empty, or not an object of fact ids to values ({@link Facts#fromJson(String)}).
     * No fact ids.
     */
    NOT_AN_OBJECT,
    /**
     * The facts as a whole are too large: more than 1,000,000 characters (or bytes) of JSON, or
     * more than 1,000 facts ({@link Facts#fromJson(String)}, and {@link Assessor#validate(Facts)}
     * for facts built in code). No fact ids.
     */
    TOO_LARGE,
    /**
     * A value no fact can take: a JSON object, or an array holding something other than strings
     * ({@link Facts#fromJson(String)}). The fact id, when shown.
     */
    UNSUPPORTED_VALUE,
    /**
     * A value over regkit's bounds: a number with more than 100 digits before or after the
     * decimal point ({@link Facts#fromJson(String)}, {@link Facts.Builder#set(String,
     * java.math.BigDecimal)}, {@link Facts.Builder#setValue(String, Object)}), a text of more than
     * 1,000 characters, or a set of more than 1,000 values ({@link Facts#fromJson(String)} and
     * {@link Assessor#validate(Facts)}). The fact id, when shown; from {@code validate}, also the
     * declared type and allowed values.
     */
    VALUE_TOO_LARGE,
    /**
     * A fact id no pack of the assessor declares ({@link Assessor#validate(Facts)}, so every
     * {@code assess}). The id, when shown, and any {@link #suggestions()}.
     */
    UNKNOWN_FACT,
    /**
     * A fact id an earlier data version of a pack had, retired since ({@link
     * Assessor#validate(Facts)}). The id and {@link #replacedBy()}; the message says why, and
     * whether to answer again rather than copy the old answer.
     */
    RETIRED_FACT,
    /**
     * A value of another type than the fact's: text for a yes/no fact, a set for a one-of fact, a
     * number for a date ({@link Assessor#validate(Facts)}). The id, {@link #expectedType()}, and
     * the allowed values of a one-of or set-of fact.
     */
    WRONG_TYPE,
    /**
     * Text that is not one of a one-of fact's allowed values, or a set holding values that are not
     * a set-of fact's ({@link Assessor#validate(Facts)}). The id, {@link #expectedType()} and
     * {@link #allowedValues()}.
     */
    NOT_AN_ALLOWED_VALUE,
    /**
     * Text for a date fact that is not a calendar date {@code yyyy-MM-dd}, such as {@code
     * 2023-02-30} ({@link Assessor#validate(Facts)}). The id and {@link #expectedType()} ({@link
     * FactType#DATE}).
     */
    INVALID_DATE,
    /**
     * Facts that each fit but contradict one another, by a pack's consistency rule (during {@code
     * assess}, after validation). Every fact the rule tests that was given, in the rule's order;
     * the message names the pack and rule and says what would be consistent.
     */
    CONTRADICTION
  }

  /**
   * Checks and copies every component.
   *
   * @throws NullPointerException when a component or a list item is null
   */
  public FactProblem {
    requireNonNull(kind, "kind");
    requireNonNull(expectedType, "expectedType");
    requireNonNull(message, "message");
    factIds = ImmutableList.copyOf(factIds);
    allowedValues = ImmutableList.copyOf(allowedValues);
    replacedBy = ImmutableList.copyOf(replacedBy);
    suggestions = ImmutableList.copyOf(suggestions);
  }

  /**
   * The fact the problem concerns — the form field to put the message next to — or the first of
   * them for a {@link Kind#CONTRADICTION}; empty when it concerns no fact that can be named.
   */
  public Optional<String> factId() {
    return factIds.isEmpty() ? Optional.empty() : Optional.of(factIds.get(0));
  }

  /**
   * The kind, the fact ids and the message, for logs and test failures, such as {@code
   * UNKNOWN_FACT [vendor.store]: fact 'vendor.store' is not in the vocabulary of packs [us-ma] ...};
   * like every component, never a fact's value.
   */
  @Override
  public String toString() {
    return kind + " " + factIds + ": " + message;
  }
}
