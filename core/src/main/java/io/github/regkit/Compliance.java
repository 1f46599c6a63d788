package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Whether a requirement is already met, and what would settle it when that is not known.
 *
 * <pre>{@code
 * Compliance c = requirement.compliance();
 * if (c.status() == ComplianceStatus.UNKNOWN) {
 *   c.evidenceNeeded().forEach(System.out::println);
 * }
 * }</pre>
 *
 * @param status satisfied, outstanding or unknown
 * @param trace how the pack's satisfaction condition evaluated; a single unknown leaf when the pack
 *     gives none
 * @param evidenceNeeded for {@link ComplianceStatus#UNKNOWN}: the evidence that would settle it;
 *     otherwise empty
 * @param openFacts for {@link ComplianceStatus#UNKNOWN}: the unknown control facts that decide it
 */
public record Compliance(
    ComplianceStatus status, Trace trace, List<String> evidenceNeeded, List<String> openFacts) {
  public Compliance {
    requireNonNull(status, "status");
    requireNonNull(trace, "trace");
    evidenceNeeded = ImmutableList.copyOf(evidenceNeeded);
    openFacts = ImmutableList.copyOf(openFacts);
  }
}
