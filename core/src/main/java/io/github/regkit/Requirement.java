package io.github.regkit;

import static java.util.Objects.requireNonNull;

/**
 * An obligation that applies, or may apply, to the assessed situation.
 *
 * <pre>{@code
 * for (Requirement req : assessment.requirements()) {
 *   System.out.println(req.citation() + " " + req.status() + " " + req.compliance().status());
 * }
 * }</pre>
 *
 * @param obligation the duty, with its citation, excerpt and actions
 * @param regulationCitation the citation of the instrument it belongs to, for example {@code 201 CMR 17.00}
 * @param status {@link Applicability#APPLIES} or {@link Applicability#MAY_APPLY}
 * @param why the trace of the instrument's scope and the obligation's own conditions
 * @param compliance whether it is already met
 */
public record Requirement(
    Obligation obligation,
    String regulationCitation,
    Applicability status,
    Trace why,
    Compliance compliance) {
  public Requirement {
    requireNonNull(obligation, "obligation");
    requireNonNull(regulationCitation, "regulationCitation");
    requireNonNull(status, "status");
    if (status == Applicability.NOT_APPLICABLE) {
      throw new IllegalArgumentException(
          "a requirement applies or may apply; " + obligation.id() + " is NOT_APPLICABLE");
    }
    requireNonNull(why, "why");
    requireNonNull(compliance, "compliance");
  }

  /** The obligation's id. */
  public String id() {
    return obligation.id();
  }

  /** The obligation's pinpoint citation. */
  public String citation() {
    return obligation.citation();
  }
}
