package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What an assessment was computed from, so a reviewer can reproduce it: the regkit version, each
 * pack's identity and content hash, the as-of date, and a hash of the facts. The facts themselves
 * are never recorded here, since they can be personal information. It also carries the assessment's
 * {@link Warning}s, so a stored receipt keeps its caveats.
 *
 * <pre>{@code
 * Receipt r = assessment.receipt();
 * System.out.println("regkit " + r.regkitVersion() + ", as of " + r.asOf() + ", facts " + r.factsHash());
 * }</pre>
 *
 * @param regkitVersion the version of regkit-core
 * @param packs the packs consulted, in assessor order
 * @param asOf the date the law was read as of
 * @param factsHash SHA-256 of the facts' canonical JSON, in lower-case hex
 * @param warnings caveats on the answer (for example an as-of date after a pack's "current as of"
 *     date), in pack order
 */
public record Receipt(String regkitVersion, List<PackStamp> packs, LocalDate asOf, String factsHash, List<Warning> warnings) {

  /**
   * One pack's identity.
   *
   * @param id the pack id
   * @param jurisdiction the jurisdiction id
   * @param dataVersion the pack's content version
   * @param contentHash SHA-256 of the pack's files, in lower-case hex
   * @param answersFrom the earliest as-of date the pack answers for
   * @param currentAsOf the date up to which the pack's authors checked the law
   * @param buildsOn the ids of the packs this pack builds on ({@link RulePack#buildsOn()}), whose
   *     own stamps are in the same receipt; empty for a pack that builds on none
   */
  public record PackStamp(String id, String jurisdiction, String dataVersion, String contentHash,
      LocalDate answersFrom, LocalDate currentAsOf, List<String> buildsOn) {
    public PackStamp {
      requireNonNull(id, "id");
      requireNonNull(jurisdiction, "jurisdiction");
      requireNonNull(dataVersion, "dataVersion");
      requireNonNull(contentHash, "contentHash");
      requireNonNull(answersFrom, "answersFrom");
      requireNonNull(currentAsOf, "currentAsOf");
      buildsOn = ImmutableList.copyOf(buildsOn);
    }

    /** The stamp of a pack that builds on no other pack. */
    public PackStamp(String id, String jurisdiction, String dataVersion, String contentHash,
        LocalDate answersFrom, LocalDate currentAsOf) {
      this(id, jurisdiction, dataVersion, contentHash, answersFrom, currentAsOf, List.of());
    }
  }

  public Receipt {
    requireNonNull(regkitVersion, "regkitVersion");
    packs = ImmutableList.copyOf(packs);
    requireNonNull(asOf, "asOf");
    requireNonNull(factsHash, "factsHash");
    warnings = ImmutableList.copyOf(warnings);
  }
}
