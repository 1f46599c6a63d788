package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "which laws bind this situation and what do they require", as data. Immutable;
 * every list is in a deterministic order, so the same facts, packs and date give an equal
 * assessment and byte-identical JSON.
 *
 * <pre>{@code
 * Assessment a = assessor.assess(facts);
 * a.requirements().forEach(r -> System.out.println(r.citation() + " " + r.applicability()));
 * a.ruledOut().forEach(n -> System.out.println("ruled out " + n.citation() + ": " + n.explanation()));
 * a.openQuestions().forEach(q -> System.out.println("ask: " + q.question()));
 * }</pre>
 *
 * <p>Verdicts first, explanations on demand: {@link Assessor#assess} decides every verdict, the
 * compliance, the open questions and the receipt at once, and builds the traces ({@link
 * Requirement#why()}, {@link Compliance#trace()}, {@link RuledOut#trace()}) and the ruled-out
 * explanations ({@link RuledOut#explanation()}) the first time any of them is asked for: all of them
 * together, once, thread-safe, equal to what an eager build gives. {@link #toJson()}, the reports and
 * {@link #equals} ask for them. Until then the assessment holds the caller's facts (and drops them
 * after); {@link #toString()} shows no fact value.
 *
 * @param requirements obligations that apply or may apply, in pack order
 * @param ruledOut instruments and obligations considered and ruled out, in pack order
 * @param openQuestions unknown facts that could change a verdict, most decisive first: by the number
 *     of applicability verdicts each could settle, then compliance verdicts, then the order of the
 *     packs' vocabulary (the order a form asks in)
 * @param receipt what the assessment was computed from
 */
public record Assessment(
    List<Requirement> requirements,
    List<RuledOut> ruledOut,
    List<OpenQuestion> openQuestions,
    Receipt receipt) {
  public Assessment {
    requirements = ImmutableList.copyOf(requirements);
    ruledOut = ImmutableList.copyOf(ruledOut);
    openQuestions = ImmutableList.copyOf(openQuestions);
    requireNonNull(receipt, "receipt");
  }

  /**
   * The requirement for the obligation with this id (for example {@code
   * ma.201cmr17.03.2.f.contract}), if it applies or may apply. By citation: {@link
   * #requirementsCiting(String)} or, with subdivisions, {@link #requirementsUnder(String)}.
   */
  public Optional<Requirement> findRequirement(String obligationId) {
    requireNonNull(obligationId, "obligationId");
    return requirements.stream().filter(r -> r.id().equals(obligationId)).findFirst();
  }

  /** The requirements whose obligation has exactly this citation, in order. */
  public List<Requirement> requirementsCiting(String citation) {
    requireNonNull(citation, "citation");
    return requirements.stream()
        .filter(r -> r.citation().equals(citation))
        .collect(ImmutableList.toImmutableList());
  }

  /** The requirements with this applicability ({@code APPLIES} or {@code MAY_APPLY}), in order. */
  public List<Requirement> requirements(Applicability applicability) {
    requireNonNull(applicability, "applicability");
    return requirements.stream()
        .filter(r -> r.applicability() == applicability)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The requirements under a provision: whose citation is {@code citation} or a subdivision of it,
   * or whose instrument is. {@code "201 CMR 17.03(2)"} covers {@code "201 CMR 17.03(2)(f)"}, {@code
   * "201 CMR 17.00"} covers {@code "201 CMR 17.04(3)"}, {@code "M.G.L. c. 93H"} covers {@code "M.G.L.
   * c. 93H, § 3(b)"} and {@code "M.G.L. c. 272, § 99"} covers {@code "M.G.L. c. 272, § 99 C.1"}; but
   * {@code "M.G.L. c. 93H, § 3"} does not cover {@code "M.G.L. c. 93H, § 3A"}.
   */
  public List<Requirement> requirementsUnder(String citation) {
    requireNonNull(citation, "citation");
    return requirements.stream()
        .filter(r -> Citations.covers(citation, r.citation()) || Citations.covers(citation, r.regulationCitation()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The entry that rules out this instrument or obligation, matched by id or citation; failing that,
   * the first entry under the provision {@code idOrCitation} names, in the sense of {@link
   * #requirementsUnder(String)}: its own citation, or the citation of an obligation it covers, is
   * {@code idOrCitation} or a subdivision of it. An obligation whose whole instrument was ruled out is
   * answered with the instrument's entry.
   */
  public Optional<RuledOut> findRuledOut(String idOrCitation) {
    requireNonNull(idOrCitation, "idOrCitation");
    Optional<RuledOut> exact = ruledOut.stream()
        .filter(n -> n.id().equals(idOrCitation) || n.citation().equals(idOrCitation) || n.covers().contains(idOrCitation))
        .findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return ruledOut.stream()
        .filter(n -> Citations.covers(idOrCitation, n.citation())
            || n.covers().stream().anyMatch(c -> Citations.covers(idOrCitation, c)))
        .findFirst();
  }

  /**
   * This assessment as pretty-printed JSON with members in a fixed order: equal assessments give
   * byte-identical text. {@link io.github.regkit.json.RegkitModule} reads it back.
   *
   * <p>Each term evaluated is explained once, under {@code terms} (keyed by term id), each
   * instrument's scope once, under {@code scopes} (keyed by its citation), and each value given once,
   * under {@code facts}; a trace node that uses a term or scope refers to it ({@code "term": id},
   * {@code "scope": citation}) and a fact test names its fact. So the JSON grows linearly with the
   * pack and the facts, however often terms are reused.
   */
  public String toJson() {
    return io.github.regkit.internal.AssessmentJson.write(this);
  }

  /**
   * Caveats on this answer, from its {@link Receipt}: for example an as-of date after a pack's
   * "current as of" date (law changed since may be missing), or requirements that rest on text not
   * confirmed verbatim. Empty when there are none.
   */
  public List<Warning> warnings() {
    return receipt.warnings();
  }

  /** The open question for this fact, if it is one. */
  public Optional<OpenQuestion> findOpenQuestion(String factId) {
    requireNonNull(factId, "factId");
    return openQuestions.stream().filter(q -> q.factId().equals(factId)).findFirst();
  }

  /**
   * A one-line summary for logs: the date, the packs and the counts, for example {@code
   * Assessment[as of 2024-01-01; packs [us-ma 2026.12.0]; 12 requirements (9 apply, 3 may apply); 30
   * ruled out; 4 open questions; 0 warnings]}. It holds no fact value (traces and explanations do), so {@code
   * log.info("{}", assessment)} is safe; use {@link #toJson()} for the whole answer.
   */
  @Override
  public String toString() {
    long apply = requirements.stream().filter(r -> r.applicability() == Applicability.APPLIES).count();
    return "Assessment[as of " + receipt.asOf() + "; packs "
        + receipt.packs().stream().map(p -> p.id() + " " + p.dataVersion()).toList() + "; "
        + requirements.size() + " requirements (" + apply + " apply, " + (requirements.size() - apply) + " may apply); "
        + ruledOut.size() + " ruled out; " + openQuestions.size() + " open questions; "
        + receipt.warnings().size() + " warnings]";
  }
}
