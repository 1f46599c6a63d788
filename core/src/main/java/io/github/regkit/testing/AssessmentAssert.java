package io.github.regkit.testing;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for testing code that uses regkit. Failure messages show the trace that
 * explains what the assessment actually says, so a failing test tells you which fact to look at.
 *
 * <pre>{@code
 * import static io.github.regkit.testing.AssessmentAssert.assertThat;
 *
 * assertThat(assessment)
 *     .requires("201 CMR 17.03(2)(f)")
 *     .rulesOut("760 CMR 8.00")
 *     .asks("vendor.records-calls");
 * }</pre>
 *
 * <p>Needs {@code org.assertj:assertj-core} on the test class path (regkit-core declares it optional).
 */
@SuppressWarnings("exports") // AssertJ is optional: only consumers that have it use this class.
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {
  private AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /** Starts assertions on an assessment. */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /**
   * Verifies that some requirement cited as {@code citation}, or as a subdivision of it, applies
   * (status APPLIES).
   */
  public AssessmentAssert requires(String citation) {
    return hasStatus(citation, Applicability.APPLIES);
  }

  /** Verifies that some requirement cited as {@code citation} (or under it) may apply. */
  public AssessmentAssert mayRequire(String citation) {
    return hasStatus(citation, Applicability.MAY_APPLY);
  }

  /** Verifies that no requirement cited as {@code citation} (or under it) applies or may apply. */
  public AssessmentAssert doesNotRequire(String citation) {
    isNotNull();
    List<Requirement> found = actual.requirementsUnder(citation);
    if (!found.isEmpty()) {
      Requirement r = found.get(0);
      failWithMessage("Expected %s not to be required, but %s %s because:%n%s", citation, r.citation(), r.status(), r.why().render());
    }
    return this;
  }

  /**
   * Verifies that the instrument or obligation with this citation or id was considered and ruled out
   * (directly, or because its whole instrument was).
   */
  public AssessmentAssert rulesOut(String citationOrId) {
    isNotNull();
    if (actual.ruledOut(citationOrId).isEmpty()) {
      List<Requirement> found = actual.requirementsUnder(citationOrId);
      if (!found.isEmpty()) {
        Requirement r = found.get(0);
        failWithMessage("Expected %s to be ruled out, but %s %s because:%n%s", citationOrId, r.citation(), r.status(), r.why().render());
      }
      failWithMessage("Expected %s to be ruled out, but the assessment does not mention it; ruled out: %s",
          citationOrId, actual.notApplicable().stream().map(RuledOut::citation).toList());
    }
    return this;
  }

  /** Verifies that the fact is among the open questions. */
  public AssessmentAssert asks(String factId) {
    isNotNull();
    if (actual.openQuestion(factId).isEmpty()) {
      failWithMessage("Expected the open questions to include %s, but they are %s", factId,
          actual.openQuestions().stream().map(OpenQuestion::factId).toList());
    }
    return this;
  }

  /** Verifies that the fact is not among the open questions. */
  public AssessmentAssert doesNotAsk(String factId) {
    isNotNull();
    actual.openQuestion(factId).ifPresent(q -> failWithMessage(
        "Expected no open question about %s, but it could settle %s", factId, q.citations()));
    return this;
  }

  /**
   * Verifies the compliance of the requirement with this obligation id, or of every requirement
   * with this citation.
   */
  public AssessmentAssert hasCompliance(String obligationIdOrCitation, ComplianceStatus expected) {
    isNotNull();
    Optional<Requirement> byId = actual.requirement(obligationIdOrCitation);
    List<Requirement> requirements = byId.map(List::of).orElseGet(() -> actual.requirementsCiting(obligationIdOrCitation));
    if (requirements.isEmpty()) {
      failWithMessage("Expected compliance %s for %s, but it is not a requirement%s", expected, obligationIdOrCitation,
          actual.ruledOut(obligationIdOrCitation).map(n -> "; it was ruled out: " + n.explanation()).orElse(""));
    }
    for (Requirement r : requirements) {
      if (r.compliance().status() != expected) {
        failWithMessage("Expected compliance %s for %s (%s), but it is %s because:%n%s", expected, r.citation(), r.id(),
            r.compliance().status(), r.compliance().trace().render());
      }
    }
    return this;
  }

  private AssessmentAssert hasStatus(String citation, Applicability expected) {
    isNotNull();
    List<Requirement> found = actual.requirementsUnder(citation);
    if (found.stream().anyMatch(r -> r.status() == expected)) {
      return this;
    }
    if (!found.isEmpty()) {
      Requirement r = found.get(0);
      failWithMessage("Expected %s to be %s, but %s is %s because:%n%s", citation, expected, r.citation(), r.status(), r.why().render());
    }
    Optional<RuledOut> ruledOut = actual.ruledOut(citation);
    if (ruledOut.isPresent()) {
      failWithMessage("Expected %s to be %s, but it was ruled out (%s): %s%n%s", citation, expected,
          ruledOut.get().reason(), ruledOut.get().explanation(), ruledOut.get().trace().render());
    }
    failWithMessage("Expected %s to be %s, but no requirement cites it; requirements: %s", citation, expected,
        actual.requirements().stream().map(Requirement::citation).distinct().toList());
    return this;
  }
}
