package io.github.regkit.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.ByteSource;
import io.github.regkit.Addressee;
import io.github.regkit.BasePack;
import io.github.regkit.DutyKind;
import io.github.regkit.EffectivePeriod;
import io.github.regkit.Excerpt;
import io.github.regkit.FactDefinition;
import io.github.regkit.FactType;
import io.github.regkit.InvalidRulePackException;
import io.github.regkit.Jurisdiction;
import io.github.regkit.Obligation;
import io.github.regkit.PendingLegislation;
import io.github.regkit.Provenance;
import io.github.regkit.Regulation;
import io.github.regkit.Term;
import io.github.regkit.internal.CompiledPack.CompiledObligation;
import io.github.regkit.internal.CompiledPack.CompiledRegulation;
import io.github.regkit.internal.CompiledPack.CompiledTerm;
import io.github.regkit.spi.ResourceOpener;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * Reads and validates a rule pack: strict JSON, then structure, then meaning. Every problem is
 * collected with its file and JSON path and reported together; a pack is returned only when there
 * is none.
 */
public final class PackReader {
  /** Said when a pack that builds on no other uses an id it does not declare: the id may be a base pack's. */
  static final String NO_BASE_HINT = " (an id of another pack needs that pack named in the manifest's buildsOn)";

  private static final Logger log = Logging.logger(PackReader.class);

  static final int SCHEMA_VERSION = 1;
  private static final long MAX_FILE_BYTES = 16_000_000L;
  /** The most items in one JSON array (or members in one object) of a pack file. */
  static final int MAX_ARRAY_ITEMS = 10_000;
  /** The most terms one term's definition may pass through, counting itself. */
  static final int MAX_TERM_NESTING = 32;
  /** The deepest a condition may nest, counting the definitions of the terms it uses. */
  static final int MAX_CONDITION_DEPTH = 64;
  /** The most nodes a condition may have, counting the definitions of the terms it uses each time. */
  static final int MAX_CONDITION_NODES = 10_000;
  /**
   * The longest name of a term, like a citation: explanations and reports name the term wherever it
   * is used, so its length multiplies with the uses.
   */
  static final int MAX_TERM_NAME = 200;
  /**
   * The most condition nodes a whole pack may have, counting each regulation's scope once per
   * obligation (every requirement's trace repeats it) and each term every time it is used.
   */
  static final long MAX_PACK_CONDITION_NODES = 10_000_000L;
  /**
   * The most JSON values in one pack file. Realistic pack text has one value per 30 bytes or so (a
   * 16 MB file about half a million); the limit bounds the memory of a file made of tiny values,
   * such as {@code {}}, so that the worst file loads within a 256 MB heap.
   */
  static final int MAX_FILE_VALUES = 500_000;
  /** Numbers in conditions: at most this many digits before, and after, the decimal point. */
  static final int MAX_NUMBER_DIGITS = 100;
  private static final int MAX_SHOWN = 60;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Pattern JURISDICTION_ID = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._/-]*\\.json");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final Set<String> MANIFEST_KEYS =
      Set.of("$schema", "schemaVersion", "id", "jurisdiction", "dataVersion", "answersFrom", "currentAsOf", "pendingLegislation",
          "buildsOn", "include", "facts", "terms", "regulations", "consistency", "retiredFacts");
  private static final Set<String> INCLUDE_KEYS = Set.of("$schema", "facts", "terms", "regulations", "consistency", "retiredFacts");
  /**
   * The words of the pack format. A parse error repeats quoted text only when it is one of these:
   * a file that is not valid JSON may be anything (a password file, a key), and its content stays
   * out of messages.
   */
  private static final Set<String> FORMAT_WORDS = Set.of("$schema", "schemaVersion", "id", "jurisdiction", "dataVersion",
      "answersFrom", "currentAsOf", "pendingLegislation", "buildsOn", "dataVersions", "include", "facts", "terms", "regulations", "consistency",
      "retiredFacts", "since", "replacedBy", "message", "status", "checked", "basis", "fromAtLatest", "name", "parent", "type", "values", "question", "help",
      "group", "label", "citation", "summary", "excerpt", "definition", "title", "kind", "issuer", "source", "retrieved",
      "effective", "scope", "when", "from", "until", "obligations", "duty", "addressee", "role", "party", "actions",
      "evidence", "timing", "penalty", "topics", "appliesWhen", "exemptWhen", "satisfiedWhen", "text", "provenance",
      "verified", "note", "all", "any", "not", "fact", "asOf", "term", "always", "equals", "in", "contains",
      "containsAny", "containsAll", "before", "onOrBefore", "after", "onOrAfter", "lessThan", "atMost", "greaterThan",
      "atLeast", "true", "false", "null");

  private final String manifestName;
  private final ResourceOpener opener;
  /** The facts and terms of the packs this pack builds on, when it is being linked with them. */
  private final Optional<Base> base;
  /**
   * Whether this pack builds on others that are not at hand: references to facts and terms it does
   * not declare are left for {@link #link} and stand for a placeholder meanwhile.
   */
  private boolean deferred;
  /** The id the manifest declares, for messages. */
  private String packId = "";
  /** The bytes of the file last read, and of every file read since the manifest asked to keep them. */
  private byte[] lastBytes = new byte[0];
  private final Map<String, ByteSource> kept = new LinkedHashMap<>();
  private boolean keepFiles;
  /** Copies of the base terms this pack uses, with slots in this pack's table. */
  private final Map<String, CompiledTerm> imported = new LinkedHashMap<>();
  private final Map<String, Integer> importedNesting = new HashMap<>();
  private final java.util.IdentityHashMap<Cond, Cond> copies = new java.util.IdentityHashMap<>();
  /** The work left for "did you mean" hints in this pack's messages (see {@link Vocabulary#distance}). */
  private final int[] suggestionBudget = {Vocabulary.MAX_SUGGESTION_CELLS};
  /** At most {@link Problems#MAX_LISTED} are kept, so hostile input cannot grow the list. */
  private final Problems problems = new Problems();
  private final Hasher hasher = Hashing.sha256().newHasher();

  private final List<Obj> factNodes = new ArrayList<>();
  private final List<Obj> termNodes = new ArrayList<>();
  private final List<Obj> regulationNodes = new ArrayList<>();
  private final List<Obj> consistencyNodes = new ArrayList<>();
  private final List<Obj> retiredNodes = new ArrayList<>();

  private final Map<String, FactDefinition> facts = new LinkedHashMap<>();
  private final Map<String, String> termLocations = new LinkedHashMap<>();
  private final Map<String, Set<String>> termReferences = new LinkedHashMap<>();
  private final List<String> termOrder = new ArrayList<>();
  private final Map<String, Size> termSizes = new LinkedHashMap<>();
  private boolean termsUnsound;
  private long packConditionNodes;
  private final Map<String, String> termNames = new HashMap<>();
  private final Map<String, String> termCitations = new HashMap<>();
  /** Equal conditions share one instance, so an assessment evaluates each once. */
  private final Map<InternKey, Cond> interned = new HashMap<>();

  private PackReader(String manifestName, ResourceOpener opener, Optional<Base> base) {
    this.manifestName = manifestName;
    this.opener = opener;
    this.base = base;
  }

  /**
   * Reads the pack whose manifest has this name. A pack that builds on others is checked as far as
   * it can be without them, and comes back not {@linkplain CompiledPack#linked() linked}.
   *
   * @throws InvalidRulePackException listing every problem
   */
  public static CompiledPack read(String manifestName, ResourceOpener opener) {
    return new PackReader(manifestName, opener, Optional.empty()).read();
  }

  /**
   * What a pack that builds on others may use of them: the facts and terms of its bases and of the
   * packs they build on, each with the pack that declares it, and the fact ids they retired.
   *
   * @param packs the bases as messages name them, for example {@code [us-ma 2026.12.0]}
   * @param retired for each retired fact id, what the base says replaced it
   */
  public record Base(String packs, Map<String, BaseFact> facts, Map<String, BaseTerm> terms, Map<String, String> retired) {
    public Base {
      facts = ImmutableMap.copyOf(facts);
      terms = ImmutableMap.copyOf(terms);
      retired = ImmutableMap.copyOf(retired);
    }
  }

  /** A base pack's fact, and that pack as messages name it ({@code us-ma 2026.12.0}). */
  public record BaseFact(FactDefinition definition, String pack) {}

  /** A base pack's term, and that pack as messages name it. */
  public record BaseTerm(CompiledTerm term, String pack) {}

  /**
   * Reads a pack that builds on others again, from the files it kept, with the facts and terms of
   * its bases: every reference is resolved and checked, and the base terms it uses are copied in.
   *
   * @throws InvalidRulePackException listing every problem, each naming file and JSON path
   */
  public static CompiledPack link(CompiledPack pack, Base base) {
    ImmutableMap<String, ByteSource> files = pack.files();
    ResourceOpener opener = file -> {
      ByteSource bytes = files.get(file);
      return bytes == null ? Optional.empty() : Optional.of(bytes.openStream());
    };
    return new PackReader(pack.source(), opener, Optional.of(base)).read();
  }

  private CompiledPack read() {
    Optional<JsonNode> manifestRoot = parse(manifestName, Optional.empty());
    if (manifestRoot.isEmpty()) {
      throw failure("");
    }
    Obj manifest = new Obj(manifestName, "$", manifestRoot.get());
    manifest.allow(MANIFEST_KEYS);
    JsonNode bases = manifestRoot.get().get("buildsOn");
    if (bases != null && bases.isArray() && !bases.isEmpty() && base.isEmpty()) {
      deferred = true;
      keepFiles = true;
      kept.put(manifestName, ByteSource.wrap(lastBytes));
    }
    int schemaVersion = manifest.integer("schemaVersion");
    if (schemaVersion != SCHEMA_VERSION && schemaVersion != Integer.MIN_VALUE) {
      manifest.problem("schemaVersion", "unsupported schema version " + schemaVersion + "; expected " + SCHEMA_VERSION);
    }
    String id = manifest.id("id");
    packId = id;
    Jurisdiction jurisdiction = jurisdiction(manifest);
    List<BasePack> buildsOn = buildsOn(manifest, id);
    String dataVersion = manifest.text("dataVersion");
    LocalDate currentAsOf = manifest.date("currentAsOf").orElse(LocalDate.MIN);
    LocalDate answersFrom = manifest.date("answersFrom").orElse(LocalDate.MIN);
    if (!answersFrom.equals(LocalDate.MIN) && !currentAsOf.equals(LocalDate.MIN) && answersFrom.isAfter(currentAsOf)) {
      manifest.problem("answersFrom", "the earliest date the pack answers for (" + answersFrom
          + ") is after the date it is current as of (" + currentAsOf + "); expected answersFrom <= currentAsOf");
    }
    List<PendingLegislation> pending = pendingLegislation(manifest);
    collectSections(manifest);
    Set<String> seenIncludes = new HashSet<>();
    List<String> includes = manifest.strings("include", false);
    for (int i = 0; i < includes.size(); i++) {
      String file = includes.get(i);
      String at = "include[" + i + "]";
      // "d/./x.json" is "d/x.json" under another name: it would escape the check below.
      if (!FILE_NAME.matcher(file).matches() || file.contains("..") || file.contains("//") || file.contains("/./")) {
        manifest.problem(at, quote(file) + " is not a relative .json file name inside the pack");
      } else if (file.equals(manifestName) || !seenIncludes.add(file)) {
        manifest.problem(at, quote(file) + " is included more than once");
      } else {
        parse(file, Optional.of(manifest.pathOf(at))).ifPresent(root -> {
          Obj included = new Obj(file, "$", root);
          included.allow(INCLUDE_KEYS);
          collectSections(included);
        });
      }
    }

    for (Obj node : factNodes) {
      fact(node);
    }
    for (Obj node : termNodes) {
      String termId = node.id("id");
      if (!termId.isEmpty() && termLocations.putIfAbsent(termId, node.location("id")) != null) {
        node.problem("id", "duplicate term id '" + termId + "'; first declared at " + termLocations.get(termId));
      }
      BaseTerm redefined = base.isPresent() && !termId.isEmpty() ? base.get().terms().get(termId) : null;
      if (redefined != null) {
        node.problem("id", "term '" + termId + "' is defined by pack " + redefined.pack() + ", which " + packId
            + " builds on; expected " + packId + " to use that term by id, or to give its own term an id of its own");
      }
      if (!termId.isEmpty()) {
        termNames.putIfAbsent(termId, rawText(node.node.get("name")));
        termCitations.putIfAbsent(termId, rawText(node.node.get("citation")));
      }
    }
    Map<String, CompiledTerm> terms = new LinkedHashMap<>();
    for (Obj node : termNodes) {
      term(node).ifPresent(t -> terms.putIfAbsent(t.term().id(), t));
    }
    checkTermCycles();
    measureTerms(terms);
    Set<String> regulationIds = new HashSet<>();
    Map<String, String> obligationIds = new LinkedHashMap<>();
    List<CompiledRegulation> regulations = new ArrayList<>();
    for (Obj node : regulationNodes) {
      regulation(node, regulationIds, obligationIds).ifPresent(regulations::add);
    }
    List<CompiledPack.ConsistencyRule> consistency = new ArrayList<>();
    Set<String> ruleIds = new HashSet<>();
    for (Obj node : consistencyNodes) {
      node.allow(Set.of("id", "when", "message"));
      String ruleId = node.id("id");
      if (!ruleId.isEmpty() && !ruleIds.add(ruleId)) {
        node.problem("id", "duplicate consistency rule id '" + ruleId + "'");
      }
      String message = node.text("message");
      Optional<Cond> when = bounded(node, "when", node.condition("when", true, new HashSet<>()));
      if (!ruleId.isEmpty() && !message.isEmpty() && when.isPresent()) {
        consistency.add(new CompiledPack.ConsistencyRule(ruleId, when.get(), message));
      }
    }
    Map<String, CompiledPack.RetiredFact> retired = new LinkedHashMap<>();
    for (Obj node : retiredNodes) {
      node.allow(Set.of("id", "since", "replacedBy", "note"));
      String factId = node.id("id");
      String since = node.text("since");
      String note = node.text("note");
      List<String> replacedBy = node.strings("replacedBy", true);
      if (facts.containsKey(factId)) {
        node.problem("id", "fact '" + factId + "' is both declared and retired; expected a retired fact id not in the vocabulary");
      } else if (!factId.isEmpty() && retired.containsKey(factId)) {
        node.problem("id", "duplicate retired fact id '" + factId + "'");
      }
      for (int i = 0; i < replacedBy.size(); i++) {
        if (!facts.containsKey(replacedBy.get(i)) && !deferred && baseFact(replacedBy.get(i)) == null) {
          node.problem("replacedBy[" + i + "]", Redaction.showAuthored(replacedBy.get(i)) + " is not a declared fact; expected the ids of the facts that replace it");
        }
      }
      if (!factId.isEmpty() && !since.isEmpty() && !note.isEmpty()) {
        retired.putIfAbsent(factId, new CompiledPack.RetiredFact(factId, since, replacedBy, note));
      }
    }
    if (packConditionNodes > MAX_PACK_CONDITION_NODES) {
      problems.add(manifestName + ": the pack's conditions have " + packConditionNodes + " nodes in all, counting each"
          + " regulation's scope once per obligation and each term every time it is used; expected at most "
          + MAX_PACK_CONDITION_NODES);
    }
    String label = manifestName + (dataVersion.isEmpty() ? "" : " (" + id + " " + dataVersion + ")");
    if (!problems.isEmpty()) {
      throw failure(label);
    }
    String hash = hasher.hash().toString();
    log.debug("{} rule pack {} {} from {}: {} regulations, {} facts, {} terms", base.isPresent() ? "Linked" : "Loaded", id, dataVersion,
        manifestName, regulations.size(), facts.size(), terms.size());
    imported.forEach(terms::putIfAbsent);
    return new CompiledPack(id, jurisdiction, schemaVersion, dataVersion, answersFrom, currentAsOf, pending, hash, manifestName,
        regulations, ImmutableMap.copyOf(facts), ImmutableMap.copyOf(terms), consistency, ImmutableMap.copyOf(retired),
        buildsOn, deferred ? ImmutableMap.copyOf(kept) : ImmutableMap.of(), !deferred);
  }

  // ---------------------------------------------------------------- packs it builds on

  private List<BasePack> buildsOn(Obj manifest, String id) {
    List<BasePack> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Obj node : manifest.objects("buildsOn", false)) {
      node.allow(Set.of("id", "dataVersions"));
      String baseId = node.id("id");
      if (!baseId.isEmpty() && baseId.equals(id)) {
        node.problem("id", "'" + baseId + "' is this pack's own id; expected the id of another pack (a pack cannot build on itself)");
      } else if (!baseId.isEmpty() && !ids.add(baseId)) {
        node.problem("id", "pack '" + baseId + "' is listed more than once; expected each base pack once, with every data version accepted");
      }
      List<String> versions = node.strings("dataVersions", true);
      boolean valid = !versions.isEmpty();
      if (versions.isEmpty() && node.node.path("dataVersions").isArray()) {
        node.problem("dataVersions", "no data version; expected at least one, " + DataVersions.EXPECTED);
      }
      for (int i = 0; i < versions.size(); i++) {
        Optional<String> problem = DataVersions.problem(versions.get(i));
        if (problem.isPresent()) {
          node.problem("dataVersions[" + i + "]", problem.get());
          valid = false;
        }
      }
      if (!baseId.isEmpty() && !baseId.equals(id) && valid) {
        out.add(new BasePack(baseId, versions));
      }
    }
    return out;
  }

  /** The base fact with this id, when the pack is being linked and a base declares it. */
  private @Nullable BaseFact baseFact(String factId) {
    return base.map(b -> b.facts().get(factId)).orElse(null);
  }

  /**
   * Copies a base term this pack uses into this pack's table of conditions, after the base terms
   * it uses in turn, and measures it.
   */
  private CompiledTerm importTerm(BaseTerm from) {
    String termId = from.term().term().id();
    CompiledTerm done = imported.get(termId);
    if (done != null) {
      return done;
    }
    Cond definition = copy(from.term().definition());
    CompiledTerm copy = new CompiledTerm(from.term().term(), definition, true);
    imported.put(termId, copy);
    termSizes.put(termId, new Size(1, 1).plus(size(definition)));
    importedNesting.put(termId, 1 + nestingOf(definition));
    return copy;
  }

  /** How many base terms a condition of a base term passes through, at most. */
  private int nestingOf(Cond cond) {
    if (cond instanceof Cond.TermRef ref) {
      return importedNesting.getOrDefault(ref.termId(), 0);
    } else if (cond instanceof Cond.All all) {
      return all.items().stream().mapToInt(this::nestingOf).max().orElse(0);
    } else if (cond instanceof Cond.Any any) {
      return any.items().stream().mapToInt(this::nestingOf).max().orElse(0);
    } else if (cond instanceof Cond.Not not) {
      return nestingOf(not.item());
    }
    return 0;
  }

  /** A base pack's condition as a condition of this pack: equal, with this pack's slots. */
  private Cond copy(Cond cond) {
    Cond done = copies.get(cond);
    if (done != null) {
      return done;
    }
    Cond copy;
    if (cond instanceof Cond.All all) {
      copy = new Cond.All(all.items().stream().map(this::copy).toList(), all.label());
    } else if (cond instanceof Cond.Any any) {
      copy = new Cond.Any(any.items().stream().map(this::copy).toList(), any.label());
    } else if (cond instanceof Cond.Not not) {
      copy = new Cond.Not(copy(not.item()), not.label());
    } else if (cond instanceof Cond.FactTest test) {
      copy = new Cond.FactTest(test.factId(), test.op(), test.operand(), test.label(), test.parts(), new Cond.Slot());
    } else if (cond instanceof Cond.AsOfTest test) {
      copy = new Cond.AsOfTest(test.op(), test.date(), test.label());
    } else if (cond instanceof Cond.TermRef ref) {
      BaseTerm term = base.map(b -> b.terms().get(ref.termId())).orElse(null);
      if (term == null) {
        throw new IllegalStateException("base term " + ref.termId() + " refers to a term no base defines");
      }
      importTerm(term);
      copy = new Cond.TermRef(ref.termId(), ref.label(), ref.text(), ref.term(), ref.citation(), new Cond.Slot());
    } else if (cond instanceof Cond.Const c) {
      copy = new Cond.Const(c.value(), c.label());
    } else {
      throw new IllegalStateException("unknown condition " + cond.getClass());
    }
    Cond kept = intern(copy);
    copies.put(cond, kept);
    return kept;
  }

  /** A stand-in for a reference that only the packs this pack builds on can resolve; never evaluated. */
  private Cond unresolved(Optional<String> label) {
    return new Cond.Const(false, label);
  }

  /** Where a pack that builds on others may find a fact or term, as messages say it. */
  private String declaredHere(String what) {
    return base.map(b -> what + " of pack " + packId + " or of the packs it builds on " + b.packs()).orElse(what + " of the pack");
  }

  private InvalidRulePackException failure(String label) {
    return new InvalidRulePackException(label.isEmpty() ? manifestName : label, problems.list());
  }

  // ---------------------------------------------------------------- files

  private Optional<JsonNode> parse(String file, Optional<String> includedAt) {
    byte[] bytes;
    try {
      Optional<InputStream> in = opener.open(file);
      if (in.isEmpty()) {
        problems.add(includedAt.map(at -> manifestName + " at " + at + ": file '" + file + "' not found")
            .orElse(file + ": not found"));
        return Optional.empty();
      }
      try (InputStream stream = in.get()) {
        bytes = stream.readNBytes((int) MAX_FILE_BYTES + 1);
      }
    } catch (PackFiles.Refused e) {
      problems.add(includedAt.map(at -> manifestName + " at " + at + ": file '" + file + "' ").orElse(file + ": ") + e.getMessage());
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": cannot be read: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
    if (bytes.length > MAX_FILE_BYTES) {
      problems.add(file + ": larger than " + MAX_FILE_BYTES + " bytes");
      return Optional.empty();
    }
    hasher.putUnencodedChars(file).putInt(bytes.length).putBytes(bytes);
    lastBytes = bytes;
    if (keepFiles) {
      kept.put(file, ByteSource.wrap(bytes));
    }
    if (bytes.length == 0) {
      problems.add(file + ": empty file; expected a JSON object");
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = Json.boundedTree(bytes, MAX_ARRAY_ITEMS, MAX_FILE_VALUES, FORMAT_WORDS::contains);
    } catch (Json.BadInput e) {
      problems.add(file + (e.path().isEmpty() ? ": " : " at " + e.path() + ": ") + e.getMessage());
      return Optional.empty();
    }
    if (root.isMissingNode()) {
      problems.add(file + ": no JSON content; expected a JSON object");
      return Optional.empty();
    }
    if (!root.isObject()) {
      problems.add(file + " at $: expected a JSON object, found " + kind(root));
      return Optional.empty();
    }
    // A JSON file with none of a pack file's members is some other file: its members are not listed.
    Set<String> keys = includedAt.isEmpty() ? MANIFEST_KEYS : INCLUDE_KEYS;
    if (!root.isEmpty() && keys.stream().noneMatch(root::has)) {
      problems.add(file + " at $: not a pack " + (includedAt.isEmpty() ? "manifest" : "file") + ": it has none of "
          + new java.util.TreeSet<>(keys) + "; its " + root.size() + " members are not shown");
      return Optional.empty();
    }
    return Optional.of(root);
  }

  private void collectSections(Obj file) {
    factNodes.addAll(file.objects("facts", false));
    termNodes.addAll(file.objects("terms", false));
    regulationNodes.addAll(file.objects("regulations", false));
    consistencyNodes.addAll(file.objects("consistency", false));
    retiredNodes.addAll(file.objects("retiredFacts", false));
  }

  private Jurisdiction jurisdiction(Obj manifest) {
    Optional<Obj> node = manifest.object("jurisdiction", true);
    if (node.isEmpty()) {
      return new Jurisdiction("", "", Optional.empty());
    }
    Obj j = node.get();
    j.allow(Set.of("id", "name", "parent"));
    String id = j.text("id");
    if (!id.isEmpty() && !JURISDICTION_ID.matcher(id).matches()) {
      j.problem("id", quote(id) + " is not an ISO 3166-2 style id; expected for example US-MA");
    }
    Optional<String> parent = j.optText("parent");
    parent.filter(p -> !JURISDICTION_ID.matcher(p).matches())
        .ifPresent(p -> j.problem("parent", quote(p) + " is not an ISO 3166 style id; expected for example US"));
    return new Jurisdiction(id, j.text("name"), parent);
  }

  // ---------------------------------------------------------------- facts

  private void fact(Obj node) {
    node.allow(Set.of("id", "type", "values", "question", "help", "group"));
    String id = node.id("id");
    FactType type = node.enumValue("type", FactType.class).orElse(null);
    List<FactDefinition.AllowedValue> values = new ArrayList<>();
    Set<String> valueIds = new HashSet<>();
    List<Obj> valueNodes = node.objects("values", false);
    for (Obj v : valueNodes) {
      v.allow(Set.of("id", "label"));
      String valueId = v.id("id");
      if (!valueId.isEmpty() && !valueIds.add(valueId)) {
        v.problem("id", "duplicate value '" + valueId + "' of fact '" + id + "'");
      }
      values.add(new FactDefinition.AllowedValue(valueId, v.text("label")));
    }
    if (type == FactType.ONE_OF || type == FactType.SET_OF) {
      if (valueNodes.isEmpty()) {
        node.problem("values", "a " + type + " fact needs at least one allowed value");
      }
    } else if (type != null && node.has("values")) {
      node.problem("values", "a " + type + " fact takes no allowed values");
    }
    String question = node.text("question");
    String help = node.text("help");
    String group = node.optText("group").orElse("general");
    if (id.isEmpty() || type == null) {
      return;
    }
    if (facts.containsKey(id)) {
      node.problem("id", "duplicate fact id '" + id + "'");
      return;
    }
    FactDefinition definition = new FactDefinition(id, type, values, question, help, group);
    BaseFact redefined = baseFact(id);
    if (redefined != null && !Vocabulary.sameMeaning(redefined.definition(), definition)) {
      node.problem("id", "fact '" + id + "' is declared by pack " + redefined.pack() + ", which " + packId + " builds on, as "
          + redefined.definition().type() + " " + valueIds(redefined.definition()) + ", and here as " + type + " " + valueIds(definition)
          + "; expected " + packId + " to use that fact by id without declaring it: remove this declaration");
      return;
    }
    facts.put(id, definition);
  }

  // ---------------------------------------------------------------- terms

  private Optional<CompiledTerm> term(Obj node) {
    node.allow(Set.of("id", "name", "citation", "summary", "excerpt", "definition"));
    String id = node.id("id");
    String name = node.text("name");
    if (name.length() > MAX_TERM_NAME) {
      node.problem("name", Redaction.showAuthored(name) + " is too long for a term's name; expected at most "
          + MAX_TERM_NAME + " characters");
    }
    String citation = node.citation("citation");
    String summary = node.text("summary");
    Optional<Excerpt> excerpt = node.object("excerpt", false).map(this::excerpt);
    Set<String> refs = new LinkedHashSet<>();
    Optional<Cond> definition = node.condition("definition", true, refs);
    if (!id.isEmpty()) {
      termReferences.putIfAbsent(id, refs);
    }
    if (id.isEmpty() || definition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CompiledTerm(new Term(id, name, citation, summary, excerpt), definition.get()));
  }

  /**
   * Finds terms that refer to themselves, orders the terms so that each comes after every term it
   * uses ({@link #termOrder}), and checks how many terms each definition passes through, whatever
   * order the pack declares them in. The search keeps its own stack, so a chain of thousands of
   * terms is reported rather than overflowing the thread's.
   */
  private void checkTermCycles() {
    Set<String> done = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    for (String start : termReferences.keySet()) {
      if (done.contains(start)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<java.util.Iterator<String>> next = new ArrayDeque<>();
      path.addLast(start);
      onPath.add(start);
      next.addLast(termReferences.getOrDefault(start, Set.of()).iterator());
      while (!path.isEmpty()) {
        java.util.Iterator<String> refs = next.getLast();
        if (!refs.hasNext()) {
          String term = path.removeLast();
          next.removeLast();
          onPath.remove(term);
          if (done.add(term)) {
            termOrder.add(term);
          }
          continue;
        }
        String ref = refs.next();
        if (done.contains(ref)) {
          continue;
        }
        if (onPath.contains(ref)) {
          List<String> cycle = new ArrayList<>();
          boolean in = false;
          for (String t : path) {
            in |= t.equals(ref);
            if (in) {
              cycle.add(t);
            }
          }
          cycle.add(ref);
          problems.add(termLocations.getOrDefault(ref, manifestName) + ": term '" + ref
              + "' refers to itself" + (cycle.size() > 2 ? " through " + String.join(" -> ", cycle) : "")
              + "; expected definitions without cycles");
          termsUnsound = true;
          done.addAll(cycle);
          continue;
        }
        path.addLast(ref);
        onPath.add(ref);
        next.addLast(termReferences.getOrDefault(ref, Set.of()).iterator());
      }
    }
    if (!termsUnsound) {
      checkTermNesting();
    }
  }

  /**
   * Reports each term defined through more than {@link #MAX_TERM_NESTING} nested terms, counting
   * itself, that no other such term uses: the top of every chain that is too long, once.
   */
  private void checkTermNesting() {
    Map<String, Integer> nesting = new HashMap<>();
    for (String term : termOrder) {
      int deepest = 0;
      for (String ref : termReferences.getOrDefault(term, Set.of())) {
        deepest = Math.max(deepest, nesting.getOrDefault(ref, 0));
      }
      // A base term is not this pack's: its nesting was counted when it was copied in.
      nesting.put(term, importedNesting.getOrDefault(term, deepest + 1));
    }
    Set<String> usedByTooDeep = new HashSet<>();
    for (String term : termOrder) {
      if (nesting.getOrDefault(term, 0) > MAX_TERM_NESTING) {
        for (String ref : termReferences.getOrDefault(term, Set.of())) {
          if (nesting.getOrDefault(ref, 0) > MAX_TERM_NESTING) {
            usedByTooDeep.add(ref);
          }
        }
      }
    }
    for (String term : termReferences.keySet()) {
      int depth = nesting.getOrDefault(term, 0);
      if (depth > MAX_TERM_NESTING && !usedByTooDeep.contains(term)) {
        String deepestRef = termReferences.get(term).stream()
            .filter(r -> nesting.getOrDefault(r, 0) == depth - 1).findFirst().orElse("?");
        problems.add(termLocations.getOrDefault(term, manifestName) + ": term '" + term + "' is defined through "
            + depth + " nested terms (" + term + " -> " + deepestRef + " -> ...); expected at most " + MAX_TERM_NESTING);
        termsUnsound = true;
      }
    }
  }

  /** How deep and how large a condition is once the definitions of its terms are put in. */
  private record Size(int depth, int nodes) {
    static final Size LEAF = new Size(1, 1);

    Size plus(Size child) {
      return new Size(Math.max(depth, child.depth + 1), (int) Math.min(Integer.MAX_VALUE, (long) nodes + child.nodes));
    }
  }

  /**
   * Measures every term, each after the terms it uses, so that nothing is measured twice and
   * recursion never goes deeper than one condition's own nesting.
   */
  private void measureTerms(Map<String, CompiledTerm> terms) {
    if (termsUnsound) {
      return;
    }
    for (String id : termOrder) {
      CompiledTerm t = terms.get(id);
      if (t != null) {
        Size size = new Size(1, 1).plus(size(t.definition()));
        termSizes.put(id, size);
        if (tooLarge(size)) {
          problems.add(termLocations.get(id) + ": the definition of term '" + id + "' " + describe(size));
        }
      }
    }
  }

  private Size size(Cond cond) {
    if (cond instanceof Cond.All all) {
      return sizeOf(all.items());
    } else if (cond instanceof Cond.Any any) {
      return sizeOf(any.items());
    } else if (cond instanceof Cond.Not not) {
      return Size.LEAF.plus(size(not.item()));
    } else if (cond instanceof Cond.TermRef ref) {
      return termSizes.getOrDefault(ref.termId(), Size.LEAF);
    }
    return Size.LEAF;
  }

  private Size sizeOf(List<Cond> items) {
    Size size = Size.LEAF;
    for (Cond item : items) {
      size = size.plus(size(item));
    }
    return size;
  }

  private static boolean tooLarge(Size size) {
    return size.depth() > MAX_CONDITION_DEPTH || size.nodes() > MAX_CONDITION_NODES;
  }

  private static String describe(Size size) {
    return size.depth() > MAX_CONDITION_DEPTH
        ? "nests " + size.depth() + " conditions deep, counting the terms it uses; expected at most " + MAX_CONDITION_DEPTH
        : "has " + size.nodes() + " conditions, counting the terms it uses each time; expected at most " + MAX_CONDITION_NODES;
  }

  /** A regulation's or obligation's condition, when it is not too deep or too large to assess. */
  private Optional<Cond> bounded(Obj node, String member, Optional<Cond> cond) {
    if (cond.isEmpty() || termsUnsound) {
      return cond;
    }
    Size size = size(cond.get());
    if (tooLarge(size)) {
      node.problem(member, "the condition " + describe(size));
      return Optional.empty();
    }
    return cond;
  }

  private List<PendingLegislation> pendingLegislation(Obj manifest) {
    List<PendingLegislation> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Obj node : manifest.objects("pendingLegislation", false)) {
      node.allow(Set.of("id", "citation", "title", "status", "source", "checked"));
      String id = node.id("id");
      if (!id.isEmpty() && !ids.add(id)) {
        node.problem("id", "duplicate pending-legislation id '" + id + "'");
      }
      String citation = node.text("citation");
      String title = node.text("title");
      String status = node.text("status");
      String source = node.url("source");
      Optional<LocalDate> checked = node.date("checked");
      if (!id.isEmpty() && !citation.isEmpty() && !title.isEmpty() && !status.isEmpty() && !source.isEmpty() && checked.isPresent()) {
        out.add(new PendingLegislation(id, citation, title, status, source, checked.get()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- regulations

  private Optional<CompiledRegulation> regulation(Obj node, Set<String> regulationIds, Map<String, String> obligationIds) {
    node.allow(Set.of("id", "citation", "title", "kind", "issuer", "source", "retrieved", "effective", "scope", "obligations"));
    String id = node.id("id");
    if (!id.isEmpty() && !regulationIds.add(id)) {
      node.problem("id", "duplicate regulation id '" + id + "'");
    }
    String citation = node.citation("citation");
    String title = node.text("title");
    Optional<Regulation.Kind> kind = node.enumValue("kind", Regulation.Kind.class);
    String issuer = node.text("issuer");
    String source = node.url("source");
    Optional<LocalDate> retrieved = node.date("retrieved");
    EffectivePeriod effective = node.period("effective");
    if (!node.has("effective")) {
      node.problem("effective", "missing required property; expected {\"from\": date, \"basis\": where the date comes from}");
    } else if (node.node.get("effective").isObject() && !node.node.get("effective").has("from")) {
      problems.add(node.location("effective") + ".from: missing required property; expected the date from which the instrument binds");
    }
    String scopeSummary = "";
    Optional<Cond> scope = Optional.empty();
    Optional<Obj> scopeNode = node.object("scope", true);
    if (scopeNode.isPresent()) {
      scopeNode.get().allow(Set.of("summary", "when"));
      scopeSummary = scopeNode.get().text("summary");
      scope = bounded(scopeNode.get(), "when", scopeNode.get().condition("when", true, new HashSet<>()));
    }
    List<Obligation> obligations = new ArrayList<>();
    List<CompiledObligation> compiled = new ArrayList<>();
    List<Obj> obligationNodes = node.objects("obligations", true);
    if (obligationNodes.isEmpty() && node.has("obligations")) {
      node.problem("obligations", "expected at least one obligation");
    }
    for (Obj o : obligationNodes) {
      obligation(o, id, kind, effective, obligationIds).ifPresent(c -> {
        compiled.add(c);
        obligations.add(c.obligation());
      });
    }
    if (scope.isPresent() && !termsUnsound) {
      long scopeNodes = size(scope.get()).nodes();
      packConditionNodes += scopeNodes;
      for (CompiledObligation c : compiled) {
        packConditionNodes += scopeNodes + size(c.appliesWhen()).nodes()
            + c.exemptWhen().map(e -> size(e).nodes()).orElse(0) + c.satisfiedWhen().map(e -> size(e).nodes()).orElse(0);
      }
    }
    if (id.isEmpty() || kind.isEmpty() || retrieved.isEmpty() || scope.isEmpty()) {
      return Optional.empty();
    }
    Regulation regulation = new Regulation(id, citation, title, kind.get(), issuer, source, retrieved.get(), effective, scopeSummary, obligations);
    return Optional.of(new CompiledRegulation(regulation, scope.get(), compiled));
  }

  private Optional<CompiledObligation> obligation(Obj node, String regulationId, Optional<Regulation.Kind> regulationKind,
      EffectivePeriod regulationPeriod, Map<String, String> obligationIds) {
    node.allow(Set.of("id", "citation", "title", "duty", "addressee", "summary", "actions", "evidence", "timing",
        "penalty", "excerpt", "effective", "topics", "appliesWhen", "exemptWhen", "satisfiedWhen"));
    String id = node.id("id");
    if (!id.isEmpty()) {
      String first = obligationIds.putIfAbsent(id, node.location("id"));
      if (first != null) {
        node.problem("id", "duplicate obligation id '" + id + "'; first declared at " + first);
      }
    }
    String citation = node.citation("citation");
    String title = node.text("title");
    Optional<DutyKind> duty = node.enumValue("duty", DutyKind.class);
    Optional<Addressee> addressee = node.object("addressee", true).map(a -> {
      a.allow(Set.of("role", "party"));
      Optional<Addressee.Role> role = a.enumValue("role", Addressee.Role.class);
      return new Addressee(role.orElse(Addressee.Role.CALLER), a.text("party"));
    });
    String summary = node.text("summary");
    List<String> actions = node.strings("actions", true);
    List<String> evidence = node.strings("evidence", true);
    Optional<String> timing = node.optText("timing");
    Optional<String> penalty = node.optText("penalty");
    Optional<Excerpt> excerpt = node.object("excerpt", true).map(this::excerpt);
    if (excerpt.isPresent() && excerpt.get().provenance() == Provenance.POLICY && regulationKind.isPresent()
        && regulationKind.get() != Regulation.Kind.POLICY) {
      problems.add(node.location("excerpt") + ".provenance: POLICY text in an obligation of a " + regulationKind.get()
          + "; expected OFFICIAL, SECONDARY_QUOTATION or PARAPHRASE for law, or the instrument's kind POLICY for a policy");
    }
    EffectivePeriod effective = node.period("effective");
    if (effective.fromAtLatest()) {
      node.problem("effective", "fromAtLatest is allowed only in a regulation's period; expected an obligation's own start date");
    }
    if ((effective.from().isPresent() && regulationPeriod.from().isPresent() && effective.from().get().isBefore(regulationPeriod.from().get()))
        || (effective.until().isPresent() && regulationPeriod.until().isPresent() && effective.until().get().isAfter(regulationPeriod.until().get()))) {
      node.problem("effective", "obligation period (" + effective + ") must lie within its regulation's (" + regulationPeriod + ")");
    }
    List<String> topics = node.strings("topics", false);
    Set<String> refs = new HashSet<>();
    Cond applies = bounded(node, "appliesWhen", node.condition("appliesWhen", false, refs)).orElseGet(() -> intern(Cond.always()));
    Optional<Cond> exempt = bounded(node, "exemptWhen", node.condition("exemptWhen", false, refs));
    Optional<Cond> satisfied = bounded(node, "satisfiedWhen", node.condition("satisfiedWhen", false, refs));
    if (id.isEmpty() || duty.isEmpty() || addressee.isEmpty() || excerpt.isEmpty()) {
      return Optional.empty();
    }
    Obligation obligation = new Obligation(id, citation, regulationId, title, duty.get(), addressee.get(), summary,
        actions, evidence, timing, penalty, excerpt.get(), effective, topics);
    return Optional.of(new CompiledObligation(obligation, applies, exempt, satisfied));
  }

  private Excerpt excerpt(Obj node) {
    node.allow(Set.of("text", "source", "retrieved", "provenance", "verified", "note"));
    String text = node.text("text");
    String source = node.url("source");
    LocalDate retrieved = node.date("retrieved").orElse(LocalDate.MIN);
    Provenance provenance = node.enumValue("provenance", Provenance.class).orElse(Provenance.PARAPHRASE);
    boolean verified = node.bool("verified");
    if (verified && provenance == Provenance.PARAPHRASE) {
      node.problem("verified", "a paraphrase cannot be verified source text; expected verified: false");
    }
    return new Excerpt(text, source, retrieved, provenance, verified, node.optText("note"));
  }

  // ---------------------------------------------------------------- conditions

  private static String rawText(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : "";
  }

  /** The one instance of conditions equal to this one; a new one gets the next trace slot. */
  private Cond intern(Cond cond) {
    Cond previous = interned.putIfAbsent(new InternKey(cond), cond);
    if (previous != null) {
      return previous;
    }
    cond.slot().set(interned.size() - 1);
    return cond;
  }

  /** A secret key, chosen when regkit starts, for hashes a pack author must not be able to predict. */
  private static final HashFunction INTERN_HASH = internHash();

  private static HashFunction internHash() {
    java.security.SecureRandom random = new java.security.SecureRandom();
    return Hashing.sipHash24(random.nextLong(), random.nextLong());
  }

  /**
   * A condition as a key of {@link #interned}. Its hash is a keyed SipHash of the condition's own
   * parts and its items' slots (items are interned first, so equal items are one instance): labels
   * chosen to share a {@code String.hashCode} cannot pile conditions into one bucket and make
   * loading quadratic. Equality stays the condition's own.
   */
  static final class InternKey {
    final Cond cond;
    final int hash;

    InternKey(Cond cond) {
      this.cond = cond;
      Hasher h = INTERN_HASH.newHasher();
      h.putUnencodedChars(cond.getClass().getSimpleName()).putChar('|');
      cond.label().ifPresentOrElse(l -> h.putBoolean(true).putInt(l.length()).putUnencodedChars(l), () -> h.putBoolean(false));
      if (cond instanceof Cond.All all) {
        all.items().forEach(c -> h.putInt(c.slot().index()));
      } else if (cond instanceof Cond.Any any) {
        any.items().forEach(c -> h.putInt(c.slot().index()));
      } else if (cond instanceof Cond.Not not) {
        h.putInt(not.item().slot().index());
      } else if (cond instanceof Cond.FactTest test) {
        h.putInt(test.factId().length()).putUnencodedChars(test.factId()).putUnencodedChars(test.op().name());
        putOperand(h, test.operand());
      } else if (cond instanceof Cond.AsOfTest test) {
        h.putUnencodedChars(test.op().name()).putUnencodedChars(test.date().toString());
      } else if (cond instanceof Cond.TermRef ref) {
        h.putInt(ref.termId().length()).putUnencodedChars(ref.termId());
      } else if (cond instanceof Cond.Const c) {
        h.putBoolean(c.value());
      }
      this.hash = h.hash().asInt();
    }

    private static void putOperand(Hasher h, Object operand) {
      if (operand instanceof List<?> list) {
        h.putInt(list.size());
        list.forEach(item -> putOperand(h, item));
      } else {
        // Equal operands (String, Boolean, BigDecimal with its scale, LocalDate) have equal text.
        String text = operand.toString();
        h.putUnencodedChars(operand.getClass().getSimpleName()).putInt(text.length()).putUnencodedChars(text);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InternKey other && other.hash == hash && other.cond.equals(cond);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private Optional<Cond> condition(String file, String path, JsonNode node, Set<String> termRefs) {
    return parseCondition(file, path, node, termRefs).map(this::intern);
  }

  private Optional<Cond> parseCondition(String file, String path, JsonNode node, Set<String> termRefs) {
    if (!node.isObject()) {
      problems.add(file + " at " + path + ": expected a condition object, found " + kind(node));
      return Optional.empty();
    }
    Obj c = new Obj(file, path, node);
    Optional<String> label = c.optText("label");
    List<String> forms = new ArrayList<>();
    node.fieldNames().forEachRemaining(name -> {
      if (!name.equals("label")) {
        forms.add(name);
      }
    });
    if (c.has("fact")) {
      return factTest(c, forms, label);
    }
    if (forms.size() != 1) {
      problems.add(file + " at " + path + ": expected exactly one of all, any, not, fact, asOf, term, always; found "
          + (forms.isEmpty() ? "none" : shortened(forms)));
      return Optional.empty();
    }
    String form = forms.get(0);
    JsonNode value = node.get(form);
    String at = path + "." + shorten(form);
    switch (form) {
      case "all", "any" -> {
        if (!value.isArray() || value.isEmpty()) {
          problems.add(file + " at " + at + ": expected a non-empty array of conditions, found " + kind(value));
          return Optional.empty();
        }
        List<Cond> items = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < value.size(); i++) {
          Optional<Cond> item = condition(file, at + "[" + i + "]", value.get(i), termRefs);
          ok &= item.isPresent();
          item.ifPresent(items::add);
        }
        if (!ok) {
          return Optional.empty();
        }
        return Optional.of(form.equals("all") ? new Cond.All(items, label) : new Cond.Any(items, label));
      }
      case "not" -> {
        return condition(file, at, value, termRefs).map(inner -> new Cond.Not(inner, label));
      }
      case "term" -> {
        String termId = value.isTextual() ? value.asText() : "";
        if (termId.isEmpty()) {
          problems.add(file + " at " + at + ": expected a term id, found " + kind(value));
          return Optional.empty();
        }
        if (!termLocations.containsKey(termId)) {
          BaseTerm baseTerm = base.map(b -> b.terms().get(termId)).orElse(null);
          if (baseTerm != null) {
            importTerm(baseTerm);
            termRefs.add(termId);
            Term t = baseTerm.term().term();
            return Optional.of(Cond.TermRef.of(termId, label, t.name(), t.citation()));
          }
          if (deferred) {
            return Optional.of(unresolved(label));
          }
          if (base.isPresent()) {
            List<String> known = new ArrayList<>(termLocations.keySet());
            known.addAll(base.get().terms().keySet());
            problems.add(file + " at " + at + ": unknown term " + quote(termId) + "; expected " + declaredHere("a term")
                + (problems.listsMore() ? Vocabulary.suggestion(termId, known, suggestionBudget) : ""));
            return Optional.empty();
          }
          problems.add(file + " at " + at + ": unknown term " + quote(termId) + "; expected "
              + (termLocations.isEmpty() ? "a term, but the pack declares none" : "one of " + Problems.listed(termLocations.keySet()))
              + NO_BASE_HINT);
          return Optional.empty();
        }
        termRefs.add(termId);
        return Optional.of(Cond.TermRef.of(termId, label, termNames.getOrDefault(termId, ""), termCitations.getOrDefault(termId, "")));
      }
      case "always" -> {
        if (!value.isBoolean()) {
          problems.add(file + " at " + at + ": expected true or false, found " + kind(value));
          return Optional.empty();
        }
        return Optional.of(new Cond.Const(value.booleanValue(), label));
      }
      case "asOf" -> {
        if (!value.isObject() || value.size() != 1) {
          problems.add(file + " at " + at + ": expected an object with one date comparison (before, onOrBefore, after, onOrAfter)");
          return Optional.empty();
        }
        String opName = value.fieldNames().next();
        Optional<Cond.Op> op = Cond.Op.fromJson(opName).filter(Cond.Op::isDateComparison);
        if (op.isEmpty()) {
          problems.add(file + " at " + at + "." + shorten(opName) + ": unknown date comparison; expected before, onOrBefore, after or onOrAfter");
          return Optional.empty();
        }
        return dateOperand(file, at + "." + opName, value.get(opName)).map(d -> new Cond.AsOfTest(op.get(), d, label));
      }
      default -> {
        problems.add(file + " at " + at + ": unknown condition " + quote(form) + "; expected one of all, any, not, fact, asOf, term, always");
        return Optional.empty();
      }
    }
  }

  private Optional<Cond> factTest(Obj c, List<String> forms, Optional<String> label) {
    String factId = c.text("fact");
    List<String> ops = new ArrayList<>(forms);
    ops.remove("fact");
    if (ops.size() != 1) {
      c.problem("fact", "a fact test needs exactly one operator (equals, in, contains, containsAny, containsAll, before, onOrBefore, after, onOrAfter, lessThan, atMost, greaterThan, atLeast); found " + shortened(ops));
      return Optional.empty();
    }
    String opName = ops.get(0);
    Optional<Cond.Op> maybeOp = Cond.Op.fromJson(opName);
    if (maybeOp.isEmpty()) {
      c.problem(opName, "unknown operator " + quote(opName) + "; expected one of equals, in, contains, containsAny, containsAll, before, onOrBefore, after, onOrAfter, lessThan, atMost, greaterThan, atLeast");
      return Optional.empty();
    }
    if (factId.isEmpty()) {
      return Optional.empty();
    }
    FactDefinition fact = facts.get(factId);
    if (fact == null && base.isPresent()) {
      BaseFact baseFact = baseFact(factId);
      if (baseFact == null) {
        String retired = base.get().retired().get(factId);
        if (retired != null) {
          c.problem("fact", retired);
        } else {
          List<String> known = new ArrayList<>(facts.keySet());
          known.addAll(base.get().facts().keySet());
          c.problem("fact", "unknown fact " + quote(factId) + "; expected " + declaredHere("a fact")
              + (problems.listsMore() ? Vocabulary.suggestion(factId, known, suggestionBudget) : ""));
        }
        return Optional.empty();
      }
      fact = baseFact.definition();
    }
    if (fact == null && deferred) {
      return Optional.of(unresolved(label));
    }
    if (fact == null) {
      c.problem("fact", "unknown fact " + quote(factId) + "; expected a fact declared in the pack's facts" + NO_BASE_HINT);
      return Optional.empty();
    }
    Cond.Op op = maybeOp.get();
    JsonNode operand = c.node.get(opName);
    String at = c.pathOf(opName);
    boolean fits = switch (fact.type()) {
      case BOOLEAN -> op == Cond.Op.EQUALS;
      case ONE_OF -> op == Cond.Op.EQUALS || op == Cond.Op.IN;
      case SET_OF -> op.isSetOperator();
      case DATE -> op == Cond.Op.EQUALS || op.isDateComparison();
      case NUMBER -> op == Cond.Op.EQUALS || op.isNumberComparison();
    };
    if (!fits) {
      c.problem(opName, "operator '" + opName + "' does not apply to " + fact.type() + " fact '" + factId + "'");
      return Optional.empty();
    }
    Optional<Object> value = switch (fact.type()) {
      case BOOLEAN -> operand.isBoolean() ? Optional.of(operand.booleanValue()) : expected(c.file, at, "true or false", operand);
      case ONE_OF, SET_OF -> (op == Cond.Op.EQUALS || op == Cond.Op.CONTAINS)
          ? allowedValue(c.file, at, fact, operand).map(v -> (Object) v)
          : allowedValues(c.file, at, fact, operand).map(v -> (Object) v);
      case DATE -> dateOperand(c.file, at, operand).map(d -> (Object) d);
      case NUMBER -> operand.isNumber() ? number(c.file, at, operand) : expected(c.file, at, "a number", operand);
    };
    return value.map(v -> new Cond.FactTest(factId, op, v, label));
  }

  private Optional<Object> number(String file, String at, JsonNode node) {
    java.math.BigDecimal n = node.decimalValue();
    if (!fitsDigits(n)) {
      problems.add(file + " at " + at + ": a number out of range; expected at most " + MAX_NUMBER_DIGITS
          + " digits before and " + MAX_NUMBER_DIGITS + " after the decimal point");
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** Whether the number written out in full has at most 100 digits on each side of the point. */
  static boolean fitsDigits(java.math.BigDecimal n) {
    if (n.signum() == 0) {
      return true;
    }
    long scale = n.scale();
    long integerDigits = (long) n.precision() - scale;
    return scale <= MAX_NUMBER_DIGITS && integerDigits <= MAX_NUMBER_DIGITS;
  }

  /** Pack text as a message shows it: in quotes, cut short when long, control characters escaped. */
  static String quote(String text) {
    return "'" + shorten(text) + "'";
  }

  static String shorten(String text) {
    String cut = text;
    if (text.codePointCount(0, text.length()) > MAX_SHOWN) {
      cut = text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN - 20)) + "... (" + text.length() + " characters)";
    }
    StringBuilder sb = new StringBuilder(cut.length());
    cut.chars().forEach(ch -> {
      if (ch < 0x20 || ch == 0x7f) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      } else {
        sb.append((char) ch);
      }
    });
    return sb.toString();
  }

  private static List<String> shortened(List<String> texts) {
    return texts.stream().map(PackReader::shorten).toList();
  }

  private Optional<Object> expected(String file, String at, String what, JsonNode found) {
    problems.add(file + " at " + at + ": expected " + what + ", found " + kind(found));
    return Optional.empty();
  }

  private Optional<String> allowedValue(String file, String at, FactDefinition fact, JsonNode node) {
    if (!node.isTextual()) {
      problems.add(file + " at " + at + ": expected one allowed value of fact '" + fact.id() + "', found " + kind(node));
      return Optional.empty();
    }
    String v = node.asText();
    if (fact.findValue(v).isEmpty()) {
      problems.add(file + " at " + at + ": " + quote(v) + " is not an allowed value of fact '" + fact.id() + "'; expected one of " + valueIds(fact));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private Optional<List<String>> allowedValues(String file, String at, FactDefinition fact, JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      problems.add(file + " at " + at + ": expected a non-empty array of allowed values of fact '" + fact.id() + "', found " + kind(node));
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      Optional<String> v = allowedValue(file, at + "[" + i + "]", fact, node.get(i));
      ok &= v.isPresent();
      v.ifPresent(out::add);
    }
    return ok ? Optional.of(ImmutableList.copyOf(out)) : Optional.empty();
  }

  private Optional<LocalDate> dateOperand(String file, String at, JsonNode node) {
    if (!node.isTextual()) {
      problems.add(file + " at " + at + ": expected a date yyyy-MM-dd, found " + kind(node));
      return Optional.empty();
    }
    return parseDate(file, at, node.asText());
  }

  private Optional<LocalDate> parseDate(String file, String at, String text) {
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problems.add(file + " at " + at + ": '" + text + "' is not a valid date; expected a calendar date yyyy-MM-dd");
        return Optional.empty();
      }
    }
    problems.add(file + " at " + at + ": " + quote(text) + " is not a date; expected yyyy-MM-dd");
    return Optional.empty();
  }

  private static String valueIds(FactDefinition fact) {
    return Problems.listed(fact.values().stream().map(FactDefinition.AllowedValue::id).toList());
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> node.asText().isEmpty() ? "an empty string" : "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  // ---------------------------------------------------------------- object access with problems

  /** A JSON object at a known place, whose accessors record problems instead of throwing. */
  private final class Obj {
    final String file;
    final String path;
    final JsonNode node;

    Obj(String file, String path, JsonNode node) {
      this.file = file;
      this.path = path;
      this.node = node;
    }

    String pathOf(String member) {
      return member.startsWith("[") ? path + member : path + "." + shorten(member);
    }

    String location(String member) {
      return file + " at " + pathOf(member);
    }

    void problem(String member, String message) {
      problems.add(location(member) + ": " + message);
    }

    boolean has(String member) {
      return node.has(member);
    }

    void allow(Set<String> members) {
      node.fieldNames().forEachRemaining(name -> {
        if (!members.contains(name)) {
          problem(name, "unknown property " + quote(name) + "; expected one of " + new java.util.TreeSet<>(members));
        }
      });
    }

    Optional<JsonNode> member(String name, boolean required) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        if (required) {
          problem(name, "missing required property");
        }
        return Optional.empty();
      }
      return Optional.of(value);
    }

    String text(String name) {
      return member(name, true).map(v -> {
        if (!v.isTextual() || v.asText().isBlank()) {
          problem(name, "expected a non-empty string, found " + kind(v));
          return "";
        }
        return v.asText();
      }).orElse("");
    }

    Optional<String> optText(String name) {
      return member(name, false).flatMap(v -> {
        if (!v.isTextual() || v.asText().isBlank()) {
          problem(name, "expected a non-empty string, found " + kind(v));
          return Optional.empty();
        }
        return Optional.of(v.asText());
      });
    }

    String id(String name) {
      String id = text(name);
      if (!id.isEmpty() && !ID.matcher(id).matches()) {
        problem(name, Redaction.showAuthored(id) + " is not a valid id; expected lower-case letters, digits, '.', '_' or '-', at most 100");
        return "";
      }
      return id;
    }

    String citation(String name) {
      String citation = text(name);
      if (!citation.isEmpty() && (!citation.strip().equals(citation) || citation.length() > 200 || citation.chars().noneMatch(Character::isDigit))) {
        problem(name, Redaction.showAuthored(citation) + " is not a well-formed citation; expected trimmed text of at most 200 characters naming a numbered provision");
      }
      return citation;
    }

    String url(String name) {
      String url = text(name);
      if (!url.isEmpty() && !URL.matcher(url).matches()) {
        problem(name, Redaction.showAuthored(url) + " is not a source address; expected an http or https URL");
      }
      return url;
    }

    int integer(String name) {
      return member(name, true).map(v -> {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
          problem(name, "expected an integer, found " + kind(v));
          return Integer.MIN_VALUE;
        }
        return v.intValue();
      }).orElse(Integer.MIN_VALUE);
    }

    boolean bool(String name) {
      return member(name, true).map(v -> {
        if (!v.isBoolean()) {
          problem(name, "expected true or false, found " + kind(v));
          return false;
        }
        return v.booleanValue();
      }).orElse(false);
    }

    Optional<LocalDate> date(String name) {
      return member(name, true).flatMap(v -> v.isTextual()
          ? parseDate(file, pathOf(name), v.asText())
          : expectedDate(name, v));
    }

    private Optional<LocalDate> expectedDate(String name, JsonNode v) {
      problem(name, "expected a date yyyy-MM-dd, found " + kind(v));
      return Optional.empty();
    }

    /** An effective period, which says where its dates come from ({@code basis}). */
    EffectivePeriod period(String name) {
      Optional<Obj> p = object(name, false);
      if (p.isEmpty()) {
        return EffectivePeriod.ALWAYS;
      }
      Obj o = p.get();
      o.allow(Set.of("from", "until", "basis", "fromAtLatest"));
      String basis = o.text("basis");
      boolean fromAtLatest = o.has("fromAtLatest") && o.bool("fromAtLatest");
      if (fromAtLatest && !o.has("from")) {
        o.problem("fromAtLatest", "set without a from date; expected from with the date by which the sources show it in force");
        fromAtLatest = false;
      }
      Optional<LocalDate> from = o.member("from", false).flatMap(v -> v.isTextual() ? parseDate(file, o.pathOf("from"), v.asText()) : o.expectedDate("from", v));
      Optional<LocalDate> until = o.member("until", false).flatMap(v -> v.isTextual() ? parseDate(file, o.pathOf("until"), v.asText()) : o.expectedDate("until", v));
      if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
        o.problem("until", "period ends (" + until.get() + ") on or before it starts (" + from.get() + "); expected from < until");
        return EffectivePeriod.ALWAYS;
      }
      return new EffectivePeriod(from, until, basis.isEmpty() ? Optional.empty() : Optional.of(basis), fromAtLatest && from.isPresent());
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
      return member(name, true).flatMap(v -> {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (v.isTextual() && names.contains(v.asText())) {
          return Optional.of(Enum.valueOf(type, v.asText()));
        }
        problem(name, (v.isTextual() ? Redaction.showAuthored(v.asText()) : kind(v)) + " is not allowed; expected one of " + names);
        return Optional.empty();
      });
    }

    Optional<Obj> object(String name, boolean required) {
      return member(name, required).flatMap(v -> {
        if (!v.isObject()) {
          problem(name, "expected an object, found " + kind(v));
          return Optional.empty();
        }
        return Optional.of(new Obj(file, pathOf(name), v));
      });
    }

    List<Obj> objects(String name, boolean required) {
      Optional<JsonNode> v = member(name, required);
      if (v.isEmpty()) {
        return List.of();
      }
      if (!v.get().isArray()) {
        problem(name, "expected an array, found " + kind(v.get()));
        return List.of();
      }
      List<Obj> out = new ArrayList<>();
      for (int i = 0; i < v.get().size(); i++) {
        JsonNode item = v.get().get(i);
        String at = pathOf(name) + "[" + i + "]";
        if (!item.isObject()) {
          problems.add(file + " at " + at + ": expected an object, found " + kind(item));
        } else {
          out.add(new Obj(file, at, item));
        }
      }
      return out;
    }

    List<String> strings(String name, boolean required) {
      Optional<JsonNode> v = member(name, required);
      if (v.isEmpty()) {
        return List.of();
      }
      if (!v.get().isArray()) {
        problem(name, "expected an array of strings, found " + kind(v.get()));
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < v.get().size(); i++) {
        JsonNode item = v.get().get(i);
        if (!item.isTextual() || item.asText().isBlank()) {
          problems.add(file + " at " + pathOf(name) + "[" + i + "]: expected a non-empty string, found " + kind(item));
        } else {
          out.add(item.asText());
        }
      }
      return out;
    }

    Optional<Cond> condition(String name, boolean required, Set<String> termRefs) {
      return member(name, required).flatMap(v -> PackReader.this.condition(file, pathOf(name), v, termRefs));
    }
  }
}
