package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An instrument or obligation that was considered and does not bind the situation. When a whole
 * instrument is ruled out its obligations are not listed one by one.
 *
 * <pre>{@code
 * assessment.ruledOut("760 CMR 8.00")
 *     .ifPresent(n -> System.out.println(n.reason() + ": " + n.explanation()));
 * }</pre>
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
public record RuledOut(
    Level level,
    String id,
    String citation,
    String title,
    Reason reason,
    String explanation,
    Trace trace,
    List<String> covers,
    Optional<Addressee> addressee) {

  /** What was ruled out. */
  public enum Level {
    INSTRUMENT,
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

  public RuledOut {
    requireNonNull(level, "level");
    requireNonNull(id, "id");
    requireNonNull(citation, "citation");
    requireNonNull(title, "title");
    requireNonNull(reason, "reason");
    requireNonNull(explanation, "explanation");
    requireNonNull(trace, "trace");
    covers = ImmutableList.copyOf(covers);
    requireNonNull(addressee, "addressee");
  }

  /** An entry without an addressee: an instrument, or an obligation read from older JSON. */
  public RuledOut(Level level, String id, String citation, String title, Reason reason, String explanation,
      Trace trace, List<String> covers) {
    this(level, id, citation, title, reason, explanation, trace, covers, Optional.empty());
  }

  /** What was ruled out and why, without the explanation or trace, which can show fact values. */
  @Override
  public String toString() {
    return "RuledOut[" + level + " " + id + " (" + citation + ") " + reason + "]";
  }
}
