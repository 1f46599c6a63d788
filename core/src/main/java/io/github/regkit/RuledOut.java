package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.internal.OnDemand;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An instrument or obligation that was considered and does not bind the situation. When a whole
 * instrument is ruled out its obligations are not listed one by one.
 *
 * <pre>{@code
 * assessment.findRuledOut("760 CMR 8.00")
 *     .ifPresent(n -> System.out.println(n.reason() + ": " + n.explanation()));
 * }</pre>
 *
 * <p>Its {@link #explanation()} and {@link #trace()} are built on first call when the entry came
 * from {@link Assessor#assess} (see {@link Requirement}). A value: {@link #equals} compares every
 * part.
 */
public final class RuledOut {
  private final Level level;
  private final String id;
  private final String citation;
  private final String title;
  private final Reason reason;
  private final List<String> covers;
  private final Optional<Addressee> addressee;
  /** The explanation, or until it is first asked for the {@code Supplier} that builds it. */
  private volatile Object explanation;
  /** The trace, or until it is first asked for the {@code Supplier} that builds it. */
  private volatile Object trace;

  /** What was ruled out. */
  public enum Level {
    /** A whole instrument: none of its obligations is listed on its own. */
    INSTRUMENT,
    /** One obligation of an instrument that is otherwise considered. */
    OBLIGATION
  }

  /** Why it was ruled out. */
  public enum Reason {
    /** Not in force on the as-of date. */
    NOT_IN_FORCE,
    /** The facts do not meet its scope or conditions. */
    SCOPE_NOT_MET,
    /** An exemption applies. */
    EXEMPT
  }

  /**
   * An entry with its explanation and trace.
   *
   * @param level whether a whole instrument or a single obligation was ruled out
   * @param id the regulation's or obligation's id
   * @param citation its citation
   * @param title its title
   * @param reason why, in one word
   * @param explanation why, in a sentence
   * @param trace the evaluation that ruled it out
   * @param covers the citations of the obligations this entry rules out: every obligation of a
   *     ruled-out instrument, or the one obligation
   * @param addressee whose duty a ruled-out obligation is, so a reader can tell it from another
   *     party's duty under the same citation; empty for an instrument
   */
  public RuledOut(Level level, String id, String citation, String title, Reason reason, String explanation,
      Trace trace, List<String> covers, Optional<Addressee> addressee) {
    this(level, id, citation, title, reason, covers, addressee, requireNonNull(explanation, "explanation"),
        requireNonNull(trace, "trace"), null, null);
  }

  /**
   * An entry whose explanation and trace are built when first asked for: each supplier is called at
   * most once, and must give what an eager build would.
   */
  public RuledOut(Level level, String id, String citation, String title, Reason reason, Supplier<String> explanation,
      Supplier<Trace> trace, List<String> covers, Optional<Addressee> addressee) {
    this(level, id, citation, title, reason, covers, addressee, null, null,
        requireNonNull(explanation, "explanation"), requireNonNull(trace, "trace"));
  }

  /** An entry without an addressee: an instrument, or an obligation read from older JSON. */
  public RuledOut(Level level, String id, String citation, String title, Reason reason, String explanation,
      Trace trace, List<String> covers) {
    this(level, id, citation, title, reason, explanation, trace, covers, Optional.empty());
  }

  private RuledOut(Level level, String id, String citation, String title, Reason reason, List<String> covers,
      Optional<Addressee> addressee, @Nullable String explanation, @Nullable Trace trace,
      @Nullable Supplier<String> explainText, @Nullable Supplier<Trace> explainTrace) {
    this.level = requireNonNull(level, "level");
    this.id = requireNonNull(id, "id");
    this.citation = requireNonNull(citation, "citation");
    this.title = requireNonNull(title, "title");
    this.reason = requireNonNull(reason, "reason");
    this.covers = ImmutableList.copyOf(covers);
    this.addressee = requireNonNull(addressee, "addressee");
    this.explanation = explanation != null ? explanation : requireNonNull(explainText, "explainText");
    this.trace = trace != null ? trace : requireNonNull(explainTrace, "explainTrace");
  }

  /** Whether a whole instrument or a single obligation was ruled out. */
  public Level level() {
    return level;
  }

  /** The regulation's or obligation's id. */
  public String id() {
    return id;
  }

  /** Its citation. */
  public String citation() {
    return citation;
  }

  /** Its title. */
  public String title() {
    return title;
  }

  /** Why, in one word. */
  public Reason reason() {
    return reason;
  }

  /** Why, in a sentence; built on first call when the entry came from {@link Assessor#assess}. */
  public String explanation() {
    Object current = explanation;
    return current instanceof String built ? built : OnDemand.build(this, () -> explanation, v -> explanation = v, String.class, "explanation");
  }


  /** The evaluation that ruled it out; built on first call when the entry came from {@link Assessor#assess}. */
  public Trace trace() {
    Object current = trace;
    return current instanceof Trace built ? built : OnDemand.build(this, () -> trace, v -> trace = v, Trace.class, "trace");
  }


  /** The citations of the obligations this entry rules out: every obligation of a ruled-out instrument, or the one obligation. */
  public List<String> covers() {
    return covers;
  }

  /** Whose duty a ruled-out obligation is; empty for an instrument. */
  public Optional<Addressee> addressee() {
    return addressee;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuledOut r && level == r.level && id.equals(r.id) && citation.equals(r.citation)
        && title.equals(r.title) && reason == r.reason && covers.equals(r.covers) && addressee.equals(r.addressee)
        && explanation().equals(r.explanation()) && trace().equals(r.trace());
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, id, citation, title, reason, explanation(), trace(), covers, addressee);
  }

  /** The level, id, citation and reason: never the explanation or trace, whose texts show the facts' values. */
  @Override
  public String toString() {
    return "RuledOut[" + level + " " + id + " (" + citation + ") " + reason + "]";
  }
}
