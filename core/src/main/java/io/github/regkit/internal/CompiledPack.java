package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regkit.FactDefinition;
import io.github.regkit.Jurisdiction;
import io.github.regkit.PendingLegislation;
import io.github.regkit.Obligation;
import io.github.regkit.Regulation;
import io.github.regkit.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A validated pack with its conditions, ready to evaluate. */
public record CompiledPack(
    String id,
    Jurisdiction jurisdiction,
    int schemaVersion,
    String dataVersion,
    LocalDate answersFrom,
    LocalDate currentAsOf,
    List<PendingLegislation> pendingLegislation,
    String contentHash,
    String source,
    List<CompiledRegulation> regulations,
    ImmutableMap<String, FactDefinition> facts,
    ImmutableMap<String, CompiledTerm> terms,
    List<ConsistencyRule> consistency,
    ImmutableMap<String, RetiredFact> retiredFacts) {

  public CompiledPack {
    regulations = ImmutableList.copyOf(regulations);
    pendingLegislation = ImmutableList.copyOf(pendingLegislation);
    consistency = ImmutableList.copyOf(consistency);
  }

  /**
   * Facts that contradict each other: when {@code when} is true of the facts, the assessment stops
   * with {@code message} in an {@link io.github.regkit.InvalidFactsException}.
   */
  public record ConsistencyRule(String id, Cond when, String message) {}

  /**
   * A fact id an earlier data version had: facts that still use it are told what replaced it and
   * why, instead of only that it is unknown.
   */
  public record RetiredFact(String id, String since, List<String> replacedBy, String note) {
    public RetiredFact {
      replacedBy = ImmutableList.copyOf(replacedBy);
    }
  }

  /** A regulation with its scope condition. */
  public record CompiledRegulation(
      Regulation regulation, Cond scope, List<CompiledObligation> obligations) {
    public CompiledRegulation {
      obligations = ImmutableList.copyOf(obligations);
    }
  }

  /** An obligation with its conditions. */
  public record CompiledObligation(
      Obligation obligation,
      Cond appliesWhen,
      Optional<Cond> exemptWhen,
      Optional<Cond> satisfiedWhen) {}

  /** A term with its definition. */
  public record CompiledTerm(Term term, Cond definition) {}

  public List<Regulation> regulationList() {
    return regulations.stream().map(CompiledRegulation::regulation).collect(ImmutableList.toImmutableList());
  }

  public List<FactDefinition> factList() {
    return facts.values().asList();
  }

  public List<Term> termList() {
    return terms.values().stream().map(CompiledTerm::term).collect(ImmutableList.toImmutableList());
  }
}
