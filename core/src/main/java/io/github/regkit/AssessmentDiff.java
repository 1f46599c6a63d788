package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What changed from an older assessment to a newer one, and why: see {@link #between(Assessment,
 * Assessment)}.
 *
 * <pre>{@code
 * AssessmentDiff diff = AssessmentDiff.between(
 *     assessor.assess(facts, LocalDate.of(2012, 2, 29)),
 *     assessor.assess(facts, LocalDate.of(2012, 3, 2)));
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
    /** Still a requirement; {@code APPLIES} became {@code MAY_APPLY} or back. */
    APPLICABILITY_CHANGED,
    /** Same applicability; compliance changed. */
    COMPLIANCE_CHANGED
  }

  /**
   * One change.
   *
   * @param kind what changed
   * @param obligationId the obligation's id
   * @param citation its citation
   * @param before the verdict in the older assessment ({@link Verdict#NOT_APPLICABLE} for {@link
   *     Kind#ADDED})
   * @param after the verdict in the newer assessment ({@link Verdict#NOT_APPLICABLE} for {@link
   *     Kind#REMOVED})
   * @param causes why, in words: a fact that changed (with old and new value), the as-of date
   *     crossing a date the law names, or a new data version
   */
  public record Change(Kind kind, String obligationId, String citation, Verdict before, Verdict after, List<String> causes) {
    public Change {
      requireNonNull(kind, "kind");
      requireNonNull(obligationId, "obligationId");
      requireNonNull(citation, "citation");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      causes = ImmutableList.copyOf(causes);
    }
  }

  /**
   * An obligation's standing in one assessment: whether it applies and, if it does or may, whether
   * it is already met.
   *
   * @param applicability whether it applies; {@link Applicability#NOT_APPLICABLE} when ruled out
   * @param compliance its compliance when it applies or may apply; empty when ruled out
   */
  public record Verdict(Applicability applicability, Optional<ComplianceStatus> compliance) {
    /** Ruled out: not a requirement in that assessment. */
    public static final Verdict NOT_APPLICABLE = new Verdict(Applicability.NOT_APPLICABLE, Optional.empty());

    /**
     * @throws IllegalArgumentException if a compliance is given for {@code NOT_APPLICABLE}, or none
     *     for a verdict that applies or may apply
     */
    public Verdict {
      requireNonNull(applicability, "applicability");
      requireNonNull(compliance, "compliance");
      if ((applicability == Applicability.NOT_APPLICABLE) == compliance.isPresent()) {
        throw new IllegalArgumentException(applicability == Applicability.NOT_APPLICABLE
            ? "a ruled-out obligation has no compliance, got " + compliance.get()
            : "an obligation that " + applicability + " needs a compliance");
      }
    }

    /** The verdict of this requirement: its applicability and compliance status. */
    public static Verdict of(Requirement requirement) {
      return new Verdict(requirement.applicability(), Optional.of(requirement.compliance().status()));
    }

    /** For example {@code APPLIES, OUTSTANDING} or {@code NOT_APPLICABLE}. */
    @Override
    public String toString() {
      return compliance.map(c -> applicability + ", " + c).orElse(applicability.name());
    }
  }

  /**
   * What changed from {@code older} to {@code newer}: requirements added and removed, applicability
   * and compliance changes, and open questions settled and added, each change with its causes (a fact
   * that changed, the as-of date crossing a date the law names, a new data version). The two may
   * come from different facts, dates or pack versions.
   *
   * @param older the earlier assessment (the "before")
   * @param newer the later assessment (the "after")
   */
  public static AssessmentDiff between(Assessment older, Assessment newer) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    return io.github.regkit.internal.Differ.diff(older, newer);
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
