package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Requirement;

/**
 * A requirement of one arrangement, in brief: what a batch keeps of each {@link Requirement}.
 *
 * <pre>{@code
 * List<Duty> vendors = ArrangementResult.of(1, "crm", assessment).duties().stream()
 *     .filter(d -> d.addressee() == Addressee.Role.COUNTERPARTY).toList();
 * }</pre>
 *
 * @param obligationId the obligation's id
 * @param citation its pinpoint citation
 * @param instrument the citation of its instrument, for example {@code 201 CMR 17.00}
 * @param applicability {@link Applicability#APPLIES} or {@link Applicability#MAY_APPLY}
 * @param compliance whether it is met
 * @param addressee whose duty it is: the caller's, or the vendor's ({@link
 *     Addressee.Role#COUNTERPARTY})
 */
public record Duty(String obligationId, String citation, String instrument, Applicability applicability,
    ComplianceStatus compliance, Addressee.Role addressee) {
  public Duty {
    requireNonNull(obligationId, "obligationId");
    requireNonNull(citation, "citation");
    requireNonNull(instrument, "instrument");
    requireNonNull(applicability, "applicability");
    requireNonNull(compliance, "compliance");
    requireNonNull(addressee, "addressee");
  }

  /** The brief of a requirement. */
  public static Duty of(Requirement r) {
    return new Duty(r.id(), r.citation(), r.regulationCitation(), r.applicability(), r.compliance().status(),
        r.obligation().addressee().role());
  }
}
