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
 *     .asks("controls.all-parties-know");
 * }</pre>
 *
 * <p>Every assertion about obligations takes a <em>selector</em>, matched the same way everywhere:
 *
 * <ul>
 *   <li>an obligation id, such as {@code ma.201cmr17.03.2.f.contract}, selects that obligation;
 *   <li>a citation selects every obligation under that provision, as {@link
 *       Assessment#requirementsUnder(String)} defines it: the provision itself and its subdivisions
 *       ({@code "M.G.L. c. 272, § 99"} selects {@code § 99 C.1}, {@code "201 CMR 17.00"} selects
 *       {@code 17.04(3)}), and the obligations of an instrument with that citation.
 * </ul>
 *
 * <p>So the assertions cannot contradict one another: {@link #requires(String)} and {@link
 * #mayRequire(String)} pass only when some selected obligation applies or may apply, and {@link
 * #rulesOut(String)} and {@link #doesNotRequire(String)} fail in exactly that case.
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
   * Verifies that some obligation the selector names (an obligation id, or a citation and its
   * subdivisions) applies: status {@link Applicability#APPLIES}.
   */
  public AssessmentAssert requires(String selector) {
    return hasStatus(selector, Applicability.APPLIES);
  }

  /**
   * Verifies that some obligation the selector names (an obligation id, or a citation and its
   * subdivisions) may apply: status {@link Applicability#MAY_APPLY}.
   */
  public AssessmentAssert mayRequire(String selector) {
    return hasStatus(selector, Applicability.MAY_APPLY);
  }

  /**
   * Verifies that no obligation the selector names (an obligation id, or a citation and its
   * subdivisions) applies or may apply.
   */
  public AssessmentAssert doesNotRequire(String selector) {
    isNotNull();
    List<Requirement> found = selected(selector);
    if (!found.isEmpty()) {
      Requirement r = found.get(0);
      failWithMessage("Expected %s not to be required, but %s (%s) %s because:%n%s", selector, r.citation(), r.id(),
          r.applicability(), r.why().render());
    }
    return this;
  }

  /**
   * Verifies that what the selector names (an obligation id, or a citation and its subdivisions) was
   * considered and ruled out, directly or because its whole instrument was, and that nothing it names
   * applies or may apply.
   *
   * <p>An obligation whose whole instrument was ruled out is listed under the instrument: select it
   * by its citation or the instrument's, not by its id.
   */
  public AssessmentAssert rulesOut(String selector) {
    isNotNull();
    List<Requirement> found = selected(selector);
    if (!found.isEmpty()) {
      Requirement r = found.get(0);
      failWithMessage("Expected %s to be ruled out, but %s (%s) %s because:%n%s", selector, r.citation(), r.id(),
          r.applicability(), r.why().render());
    }
    if (actual.findRuledOut(selector).isEmpty()) {
      failWithMessage("Expected %s to be ruled out, but the assessment does not mention it (an obligation of a"
              + " ruled-out instrument is listed by citation, not by id); ruled out: %s",
          selector, actual.ruledOut().stream().map(RuledOut::citation).toList());
    }
    return this;
  }

  /** Verifies that the fact is among the open questions. */
  public AssessmentAssert asks(String factId) {
    isNotNull();
    if (actual.findOpenQuestion(factId).isEmpty()) {
      failWithMessage("Expected the open questions to include %s, but they are %s", factId,
          actual.openQuestions().stream().map(OpenQuestion::factId).toList());
    }
    return this;
  }

  /** Verifies that the fact is not among the open questions. */
  public AssessmentAssert doesNotAsk(String factId) {
    isNotNull();
    actual.findOpenQuestion(factId).ifPresent(q -> failWithMessage(
        "Expected no open question about %s, but it could settle %s", factId, q.citations()));
    return this;
  }

  /**
   * Verifies that some obligation is selected (an obligation id, or a citation and its
   * subdivisions), that each applies or may apply, and that the compliance of each is {@code
   * expected}.
   */
  public AssessmentAssert hasCompliance(String selector, ComplianceStatus expected) {
    isNotNull();
    List<Requirement> requirements = selected(selector);
    if (requirements.isEmpty()) {
      failWithMessage("Expected compliance %s for %s, but it is not a requirement%s", expected, selector,
          actual.findRuledOut(selector).map(n -> "; it was ruled out: " + n.explanation()).orElse(""));
    }
    for (Requirement r : requirements) {
      if (r.compliance().status() != expected) {
        failWithMessage("Expected compliance %s for %s (%s), but it is %s because:%n%s", expected, r.citation(), r.id(),
            r.compliance().status(), r.compliance().trace().render());
      }
    }
    return this;
  }

  /** The requirements a selector names: the one with that obligation id, or those under that citation. */
  private List<Requirement> selected(String selector) {
    Optional<Requirement> byId = actual.findRequirement(selector);
    return byId.map(List::of).orElseGet(() -> actual.requirementsUnder(selector));
  }

  private AssessmentAssert hasStatus(String selector, Applicability expected) {
    isNotNull();
    List<Requirement> found = selected(selector);
    if (found.stream().anyMatch(r -> r.applicability() == expected)) {
      return this;
    }
    if (!found.isEmpty()) {
      Requirement r = found.get(0);
      failWithMessage("Expected %s to be %s, but %s (%s) is %s because:%n%s", selector, expected, r.citation(), r.id(),
          r.applicability(), r.why().render());
    }
    Optional<RuledOut> ruledOut = actual.findRuledOut(selector);
    if (ruledOut.isPresent()) {
      failWithMessage("Expected %s to be %s, but it was ruled out (%s): %s%n%s", selector, expected,
          ruledOut.get().reason(), ruledOut.get().explanation(), ruledOut.get().trace().render());
    }
    failWithMessage("Expected %s to be %s, but no requirement is selected by it; requirements: %s", selector, expected,
        actual.requirements().stream().map(Requirement::citation).distinct().toList());
    return this;
  }
}
