package io.github.regkit.examples.bench;

import io.github.regkit.Applicability;
import io.github.regkit.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The floor for regkit's benchmarks: the applicability verdicts of the Massachusetts pack (data
 * 2026.11.0) written by hand as plain if/else over the same {@link Facts}, with no trace, no
 * explanations, no compliance and no receipt. A program that needed only the verdicts and never
 * changed its rules could do this; regkit's time is reported as a ratio to it.
 *
 * <p>Unknown facts follow the pack's three-valued logic (an unknown fact gives {@link
 * Applicability#MAY_APPLY} unless another condition already decides), so the verdicts equal
 * regkit's; {@code HandWrittenMassachusettsTest} checks that for the bundled scenarios.
 */
public final class HandWrittenMassachusetts {
  /** Every obligation of the pack; {@link #verdicts} answers in this order. */
  public static final List<String> OBLIGATIONS = List.of(
      "ma.201cmr17.03.1.wisp",
      "ma.201cmr17.03.2.a.program-owner",
      "ma.201cmr17.03.2.b.risk-assessment",
      "ma.201cmr17.03.2.c.off-premises",
      "ma.201cmr17.03.2.d.discipline",
      "ma.201cmr17.03.2.e.terminated-employees",
      "ma.201cmr17.03.2.f.select",
      "ma.201cmr17.03.2.f.contract",
      "ma.201cmr17.04.security-system",
      "ma.201cmr17.04.1.authentication",
      "ma.201cmr17.04.2.access-control",
      "ma.201cmr17.04.3.encryption-in-transit",
      "ma.201cmr17.04.4.monitoring",
      "ma.201cmr17.04.5.portable-encryption",
      "ma.201cmr17.04.6.firewall-patches",
      "ma.201cmr17.04.7.security-software",
      "ma.760cmr8.04.1.holder-contract",
      "ma.760cmr8.04.2.dissemination",
      "ma.801cmr3.02.1.a.information-officer",
      "ma.801cmr3.02.1.b.inform-employees",
      "ma.801cmr3.02.1.c.minimisation",
      "ma.801cmr3.02.1.d.physical-safeguards",
      "ma.801cmr3.02.1.e.accuracy",
      "ma.801cmr3.02.1.f.contracts",
      "ma.801cmr3.03.third-party-access",
      "ma.272-99.c1.no-secret-recording",
      "ma.66a.2.a.responsible-individual",
      "ma.66a.2.third-party-access",
      "ma.66a.2.f.access-log",
      "ma.93-105.a.card-form-pii",
      "ma.93h.3.a.vendor",
      "ma.93h.3.a.caller",
      "ma.93h.3.b.owner",
      "ma.93h.3a.credit-monitoring",
      "ma.93h.4.law-enforcement",
      "ma.93i.2.disposal",
      "ma.93i.2.third-party-disposer");

  // Three-valued truth as small ints: false, true, unknown.
  private static final int F = 0;
  private static final int T = 1;
  private static final int U = 2;

  private static final Applicability[] VERDICT = {
    Applicability.NOT_APPLICABLE, Applicability.APPLIES, Applicability.MAY_APPLY
  };

  private static final Set<String> PI_93H_SENSITIVE =
      Set.of("ssn", "drivers-license", "ma-state-id", "other-state-id", "financial-account", "payment-card");
  private static final Set<String> PI_93I_SENSITIVE =
      Set.of("ssn", "drivers-license", "ma-state-id", "financial-account", "payment-card", "biometric");
  private static final Set<String> PERSONAL_DATA = Set.of("name", "ssn", "drivers-license", "ma-state-id",
      "other-state-id", "financial-account", "payment-card", "biometric", "email", "phone", "postal-address",
      "call-recordings", "other");
  private static final Set<String> RECEIVES_STORES_PROCESSES = Set.of("receives", "stores", "processes");
  private static final Set<String> RESIDENTS = Set.of("ma-consumers", "ma-employees", "ma-tenants");

  private static final LocalDate CMR17_FROM = LocalDate.of(2010, 3, 1);
  private static final LocalDate C93H_FROM = LocalDate.of(2007, 10, 31);
  private static final LocalDate C93H_3A_FROM = LocalDate.of(2019, 4, 11);
  private static final LocalDate C93I_FROM = LocalDate.of(2008, 2, 3);
  /** The sources give these only as dates by which the rule was in force: before them, unknown. */
  private static final LocalDate CMR760_BY = LocalDate.of(2024, 9, 27);
  private static final LocalDate CMR801_BY = LocalDate.of(2024, 6, 21);
  private static final LocalDate C93_105_BY = LocalDate.of(2011, 5, 1);

  private HandWrittenMassachusetts() {}

  /** The verdict of every obligation in {@link #OBLIGATIONS}, in that order. */
  public static Applicability[] verdicts(Facts facts, LocalDate asOf) {
    String kind = (String) facts.get("entity.kind").orElse(null);
    String role = (String) facts.get("entity.data-role").orElse(null);
    String contracting = (String) facts.get("entity.contracting-agency").orElse(null);
    Set<?> subjects = (Set<?>) facts.get("data.subjects").orElse(null);
    Set<?> elements = (Set<?>) facts.get("data.elements").orElse(null);
    Set<?> other = (Set<?>) facts.get("entity.other-data-elements").orElse(null);
    Set<?> activities = (Set<?>) facts.get("vendor.activities").orElse(null);
    Boolean electronicRecords = (Boolean) facts.get("entity.electronic-records").orElse(null);
    Boolean statutory = (Boolean) facts.get("entity.statutory-authority").orElse(null);
    Boolean ownFipa = (Boolean) facts.get("entity.own-fipa-regulations").orElse(null);
    Boolean recordsCalls = (Boolean) facts.get("vendor.records-calls").orElse(null);
    Boolean cards = (Boolean) facts.get("entity.accepts-card-payments").orElse(null);

    // Terms.
    int residentData = subjects == null ? U : anyOf(subjects, RESIDENTS) ? T : F;
    int hasName = elements == null ? U : elements.contains("name") ? T : F;
    int piVendor93h = and(residentData, and(hasName, elements == null ? U : anyOf(elements, PI_93H_SENSITIVE) ? T : F));
    int otherName = other == null ? U : other.contains("name") ? T : F;
    int piOther93h = and(otherName, other == null ? U : anyOf(other, PI_93H_SENSITIVE) ? T : F);
    int personalInformation = or(piVendor93h, piOther93h);
    int piVendor93i = and(residentData, and(hasName, elements == null ? U : anyOf(elements, PI_93I_SENSITIVE) ? T : F));
    int piOther93i = and(otherName, other == null ? U : anyOf(other, PI_93I_SENSITIVE) ? T : F);
    int personalInformation93i = or(piVendor93i, piOther93i);
    int person;
    int agency;
    if (kind == null) {
      person = U;
      agency = U;
    } else if (kind.equals("private-business") || kind.equals("nonprofit") || kind.equals("agency-contractor")) {
      person = T;
      agency = F;
    } else if (kind.equals("executive-agency") || kind.equals("local-housing-authority")
        || kind.equals("local-redevelopment-authority") || kind.equals("other-public-body")) {
      person = F;
      agency = T;
    } else {
      person = F;
      agency = F;
    }
    int ownsOrLicenses = role == null ? U : T; // both allowed values qualify
    int electronic = or(truth(electronicRecords), activities == null ? U : activities.contains("transmits-over-public-networks") ? T : F);
    int vendorHandles = activities == null ? U : anyOf(activities, RECEIVES_STORES_PROCESSES) ? T : F;
    int serviceProviderAccess = and(piVendor93h, vendorHandles);
    int holder = or(or(kindIsOneOf(kind, "executive-agency", "local-housing-authority", "local-redevelopment-authority"),
        and(is(kind, "other-public-body"), truth(statutory))), is(kind, "agency-contractor"));
    int personalData = elements == null ? U : anyOf(elements, PERSONAL_DATA) ? T : F;
    int lhaOrLra = kindIsOneOf(kind, "local-housing-authority", "local-redevelopment-authority");

    // Scopes.
    int cmr17 = asOf.isBefore(CMR17_FROM) ? F : and(person, and(ownsOrLicenses, personalInformation));
    int cmr760 = or(lhaOrLra, and(is(kind, "agency-contractor"), is(contracting, "local-housing-or-redevelopment-authority")));
    int cmr801 = and(or(or(is(kind, "executive-agency"), and(is(kind, "agency-contractor"), is(contracting, "executive-agency"))),
        and(is(kind, "other-public-body"), and(truth(statutory), not(truth(ownFipa))))), personalData);
    int c272 = truth(recordsCalls);
    int c66a = and(holder, personalData);
    int c93105 = asOf.isBefore(C93_105_BY) ? and(U, truth(cards)) : truth(cards);
    cmr760 = asOf.isBefore(CMR760_BY) ? and(U, cmr760) : cmr760;
    cmr801 = asOf.isBefore(CMR801_BY) ? and(U, cmr801) : cmr801;
    int c93h = asOf.isBefore(C93H_FROM) ? F : and(or(person, agency), personalInformation);
    int c93i = asOf.isBefore(C93I_FROM) ? F : personalInformation93i;

    Applicability[] out = new Applicability[OBLIGATIONS.size()];
    int i = 0;
    for (int k = 0; k < 6; k++) {
      out[i++] = VERDICT[cmr17];
    }
    out[i++] = VERDICT[and(cmr17, serviceProviderAccess)];
    out[i++] = VERDICT[and(cmr17, serviceProviderAccess)];
    for (int k = 0; k < 8; k++) {
      out[i++] = VERDICT[and(cmr17, electronic)];
    }
    out[i++] = VERDICT[and(cmr760, and(lhaOrLra, and(personalData, vendorHandles)))];
    out[i++] = VERDICT[and(cmr760, personalData)];
    for (int k = 0; k < 5; k++) {
      out[i++] = VERDICT[cmr801];
    }
    out[i++] = VERDICT[and(cmr801, vendorHandles)];
    out[i++] = VERDICT[cmr801];
    out[i++] = VERDICT[c272];
    out[i++] = VERDICT[c66a];
    out[i++] = VERDICT[and(c66a, vendorHandles)];
    out[i++] = VERDICT[c66a];
    out[i++] = VERDICT[c93105];
    int owns = is(role, "owns-or-licenses");
    int maintainsOnly = is(role, "maintains-or-stores-only");
    out[i++] = VERDICT[and(c93h, and(owns, and(piVendor93h, activities == null ? U : activities.contains("stores") ? T : F)))];
    out[i++] = VERDICT[and(c93h, and(maintainsOnly, personalInformation))];
    out[i++] = VERDICT[and(c93h, and(owns, personalInformation))];
    int ssn = or(elements == null ? U : elements.contains("ssn") ? T : F,
        and(maintainsOnly, other == null ? U : other.contains("ssn") ? T : F));
    out[i++] = asOf.isBefore(C93H_3A_FROM) ? Applicability.NOT_APPLICABLE
        : VERDICT[and(c93h, and(person, and(personalInformation, ssn)))];
    out[i++] = VERDICT[and(c93h, and(ownsOrLicenses, personalInformation))];
    out[i++] = VERDICT[c93i];
    out[i++] = VERDICT[and(c93i, and(piVendor93i, activities == null ? U : activities.contains("disposes") ? T : F))];
    return out;
  }

  private static boolean anyOf(Set<?> actual, Set<String> wanted) {
    for (Object o : actual) {
      if (wanted.contains(o)) {
        return true;
      }
    }
    return false;
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

  private static int kindIsOneOf(@Nullable String actual, String a, String b, String c) {
    if (actual == null) {
      return U;
    }
    return actual.equals(a) || actual.equals(b) || actual.equals(c) ? T : F;
  }

  private static int kindIsOneOf(@Nullable String actual, String a, String b) {
    if (actual == null) {
      return U;
    }
    return actual.equals(a) || actual.equals(b) ? T : F;
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
