package io.github.regkit.report;

import static java.util.Objects.requireNonNull;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.RuledOut;
import java.time.LocalDate;

/**
 * The words the reports use for regkit's codes, so that your own output (a form, a ticket, a
 * command line) says what {@link AssessmentReport} says. English, capitalised as a table cell.
 *
 * <pre>{@code
 * String cell = Words.of(requirement.applicability()) + ", " + Words.of(requirement.compliance().status());
 * // "May apply, Not known yet"
 * }</pre>
 */
public final class Words {
  private Words() {}

  /** "Applies", "May apply" or "Does not apply". */
  public static String of(Applicability applicability) {
    return switch (requireNonNull(applicability, "applicability")) {
      case APPLIES -> "Applies";
      case MAY_APPLY -> "May apply";
      case NOT_APPLICABLE -> "Does not apply";
    };
  }

  /** "Met", "Not met" or "Not known yet". */
  public static String of(ComplianceStatus compliance) {
    return switch (requireNonNull(compliance, "compliance")) {
      case SATISFIED -> "Met";
      case OUTSTANDING -> "Not met";
      case UNKNOWN -> "Not known yet";
    };
  }

  /** Whose duty: "Yours" for the caller, "The vendor's" for the counterparty. */
  public static String of(Addressee.Role role) {
    return requireNonNull(role, "role") == Addressee.Role.CALLER ? "Yours" : "The vendor's";
  }

  /**
   * Why an entry was ruled out, in a few words, for example "Not in force on 2009-12-31" or "Does
   * not bind this situation".
   *
   * @param ruledOut the entry
   * @param asOf the assessment's as-of date, which a "not in force" reason names
   */
  public static String reason(RuledOut ruledOut, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return switch (ruledOut.reason()) {
      case NOT_IN_FORCE -> "Not in force on " + asOf;
      case SCOPE_NOT_MET -> ruledOut.level() == RuledOut.Level.INSTRUMENT ? "Does not bind this situation" : "Its conditions are not met";
      case EXEMPT -> "Exempt";
    };
  }
}
