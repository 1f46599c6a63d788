package io.github.regkit.examples;

import io.github.regkit.Addressee;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Requirement;
import java.time.LocalDate;
import java.util.List;

/**
 * The walk-through a newcomer starts from: what vendor-onboarding code does with regkit. It
 * describes a hosted help-desk vendor, assesses it, turns the vendor's duties into contract clauses,
 * lists the caller's own open work, and says what to ask next.
 *
 * <pre>
 * java -cp examples/target/regkit-examples.jar io.github.regkit.examples.VendorOnboarding
 * </pre>
 */
public final class VendorOnboarding {
  private VendorOnboarding() {}

  public static void main(String[] args) {
    System.out.print(walkThrough(LocalDate.now(java.time.ZoneId.of("America/New_York"))));
  }

  static String walkThrough(LocalDate asOf) {
    // 1. One assessor per application: it is immutable and thread-safe.
    Assessor assessor = Assessor.forJurisdiction("US-MA");

    // 2. What the onboarding form knows, in the pack's vocabulary (see `regkit vocabulary`).
    Facts facts = Facts.builder()
        .set("entity.kind", "private-business")
        .set("entity.data-role", "owns-or-licenses")
        .set("data.subjects", List.of("ma-consumers"))
        .set("data.elements", List.of("name", "payment-card", "call-recordings"))
        .set("vendor.activities", List.of("receives", "stores", "processes", "transmits-over-public-networks"))
        .set("vendor.phone-calls", true)
        .set("vendor.conversation-capture", List.of("records"))
        .set("controls.encryption-in-transit", true)
        .build();

    // 3. Assess as of a date; the same facts and date always give the same answer.
    Assessment assessment = assessor.assess(facts, asOf);
    StringBuilder out = new StringBuilder();

    // 4. The vendor's duties become contract clauses.
    out.append("Contract clauses for the vendor:\n");
    for (Requirement r : assessment.requirements()) {
      if (r.obligation().addressee().role() == Addressee.Role.COUNTERPARTY) {
        out.append("  - ").append(r.obligation().summary()).append(" (").append(r.citation()).append(")\n");
      }
    }

    // 5. Our own duties that are not yet shown to be met.
    out.append("Our open work:\n");
    for (Requirement r : assessment.requirements()) {
      if (r.obligation().addressee().role() == Addressee.Role.CALLER
          && r.compliance().status() != ComplianceStatus.SATISFIED) {
        out.append("  - ").append(r.citation()).append(" ").append(r.obligation().title())
            .append(" [").append(r.applicability()).append(", ").append(r.compliance().status()).append("]\n");
      }
    }

    // 6. Already satisfied by what the vendor does.
    out.append("Already satisfied:\n");
    assessment.requirements().stream().filter(r -> r.compliance().status() == ComplianceStatus.SATISFIED)
        .forEach(r -> out.append("  - ").append(r.citation()).append(" ").append(r.obligation().title()).append("\n"));

    // 7. Ruled out, with the reason a reviewer can check.
    out.append("Does not apply:\n");
    assessment.ruledOut().forEach(n -> out.append("  - ").append(n.citation()).append(": ").append(n.reason()).append("\n"));

    // 8. What to ask next, most decisive first.
    out.append("Ask next:\n");
    for (OpenQuestion q : assessment.openQuestions().subList(0, Math.min(3, assessment.openQuestions().size()))) {
      out.append("  - ").append(q.question()).append("\n");
    }
    return out.toString();
  }
}
