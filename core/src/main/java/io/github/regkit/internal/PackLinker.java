package io.github.regkit.internal;

import com.google.common.collect.ImmutableList;
import io.github.regkit.BasePack;
import io.github.regkit.BasePackException;
import io.github.regkit.InvalidRulePackException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Combines the packs of one assessor: checks that every pack a pack builds on is there, at a data
 * version it accepts, without cycles, and links each pack that builds on others with them (its bases
 * first). A pack's own load cannot do this, since it cannot see the packs it will be combined with.
 */
public final class PackLinker {
  private PackLinker() {}

  /** What a pack and the packs it builds on declare, each fact and term with its declaring pack. */
  private record Visible(Map<String, PackReader.BaseFact> facts, Map<String, PackReader.BaseTerm> terms,
      Map<String, String> retired, Set<String> packs) {}

  /**
   * Links the packs.
   *
   * @param packs the assessor's packs, in order, with distinct ids
   * @param origins where each pack came from, as messages say it: {@code added to the builder from
   *     manifest.json}
   * @return the packs in the same order, each that builds on others linked with them
   * @throws BasePackException listing every missing base, base at a data version not accepted and
   *     cycle
   * @throws InvalidRulePackException when a pack does not fit its bases: a reference neither it nor
   *     they declare, a base fact declared again with another meaning, a base term defined again
   */
  public static List<CompiledPack> link(List<CompiledPack> packs, List<String> origins) {
    if (packs.stream().allMatch(CompiledPack::linked)) {
      return packs;
    }
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < packs.size(); i++) {
      byId.put(packs.get(i).id(), i);
    }
    Problems problems = new Problems();
    for (int i = 0; i < packs.size(); i++) {
      CompiledPack pack = packs.get(i);
      for (BasePack wanted : pack.buildsOn()) {
        Integer j = byId.get(wanted.id());
        if (j == null) {
          problems.add(missing(pack, origins.get(i), wanted));
        } else if (!wanted.accepts(packs.get(j).dataVersion())) {
          CompiledPack found = packs.get(j);
          problems.add("pack " + pack.label() + " (" + origins.get(i) + ") builds on pack '" + wanted.id() + "' at data versions "
              + wanted.dataVersions() + ", but this assessor has " + found.label() + " (" + origins.get(j) + "); expected a data version of "
              + wanted.id() + " matching " + wanted.dataVersions() + ": use a release of " + wanted.id()
              + " that matches, or a release of " + pack.id() + " that accepts " + found.label());
        }
      }
    }
    cycles(packs, byId, problems);
    if (!problems.isEmpty()) {
      throw new BasePackException(problems.list());
    }
    Map<String, CompiledPack> linked = new HashMap<>();
    Map<String, Visible> visible = new HashMap<>();
    for (CompiledPack pack : packs) {
      linkWithBases(pack, packs, byId, linked, visible);
    }
    return packs.stream().map(p -> Objects.requireNonNull(linked.get(p.id()), p.id())).collect(ImmutableList.toImmutableList());
  }

  private static String missing(CompiledPack pack, String origin, BasePack wanted) {
    String head = "pack " + pack.label() + " (" + origin + ") builds on pack '" + wanted.id() + "' at data versions "
        + wanted.dataVersions() + ", which this assessor does not have; expected it among the assessor's packs: ";
    Optional<InstalledPacks.Found> installed = InstalledPacks.withPackId(wanted.id());
    if (installed.isEmpty()) {
      return head + "put the library that provides pack '" + wanted.id() + "' on the class path and add it with"
          + " Assessor.builder().addJurisdiction(...) for its jurisdiction, or load the pack and add it with"
          + " Assessor.builder().addPack(RulePack.fromPath(...))";
    }
    InstalledPacks.Found found = installed.get();
    String label = found.pack().id() + " " + found.pack().dataVersion() + " (" + found.provider() + ")";
    if (wanted.accepts(found.pack().dataVersion())) {
      return head + "add the installed " + label + " with Assessor.builder().addJurisdiction(\"" + found.jurisdiction() + "\")";
    }
    return head + "the installed one is " + label + ", not a data version " + pack.id() + " accepts; add a release of "
        + wanted.id() + " that matches with Assessor.builder().addPack(...), or use a release of " + pack.id() + " that accepts "
        + found.pack().dataVersion();
  }

  /** Reports each cycle of packs building on each other once: {@code a -> b -> a}. */
  private static void cycles(List<CompiledPack> packs, Map<String, Integer> byId, Problems problems) {
    // 0: not seen, 1: on the current path, 2: done.
    int[] state = new int[packs.size()];
    for (int start = 0; start < packs.size(); start++) {
      if (state[start] == 0) {
        visit(start, packs, byId, state, new ArrayList<>(), problems);
      }
    }
  }

  private static void visit(int i, List<CompiledPack> packs, Map<String, Integer> byId, int[] state, List<Integer> path, Problems problems) {
    state[i] = 1;
    path.add(i);
    for (BasePack wanted : packs.get(i).buildsOn()) {
      Integer j = byId.get(wanted.id());
      if (j == null) {
        continue;
      }
      if (state[j] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int k = path.indexOf(j); k < path.size(); k++) {
          cycle.add(packs.get(path.get(k)).id());
        }
        cycle.add(packs.get(j).id());
        problems.add("packs build on each other in a cycle: " + String.join(" -> ", cycle)
            + "; expected each pack to build only on packs that do not build on it, directly or through others");
      } else if (state[j] == 0) {
        visit(j, packs, byId, state, path, problems);
      }
    }
    path.remove(path.size() - 1);
    state[i] = 2;
  }

  /** Links a pack after the packs it builds on; no cycle is left, so this ends. */
  private static void linkWithBases(CompiledPack pack, List<CompiledPack> packs, Map<String, Integer> byId,
      Map<String, CompiledPack> linked, Map<String, Visible> visible) {
    if (linked.containsKey(pack.id())) {
      return;
    }
    Map<String, PackReader.BaseFact> facts = new LinkedHashMap<>();
    Map<String, PackReader.BaseTerm> terms = new LinkedHashMap<>();
    Map<String, String> retired = new LinkedHashMap<>();
    Set<String> bases = new LinkedHashSet<>();
    for (BasePack wanted : pack.buildsOn()) {
      // Every base is among the packs: link() has checked.
      CompiledPack base = packs.get(Objects.requireNonNull(byId.get(wanted.id()), wanted.id()));
      linkWithBases(base, packs, byId, linked, visible);
      Visible v = Objects.requireNonNull(visible.get(base.id()), base.id());
      v.facts().forEach(facts::putIfAbsent);
      v.terms().forEach(terms::putIfAbsent);
      v.retired().forEach(retired::putIfAbsent);
      bases.addAll(v.packs());
    }
    CompiledPack done = pack.linked() ? pack
        : PackReader.link(pack, new PackReader.Base(bases.toString(), facts, terms, retired));
    linked.put(pack.id(), done);
    // What a pack that builds on this one may use: this pack's own, then what its bases offer.
    Map<String, PackReader.BaseFact> ownFacts = new LinkedHashMap<>();
    done.facts().values().forEach(f -> ownFacts.put(f.id(), new PackReader.BaseFact(f, done.label())));
    facts.forEach(ownFacts::putIfAbsent);
    Map<String, PackReader.BaseTerm> ownTerms = new LinkedHashMap<>();
    done.terms().values().stream().filter(t -> !t.imported())
        .forEach(t -> ownTerms.put(t.term().id(), new PackReader.BaseTerm(t, done.label())));
    terms.forEach(ownTerms::putIfAbsent);
    Map<String, String> ownRetired = new LinkedHashMap<>();
    done.retiredFacts().values().forEach(r -> ownRetired.put(r.id(), Vocabulary.retiredMessage(done, r)));
    retired.forEach(ownRetired::putIfAbsent);
    Set<String> packsSeen = new LinkedHashSet<>();
    packsSeen.add(done.label());
    packsSeen.addAll(bases);
    visible.put(done.id(), new Visible(ownFacts, ownTerms, ownRetired, packsSeen));
  }
}
