package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One pinpoint duty in a regulation, as a pack encodes it. When it applies is decided by the pack's
 * conditions; this record carries what a person reads.
 *
 * <pre>{@code
 * Obligation o = requirement.obligation();
 * System.out.println(o.citation() + " " + o.title() + ": " + o.summary());
 * o.actions().forEach(a -> System.out.println("  - " + a));
 * }</pre>
 *
 * @param id stable id, unique across packs, for example {@code ma.201cmr17.03.2.f.contract}
 * @param citation pinpoint citation, for example {@code 201 CMR 17.03(2)(f)2}
 * @param regulationId id of the regulation it belongs to
 * @param title a short name for the duty
 * @param duty must, must not, or may
 * @param addressee whose duty it is
 * @param summary the duty in plain words (the pack author's words, not the law's)
 * @param actions concrete steps that discharge it
 * @param evidence what shows it is met
 * @param timing when it must be done, where the law says
 * @param penalty citation of the provision that punishes a breach
 * @param excerpt the source text the duty rests on
 * @param effective when the duty is in force
 * @param topics tags for grouping, for example {@code service-providers}
 */
public record Obligation(
    String id,
    String citation,
    String regulationId,
    String title,
    DutyKind duty,
    Addressee addressee,
    String summary,
    List<String> actions,
    List<String> evidence,
    Optional<String> timing,
    Optional<String> penalty,
    Excerpt excerpt,
    EffectivePeriod effective,
    List<String> topics) {
  public Obligation {
    requireNonNull(id, "id");
    requireNonNull(citation, "citation");
    requireNonNull(regulationId, "regulationId");
    requireNonNull(title, "title");
    requireNonNull(duty, "duty");
    requireNonNull(addressee, "addressee");
    requireNonNull(summary, "summary");
    actions = ImmutableList.copyOf(actions);
    evidence = ImmutableList.copyOf(evidence);
    requireNonNull(timing, "timing");
    requireNonNull(penalty, "penalty");
    requireNonNull(excerpt, "excerpt");
    requireNonNull(effective, "effective");
    topics = ImmutableList.copyOf(topics);
  }
}
