package io.github.regkit;

import static java.util.Objects.requireNonNull;

import io.github.regkit.internal.OnDemand;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An obligation that applies, or may apply, to the assessed situation.
 *
 * <pre>{@code
 * for (Requirement req : assessment.requirements()) {
 *   System.out.println(req.citation() + " " + req.applicability() + " " + req.compliance().status());
 * }
 * }</pre>
 *
 * <p>Verdicts first, explanations on demand: an assessment from {@link Assessor#assess} decides the
 * applicability and the compliance at once and builds {@link #why()} when it is first asked for (for every
 * requirement and ruled-out entry of the assessment together, once; thread-safe), equal to what an
 * eager build gives. Until then the assessment holds the caller's facts; {@link #toString()} never
 * shows a fact value.
 *
 * <p>A value: {@link #equals} and {@link #hashCode} compare every part, the trace included.
 */
public final class Requirement {
  private final Obligation obligation;
  private final String regulationCitation;
  private final Applicability applicability;
  private final Compliance compliance;
  /** The trace, or until it is first asked for the {@code Supplier} that builds it. */
  private volatile Object why;

  /**
   * A requirement with its trace.
   *
   * @param obligation the duty, with its citation, excerpt and actions
   * @param regulationCitation the citation of the instrument it belongs to, for example {@code 201 CMR 17.00}
   * @param applicability {@link Applicability#APPLIES} or {@link Applicability#MAY_APPLY}
   * @param why the trace of the instrument's scope and the obligation's own conditions
   * @param compliance whether it is already met
   */
  public Requirement(Obligation obligation, String regulationCitation, Applicability applicability, Trace why, Compliance compliance) {
    this(obligation, regulationCitation, applicability, compliance, requireNonNull(why, "why"), null);
  }

  /**
   * A requirement whose trace is built when {@link #why()} is first called: {@code why} is called at
   * most once, and must give the trace an eager build would.
   */
  public Requirement(Obligation obligation, String regulationCitation, Applicability applicability, Supplier<Trace> why, Compliance compliance) {
    this(obligation, regulationCitation, applicability, compliance, null, requireNonNull(why, "why"));
  }

  private Requirement(Obligation obligation, String regulationCitation, Applicability applicability, Compliance compliance,
      @Nullable Trace why, @Nullable Supplier<Trace> explain) {
    this.obligation = requireNonNull(obligation, "obligation");
    this.regulationCitation = requireNonNull(regulationCitation, "regulationCitation");
    this.applicability = requireNonNull(applicability, "applicability");
    if (applicability == Applicability.NOT_APPLICABLE) {
      throw new IllegalArgumentException(
          "a requirement applies or may apply; " + obligation.id() + " is NOT_APPLICABLE");
    }
    this.compliance = requireNonNull(compliance, "compliance");
    this.why = why != null ? why : requireNonNull(explain, "explain");
  }

  /** The duty, with its citation, excerpt and actions. */
  public Obligation obligation() {
    return obligation;
  }

  /** The citation of the instrument it belongs to, for example {@code 201 CMR 17.00}. */
  public String regulationCitation() {
    return regulationCitation;
  }

  /** Whether it applies: {@link Applicability#APPLIES} or {@link Applicability#MAY_APPLY}. */
  public Applicability applicability() {
    return applicability;
  }

  /**
   * The trace of the instrument's scope and the obligation's own conditions; built on first call
   * when the requirement came from {@link Assessor#assess}.
   */
  public Trace why() {
    Object current = why;
    return current instanceof Trace built ? built : OnDemand.build(this, () -> why, v -> why = v, Trace.class, "why");
  }


  /** Whether it is already met. */
  public Compliance compliance() {
    return compliance;
  }

  /** The obligation's id. */
  public String id() {
    return obligation.id();
  }

  /** The obligation's pinpoint citation. */
  public String citation() {
    return obligation.citation();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Requirement r && obligation.equals(r.obligation) && regulationCitation.equals(r.regulationCitation)
        && applicability == r.applicability && compliance.equals(r.compliance) && why().equals(r.why());
  }

  @Override
  public int hashCode() {
    return Objects.hash(obligation, regulationCitation, applicability, why(), compliance);
  }

  /** The id, citation, applicability and compliance: never the trace, whose texts show the facts' values. */
  @Override
  public String toString() {
    return "Requirement[" + obligation.id() + ", " + obligation.citation() + ", " + applicability + ", compliance " + compliance.status() + "]";
  }
}
