package io.github.regkit.internal;

import com.google.common.collect.ImmutableSortedMap;
import io.github.regkit.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the traces of an assessment explain once, so that its JSON and reports grow linearly with the
 * pack and the facts: each legal term evaluated (its definition), each instrument's scope, and the
 * value given for each fact tested. Uses of a term or scope refer to its entry.
 *
 * <p>Found in one walk over the traces, in the order they are first used. Entries are matched by
 * value, so equal traces give equal entries however their instances are shared; the walk visits each
 * instance once, so its time is linear in the instances, not in the trees they stand for.
 */
public final class Explanations {
  /**
   * A term or scope explained once, under a key unique in its section: the term's id or the
   * instrument's citation, followed by " (2)", " (3)"… when an assessment of several packs has
   * different explanations under one id.
   *
   * @param key the key uses refer to
   * @param node the first node that uses the term (its one child is the definition), or the scope
   */
  public record Entry(String key, Trace node) {
    /** The term's definition, or the scope itself. */
    public Trace explained() {
      return node.kind() == Trace.Kind.TERM ? node.children().get(0) : node;
    }
  }

  private final List<Entry> terms = new ArrayList<>();
  private final List<Entry> scopes = new ArrayList<>();
  /** Every term-use and scope instance reached, with its entry. */
  private final IdentityHashMap<Trace, Entry> entryOf = new IdentityHashMap<>();
  /** Entries by key base and hash of what they explain, to find an equal one. */
  private final Map<String, List<Entry>> byBase = new HashMap<>();
  private final Set<String> termKeys = new HashSet<>();
  private final Set<String> scopeKeys = new HashSet<>();
  /** The last suffix given to a key base. */
  private final Map<String, Integer> suffixes = new HashMap<>();
  private final IdentityHashMap<Trace, Integer> hashes = new IdentityHashMap<>();
  /** Each entry's place in its section, by key and section. */
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Set<Trace> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final TreeMap<String, Optional<Object>> facts = new TreeMap<>();

  private Explanations() {}

  /** The explanations of these traces, walked in this order. */
  public static Explanations of(List<Trace> roots) {
    Explanations e = new Explanations();
    for (Trace root : roots) {
      e.walk(root);
    }
    return e;
  }

  /** Whether a node is the use of a term that {@link #term} explains once. */
  public static boolean isTermUse(Trace node) {
    return node.kind() == Trace.Kind.TERM && node.termId().isPresent() && node.children().size() == 1;
  }

  /** Whether a node is an instrument's scope that {@link #scope} explains once. */
  public static boolean isScope(Trace node) {
    return node.kind() == Trace.Kind.SCOPE;
  }

  /** The entry of a term use reached by the walk. */
  public Entry term(Trace use) {
    return Objects.requireNonNull(entryOf.get(use), "a term use the walk did not reach");
  }

  /** The entry of a scope reached by the walk. */
  public Entry scope(Trace scope) {
    return Objects.requireNonNull(entryOf.get(scope), "a scope the walk did not reach");
  }

  /** The terms, each once, in the order first used. */
  public List<Entry> terms() {
    return java.util.Collections.unmodifiableList(terms);
  }

  /** The scopes, each once, in the order first used. */
  public List<Entry> scopes() {
    return java.util.Collections.unmodifiableList(scopes);
  }

  /** The place of an entry in {@link #terms()} or {@link #scopes()}, from 0. */
  public int number(Entry entry) {
    return Objects.requireNonNull(numbers.get(entry.key() + (entry.node().kind() == Trace.Kind.TERM ? "\0term" : "\0scope")));
  }

  /**
   * The value given for each fact the traces test, by fact id, sorted: the value the first leaf
   * that tests the fact holds (in an assessment, every leaf of a fact holds the same), empty when
   * that leaf's fact was unknown.
   */
  public SortedMap<String, Optional<Object>> facts() {
    return ImmutableSortedMap.copyOfSorted(facts);
  }

  /** The known values among {@link #facts()}. */
  public SortedMap<String, Object> knownFacts() {
    ImmutableSortedMap.Builder<String, Object> out = ImmutableSortedMap.naturalOrder();
    facts.forEach((id, value) -> value.ifPresent(v -> out.put(id, v)));
    return out.build();
  }

  /** Whether a leaf's value is the one {@link #facts()} holds for its fact, so it need not be said again. */
  public boolean givenAsListed(Trace leaf) {
    return leaf.factId().isPresent() && leaf.given().equals(facts.get(leaf.factId().get()));
  }

  private void walk(Trace node) {
    if (!visited.add(node)) {
      return;
    }
    if (isTermUse(node)) {
      if (register(node, terms, termKeys, "term:", node.termId().orElseThrow())) {
        walk(node.children().get(0));
      }
      return;
    }
    if (isScope(node)) {
      if (register(node, scopes, scopeKeys, "scope:", node.citation().orElse("scope"))) {
        walkChildren(node);
      }
      return;
    }
    if (node.kind() == Trace.Kind.FACT && node.factId().isPresent()) {
      facts.putIfAbsent(node.factId().get(), node.given());
    }
    walkChildren(node);
  }

  private void walkChildren(Trace node) {
    for (Trace child : node.children()) {
      walk(child);
    }
  }

  /** Gives the node its entry: an equal one's, or a new one; true when new. */
  private boolean register(Trace node, List<Entry> section, Set<String> keys, String namespace, String base) {
    Entry candidate = new Entry(base, node);
    Trace explained = candidate.explained();
    int hash = hash(explained);
    List<Entry> same = byBase.computeIfAbsent(namespace + base, k -> new ArrayList<>(1));
    for (Entry e : same) {
      Trace other = e.explained();
      if (hash(other) == hash && other.equals(explained)) {
        entryOf.put(node, e);
        return false;
      }
    }
    String key = base;
    int n = suffixes.getOrDefault(namespace + base, 1);
    while (!keys.add(key)) {
      key = base + " (" + ++n + ")";
    }
    suffixes.put(namespace + base, n);
    Entry entry = new Entry(key, node);
    same.add(entry);
    numbers.put(key + (node.kind() == Trace.Kind.TERM ? "\0term" : "\0scope"), section.size());
    section.add(entry);
    entryOf.put(node, entry);
    return true;
  }

  /** A hash of a trace's value, once per instance. */
  private int hash(Trace t) {
    Integer known = hashes.get(t);
    if (known != null) {
      return known;
    }
    int h = Objects.hash(t.result(), t.kind(), t.text(), t.factId(), t.given(), t.termId(), t.citation());
    for (Trace child : t.children()) {
      h = 31 * h + hash(child);
    }
    hashes.put(t, h);
    return h;
  }
}
