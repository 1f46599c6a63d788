package io.github.regkit.examples.bench;

import io.github.regkit.Applicability;
import io.github.regkit.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The floor for regkit's benchmarks: the applicability verdicts of the Massachusetts pack (data
 * 2026.12.0) written by hand as plain if/else over the same {@link Facts}, with no trace, no
 * explanations, no compliance and no receipt. A program that needed only the verdicts and never
 * changed its rules could do this; regkit's time is reported as a ratio to it.
 *
 * <p>Unknown facts follow the pack's three-valued logic (an unknown fact gives {@link
 * Applicability#MAY_APPLY} unless another condition already decides), so the verdicts equal
 * regkit's; {@code HandWrittenMassachusettsTest} checks that for the bundled scenarios.
 */
public final class HandWrittenMassachusetts {
  /** Every obligation of the pack, in pack order; {@link #verdicts} answers in this order. */
  public static final List<String> OBLIGATIONS = List.of(
      "ma.201cmr17.03.1.wisp",
      "ma.201cmr17.03.2.a.program-owner",
      "ma.201cmr17.03.2.b.risk-assessment",
      "ma.201cmr17.03.2.c.off-premises",
      "ma.201cmr17.03.2.d.discipline",
      "ma.201cmr17.03.2.e.terminated-employees",
      "ma.201cmr17.03.2.f.select",
      "ma.201cmr17.03.2.f.contract",
      "ma.201cmr17.03.2.g.physical-access",
      "ma.201cmr17.03.2.h.monitoring",
      "ma.201cmr17.03.2.i.scope-review",
      "ma.201cmr17.03.2.j.incident-review",
      "ma.201cmr17.04.security-system",
      "ma.201cmr17.04.1.authentication",
      "ma.201cmr17.04.2.access-control",
      "ma.201cmr17.04.3.encryption-in-transit",
      "ma.201cmr17.04.4.monitoring",
      "ma.201cmr17.04.5.portable-encryption",
      "ma.201cmr17.04.6.firewall-patches",
      "ma.201cmr17.04.7.security-software",
      "ma.201cmr17.04.8.training",
      "ma.93h.3.a.vendor",
      "ma.93h.3.a.caller",
      "ma.93h.3.b.owner",
      "ma.93h.3.b.regulator-notice-contents",
      "ma.93h.3.b.resident-notice-contents",
      "ma.93h.3.b.no-delay-for-count",
      "ma.93h.3a.credit-monitoring",
      "ma.93h.4.law-enforcement",
      "ma.93h.5.federal-procedures",
      "ma.93i.2.disposal",
      "ma.93i.2.third-party-disposer",
      "ma.272-99.c1.no-secret-recording",
      "ma.93-105.a.card-form-pii",
      "ma.66a.2.a.responsible-individual",
      "ma.66a.2.third-party-access",
      "ma.66a.2.f.access-log",
      "ma.30-63.system-notice",
      "ma.760cmr8.04.1.holder-contract",
      "ma.760cmr8.04.2.dissemination",
      "ma.801cmr3.02.1.a.information-officer",
      "ma.801cmr3.02.1.b.inform-employees",
      "ma.801cmr3.02.1.c.minimisation",
      "ma.801cmr3.02.1.d.physical-safeguards",
      "ma.801cmr3.02.1.e.accuracy",
      "ma.801cmr3.02.1.f.contracts",
      "ma.801cmr3.03.third-party-access");

  // Three-valued truth as small ints: false, true, unknown.
  private static final int F = 0;
  private static final int T = 1;
  private static final int U = 2;

  private static final Applicability[] VERDICT = {
    Applicability.NOT_APPLICABLE, Applicability.APPLIES, Applicability.MAY_APPLY
  };

  private static final Set<String> NUMBERS_93H =
      Set.of("ssn", "drivers-license", "ma-state-id", "other-state-id", "financial-account", "payment-card");
  private static final Set<String> NUMBERS_93I = Set.of("ssn", "drivers-license", "ma-state-id", "financial-account", "payment-card");
  private static final Set<String> ELEMENTS_93I =
      Set.of("ssn", "drivers-license", "ma-state-id", "financial-account", "payment-card", "biometric");
  private static final Set<String> CONVERSATIONS = Set.of("chat-transcripts", "call-recordings");
  private static final Set<String> PERSONAL_DATA = Set.of("name", "ssn", "drivers-license", "ma-state-id",
      "other-state-id", "financial-account", "payment-card", "biometric", "email", "phone", "postal-address",
      "chat-transcripts", "call-recordings", "other");
  private static final Set<String> SERVICE_PROVIDER_ACTIVITIES = Set.of("receives", "stores", "processes", "accesses", "disposes");
  private static final Set<String> CAPTURE = Set.of("records", "live-monitoring", "real-time-analysis");
  private static final Set<String> RESIDENTS = Set.of("ma-consumers", "ma-employees", "ma-tenants");
  private static final Set<String> PRIVATE = Set.of("private-business", "nonprofit", "agency-contractor");
  private static final Set<String> AGENCY_93H = Set.of("executive-agency", "constitutional-office", "local-housing-authority",
      "local-redevelopment-authority", "city-or-town", "other-public-body");
  private static final Set<String> AGENCY_93I = Set.of("city-or-town", "constitutional-office", "local-housing-authority",
      "local-redevelopment-authority");
  private static final Set<String> AGENCY_66A = Set.of("executive-agency", "constitutional-office", "local-housing-authority",
      "local-redevelopment-authority");
  private static final Set<String> FIPA_CONTRACTING = Set.of("executive-agency", "local-housing-or-redevelopment-authority", "other-authority");

  private static final LocalDate CMR17_FROM = LocalDate.of(2010, 3, 1);
  private static final LocalDate C93H_FROM = LocalDate.of(2007, 10, 31);
  private static final LocalDate C93H_2019 = LocalDate.of(2019, 4, 11);
  /** The sources give these only as dates by which the law was in force: before them, unknown. */
  private static final LocalDate C93I_BY = LocalDate.of(2008, 2, 3);
  private static final LocalDate C272_BY = LocalDate.of(1974, 11, 4);
  private static final LocalDate C93_105_BY = LocalDate.of(2011, 5, 23);
  private static final LocalDate C66A_BY = LocalDate.of(1976, 9, 1);
  private static final LocalDate CMR760_BY = LocalDate.of(2024, 9, 27);
  private static final LocalDate CMR801_BY = LocalDate.of(2024, 6, 21);

  private HandWrittenMassachusetts() {}

  /** The verdict of every obligation in {@link #OBLIGATIONS}, in that order. */
  public static Applicability[] verdicts(Facts facts, LocalDate asOf) {
    String kind = (String) facts.get("entity.kind").orElse(null);
    String role = (String) facts.get("entity.data-role").orElse(null);
    String contracting = (String) facts.get("entity.contracting-agency").orElse(null);
    Set<?> subjects = (Set<?>) facts.get("data.subjects").orElse(null);
    Set<?> elements = (Set<?>) facts.get("data.elements").orElse(null);
    Set<?> said = (Set<?>) facts.get("data.numbers-in-conversations").orElse(null);
    Set<?> other = (Set<?>) facts.get("entity.other-data-elements").orElse(null);
    Set<?> activities = (Set<?>) facts.get("vendor.activities").orElse(null);
    Set<?> capture = (Set<?>) facts.get("vendor.conversation-capture").orElse(null);
    Boolean electronicRecords = (Boolean) facts.get("entity.electronic-records").orElse(null);
    Boolean statutory = (Boolean) facts.get("entity.statutory-authority").orElse(null);
    Boolean ownFipa = (Boolean) facts.get("entity.own-fipa-regulations").orElse(null);
    Boolean phone = (Boolean) facts.get("vendor.phone-calls").orElse(null);
    Boolean chat = (Boolean) facts.get("vendor.live-chat").orElse(null);
    Boolean cards = (Boolean) facts.get("entity.accepts-card-payments").orElse(null);
    Boolean federal = (Boolean) facts.get("entity.federal-breach-procedures").orElse(null);
    Boolean systemChange = (Boolean) facts.get("entity.personal-data-system-change").orElse(null);

    // Terms.
    int residentData = anyOf(subjects, RESIDENTS);
    int hasName = contains(elements, "name");
    int conversationsKept = anyOf(elements, CONVERSATIONS);
    int piVendor93h = and(residentData, and(hasName, or(anyOf(elements, NUMBERS_93H), and(conversationsKept, anyOf(said, NUMBERS_93H)))));
    int otherName = contains(other, "name");
    int personalInformation = or(piVendor93h, and(otherName, anyOf(other, NUMBERS_93H)));
    int piVendor93i = and(residentData, and(hasName, or(anyOf(elements, ELEMENTS_93I), and(conversationsKept, anyOf(said, NUMBERS_93I)))));
    int personalInformation93i = or(piVendor93i, and(otherName, anyOf(other, ELEMENTS_93I)));
    int person = in(kind, PRIVATE);
    int agency93h = in(kind, AGENCY_93H);
    int agency93i = or(in(kind, AGENCY_93I), and(in(kind, Set.of("executive-agency", "other-public-body")), truth(statutory)));
    int ownsOrLicenses = role == null ? U : T; // both allowed values qualify
    int owns = is(role, "owns-or-licenses");
    int maintainsOnly = is(role, "maintains-or-stores-only");
    int electronic = or(truth(electronicRecords), contains(activities, "transmits-over-public-networks"));
    int vendorHandles = anyOf(activities, SERVICE_PROVIDER_ACTIVITIES);
    int serviceProvider = and(piVendor93h, vendorHandles);
    int holder = or(or(in(kind, AGENCY_66A), and(is(kind, "other-public-body"), truth(statutory))),
        and(is(kind, "agency-contractor"), in(contracting, FIPA_CONTRACTING)));
    int personalData = anyOf(elements, PERSONAL_DATA);
    int lhaOrLra = in(kind, Set.of("local-housing-authority", "local-redevelopment-authority"));
    int captured = anyOf(capture, CAPTURE);
    int communications = or(and(truth(phone), captured), and(truth(chat), captured));
    int noOwnFipa = not(truth(ownFipa));

    // Scopes.
    int cmr17 = asOf.isBefore(CMR17_FROM) ? F : and(person, and(ownsOrLicenses, personalInformation));
    int c93h = asOf.isBefore(C93H_FROM) ? F : and(or(person, agency93h), personalInformation);
    int c93i = inForceBy(asOf, C93I_BY, and(or(person, agency93i), personalInformation93i));
    int c272 = inForceBy(asOf, C272_BY, communications);
    int c93105 = inForceBy(asOf, C93_105_BY, and(person, truth(cards)));
    int c66a = inForceBy(asOf, C66A_BY, and(holder, personalData));
    int c3063 = inForceBy(asOf, C66A_BY, and(holder, personalData));
    int cmr760 = inForceBy(asOf, CMR760_BY,
        or(lhaOrLra, and(is(kind, "agency-contractor"), is(contracting, "local-housing-or-redevelopment-authority"))));
    int cmr801 = inForceBy(asOf, CMR801_BY, and(or(or(is(kind, "executive-agency"), and(is(kind, "constitutional-office"), noOwnFipa)),
        and(is(kind, "other-public-body"), and(truth(statutory), noOwnFipa))), personalData));

    Applicability[] out = new Applicability[OBLIGATIONS.size()];
    int i = 0;
    for (int k = 0; k < 6; k++) {
      out[i++] = VERDICT[cmr17];
    }
    out[i++] = VERDICT[and(cmr17, serviceProvider)];
    out[i++] = VERDICT[and(cmr17, serviceProvider)];
    for (int k = 0; k < 4; k++) {
      out[i++] = VERDICT[cmr17];
    }
    for (int k = 0; k < 9; k++) {
      out[i++] = VERDICT[and(cmr17, electronic)];
    }
    boolean amended = !asOf.isBefore(C93H_2019);
    int ownerNotice = and(c93h, and(owns, personalInformation));
    out[i++] = VERDICT[and(c93h, and(piVendor93h, contains(activities, "stores")))];
    out[i++] = VERDICT[and(c93h, and(maintainsOnly, personalInformation))];
    out[i++] = VERDICT[ownerNotice];
    out[i++] = amended ? VERDICT[ownerNotice] : Applicability.NOT_APPLICABLE;
    out[i++] = amended ? VERDICT[and(ownerNotice, not(and(person, truth(federal))))] : Applicability.NOT_APPLICABLE;
    out[i++] = amended ? VERDICT[ownerNotice] : Applicability.NOT_APPLICABLE;
    int ssn = or(or(contains(elements, "ssn"), and(conversationsKept, contains(said, "ssn"))),
        and(maintainsOnly, contains(other, "ssn")));
    out[i++] = amended ? VERDICT[and(c93h, and(person, and(personalInformation, ssn)))] : Applicability.NOT_APPLICABLE;
    out[i++] = VERDICT[and(c93h, and(ownsOrLicenses, personalInformation))];
    out[i++] = VERDICT[and(c93h, and(person, and(and(owns, personalInformation), truth(federal))))];
    out[i++] = VERDICT[c93i];
    out[i++] = VERDICT[and(c93i, and(piVendor93i, contains(activities, "disposes")))];
    out[i++] = VERDICT[c272];
    out[i++] = VERDICT[c93105];
    out[i++] = VERDICT[c66a];
    out[i++] = VERDICT[and(c66a, vendorHandles)];
    out[i++] = VERDICT[c66a];
    out[i++] = VERDICT[and(c3063, truth(systemChange))];
    out[i++] = VERDICT[and(cmr760, and(lhaOrLra, and(personalData, vendorHandles)))];
    out[i++] = VERDICT[and(cmr760, personalData)];
    for (int k = 0; k < 5; k++) {
      out[i++] = VERDICT[cmr801];
    }
    out[i++] = VERDICT[and(cmr801, vendorHandles)];
    out[i++] = VERDICT[cmr801];
    return out;
  }

  /** A scope before a date the sources give only as one by which the law was in force: unknown. */
  private static int inForceBy(LocalDate asOf, LocalDate by, int scope) {
    return asOf.isBefore(by) ? and(U, scope) : scope;
  }

  private static int anyOf(@Nullable Set<?> actual, Set<String> wanted) {
    if (actual == null) {
      return U;
    }
    for (Object o : actual) {
      if (wanted.contains(o)) {
        return T;
      }
    }
    return F;
  }

  private static int contains(@Nullable Set<?> actual, String wanted) {
    return actual == null ? U : actual.contains(wanted) ? T : F;
  }

  private static int in(@Nullable String actual, Set<String> wanted) {
    return actual == null ? U : wanted.contains(actual) ? T : F;
  }

  private static int truth(@Nullable Boolean b) {
    if (b == null) {
      return U;
    }
    return b ? T : F;
  }

  private static int is(@Nullable String actual, String wanted) {
    if (actual == null) {
      return U;
    }
    return actual.equals(wanted) ? T : F;
  }

  private static int and(int a, int b) {
    if (a == F || b == F) {
      return F;
    }
    if (a == U || b == U) {
      return U;
    }
    return T;
  }

  private static int or(int a, int b) {
    if (a == T || b == T) {
      return T;
    }
    if (a == U || b == U) {
      return U;
    }
    return F;
  }

  private static int not(int a) {
    if (a == U) {
      return U;
    }
    return a == T ? F : T;
  }
}
