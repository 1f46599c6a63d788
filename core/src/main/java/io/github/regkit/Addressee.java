package io.github.regkit;

import static java.util.Objects.requireNonNull;

/**
 * Whose duty an obligation is, from the caller's point of view.
 *
 * <pre>{@code
 * boolean vendorsDuty = requirement.obligation().addressee().role() == Addressee.Role.COUNTERPARTY;
 * }</pre>
 *
 * @param role the caller itself, or a counterparty such as the vendor being onboarded
 * @param party the legal role in the law's own terms, for example "owner or licensor" or "person
 *     that maintains or stores data it does not own"
 */
public record Addressee(Role role, String party) {
  /** The caller, or the party the caller deals with. */
  public enum Role {
    /** The organisation that asked for the assessment. */
    CALLER,
    /** The other party, typically the vendor; onboarding code turns its duties into contract clauses. */
    COUNTERPARTY
  }

  public Addressee {
    requireNonNull(role, "role");
    requireNonNull(party, "party");
  }
}
