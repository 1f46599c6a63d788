package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.AsOfDateOutOfRangeException;
import io.github.regkit.Assessment;
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
  private final List<Receipt.PackStamp> stamps;

  public Engine(List<CompiledPack> packs, Vocabulary vocabulary) {
    // Every obligation citation, in natural order: open questions list theirs in this order.
    this.citations = packs.stream().flatMap(p -> p.regulations().stream())
        .flatMap(r -> r.obligations().stream()).map(o -> o.obligation().citation())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())).asList();
    Map<String, Integer> ranks = new java.util.HashMap<>();
    for (int i = 0; i < citations.size(); i++) {
      ranks.put(citations.get(i), i);
    }
    this.packs = packs.stream().map(p -> new Prepared(p, ranks)).collect(ImmutableList.toImmutableList());
    this.vocabulary = vocabulary;
    this.stamps = packs.stream()
        .map(p -> new Receipt.PackStamp(p.id(), p.jurisdiction().id(), p.dataVersion(), p.contentHash(), p.answersFrom(), p.currentAsOf()))
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

    Prepared(CompiledPack pack, Map<String, Integer> ranks) {
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
    final List<String> covered;
    final List<PreparedObligation> obligations;

    PreparedRegulation(CompiledRegulation compiled, Map<String, Integer> ranks) {
      Regulation regulation = compiled.regulation();
      this.compiled = compiled;
      this.scopeText = "who " + regulation.citation() + " binds: " + regulation.scope();
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
    List<Requirement> requirements = new ArrayList<>();
    List<RuledOut> ruledOut = new ArrayList<>();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    List<Warning> warnings = new ArrayList<>(0);
    java.util.BitSet unverified = new java.util.BitSet();
    Explainer explainer = new Explainer(this, facts, asOf);
    for (Prepared pack : packs) {
      Decision decision = new Decision(pack.pack, facts, asOf, pack.conditions, pack.factOfSlot, pack.factIds, pack.termDefinitions);
      checkConsistency(pack.pack, decision);
      if (asOf.isAfter(pack.pack.currentAsOf())) {
        warnings.add(afterCurrentAsOf(pack.pack, asOf));
      }
      unverified.clear();
      for (PreparedRegulation regulation : pack.regulations) {
        decideRegulation(regulation, decision, asOf, requirements, ruledOut, tallies, unverified, explainer);
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

  private static Warning unverifiedText(CompiledPack pack, List<String> cited) {
    return new Warning(Warning.Kind.UNVERIFIED_TEXT, pack.id(), cited.size() + (cited.size() == 1 ? " provision" : " provisions")
        + " of pack " + pack.id() + " that this answer relies on rest" + (cited.size() == 1 ? "s" : "")
        + " on text not confirmed verbatim against the official text or agreeing copies (excerpts marked unverified): "
        + String.join("; ", cited) + ". Check the wording before relying on it.", cited);
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
      return get().notApplicable().get(ruledOut).explanation();
    }

    Trace trace(int ruledOut) {
      return get().notApplicable().get(ruledOut).trace();
    }
  }

  private void decideRegulation(PreparedRegulation prepared, Decision decision, LocalDate asOf,
      List<Requirement> requirements, List<RuledOut> ruledOut, Map<String, Tally> tallies, java.util.BitSet unverified,
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
    Set<String> blocking = null;
    List<String> scopeBlocking = null;
    for (PreparedObligation p : prepared.obligations) {
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
      Compliance compliance = p.undecided.isPresent() ? p.undecided.get() : decideCompliance(c, decision, index, explainer);
      Applicability status = verdict == Truth.TRUE ? Applicability.APPLIES : Applicability.MAY_APPLY;
      requirements.add(new Requirement(o, regulation.citation(), status, () -> explainer.why(index), compliance));
      if (p.unverified) {
        unverified.set(p.citationRank);
      }
      if (status == Applicability.MAY_APPLY) {
        if (blocking == null) {
          blocking = new LinkedHashSet<>();
          Set<String> s = new LinkedHashSet<>();
          if (scope == Truth.UNKNOWN) {
            decision.blocking(compiled.scope(), s);
          }
          scopeBlocking = ImmutableList.copyOf(s);
        }
        blocking.clear();
        blocking.addAll(scopeBlocking);
        decision.blocking(c.appliesWhen(), blocking);
        if (exempt != null) {
          decision.blocking(c.exemptWhen().get(), blocking);
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

  private static RuledOut lazyRuledOut(RuledOut.Level level, String id, String citation, String title, RuledOut.Reason reason,
      List<String> covers, Optional<Addressee> addressee, int index, Explainer explainer) {
    return new RuledOut(level, id, citation, title, reason, () -> explainer.explanation(index), () -> explainer.trace(index),
        covers, addressee);
  }

  private static Compliance decideCompliance(CompiledObligation c, Decision decision, int index, Explainer explainer) {
    Cond satisfied = c.satisfiedWhen().orElseThrow();
    return switch (decision.eval(satisfied)) {
      case TRUE -> new Compliance(ComplianceStatus.SATISFIED, () -> explainer.compliance(index), ImmutableList.of(), ImmutableList.of());
      case FALSE -> new Compliance(ComplianceStatus.OUTSTANDING, () -> explainer.compliance(index), ImmutableList.of(), ImmutableList.of());
      case UNKNOWN -> {
        Set<String> open = new LinkedHashSet<>();
        decision.blocking(satisfied, open);
        yield new Compliance(ComplianceStatus.UNKNOWN, () -> explainer.compliance(index), c.obligation().evidence(), ImmutableList.copyOf(open));
      }
    };
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
      checkConsistency(pack.pack, evaluation);
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
  private static void checkConsistency(CompiledPack pack, Decision decision) {
    if (pack.consistency().isEmpty()) {
      return;
    }
    for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
      if (decision.eval(rule.when()) == Truth.TRUE) {
        throw new InvalidFactsException(contradictions(pack, rule2 -> decision.eval(rule2.when()) == Truth.TRUE));
      }
    }
  }

  private static List<String> contradictions(CompiledPack pack, java.util.function.Predicate<CompiledPack.ConsistencyRule> holds) {
    List<String> problems = new ArrayList<>();
    for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
      if (holds.test(rule)) {
        problems.add("facts contradict each other (pack " + pack.id() + ", rule " + rule.id() + "): " + rule.message());
      }
    }
    return problems;
  }

  private static void checkConsistency(CompiledPack pack, Evaluation evaluation) {
    List<String> problems = null;
    for (CompiledPack.ConsistencyRule rule : pack.consistency()) {
      if (evaluation.eval(rule.when()).result() == Truth.TRUE) {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add("facts contradict each other (pack " + pack.id() + ", rule " + rule.id() + "): " + rule.message());
      }
    }
    if (problems != null) {
      throw new InvalidFactsException(problems);
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
    Trace scope = inForce == Truth.TRUE
        ? new Trace(scopeCondition.result(), Trace.Kind.ALL, prepared.scopeText,
            Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of(scopeCondition))
        // The sources give only a date by which it was in force: before it, at most MAY_APPLY.
        : new Trace(scopeCondition.result().and(Truth.UNKNOWN), Trace.Kind.ALL, prepared.scopeText,
            Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of(
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
   * condition for a fact: "Not the case here: Social Security numbers are in the data." A node under
   * a negation that holds is said as the case.
   */
  static String notMet(String lead, Trace trace) {
    List<Trace> nodes = decisive(trace);
    StringBuilder sb = new StringBuilder(lead);
    appendTexts(sb, " Not the case here: ", nodes, Truth.FALSE);
    appendTexts(sb, " The case here, and it rules this out: ", nodes, Truth.TRUE);
    return sb.toString();
  }

  /** {@code duty} and the exemption's deciding nodes. */
  private static String exempt(String duty, Trace exemption) {
    List<Trace> nodes = decisive(exemption);
    StringBuilder sb = new StringBuilder(duty).append(" because an exemption applies:");
    appendTexts(sb, " ", nodes, Truth.TRUE);
    appendTexts(sb, " Not the case here: ", nodes, Truth.FALSE);
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
