package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What changed between two assessments, and why: see {@link Assessment#diff(Assessment)}.
 *
 * <pre>{@code
 * AssessmentDiff diff = assessor.assess(facts, LocalDate.of(2012, 3, 2))
 *     .diff(assessor.assess(facts, LocalDate.of(2012, 2, 29)));
 * for (AssessmentDiff.Change c : diff.changes()) {
 *   System.out.println(c.citation() + ": " + c.before() + " -> " + c.after() + " because " + c.causes());
 * }
 * }</pre>
 *
 * @param changes requirements added, removed, or changed in status or compliance, in the newer
 *     assessment's order (removed ones last)
 * @param questionsSettled open questions of the older assessment that the newer one no longer asks
 * @param questionsAdded open questions the newer assessment asks that the older did not
 */
public record AssessmentDiff(List<Change> changes, List<String> questionsSettled, List<String> questionsAdded) {

  /** What kind of change. */
  public enum Kind {
    /** Not a requirement before; applies or may apply now. */
    ADDED,
    /** A requirement before; ruled out now. */
    REMOVED,
    /** Still a requirement; APPLIES became MAY_APPLY or back. */
    STATUS_CHANGED,
    /** Same status; compliance changed. */
    COMPLIANCE_CHANGED
  }

  /**
   * One change.
   *
   * @param kind what changed
   * @param obligationId the obligation's id
   * @param citation its citation
   * @param before the status or compliance before, or {@code NOT_APPLICABLE}
   * @param after the status or compliance after, or {@code NOT_APPLICABLE}
   * @param causes why, in words: a fact that changed (with old and new value), the as-of date
   *     crossing a date the law names, or a new data version
   */
  public record Change(Kind kind, String obligationId, String citation, String before, String after, List<String> causes) {
    public Change {
      requireNonNull(kind, "kind");
      requireNonNull(obligationId, "obligationId");
      requireNonNull(citation, "citation");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      causes = ImmutableList.copyOf(causes);
    }
  }

  public AssessmentDiff {
    changes = ImmutableList.copyOf(changes);
    questionsSettled = ImmutableList.copyOf(questionsSettled);
    questionsAdded = ImmutableList.copyOf(questionsAdded);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return changes.isEmpty() && questionsSettled.isEmpty() && questionsAdded.isEmpty();
  }
}
