package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Why a condition came out as it did: a tree that mirrors the condition, each node with its
 * three-valued result. Leaves that test a fact name it and hold the value given; nodes that stand
 * for a legal term name the term and its citation, and nodes that stand for an instrument's scope
 * cite the instrument.
 *
 * <pre>{@code
 * System.out.println(requirement.why().render());
 * }</pre>
 *
 * <p>Texts say what was tested, never the value given: a fact test reads {@code "vendor.activities
 * includes stores"}, and its {@link #given()} holds the value. A term evaluated in an assessment is
 * one trace, and every node that uses the term has that same instance as its child (likewise an
 * instrument's scope, shared by the traces of its obligations), so a trace is a tree in Java and
 * costs memory once per condition; the JSON and the reports explain each term and scope once and
 * refer to it elsewhere.
 *
 * @param result what this node evaluated to
 * @param kind what the node is: a combination (all, any, not), a fact test, a legal term, an
 *     instrument's scope, a date test, or a constant statement
 * @param text the node in words, for example {@code "personal information (M.G.L. c. 93H, § 1)"};
 *     never a value given
 * @param factId the fact a leaf tested
 * @param given the value the fact had, for a {@link Kind#FACT} leaf whose fact was known: a {@link
 *     Boolean}, {@link String}, {@link java.math.BigDecimal}, {@link java.time.LocalDate} or {@link
 *     java.util.Set} of strings, as {@link Facts#get} gives it; empty otherwise
 * @param termId the term a node stands for
 * @param citation the citation of that term, of the instrument whose scope a node is, or of the
 *     proviso a node encodes
 * @param children the sub-conditions, in the order the pack lists them
 */
public record Trace(
    Truth result,
    Kind kind,
    String text,
    Optional<String> factId,
    Optional<Object> given,
    Optional<String> termId,
    Optional<String> citation,
    List<Trace> children) {
  /** What a trace node is. */
  public enum Kind {
    /** True when every child is. */
    ALL,
    /** True when some child is. */
    ANY,
    /** The negation of its one child. */
    NOT,
    /** A test of one fact; {@link Trace#factId()} names it. */
    FACT,
    /** A legal term; {@link Trace#termId()} and {@link Trace#citation()} name it; its child is the definition. */
    TERM,
    /**
     * Who an instrument binds, true when every child is; {@link Trace#citation()} cites the
     * instrument. Its children are the scope condition, after the in-force test when the sources
     * do not say whether the instrument was in force on the as-of date.
     */
    SCOPE,
    /** A test of the as-of date, such as "in force" or the end of a proviso. */
    DATE,
    /** A statement that does not depend on the facts. */
    CONSTANT
  }

  public Trace {
    requireNonNull(result, "result");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(factId, "factId");
    requireNonNull(given, "given");
    requireNonNull(termId, "termId");
    requireNonNull(citation, "citation");
    children = ImmutableList.copyOf(children);
  }

  /** A node without a value given: every kind but a {@link Kind#FACT} leaf whose fact was known. */
  public Trace(Truth result, Kind kind, String text, Optional<String> factId, Optional<String> termId,
      Optional<String> citation, List<Trace> children) {
    this(result, kind, text, factId, Optional.empty(), termId, citation, children);
  }

  /** A leaf with no fact or term, for example a {@link Kind#DATE} "in force from 2010-03-01". */
  public static Trace of(Truth result, Kind kind, String text) {
    return new Trace(result, kind, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /** Visits this node and every descendant, depth first, in order. */
  public void forEach(Consumer<Trace> visitor) {
    visitor.accept(this);
    for (Trace child : children) {
      child.forEach(visitor);
    }
  }

  /**
   * The trace as indented lines, one node per line, for people and test failures: every term and
   * scope written out wherever it is used, and each fact test followed by the value given ("; given:
   * false"), so a rendered trace can hold personal information: do not log it. The reports and the
   * JSON explain each term once instead.
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    render(sb, 0);
    return sb.toString();
  }

  private void render(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth)).append('[').append(result).append("] ").append(text);
    citation.ifPresent(c -> {
      if (!text.contains(c)) {
        sb.append(" (").append(c).append(')');
      }
    });
    if (kind == Kind.FACT && factId.isPresent()) {
      sb.append("; given: ").append(given.map(Trace::format).orElse("unknown"));
    }
    sb.append('\n');
    for (Trace child : children) {
      child.render(sb, depth + 1);
    }
  }

  /** A value given as {@link #render()} shows it: {@code [a, b]}, {@code 70}, {@code 2009-06-01}. */
  private static String format(Object value) {
    return value instanceof java.math.BigDecimal n ? n.toPlainString() : String.valueOf(value);
  }

  /**
   * The node's result and kind and how many children it has. Never the value given, which can be
   * personal information (records that hold a trace print this), nor the text.
   */
  @Override
  public String toString() {
    return "Trace[" + result + " " + kind + termId.map(t -> " " + t).orElse("") + factId.map(f -> " " + f).orElse("")
        + ", " + children.size() + " children]";
  }
}
