package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.internal.CompiledPack;
import io.github.regkit.internal.Engine;
import io.github.regkit.internal.InstalledPacks;
import io.github.regkit.internal.PackLinker;
import io.github.regkit.internal.Vocabulary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assesses facts against one or more rule packs.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.forJurisdiction("US-MA");
 * Assessment assessment = assessor.assess(facts);
 * }</pre>
 *
 * <p>An assessor is immutable and thread-safe: build it once and share it between threads. It
 * reads the as-of date from its {@link Clock} (the system clock in the default time zone unless
 * another is given) on each call of {@link #assess(Facts)}, or takes it from {@link #assess(Facts,
 * LocalDate)}.
 */
public final class Assessor {
  private final ImmutableList<RulePack> packs;
  private final Vocabulary vocabulary;
  private final Engine engine;
  private final Clock clock;

  private Assessor(ImmutableList<RulePack> packs, List<CompiledPack> compiled, Clock clock) {
    this.packs = packs;
    this.vocabulary = Vocabulary.of(compiled);
    this.engine = new Engine(compiled, vocabulary);
    this.clock = clock;
  }

  /**
   * An assessor over every installed pack of a jurisdiction, found with {@link
   * java.util.ServiceLoader}. Packs are loaded once per class loader and cached.
   *
   * @throws UnknownJurisdictionException when no installed pack covers it
   * @throws InvalidRulePackException when an installed pack is invalid
   */
  public static Assessor forJurisdiction(String jurisdictionId) {
    return builder().addJurisdiction(jurisdictionId).build();
  }

  /** The jurisdictions that installed packs cover, sorted by id. */
  public static List<String> installedJurisdictions() {
    return InstalledPacks.jurisdictions();
  }

  /**
   * A builder for combining packs, for example an official pack and a company's policy pack that
   * builds on it ({@link RulePack#buildsOn()}).
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses the facts as of today by this assessor's clock.
   *
   * @throws AsOfDateOutOfRangeException when today is earlier than a pack answers for (a clock set
   *     in the past)
   * @throws InvalidFactsException when a fact is unknown to the vocabulary or has a wrong value
   */
  public Assessment assess(Facts facts) {
    return assess(facts, LocalDate.now(clock));
  }

  /**
   * Assesses the facts as of the given date: the law in force on that date applies. A date after a
   * pack's {@link RulePack#currentAsOf()} is answered with a {@link Warning} in the assessment.
   *
   * @throws AsOfDateOutOfRangeException when the date is earlier than a pack answers for ({@link
   *     RulePack#answersFrom()})
   * @throws InvalidFactsException when a fact is unknown to the vocabulary or has a wrong value
   */
  public Assessment assess(Facts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    engine.checkAnswersFor(asOf);
    return engine.assess(vocabulary.validate(facts), asOf);
  }

  /** As {@link #assess(Facts, LocalDate)}, with every trace and explanation built at once: for tests that compare the two. */
  Assessment assessEagerly(Facts facts, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
    engine.checkAnswersFor(asOf);
    return engine.assessEagerly(vocabulary.validate(facts), asOf);
  }

  /**
   * Checks facts against the vocabulary and returns them with values normalised (dates given as
   * text become dates).
   *
   * @throws InvalidFactsException naming every fact that does not fit
   */
  public Facts validate(Facts facts) {
    requireNonNull(facts, "facts");
    return vocabulary.validate(facts);
  }

  /** The packs, in the order they were added. */
  public List<RulePack> packs() {
    return packs;
  }

  /** Every fact the packs declare, in pack order, each once. */
  public List<FactDefinition> vocabulary() {
    return vocabulary.definitions();
  }

  /** The definition of one fact. */
  public Optional<FactDefinition> findFact(String factId) {
    requireNonNull(factId, "factId");
    return vocabulary.definition(factId);
  }

  @Override
  public String toString() {
    return "Assessor" + packs;
  }

  /**
   * Collects packs and options. Each option may be set once; setting it again is an {@link
   * IllegalStateException}.
   */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private final List<String> jurisdictions = new ArrayList<>();
    private Optional<Clock> clock = Optional.empty();

    private Builder() {}

    /** Adds a loaded pack. */
    public Builder addPack(RulePack pack) {
      packs.add(requireNonNull(pack, "pack"));
      return this;
    }

    /** Adds every installed pack of a jurisdiction, found with {@link java.util.ServiceLoader}. */
    public Builder addJurisdiction(String jurisdictionId) {
      jurisdictions.add(requireNonNull(jurisdictionId, "jurisdictionId"));
      return this;
    }

    /** The clock that gives "today" for {@link Assessor#assess(Facts)}. */
    public Builder clock(Clock clock) {
      requireNonNull(clock, "clock");
      if (this.clock.isPresent()) {
        throw new IllegalStateException("clock was already set");
      }
      this.clock = Optional.of(clock);
      return this;
    }

    /**
     * Builds the assessor.
     *
     * <p>This is where packs that build on others ({@link RulePack#buildsOn()}) meet their bases, so
     * this is where what a pack's own load cannot check is checked: every base pack is among the
     * assessor's packs, at a data version the pack accepts, no packs build on each other in a
     * cycle, and every fact and term the pack uses is declared by it or by a pack it builds on (and
     * fits: operators, allowed values). Either every pack fits, or no assessor is built.
     *
     * @throws UnknownJurisdictionException when an added jurisdiction has no installed pack
     * @throws DuplicatePackException when two packs share an id
     * @throws BasePackException when a pack's base is missing or at a data version it does not
     *     accept, or packs build on each other in a cycle; every such problem is listed
     * @throws InvalidRulePackException when packs disagree on a fact's definition, or a pack uses a
     *     fact or term that neither it nor the packs it builds on declare, declares a fact of its base
     *     again with another type or other values, or defines a term of its base again
     * @throws IllegalStateException when neither a pack nor a jurisdiction was added
     */
    public Assessor build() {
      List<RulePack> all = new ArrayList<>();
      List<String> origins = new ArrayList<>();
      List<String> whence = new ArrayList<>();
      for (String jurisdiction : jurisdictions) {
        for (InstalledPacks.Found found : InstalledPacks.forJurisdiction(jurisdiction)) {
          all.add(found.pack());
          origins.add("the installed pack of " + found.provider() + " (" + found.pack().source() + ")");
          whence.add("installed by " + found.provider() + " from " + found.pack().source());
        }
      }
      for (RulePack pack : packs) {
        all.add(pack);
        origins.add("the pack added to the builder (" + pack.source() + ")");
        whence.add("added to the builder from " + pack.source());
      }
      Map<String, Integer> byId = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        Integer previous = byId.putIfAbsent(all.get(i).id(), i);
        if (previous != null) {
          throw new DuplicatePackException(all.get(i).id(), origins.get(previous), origins.get(i));
        }
      }
      if (all.isEmpty()) {
        throw new IllegalStateException("an assessor needs at least one pack or jurisdiction");
      }
      List<CompiledPack> linked = PackLinker.link(all.stream().map(RulePack::compiled).toList(), whence);
      return new Assessor(ImmutableList.copyOf(all), linked, clock.orElseGet(Clock::systemDefaultZone));
    }
  }
}
