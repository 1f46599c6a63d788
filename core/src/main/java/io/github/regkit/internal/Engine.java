package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.AsOfDateOutOfRangeException;
import io.github.regkit.Assessment;
import io.github.regkit.BasePack;
import io.github.regkit.Compliance;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.FactDefinition;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.Obligation;
import io.github.regkit.OpenQuestion;
import io.github.regkit.PendingLegislation;
import io.github.regkit.Receipt;
import io.github.regkit.Regulation;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import io.github.regkit.Warning;
import io.github.regkit.internal.CompiledPack.CompiledObligation;
import io.github.regkit.internal.CompiledPack.CompiledRegulation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Assesses validated facts against compiled packs. Stateless apart from its inputs; thread-safe.
 * What does not depend on the facts or the date (texts, citation lists, the compliance of an
 * obligation no control fact decides) is computed once, when the engine is built.
 */
public final class Engine {
  private static final Logger log = Logging.logger(Engine.class);

  private final List<Prepared> packs;
  private final Vocabulary vocabulary;
  /** Every obligation citation of the packs, distinct, in natural order. */
  private final List<String> citations;
  /** Each citation as a one-element list, by rank: most open questions cite one provision, and share these. */
  private final List<List<String>> singleCitations;
  private final List<Receipt.PackStamp> stamps;
  /** The vocabulary's facts, by position. */
  private final List<FactDefinition> definitions;

  public Engine(List<CompiledPack> packs, Vocabulary vocabulary) {
    for (CompiledPack p : packs) {
      if (!p.linked()) {
        throw new IllegalStateException("pack " + p.id() + " builds on other packs and was not linked with them");
      }
    }
    // Every obligation citation, in natural order: open questions list theirs in this order.
    this.citations = packs.stream().flatMap(p -> p.regulations().stream())
        .flatMap(r -> r.obligations().stream()).map(o -> o.obligation().citation())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())).asList();
    Map<String, Integer> ranks = new java.util.HashMap<>();
    for (int i = 0; i < citations.size(); i++) {
      ranks.put(citations.get(i), i);
    }
    this.singleCitations = citations.stream().map(ImmutableList::of).collect(ImmutableList.toImmutableList());
    this.packs = packs.stream().map(p -> new Prepared(p, ranks, vocabulary)).collect(ImmutableList.toImmutableList());
    this.definitions = vocabulary.definitions();
    this.vocabulary = vocabulary;
    this.stamps = packs.stream()
        .map(p -> new Receipt.PackStamp(p.id(), p.jurisdiction().id(), p.dataVersion(), p.contentHash(), p.answersFrom(), p.currentAsOf(),
            p.buildsOn().stream().map(BasePack::id).toList()))
        .collect(ImmutableList.toImmutableList());
  }

  /** A pack with its fixed texts. */
  private static final class Prepared {
    final CompiledPack pack;
    final List<PreparedRegulation> regulations;
    /** One more than the largest slot of the pack's conditions: the size of an assessment's trace table. */
    final int conditions;
    /** For each slot of a fact test, the index of its fact in {@link #factIds}; -1 for other slots. */
    final int[] factOfSlot;
    /** The facts the pack's conditions test, each once. */
    final List<String> factIds;
    /** For each slot of a fact test, its trace when the fact is unknown. */
    final @Nullable Trace[] unknownLeaves;
    /** For each slot of a term reference, the term's definition. */
    final @Nullable Cond[] termDefinitions;
    /** For each of {@link #factIds}, its place in the vocabulary. */
    final int[] positions;

    Prepared(CompiledPack pack, Map<String, Integer> ranks, Vocabulary vocabulary) {
      this.pack = pack;
      this.regulations = pack.regulations().stream().map(r -> new PreparedRegulation(r, ranks)).collect(ImmutableList.toImmutableList());
      Set<Cond> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (CompiledPack.CompiledTerm t : pack.terms().values()) {
        count(t.definition(), seen);
      }
      for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
        count(rule.when(), seen);
      }
      for (CompiledRegulation r : pack.regulations()) {
        count(r.scope(), seen);
        for (CompiledObligation o : r.obligations()) {
          count(o.appliesWhen(), seen);
          o.exemptWhen().ifPresent(c -> count(c, seen));
          o.satisfiedWhen().ifPresent(c -> count(c, seen));
        }
      }
      int slots = 0;
      for (Cond c : seen) {
        if (c.slot().index() < 0) {
          throw new IllegalStateException("condition without a slot: " + c.getClass().getSimpleName());
        }
        slots = Math.max(slots, c.slot().index() + 1);
      }
      this.conditions = slots;
      this.factOfSlot = new int[slots];
      java.util.Arrays.fill(factOfSlot, -1);
      this.unknownLeaves = new Trace[slots];
      this.termDefinitions = new Cond[slots];
      Map<String, Integer> index = new LinkedHashMap<>();
      for (Cond c : seen) {
        if (c instanceof Cond.TermRef ref) {
          CompiledPack.CompiledTerm term = pack.terms().get(ref.termId());
          if (term != null) {
            termDefinitions[c.slot().index()] = term.definition();
          }
        }
        if (c instanceof Cond.FactTest test) {
          Integer i = index.get(test.factId());
          if (i == null) {
            i = index.size();
            index.put(test.factId(), i);
          }
          factOfSlot[c.slot().index()] = i;
          unknownLeaves[c.slot().index()] = Evaluation.unknownLeaf(test);
        }
      }
      this.factIds = ImmutableList.copyOf(index.keySet());
      this.positions = new int[factIds.size()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = vocabulary.position(factIds.get(i));
      }
      // What compliance is when no control fact is known depends on the pack alone: decide it now.
      Evaluation nothingKnown = new Evaluation(pack, Facts.empty(), pack.answersFrom(), conditions, factOfSlot, factIds,
          unknownLeaves, termDefinitions);
      for (PreparedRegulation r : regulations) {
        for (PreparedObligation o : r.obligations) {
          if (o.compiled.satisfiedWhen().isEmpty()) {
            continue;
          }
          Cond satisfied = o.compiled.satisfiedWhen().get();
          Set<Integer> tested = new java.util.LinkedHashSet<>();
          if (testedFacts(satisfied, tested, termDefinitions, pack)) {
            o.controlFacts = tested.stream().mapToInt(i -> i).toArray();
            o.allUnknown = compliance(o.compiled, nothingKnown);
          }
        }
      }
    }

    /** Adds the facts a condition tests, terms included; false when it tests the as-of date. */
    private boolean testedFacts(Cond cond, Set<Integer> out, @Nullable Cond[] definitions, CompiledPack pack) {
      if (cond instanceof Cond.FactTest) {
        out.add(factOfSlot[cond.slot().index()]);
        return true;
      } else if (cond instanceof Cond.TermRef ref) {
        Cond d = definitions[ref.slot().index()];
        return testedFacts(d != null ? d : Objects.requireNonNull(pack.terms().get(ref.termId()), ref.termId()).definition(), out, definitions, pack);
      } else if (cond instanceof Cond.All all) {
        return all.items().stream().allMatch(c -> testedFacts(c, out, definitions, pack));
      } else if (cond instanceof Cond.Any any) {
        return any.items().stream().allMatch(c -> testedFacts(c, out, definitions, pack));
      } else if (cond instanceof Cond.Not not) {
        return testedFacts(not.item(), out, definitions, pack);
      }
      return !(cond instanceof Cond.AsOfTest);
    }

    private static void count(Cond cond, Set<Cond> seen) {
      if (!seen.add(cond)) {
        return;
      }
      if (cond instanceof Cond.All all) {
        all.items().forEach(c -> count(c, seen));
      } else if (cond instanceof Cond.Any any) {
        any.items().forEach(c -> count(c, seen));
      } else if (cond instanceof Cond.Not not) {
        count(not.item(), seen);
      }
    }
  }

  private static final class PreparedRegulation {
    final CompiledRegulation compiled;
    final String scopeText;
    final Optional<String> scopeCitation;
    final List<String> covered;
    final List<PreparedObligation> obligations;

    PreparedRegulation(CompiledRegulation compiled, Map<String, Integer> ranks) {
      Regulation regulation = compiled.regulation();
      this.compiled = compiled;
      this.scopeText = "who " + regulation.citation() + " binds: " + regulation.scope();
      this.scopeCitation = Optional.of(regulation.citation());
      this.covered = covered(regulation);
      this.obligations = compiled.obligations().stream().map(o -> new PreparedObligation(o, ranks)).collect(ImmutableList.toImmutableList());
    }
  }

  private static final class PreparedObligation {
    final CompiledObligation compiled;
    final String whyText;
    final List<String> citation;
    /** The compliance when no control fact decides, the same for every assessment. */
    final Optional<Compliance> undecided;
    /**
     * The compliance when every control fact its condition tests is unknown, which depends on the
     * pack only: made once, when the engine is built; null when the condition tests the date.
     */
    @Nullable Compliance allUnknown;
    /** The facts (indices in the pack's tested facts) its satisfaction condition tests. */
    int[] controlFacts = new int[0];

    /** The citation's place in {@link Engine#citations}. */
    final int citationRank;
    /** Whether the excerpt it rests on is not confirmed verbatim. */
    final boolean unverified;
    final Optional<Addressee> addressee;

    PreparedObligation(CompiledObligation compiled, Map<String, Integer> ranks) {
      Obligation o = compiled.obligation();
      this.citationRank = Objects.requireNonNull(ranks.get(o.citation()), o.citation());
      this.unverified = !o.excerpt().verified();
      this.addressee = Optional.of(o.addressee());
      this.compiled = compiled;
      this.whyText = o.citation() + " applies when all of the following hold";
      this.citation = ImmutableList.of(o.citation());
      this.undecided = compiled.satisfiedWhen().isPresent() ? Optional.empty() : Optional.of(new Compliance(ComplianceStatus.UNKNOWN,
          Trace.of(Truth.UNKNOWN, Trace.Kind.CONSTANT, "no control fact decides " + o.citation() + "; the evidence listed would show it"),
          o.evidence(), ImmutableList.of()));
    }
  }

  /**
   * Assesses facts that {@link Vocabulary#validate} has already checked: verdicts, compliance, open
   * questions and the receipt at once; every trace and explanation on demand, all of them together
   * the first time one is asked for, by {@link #assessEagerly} over the same facts (so they equal an
   * eager build). The assessment holds the facts until then; the engine keeps nothing.
   */
  public Assessment assess(Facts facts, LocalDate asOf) {
    List<Requirement> requirements = new ArrayList<>(citations.size());
    List<RuledOut> ruledOut = new ArrayList<>();
    Tallies tallies = new Tallies(definitions.size(), citations.size());
    List<Warning> warnings = new ArrayList<>(0);
    java.util.BitSet unverified = new java.util.BitSet();
    Explainer explainer = new Explainer(this, facts, asOf);
    for (Prepared pack : packs) {
      Decision decision = new Decision(pack.pack, facts, asOf, pack.conditions, pack.factOfSlot, pack.factIds, pack.termDefinitions);
      checkConsistency(pack.pack, decision, facts);
      if (asOf.isAfter(pack.pack.currentAsOf())) {
        warnings.add(afterCurrentAsOf(pack.pack, asOf));
      }
      unverified.clear();
      for (int r = 0; r < pack.regulations.size(); r++) {
        PreparedRegulation regulation = pack.regulations.get(r);
        decideRegulation(pack, regulation, decision, asOf, requirements, ruledOut, tallies, unverified, explainer);
      }
      if (!unverified.isEmpty()) {
        warnings.add(unverifiedText(pack.pack, byRank(unverified)));
      }
    }
    List<OpenQuestion> questions = tallies.questions(definitions, citations, singleCitations);
    String factsHash = FactsHash.of(facts);
    if (log.isDebugEnabled()) {
      log.debug("Assessed {} facts as of {}: {} requirements, {} ruled out, {} open questions",
          facts.size(), asOf, requirements.size(), ruledOut.size(), questions.size());
    }
    return new Assessment(requirements, ruledOut, questions, new Receipt(Version.CURRENT, stamps, asOf, factsHash, warnings));
  }

  private static Warning unverifiedText(CompiledPack pack, List<String> cited) {
    int size = 240 + pack.id().length();
    for (int i = 0; i < cited.size(); i++) {
      size += cited.get(i).length() + 2;
    }
    StringBuilder sb = new StringBuilder(size).append(cited.size()).append(cited.size() == 1 ? " provision" : " provisions")
        .append(" of pack ").append(pack.id()).append(" that this answer relies on rest").append(cited.size() == 1 ? "s" : "")
        .append(" on text not confirmed verbatim against the official text or agreeing copies (excerpts marked unverified): ");
    for (int i = 0; i < cited.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(cited.get(i));
    }
    return new Warning(Warning.Kind.UNVERIFIED_TEXT, pack.id(), sb.append(". Check the wording before relying on it.").toString(), cited);
  }

  /**
   * The explanations of one assessment, built when first asked for, once: the eager assessment of
   * the same facts and date, whose requirements and ruled-out entries are in the same order. The
   * facts are dropped once it is built.
   */
  static final class Explainer {
    private final Engine engine;
    private final LocalDate asOf;
    private @Nullable Facts facts;
    private volatile @Nullable Assessment explained;

    Explainer(Engine engine, Facts facts, LocalDate asOf) {
      this.engine = engine;
      this.facts = facts;
      this.asOf = asOf;
    }

    Assessment get() {
      Assessment a = explained;
      if (a == null) {
        synchronized (this) {
          a = explained;
          if (a == null) {
            a = engine.assessEagerly(Objects.requireNonNull(facts, "facts"), asOf);
            explained = a;
            facts = null;
          }
        }
      }
      return a;
    }

    Trace why(int requirement) {
      return get().requirements().get(requirement).why();
    }

    Trace compliance(int requirement) {
      return get().requirements().get(requirement).compliance().trace();
    }

    String explanation(int ruledOut) {
      return get().ruledOut().get(ruledOut).explanation();
    }

    Trace trace(int ruledOut) {
      return get().ruledOut().get(ruledOut).trace();
    }
  }

  private void decideRegulation(Prepared pack, PreparedRegulation prepared, Decision decision, LocalDate asOf,
      List<Requirement> requirements, List<RuledOut> ruledOut, Tallies tallies, java.util.BitSet unverified,
      Explainer explainer) {
    CompiledRegulation compiled = prepared.compiled;
    Regulation regulation = compiled.regulation();
    Truth inForce = regulation.effective().inForce(asOf);
    if (inForce == Truth.FALSE) {
      ruledOut.add(lazyRuledOut(RuledOut.Level.INSTRUMENT, regulation.id(), regulation.citation(), regulation.title(),
          RuledOut.Reason.NOT_IN_FORCE, prepared.covered, Optional.empty(), ruledOut.size(), explainer));
      return;
    }
    Truth scope = decision.eval(compiled.scope());
    if (inForce != Truth.TRUE) {
      scope = scope.and(Truth.UNKNOWN);
    }
    if (scope == Truth.FALSE) {
      ruledOut.add(lazyRuledOut(RuledOut.Level.INSTRUMENT, regulation.id(), regulation.citation(), regulation.title(),
          RuledOut.Reason.SCOPE_NOT_MET, prepared.covered, Optional.empty(), ruledOut.size(), explainer));
      return;
    }
    int[] blocking = tallies.buffer(pack.factIds.size());
    List<PreparedObligation> obligations = prepared.obligations;
    for (int n = 0; n < obligations.size(); n++) {
      PreparedObligation p = obligations.get(n);
      CompiledObligation c = p.compiled;
      Obligation o = c.obligation();
      if (!o.effective().contains(asOf)) {
        ruledOut.add(lazyRuledOut(RuledOut.Level.OBLIGATION, o.id(), o.citation(), o.title(), RuledOut.Reason.NOT_IN_FORCE,
            p.citation, p.addressee, ruledOut.size(), explainer));
        continue;
      }
      Truth applies = decision.eval(c.appliesWhen());
      Truth verdict = scope.and(applies);
      Truth exempt = null;
      if (c.exemptWhen().isPresent()) {
        exempt = decision.eval(c.exemptWhen().get());
        verdict = verdict.and(exempt.not());
      }
      if (verdict == Truth.FALSE) {
        ruledOut.add(lazyRuledOut(RuledOut.Level.OBLIGATION, o.id(), o.citation(), o.title(),
            exempt == Truth.TRUE ? RuledOut.Reason.EXEMPT : RuledOut.Reason.SCOPE_NOT_MET, p.citation, p.addressee,
            ruledOut.size(), explainer));
        continue;
      }
      int index = requirements.size();
      Compliance compliance = p.undecided.isPresent() ? p.undecided.get()
          : p.allUnknown != null && decision.allUnknown(p.controlFacts) ? p.allUnknown
          : decideCompliance(pack, c, decision, index, explainer, blocking);
      Applicability status = verdict == Truth.TRUE ? Applicability.APPLIES : Applicability.MAY_APPLY;
      requirements.add(new Requirement(o, regulation.citation(), status, () -> explainer.why(index), compliance));
      if (p.unverified) {
        unverified.set(p.citationRank);
      }
      if (status == Applicability.MAY_APPLY) {
        // What blockingFacts finds in the requirement's trace: the scope's, the conditions', the exemption's.
        int stamp = decision.newStamp();
        int count = scope == Truth.UNKNOWN ? decision.blocking(compiled.scope(), stamp, blocking, 0) : 0;
        count = decision.blocking(c.appliesWhen(), stamp, blocking, count);
        if (exempt != null) {
          count = decision.blocking(c.exemptWhen().get(), stamp, blocking, count);
        }
        for (int i = 0; i < count; i++) {
          tallies.applicability(pack.positions[blocking[i]], p.citationRank);
        }
      }
      if (compliance.status() == ComplianceStatus.UNKNOWN) {
        List<String> open = compliance.openFacts();
        for (int i = 0; i < open.size(); i++) {
          tallies.compliance(vocabulary.position(open.get(i)), p.citationRank);
        }
      }
    }
  }

  private static RuledOut lazyRuledOut(RuledOut.Level level, String id, String citation, String title, RuledOut.Reason reason,
      List<String> covers, Optional<Addressee> addressee, int index, Explainer explainer) {
    return new RuledOut(level, id, citation, title, reason, () -> explainer.explanation(index), () -> explainer.trace(index),
        covers, addressee);
  }

  private static Compliance decideCompliance(Prepared pack, CompiledObligation c, Decision decision, int index, Explainer explainer,
      int[] buffer) {
    Cond satisfied = c.satisfiedWhen().orElseThrow();
    return switch (decision.eval(satisfied)) {
      case TRUE -> new Compliance(ComplianceStatus.SATISFIED, () -> explainer.compliance(index), ImmutableList.of(), ImmutableList.of());
      case FALSE -> new Compliance(ComplianceStatus.OUTSTANDING, () -> explainer.compliance(index), ImmutableList.of(), ImmutableList.of());
      case UNKNOWN -> {
        int count = decision.blocking(satisfied, decision.newStamp(), buffer, 0);
        ImmutableList.Builder<String> open = ImmutableList.builderWithExpectedSize(count);
        for (int i = 0; i < count; i++) {
          open.add(pack.factIds.get(buffer[i]));
        }
        yield new Compliance(ComplianceStatus.UNKNOWN, () -> explainer.compliance(index), c.obligation().evidence(), open.build());
      }
    };
  }

  /**
   * An assessment's open questions as they are found: for each fact (by vocabulary position) the
   * applicability and compliance verdicts it could settle and their citations (by rank). Arrays, not
   * maps: the positions and ranks are fixed when the engine is built.
   */
  private static final class Tallies {
    final int[] applicability;
    final int[] compliance;
    /** For each fact, {@link #words} words of citation bits, by rank. */
    final long[] citations;
    final int words;
    int[] buffer = new int[0];

    Tallies(int facts, int citations) {
      this.applicability = new int[facts];
      this.compliance = new int[facts];
      this.words = (citations + 63) >>> 6;
      this.citations = new long[facts * words];
    }

    int[] buffer(int size) {
      if (buffer.length < size) {
        buffer = new int[size];
      }
      return buffer;
    }

    void applicability(int position, int rank) {
      applicability[position]++;
      citations[position * words + (rank >>> 6)] |= 1L << rank;
    }

    void compliance(int position, int rank) {
      compliance[position]++;
      citations[position * words + (rank >>> 6)] |= 1L << rank;
    }

    /** Most applicability verdicts first, then most compliance verdicts, then vocabulary order. */
    List<OpenQuestion> questions(List<FactDefinition> definitions, List<String> byRank, List<List<String>> single) {
      int n = 0;
      for (int position = 0; position < applicability.length; position++) {
        if (applicability[position] + compliance[position] > 0) {
          n++;
        }
      }
      if (n == 0) {
        return ImmutableList.of();
      }
      // Sort keys: (-applicability, -compliance, position) in 21 bits each, packed into a long.
      long[] keys = new long[n];
      int k = 0;
      for (int position = 0; position < applicability.length; position++) {
        if (applicability[position] + compliance[position] > 0) {
          keys[k++] = ((long) (0x1FFFFF - Math.min(applicability[position], 0x1FFFFF)) << 42)
              | ((long) (0x1FFFFF - Math.min(compliance[position], 0x1FFFFF)) << 21) | position;
        }
      }
      java.util.Arrays.sort(keys);
      ImmutableList.Builder<OpenQuestion> out = ImmutableList.builderWithExpectedSize(n);
      for (long key : keys) {
        int position = (int) (key & 0x1FFFFF);
        FactDefinition def = definitions.get(position);
        int from = position * words;
        int count = 0;
        for (int w = 0; w < words; w++) {
          count += Long.bitCount(citations[from + w]);
        }
        List<String> cited;
        if (count == 1) {
          int w = 0;
          while (citations[from + w] == 0) {
            w++;
          }
          cited = single.get((w << 6) + Long.numberOfTrailingZeros(citations[from + w]));
        } else {
          ImmutableList.Builder<String> many = ImmutableList.builderWithExpectedSize(count);
          for (int w = 0; w < words; w++) {
            long word = citations[from + w];
            while (word != 0) {
              many.add(byRank.get((w << 6) + Long.numberOfTrailingZeros(word)));
              word &= word - 1;
            }
          }
          cited = many.build();
        }
        out.add(new OpenQuestion(def.id(), def.question(), def.help(), applicability[position], compliance[position], cited));
      }
      return out.build();
    }
  }

  /**
   * Assesses with every trace and explanation built at once: what {@link #assess} gives once its
   * explanations are asked for.
   */
  public Assessment assessEagerly(Facts facts, LocalDate asOf) {
    List<Requirement> requirements = new ArrayList<>();
    List<RuledOut> ruledOut = new ArrayList<>();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    List<Warning> warnings = new ArrayList<>(0);
    java.util.BitSet unverified = new java.util.BitSet();
    for (Prepared pack : packs) {
      Evaluation evaluation = new Evaluation(pack.pack, facts, asOf, pack.conditions, pack.factOfSlot, pack.factIds, pack.unknownLeaves, pack.termDefinitions);
      checkConsistency(pack.pack, evaluation, facts);
      if (asOf.isAfter(pack.pack.currentAsOf())) {
        warnings.add(afterCurrentAsOf(pack.pack, asOf));
      }
      unverified.clear();
      for (PreparedRegulation regulation : pack.regulations) {
        assessRegulation(regulation, evaluation, asOf, requirements, ruledOut, tallies, unverified);
      }
      if (!unverified.isEmpty()) {
        warnings.add(unverifiedText(pack.pack, byRank(unverified)));
      }
    }
    List<OpenQuestion> questions = openQuestions(tallies);
    String factsHash = FactsHash.of(facts);
    if (log.isDebugEnabled()) {
      log.debug("Assessed {} facts as of {}: {} requirements, {} ruled out, {} open questions",
          facts.size(), asOf, requirements.size(), ruledOut.size(), questions.size());
    }
    return new Assessment(requirements, ruledOut, questions, new Receipt(Version.CURRENT, stamps, asOf, factsHash, warnings));
  }

  /**
   * Throws when the date is earlier than some pack answers for.
   *
   * @throws AsOfDateOutOfRangeException naming the date and the pack
   */
  public void checkAnswersFor(LocalDate asOf) {
    for (Prepared pack : packs) {
      if (asOf.isBefore(pack.pack.answersFrom())) {
        throw new AsOfDateOutOfRangeException(asOf, pack.pack.id(), pack.pack.answersFrom());
      }
    }
  }

  /**
   * Facts that contradict each other end the assessment: an answer built on them would be wrong for
   * one of the two readings.
   */
  private static void checkConsistency(CompiledPack pack, Decision decision, Facts facts) {
    if (pack.consistency().isEmpty()) {
      return;
    }
    for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
      if (decision.eval(rule.when()) == Truth.TRUE) {
        throw contradictions(pack, facts, rule2 -> decision.eval(rule2.when()) == Truth.TRUE);
      }
    }
  }

  private static void checkConsistency(CompiledPack pack, Evaluation evaluation, Facts facts) {
    for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
      if (evaluation.eval(rule.when()).result() == Truth.TRUE) {
        throw contradictions(pack, facts, rule2 -> evaluation.eval(rule2.when()).result() == Truth.TRUE);
      }
    }
  }

  private static InvalidFactsException contradictions(CompiledPack pack, Facts facts,
      java.util.function.Predicate<CompiledPack.ConsistencyRule> holds) {
    // Capped like every other list of problems (FactProblems).
    FactProblems problems = new FactProblems();
    for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
      if (holds.test(rule)) {
        List<String> involved = testedFacts(pack, rule.when()).stream().filter(facts::isKnown).toList();
        problems.add(FactProblems.contradiction(involved,
            "facts contradict each other (pack " + pack.id() + ", rule " + rule.id() + "): " + rule.message()));
      }
    }
    return problems.exception();
  }

  /** The facts a condition tests, through the terms it refers to, each once, in the order they appear. */
  static Set<String> testedFacts(CompiledPack pack, Cond condition) {
    Set<String> facts = new LinkedHashSet<>();
    Set<String> terms = new java.util.HashSet<>();
    java.util.ArrayDeque<Cond> todo = new java.util.ArrayDeque<>();
    todo.push(condition);
    while (!todo.isEmpty()) {
      Cond c = todo.pop();
      // AsOfTest and Const test no fact.
      if (c instanceof Cond.All all) {
        pushInOrder(todo, all.items());
      } else if (c instanceof Cond.Any any) {
        pushInOrder(todo, any.items());
      } else if (c instanceof Cond.Not not) {
        todo.push(not.item());
      } else if (c instanceof Cond.FactTest test) {
        facts.add(test.factId());
      } else if (c instanceof Cond.TermRef ref) {
        CompiledPack.CompiledTerm term = pack.terms().get(ref.termId());
        if (term != null && terms.add(ref.termId())) {
          todo.push(term.definition());
        }
      }
    }
    return facts;
  }

  private static void pushInOrder(java.util.ArrayDeque<Cond> todo, List<Cond> items) {
    for (int i = items.size() - 1; i >= 0; i--) {
      todo.push(items.get(i));
    }
  }

  private static Warning afterCurrentAsOf(CompiledPack pack, LocalDate asOf) {
    StringBuilder message = new StringBuilder("Assessed as of ").append(asOf).append(", after the date pack ").append(pack.id())
        .append(' ').append(pack.dataVersion()).append(" is current as of (").append(pack.currentAsOf())
        .append("): law enacted or changed since then is not reflected.");
    if (!pack.pendingLegislation().isEmpty()) {
      message.append(" Pending when the pack was checked, and not encoded because not law:");
      String sep = " ";
      for (PendingLegislation bill : pack.pendingLegislation()) {
        message.append(sep).append(bill.citation()).append(", ").append(bill.title()).append(" (").append(bill.status())
            .append("; checked ").append(bill.checked()).append(", ").append(bill.source()).append(')');
        sep = "; ";
      }
      message.append('.');
    }
    return new Warning(Warning.Kind.AFTER_CURRENT_AS_OF, pack.id(), message.toString(), ImmutableList.of());
  }

  /** The citations with these ranks, in natural order. */
  private List<String> byRank(java.util.BitSet ranks) {
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(ranks.cardinality());
    for (int i = ranks.nextSetBit(0); i >= 0; i = ranks.nextSetBit(i + 1)) {
      out.add(citations.get(i));
    }
    return out.build();
  }

  private void assessRegulation(PreparedRegulation prepared, Evaluation evaluation, LocalDate asOf,
      List<Requirement> requirements, List<RuledOut> ruledOut, Map<String, Tally> tallies, java.util.BitSet unverified) {
    CompiledRegulation compiled = prepared.compiled;
    Regulation regulation = compiled.regulation();
    Truth inForce = regulation.effective().inForce(asOf);
    if (inForce == Truth.FALSE) {
      ruledOut.add(new RuledOut(RuledOut.Level.INSTRUMENT, regulation.id(), regulation.citation(), regulation.title(),
          RuledOut.Reason.NOT_IN_FORCE, notInForce(regulation.citation(), regulation.effective(), asOf),
          Trace.of(Truth.FALSE, Trace.Kind.DATE, "in force " + regulation.effective() + "; assessed as of " + asOf), prepared.covered));
      return;
    }
    Trace scopeCondition = evaluation.eval(compiled.scope());
    // One instance, the first child of every obligation's trace: the JSON and reports explain it once.
    Trace scope = inForce == Truth.TRUE
        ? new Trace(scopeCondition.result(), Trace.Kind.SCOPE, prepared.scopeText,
            Optional.empty(), Optional.empty(), prepared.scopeCitation, ImmutableList.of(scopeCondition))
        // The sources give only a date by which it was in force: before it, at most MAY_APPLY.
        : new Trace(scopeCondition.result().and(Truth.UNKNOWN), Trace.Kind.SCOPE, prepared.scopeText,
            Optional.empty(), Optional.empty(), prepared.scopeCitation, ImmutableList.of(
                Trace.of(Truth.UNKNOWN, Trace.Kind.DATE, "in force on " + asOf + ": not known; in force "
                    + regulation.effective() + regulation.effective().basis().map(b -> " (" + b + ")").orElse("")),
                scopeCondition));
    if (scope.result() == Truth.FALSE) {
      ruledOut.add(new RuledOut(RuledOut.Level.INSTRUMENT, regulation.id(), regulation.citation(), regulation.title(),
          RuledOut.Reason.SCOPE_NOT_MET,
          notMet(regulation.citation() + " does not bind this situation. " + regulation.scope(), scopeCondition),
          scope, prepared.covered));
      return;
    }
    Set<String> blocking = new LinkedHashSet<>();
    // The scope is the first child of every obligation's trace: its blocking facts, found once.
    List<String> scopeBlocking = ImmutableList.copyOf(blockingFacts(scope));
    for (PreparedObligation p : prepared.obligations) {
      CompiledObligation c = p.compiled;
      Obligation o = c.obligation();
      if (!o.effective().contains(asOf)) {
        ruledOut.add(new RuledOut(RuledOut.Level.OBLIGATION, o.id(), o.citation(), o.title(), RuledOut.Reason.NOT_IN_FORCE,
            notInForce(o.citation(), o.effective(), asOf),
            Trace.of(Truth.FALSE, Trace.Kind.DATE, "in force " + o.effective() + "; assessed as of " + asOf), p.citation,
            Optional.of(o.addressee())));
        continue;
      }
      Trace applies = evaluation.eval(c.appliesWhen());
      Truth verdict = scope.result().and(applies.result());
      Trace exempt = null;
      ImmutableList<Trace> children;
      if (c.exemptWhen().isPresent()) {
        exempt = evaluation.eval(c.exemptWhen().get());
        verdict = verdict.and(exempt.result().not());
        children = ImmutableList.of(scope, applies, new Trace(exempt.result().not(), Trace.Kind.NOT, "no exemption applies",
            Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of(exempt)));
      } else {
        children = ImmutableList.of(scope, applies);
      }
      Trace why = new Trace(verdict, Trace.Kind.ALL, p.whyText, Optional.empty(), Optional.empty(), Optional.empty(), children);
      if (verdict == Truth.FALSE) {
        Trace exemption = exempt;
        boolean isExempt = exemption != null && exemption.result() == Truth.TRUE;
        // Whose duty it is leads the sentence: the same citation can bind another party too.
        String duty = (o.addressee().role() == Addressee.Role.CALLER ? "Your duty under " : "The vendor's duty under ")
            + o.citation() + " (" + o.addressee().party() + ") does not apply";
        String explanation = isExempt && exemption != null
            ? exempt(duty, exemption)
            : notMet(duty + ".", applies);
        ruledOut.add(new RuledOut(RuledOut.Level.OBLIGATION, o.id(), o.citation(), o.title(),
            isExempt ? RuledOut.Reason.EXEMPT : RuledOut.Reason.SCOPE_NOT_MET,
            explanation, why, p.citation, Optional.of(o.addressee())));
        continue;
      }
      Compliance compliance = p.undecided.isPresent() ? p.undecided.get() : compliance(c, evaluation);
      Applicability status = verdict == Truth.TRUE ? Applicability.APPLIES : Applicability.MAY_APPLY;
      requirements.add(new Requirement(o, regulation.citation(), status, why, compliance));
      if (p.unverified) {
        unverified.set(p.citationRank);
      }
      if (status == Applicability.MAY_APPLY) {
        // Same as blockingFacts(why): why is unknown, so its children are visited in order.
        blocking.clear();
        blocking.addAll(scopeBlocking);
        List<Trace> whyChildren = why.children();
        for (int i = 1; i < whyChildren.size(); i++) {
          collectBlocking(whyChildren.get(i), blocking);
        }
        for (String fact : blocking) {
          tallies.computeIfAbsent(fact, k -> new Tally()).applicability(p.citationRank);
        }
      }
      for (String fact : compliance.openFacts()) {
        tallies.computeIfAbsent(fact, k -> new Tally()).compliance(p.citationRank);
      }
    }
  }

  /** Compliance of an obligation that has a satisfaction condition (the others share {@code undecided}). */
  private static Compliance compliance(CompiledObligation c, Evaluation evaluation) {
    Obligation o = c.obligation();
    Trace trace = evaluation.eval(c.satisfiedWhen().orElseThrow());
    return switch (trace.result()) {
      case TRUE -> new Compliance(ComplianceStatus.SATISFIED, trace, ImmutableList.of(), ImmutableList.of());
      case FALSE -> new Compliance(ComplianceStatus.OUTSTANDING, trace, ImmutableList.of(), ImmutableList.of());
      case UNKNOWN -> new Compliance(ComplianceStatus.UNKNOWN, trace, o.evidence(), ImmutableList.copyOf(blockingFacts(trace)));
    };
  }

  /**
   * The facts behind the unknown leaves that are reached through unknown nodes only. A leaf under a
   * decided node cannot change that node (three-valued logic is monotone), so it is left out.
   */
  static Set<String> blockingFacts(Trace trace) {
    Set<String> out = new LinkedHashSet<>();
    collectBlocking(trace, out);
    return out;
  }

  private static void collectBlocking(Trace trace, Set<String> out) {
    if (trace.result() != Truth.UNKNOWN) {
      return;
    }
    if (trace.children().isEmpty()) {
      trace.factId().ifPresent(out::add);
      return;
    }
    for (Trace child : trace.children()) {
      collectBlocking(child, out);
    }
  }

  /**
   * {@code lead} and the nodes that decide a false result, said so that a reader cannot take a
   * condition for a fact: "Needed, and not so here: Social Security numbers are in the data." A node under
   * a negation that holds is said as the case.
   */
  static String notMet(String lead, Trace trace) {
    List<Trace> nodes = decisive(trace);
    StringBuilder sb = new StringBuilder(lead);
    appendTexts(sb, " Needed, and not so here: ", nodes, Truth.FALSE);
    appendTexts(sb, " The case here, and it rules this out: ", nodes, Truth.TRUE);
    return sb.toString();
  }

  /** {@code duty} and the exemption's deciding nodes. */
  private static String exempt(String duty, Trace exemption) {
    List<Trace> nodes = decisive(exemption);
    StringBuilder sb = new StringBuilder(duty).append(" because an exemption applies:");
    appendTexts(sb, " ", nodes, Truth.TRUE);
    appendTexts(sb, " Needed, and not so here: ", nodes, Truth.FALSE);
    return sb.toString();
  }

  private static void appendTexts(StringBuilder sb, String lead, List<Trace> nodes, Truth result) {
    boolean first = true;
    for (Trace node : nodes) {
      if (node.result() != result) {
        continue;
      }
      sb.append(first ? lead : "; ").append(node.text());
      first = false;
    }
    if (!first) {
      sb.append('.');
    }
  }

  /**
   * The nodes that decide a result: through unlabelled all, any and not nodes down to the legal
   * terms, the labelled combinations and the leaves, which say in the law's words what was decided.
   */
  static List<Trace> decisive(Trace trace) {
    List<Trace> out = new ArrayList<>();
    collectDecisive(trace, trace.result(), out, new LinkedHashSet<>());
    return out.isEmpty() ? List.of(trace) : out;
  }

  private static void collectDecisive(Trace trace, Truth wanted, List<Trace> out, Set<String> seen) {
    if (trace.result() != wanted) {
      return;
    }
    Trace.Kind kind = trace.kind();
    boolean unlabelled = (kind == Trace.Kind.ALL && trace.text().equals(Evaluation.ALL_TEXT))
        || (kind == Trace.Kind.ANY && trace.text().equals(Evaluation.ANY_TEXT))
        || (kind == Trace.Kind.NOT && trace.text().equals(Evaluation.NOT_TEXT));
    if (!unlabelled) {
      if (seen.add(trace.text())) {
        out.add(trace);
      }
      return;
    }
    Truth childWanted = kind == Trace.Kind.NOT ? wanted.not() : wanted;
    for (Trace child : trace.children()) {
      collectDecisive(child, childWanted, out, seen);
    }
  }

  private static List<String> covered(Regulation regulation) {
    return regulation.obligations().stream().map(Obligation::citation).distinct().collect(ImmutableList.toImmutableList());
  }

  private static String notInForce(String citation, io.github.regkit.EffectivePeriod period, LocalDate asOf) {
    return citation + " is not in force on " + asOf + ": it is in force " + period + period.basis().map(b -> " (" + b + ")").orElse("") + ".";
  }

  private List<OpenQuestion> openQuestions(Map<String, Tally> tallies) {
    List<Map.Entry<String, Tally>> entries = new ArrayList<>(tallies.entrySet());
    for (Map.Entry<String, Tally> e : entries) {
      e.getValue().position = vocabulary.position(e.getKey());
    }
    // Most applicability verdicts first, then most compliance verdicts, then vocabulary order.
    entries.sort((x, y) -> {
      Tally a = x.getValue();
      Tally b = y.getValue();
      int c = Integer.compare(b.applicability, a.applicability);
      if (c == 0) {
        c = Integer.compare(b.compliance, a.compliance);
      }
      return c != 0 ? c : Integer.compare(a.position, b.position);
    });
    List<OpenQuestion> out = new ArrayList<>(entries.size());
    for (Map.Entry<String, Tally> e : entries) {
      FactDefinition def = vocabulary.definition(e.getKey()).orElseThrow();
      Tally t = e.getValue();
      out.add(new OpenQuestion(def.id(), def.question(), def.help(), t.applicability, t.compliance, t.citations(citations)));
    }
    return out;
  }

  private static final class Tally {
    int applicability;
    int compliance;
    /** The fact's place in the vocabulary, set when the questions are sorted. */
    int position;
    /** The ranks of the citations, in {@link Engine#citations}. */
    final java.util.BitSet citations = new java.util.BitSet();

    void applicability(int citation) {
      applicability++;
      citations.set(citation);
    }

    void compliance(int citation) {
      compliance++;
      citations.set(citation);
    }

    /** The citations, distinct, in natural order. */
    List<String> citations(List<String> byRank) {
      ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(citations.cardinality());
      for (int i = citations.nextSetBit(0); i >= 0; i = citations.nextSetBit(i + 1)) {
        out.add(byRank.get(i));
      }
      return out.build();
    }
  }
}
