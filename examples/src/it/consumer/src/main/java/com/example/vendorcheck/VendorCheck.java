package com.example.vendorcheck;

import static io.github.regkit.ma.MassachusettsFacts.CONTROLS_ENCRYPTION_IN_TRANSIT;
import static io.github.regkit.ma.MassachusettsFacts.DATA_ELEMENTS;
import static io.github.regkit.ma.MassachusettsFacts.DATA_SUBJECTS;
import static io.github.regkit.ma.MassachusettsFacts.ENTITY_DATA_ROLE;
import static io.github.regkit.ma.MassachusettsFacts.ENTITY_KIND;
import static io.github.regkit.ma.MassachusettsFacts.VENDOR_ACTIVITIES;
import static io.github.regkit.ma.MassachusettsFacts.VENDOR_CONVERSATION_CAPTURE;
import static io.github.regkit.ma.MassachusettsFacts.VENDOR_PHONE_CALLS;

import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.RulePack;
import io.github.regkit.ma.MassachusettsFacts.DataElements;
import io.github.regkit.ma.MassachusettsFacts.DataSubjects;
import io.github.regkit.ma.MassachusettsFacts.EntityDataRole;
import io.github.regkit.ma.MassachusettsFacts.EntityKind;
import io.github.regkit.ma.MassachusettsFacts.VendorActivities;
import io.github.regkit.ma.MassachusettsFacts.VendorConversationCapture;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Can I use a third-party customer-service tool that collects personal information in
 * Massachusetts? What are the requirements?" — answered by a program that depends on regkit like
 * any application would.
 *
 * <pre>
 * java -cp ... com.example.vendorcheck.VendorCheck [YYYY-MM-DD]
 * java -p ... -m com.example.vendorcheck/com.example.vendorcheck.VendorCheck [YYYY-MM-DD]
 * </pre>
 */
public final class VendorCheck {
  private VendorCheck() {}

  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now();
    System.out.print(checklist(assess(asOf)));
  }

  /**
   * The assessor: the Massachusetts pack, found by ServiceLoader (META-INF/services on the class
   * path, the pack module's {@code provides} on the module path).
   */
  static Assessor assessor() {
    return Assessor.forJurisdiction("US-MA");
  }

  /**
   * The assessor with the company's own policy pack on top of US-MA. The policy pack's files are
   * this module's own resources, so this class opens them (on the module path core could not).
   */
  static Assessor assessorWithPolicy() {
    RulePack policy = RulePack.load("manifest.json",
        name -> Optional.ofNullable(VendorCheck.class.getResourceAsStream("acme-policy/" + name)));
    return Assessor.builder().addJurisdiction("US-MA").addPack(policy).build();
  }

  /** What the onboarding form says about the help-desk tool, in the pack's vocabulary. */
  static Facts helpDeskFacts() {
    return Facts.builder()
        .set(ENTITY_KIND, EntityKind.PRIVATE_BUSINESS)
        .set(ENTITY_DATA_ROLE, EntityDataRole.OWNS_OR_LICENSES)
        .set(DATA_SUBJECTS, List.of(DataSubjects.MA_CONSUMERS))
        .set(DATA_ELEMENTS, List.of(DataElements.NAME, DataElements.PAYMENT_CARD))
        .set(VENDOR_ACTIVITIES, List.of(
            VendorActivities.RECEIVES, VendorActivities.STORES, VendorActivities.TRANSMITS_OVER_PUBLIC_NETWORKS))
        .set(VENDOR_PHONE_CALLS, true)
        .set(VENDOR_CONVERSATION_CAPTURE, List.of(VendorConversationCapture.RECORDS))
        .set(CONTROLS_ENCRYPTION_IN_TRANSIT, true)
        .build();
  }

  static Assessment assess(LocalDate asOf) {
    return assessor().assess(helpDeskFacts(), asOf);
  }

  /** The answer as a plain-text checklist. */
  static String checklist(Assessment assessment) {
    StringBuilder out = new StringBuilder();
    out.append("Third-party customer-service tool, Massachusetts, as of ")
        .append(assessment.receipt().asOf()).append('\n');
    Module regkit = Assessor.class.getModule();
    out.append("regkit ").append(assessment.receipt().regkitVersion())
        .append(regkit.isNamed() ? " from the module path (module " + regkit.getName() + ")" : " from the class path")
        .append('\n');
    assessment.warnings().forEach(w -> out.append("warning: ").append(w.message()).append('\n'));
    out.append("Requirements:\n");
    for (Requirement r : assessment.requirements()) {
      out.append("  ").append(r.citation()).append(" [").append(r.applicability()).append(", ")
          .append(r.compliance().status()).append("] ").append(r.obligation().title()).append('\n');
    }
    out.append("Does not apply:\n");
    for (RuledOut n : assessment.ruledOut()) {
      out.append("  ").append(n.citation()).append(": ").append(n.reason()).append('\n');
    }
    out.append("Ask next:\n");
    for (OpenQuestion q : assessment.openQuestions().subList(0, Math.min(3, assessment.openQuestions().size()))) {
      out.append("  ").append(q.factId()).append(": ").append(q.question()).append('\n');
    }
    return out.toString();
  }
}
