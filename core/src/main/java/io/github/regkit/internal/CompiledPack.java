package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteSource;
import io.github.regkit.BasePack;
import io.github.regkit.FactDefinition;
import io.github.regkit.Jurisdiction;
import io.github.regkit.PendingLegislation;
import io.github.regkit.Obligation;
import io.github.regkit.Regulation;
import io.github.regkit.Term;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A validated pack with its conditions, ready to evaluate.
 *
 * <p>A pack that builds on others ({@link #buildsOn()} not empty) is first read without them: every
 * check that needs no base is done, and its references to facts and terms it does not declare are
 * left unresolved ({@link #linked()} is false; such a pack keeps its files, {@link #files()}, and is
 * never evaluated). {@link PackLinker} reads it again with its bases when an assessor is built.
 */
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
    ImmutableMap<String, RetiredFact> retiredFacts,
    List<BasePack> buildsOn,
    ImmutableMap<String, ByteSource> files,
    boolean linked) {

  public CompiledPack {
    buildsOn = ImmutableList.copyOf(buildsOn);
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

  /**
   * A term with its definition; {@code imported} when it is a copy of a base pack's term that a
   * linked pack uses, whose conditions have slots in this pack's table.
   */
  public record CompiledTerm(Term term, Cond definition, boolean imported) {
    CompiledTerm(Term term, Cond definition) {
      this(term, definition, false);
    }
  }

  public List<Regulation> regulationList() {
    return regulations.stream().map(CompiledRegulation::regulation).collect(ImmutableList.toImmutableList());
  }

  /** A description for messages: {@code us-ma 2026.12.0}. */
  public String label() {
    return id + " " + dataVersion;
  }

  public List<FactDefinition> factList() {
    return facts.values().asList();
  }

  /**
   * The pack's own terms, in pack order. A linked pack's {@link #terms()} also hold copies of the
   * terms of its bases that it uses, after its own; they are not listed here.
   */
  public List<Term> termList() {
    return terms.values().stream().filter(t -> !t.imported()).map(CompiledTerm::term).collect(ImmutableList.toImmutableList());
  }
}
