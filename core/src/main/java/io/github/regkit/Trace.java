package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Why a condition came out as it did: a tree that mirrors the condition, each node with its
 * three-valued result. Leaves that test a fact name it; nodes that stand for a legal term name the
 * term and its citation.
 *
 * <pre>{@code
 * System.out.println(requirement.why().render());
 * }</pre>
 *
 * @param result what this node evaluated to
 * @param kind what the node is: a combination (all, any, not), a fact test, a legal term, a date
 *     test, or a constant statement
 * @param text the node in words, for example {@code "personal information (M.G.L. c. 93H, § 1)"}
 * @param factId the fact a leaf tested
 * @param termId the term a node stands for
 * @param citation the citation of that term, or of the proviso a node encodes
 * @param children the sub-conditions, in the order the pack lists them
 */
public record Trace(
    Truth result,
    Kind kind,
    String text,
    Optional<String> factId,
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
    requireNonNull(termId, "termId");
    requireNonNull(citation, "citation");
    children = ImmutableList.copyOf(children);
  }

  /** A leaf with no fact or term, for example a {@link Kind#DATE} "in force from 2010-03-01". */
  public static Trace of(Truth result, Kind kind, String text) {
    return new Trace(result, kind, text, Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /** Visits this node and every descendant, depth first, in order. */
  public void forEach(Consumer<Trace> visitor) {
    visitor.accept(this);
    for (Trace child : children) {
      child.forEach(visitor);
    }
  }

  /**
   * The trace as indented lines, one node per line, for people. Fact tests show the value given, so
   * a rendered trace can hold personal information: do not log it.
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
    sb.append('\n');
    for (Trace child : children) {
      child.render(sb, depth + 1);
    }
  }

  /**
   * The node's result and kind and how many children it has. Not its text: a fact test's text shows
   * the value given, which can be personal information, and records that hold a trace print this.
   */
  @Override
  public String toString() {
    return "Trace[" + result + " " + kind + termId.map(t -> " " + t).orElse("") + factId.map(f -> " " + f).orElse("")
        + ", " + children.size() + " children]";
  }
}
