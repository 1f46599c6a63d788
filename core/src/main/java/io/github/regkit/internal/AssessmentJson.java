package io.github.regkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Compliance;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.DutyKind;
import io.github.regkit.EffectivePeriod;
import io.github.regkit.Excerpt;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.Obligation;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Provenance;
import io.github.regkit.Receipt;
import io.github.regkit.RegkitException;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import io.github.regkit.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Assessment} to and from JSON. Members are written in a fixed order, so equal
 * assessments give byte-identical JSON. Terms, scopes and values given are written once ({@link
 * Explanations}) and referred to; reading resolves the references, each entry once.
 */
public final class AssessmentJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private AssessmentJson() {}

  public static String write(Assessment a) {
    try {
      return JsonOutput.WRITER.withDefaultPrettyPrinter().writeValueAsString(toTree(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The assessment as a JSON tree. Each term evaluated is explained once, in {@code terms} (keyed by
   * term id), each instrument's scope once, in {@code scopes} (keyed by the instrument's citation),
   * and each value given once, in {@code facts}; trace nodes that use a term or scope refer to it by
   * key, and fact tests name their fact. So the JSON grows linearly with the pack and the facts.
   */
  public static ObjectNode toTree(Assessment a) {
    List<Trace> roots = new ArrayList<>(2 * a.requirements().size() + a.ruledOut().size());
    for (Requirement r : a.requirements()) {
      roots.add(r.why());
      roots.add(r.compliance().trace());
    }
    for (RuledOut n : a.ruledOut()) {
      roots.add(n.trace());
    }
    Explanations ex = Explanations.of(roots);
    ObjectNode root = F.objectNode();
    ObjectNode counts = root.putObject("counts");
    counts.put("applies", a.requirements(Applicability.APPLIES).size());
    counts.put("mayApply", a.requirements(Applicability.MAY_APPLY).size());
    counts.put("notApplicable", a.ruledOut().size());
    counts.put("openQuestions", a.openQuestions().size());
    ArrayNode requirements = root.putArray("requirements");
    a.requirements().forEach(r -> requirements.add(requirement(r, ex)));
    ArrayNode ruledOut = root.putArray("notApplicable");
    for (RuledOut n : a.ruledOut()) {
      ObjectNode o = ruledOut.addObject();
      o.put("level", n.level().name());
      o.put("id", n.id());
      o.put("citation", n.citation());
      o.put("title", n.title());
      o.put("reason", n.reason().name());
      o.put("explanation", n.explanation());
      n.addressee().ifPresent(x -> {
        o.put("addressee", x.role().name());
        o.put("party", x.party());
      });
      strings(o.putArray("covers"), n.covers());
      o.set("trace", trace(n.trace(), ex));
    }
    ArrayNode questions = root.putArray("openQuestions");
    for (OpenQuestion q : a.openQuestions()) {
      ObjectNode o = questions.addObject();
      o.put("fact", q.factId());
      o.put("question", q.question());
      o.put("help", q.help());
      o.put("applicabilityVerdicts", q.applicabilityVerdicts());
      o.put("complianceVerdicts", q.complianceVerdicts());
      strings(o.putArray("citations"), q.citations());
    }
    ObjectNode scopes = root.putObject("scopes");
    for (Explanations.Entry e : ex.scopes()) {
      scopes.set(e.key(), node(e.node(), ex));
    }
    ObjectNode terms = root.putObject("terms");
    for (Explanations.Entry e : ex.terms()) {
      Trace use = e.node();
      ObjectNode o = terms.putObject(e.key());
      use.termId().filter(id -> !id.equals(e.key())).ifPresent(id -> o.put("id", id));
      o.put("result", use.result().name());
      o.put("text", use.text());
      use.citation().ifPresent(c -> o.put("citation", c));
      o.set("definition", trace(e.explained(), ex));
    }
    root.set("facts", FactsJson.toTree(ex.knownFacts()));
    ObjectNode receipt = root.putObject("receipt");
    Receipt r = a.receipt();
    receipt.put("regkitVersion", r.regkitVersion());
    receipt.put("asOf", r.asOf().toString());
    receipt.put("factsHash", r.factsHash());
    ArrayNode packs = receipt.putArray("packs");
    for (Receipt.PackStamp p : r.packs()) {
      ObjectNode o = packs.addObject();
      o.put("id", p.id());
      o.put("jurisdiction", p.jurisdiction());
      o.put("dataVersion", p.dataVersion());
      o.put("contentHash", p.contentHash());
      o.put("answersFrom", p.answersFrom().toString());
      o.put("currentAsOf", p.currentAsOf().toString());
      // Only a pack that builds on others says so, so that the JSON of other assessments is unchanged.
      if (!p.buildsOn().isEmpty()) {
        strings(o.putArray("buildsOn"), p.buildsOn());
      }
    }
    ArrayNode warnings = receipt.putArray("warnings");
    for (Warning w : r.warnings()) {
      ObjectNode o = warnings.addObject();
      o.put("kind", w.kind().name());
      o.put("pack", w.packId());
      o.put("message", w.message());
      strings(o.putArray("citations"), w.citations());
    }
    return root;
  }

  private static ObjectNode requirement(Requirement r, Explanations ex) {
    Obligation ob = r.obligation();
    ObjectNode o = F.objectNode();
    o.put("id", ob.id());
    o.put("citation", ob.citation());
    o.put("status", r.applicability().name());
    o.put("compliance", r.compliance().status().name());
    o.put("addressee", ob.addressee().role().name());
    o.put("party", ob.addressee().party());
    o.put("title", ob.title());
    o.put("duty", ob.duty().name());
    o.put("regulation", ob.regulationId());
    o.put("regulationCitation", r.regulationCitation());
    o.put("summary", ob.summary());
    strings(o.putArray("actions"), ob.actions());
    strings(o.putArray("evidence"), ob.evidence());
    ob.timing().ifPresent(t -> o.put("timing", t));
    ob.penalty().ifPresent(p -> o.put("penalty", p));
    o.set("excerpt", excerpt(ob.excerpt()));
    ObjectNode effective = o.putObject("effective");
    ob.effective().from().ifPresent(d -> effective.put("from", d.toString()));
    ob.effective().until().ifPresent(d -> effective.put("until", d.toString()));
    ob.effective().basis().ifPresent(b -> effective.put("basis", b));
    if (ob.effective().fromAtLatest()) {
      effective.put("fromAtLatest", true);
    }
    strings(o.putArray("topics"), ob.topics());
    o.set("why", trace(r.why(), ex));
    o.set("complianceTrace", trace(r.compliance().trace(), ex));
    strings(o.putArray("evidenceNeeded"), r.compliance().evidenceNeeded());
    strings(o.putArray("openFacts"), r.compliance().openFacts());
    return o;
  }

  private static ObjectNode excerpt(Excerpt e) {
    ObjectNode o = F.objectNode();
    o.put("text", e.text());
    o.put("source", e.source());
    o.put("retrieved", e.retrieved().toString());
    o.put("provenance", e.provenance().name());
    o.put("verified", e.verified());
    e.note().ifPresent(n -> o.put("note", n));
    return o;
  }

  /** A trace node where it is used: a term or scope as a reference to its entry, anything else whole. */
  private static ObjectNode trace(Trace t, Explanations ex) {
    if (Explanations.isScope(t)) {
      ObjectNode o = F.objectNode();
      o.put("result", t.result().name());
      o.put("kind", t.kind().name());
      o.put("scope", ex.scope(t).key());
      return o;
    }
    if (Explanations.isTermUse(t)) {
      Explanations.Entry e = ex.term(t);
      ObjectNode o = F.objectNode();
      o.put("result", t.result().name());
      o.put("kind", t.kind().name());
      o.put("term", e.key());
      // A use with its own label says so; every other part is the entry's.
      if (!t.text().equals(e.node().text())) {
        o.put("text", t.text());
      }
      if (!t.citation().equals(e.node().citation())) {
        o.put("citation", t.citation().orElse(null));
      }
      return o;
    }
    return node(t, ex);
  }

  /** A trace node written out, its children by {@link #trace}. */
  private static ObjectNode node(Trace t, Explanations ex) {
    ObjectNode o = F.objectNode();
    o.put("result", t.result().name());
    o.put("kind", t.kind().name());
    o.put("text", t.text());
    t.factId().ifPresent(v -> o.put("fact", v));
    // The value is in the assessment's facts, once; a leaf repeats it only if it holds another.
    if (t.factId().isPresent() ? !ex.givenAsListed(t) : t.given().isPresent()) {
      o.set("given", t.given().map(FactsJson::value).orElse(F.nullNode()));
    }
    t.termId().ifPresent(v -> o.put("term", v));
    t.citation().ifPresent(v -> o.put("citation", v));
    // A term node written whole says so with its children, even none: without them it is a use.
    if (!t.children().isEmpty() || t.kind() == Trace.Kind.TERM) {
      ArrayNode children = o.putArray("children");
      t.children().forEach(c -> children.add(trace(c, ex)));
    }
    return o;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads an assessment written by {@link #toTree}.
   *
   * @throws RegkitException naming the JSON path of the first member that does not fit
   */
  public static Assessment fromTree(JsonNode root) {
    In in = new In(root, "$");
    TraceReader traces = new TraceReader(in);
    List<Requirement> requirements = in.list("requirements", (n, p) -> readRequirement(n, p, traces));
    List<RuledOut> ruledOut = in.list("notApplicable", (n, p) -> {
      In o = new In(n, p);
      Optional<Addressee> addressee = o.node.hasNonNull("addressee")
          ? Optional.of(new Addressee(o.enumValue("addressee", Addressee.Role.class), o.text("party")))
          : Optional.empty();
      return new RuledOut(o.enumValue("level", RuledOut.Level.class), o.text("id"), o.text("citation"), o.text("title"),
          o.enumValue("reason", RuledOut.Reason.class), o.text("explanation"), traces.read(o.get("trace"), p + ".trace"),
          o.strings("covers"), addressee);
    });
    List<OpenQuestion> questions = in.list("openQuestions", (n, p) -> {
      In o = new In(n, p);
      return new OpenQuestion(o.text("fact"), o.text("question"), o.text("help"), o.integer("applicabilityVerdicts"),
          o.integer("complianceVerdicts"), o.strings("citations"));
    });
    In r = new In(in.get("receipt"), "$.receipt");
    List<Receipt.PackStamp> packs = r.list("packs", (n, p) -> {
      In o = new In(n, p);
      return new Receipt.PackStamp(o.text("id"), o.text("jurisdiction"), o.text("dataVersion"), o.text("contentHash"),
          o.date("answersFrom"), o.date("currentAsOf"), o.node.hasNonNull("buildsOn") ? o.strings("buildsOn") : List.of());
    });
    List<Warning> warnings = r.list("warnings", (n, p) -> {
      In o = new In(n, p);
      return new Warning(o.enumValue("kind", Warning.Kind.class), o.text("pack"), o.text("message"), o.strings("citations"));
    });
    Receipt receipt = new Receipt(r.text("regkitVersion"), packs, r.date("asOf"), r.text("factsHash"), warnings);
    return new Assessment(requirements, ruledOut, questions, receipt);
  }

  private static Requirement readRequirement(JsonNode node, String path, TraceReader traces) {
    In o = new In(node, path);
    In e = new In(o.get("excerpt"), path + ".excerpt");
    Excerpt excerpt = new Excerpt(e.text("text"), e.text("source"), e.date("retrieved"),
        e.enumValue("provenance", Provenance.class), e.bool("verified"), e.optText("note"));
    In p = new In(o.get("effective"), path + ".effective");
    EffectivePeriod effective;
    try {
      effective = new EffectivePeriod(p.optDate("from"), p.optDate("until"), p.optText("basis"),
          p.node().hasNonNull("fromAtLatest") && p.bool("fromAtLatest"));
    } catch (IllegalArgumentException ex) {
      throw In.bad(path + ".effective", String.valueOf(ex.getMessage()));
    }
    Obligation ob = new Obligation(o.text("id"), o.text("citation"), o.text("regulation"), o.text("title"),
        o.enumValue("duty", DutyKind.class), new Addressee(o.enumValue("addressee", Addressee.Role.class), o.text("party")),
        o.text("summary"), o.strings("actions"), o.strings("evidence"), o.optText("timing"), o.optText("penalty"),
        excerpt, effective, o.strings("topics"));
    Compliance compliance = new Compliance(o.enumValue("compliance", ComplianceStatus.class),
        traces.read(o.get("complianceTrace"), path + ".complianceTrace"), o.strings("evidenceNeeded"), o.strings("openFacts"));
    Applicability status = o.enumValue("status", Applicability.class);
    if (status == Applicability.NOT_APPLICABLE) {
      throw In.bad(path + ".status", "expected APPLIES or MAY_APPLY for a requirement");
    }
    return new Requirement(ob, o.text("regulationCitation"), status, traces.read(o.get("why"), path + ".why"), compliance);
  }

  /**
   * How deep a trace read back from JSON may be, counting the terms and scopes it refers to. A pack's
   * conditions are at most 64 deep counting the terms they use, so a real trace stays far below this;
   * a caller's mapper may allow deeper JSON than regkit's own, and reading (and later rendering)
   * recurses once per level.
   */
  static final int MAX_TRACE_DEPTH = 200;

  /**
   * How many nodes a trace read back from JSON may have, counting each term and scope every time it
   * is used: what walking it (rendering it, comparing it, diffing it) costs. A pack's condition has
   * at most 10,000 counted so, and an obligation's trace joins three (scope, conditions, exemption);
   * a few references in a small JSON could otherwise stand for an exponentially large tree.
   */
  static final int MAX_TRACE_NODES = 100_000;

  /**
   * Reads traces, resolving uses of the {@code terms} and {@code scopes} sections: each entry is
   * read once and its trace shared by every use, as the assessor shares it. JSON without those
   * sections (written before regkit explained terms once) is read as it stands.
   */
  private static final class TraceReader {
    /** A trace read, with how deep and how large it is counting every use. */
    private record Read(Trace trace, int height, long nodes) {}

    /** A term's entry: its definition and the parts its uses share. */
    private record TermEntry(String id, String text, Optional<String> citation, Read definition) {}

    private final @Nullable JsonNode terms;
    private final @Nullable JsonNode scopes;
    private final Map<String, Object> facts;
    private final Map<String, TermEntry> readTerms = new HashMap<>();
    private final Map<String, Read> readScopes = new HashMap<>();
    private final Set<String> reading = new HashSet<>();

    TraceReader(In root) {
      this.terms = section(root, "terms");
      this.scopes = section(root, "scopes");
      JsonNode given = root.node().get("facts");
      if (given == null || given.isNull()) {
        this.facts = Map.of();
      } else {
        try {
          this.facts = FactsJson.fromTree(given).asMap();
        } catch (InvalidFactsException e) {
          throw In.bad("$.facts", String.join("; ", e.messages()));
        }
      }
    }

    private static @Nullable JsonNode section(In root, String name) {
      JsonNode v = root.node().get(name);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isObject()) {
        throw In.bad("$." + name, "expected an object");
      }
      return v;
    }

    Trace read(JsonNode node, String path) {
      return read(node, path, path, 1).trace();
    }

    private Read read(JsonNode node, String path, String root, int depth) {
      if (depth > MAX_TRACE_DEPTH) {
        // The path is as deep as the trace: name where the trace starts instead.
        throw In.bad(root, "a trace deeper than " + MAX_TRACE_DEPTH + " levels");
      }
      In o = new In(node, path);
      Truth result = o.enumValue("result", Truth.class);
      Trace.Kind kind = o.enumValue("kind", Trace.Kind.class);
      if (o.node().has("scope")) {
        String key = o.text("scope");
        Read scope = scope(key, path + ".scope", root, depth);
        if (scope.trace().result() != result || scope.trace().kind() != kind) {
          throw In.bad(path, "expected the result and kind of scope '" + key + "'");
        }
        return checked(scope, root, depth);
      }
      if (kind == Trace.Kind.TERM && o.node().has("term") && !o.node().has("children")) {
        String key = o.text("term");
        TermEntry term = term(key, path + ".term", root, depth);
        String text = o.node().has("text") ? o.text("text") : term.text();
        Optional<String> citation = !o.node().has("citation") ? term.citation()
            : o.node().get("citation").isNull() ? Optional.empty() : Optional.of(o.text("citation"));
        Trace use = new Trace(result, kind, text, Optional.empty(), Optional.of(term.id()), citation,
            ImmutableList.of(term.definition().trace()));
        return checked(new Read(use, term.definition().height() + 1, term.definition().nodes() + 1), root, depth);
      }
      List<Read> children = o.node().has("children")
          ? o.list("children", (n, p) -> read(n, p, root, depth + 1))
          : List.of();
      int height = 0;
      long nodes = 1;
      ImmutableList.Builder<Trace> traces = ImmutableList.builderWithExpectedSize(children.size());
      for (Read child : children) {
        traces.add(child.trace());
        height = Math.max(height, child.height());
        nodes = Math.min(Long.MAX_VALUE / 2, nodes + child.nodes());
      }
      Optional<String> fact = o.optText("fact");
      Trace trace = new Trace(result, kind, o.text("text"), fact, given(o, fact), o.optText("term"), o.optText("citation"),
          traces.build());
      return checked(new Read(trace, height + 1, nodes), root, depth);
    }

    private static Read checked(Read read, String root, int depth) {
      if (depth - 1 + read.height() > MAX_TRACE_DEPTH) {
        throw In.bad(root, "a trace deeper than " + MAX_TRACE_DEPTH + " levels");
      }
      if (read.nodes() > MAX_TRACE_NODES) {
        throw In.bad(root, "a trace of more than " + MAX_TRACE_NODES + " nodes, counting each term and scope every time it is used");
      }
      return read;
    }

    /** A leaf's value: its own {@code given} member, or else the value the assessment lists for its fact. */
    private Optional<Object> given(In o, Optional<String> fact) {
      JsonNode v = o.node().get("given");
      if (v == null) {
        return fact.map(facts::get);
      }
      if (v.isNull()) {
        return Optional.empty();
      }
      String id = fact.orElse("given");
      try {
        return FactsJson.fromTree(JsonNodeFactory.instance.objectNode().set(id, v)).get(id);
      } catch (InvalidFactsException e) {
        throw In.bad(o.path() + ".given", String.join("; ", e.messages()));
      }
    }

    private TermEntry term(String key, String path, String root, int depth) {
      TermEntry known = readTerms.get(key);
      if (known != null) {
        return known;
      }
      String at = "$.terms['" + key + "']";
      JsonNode node = terms == null ? null : terms.get(key);
      if (node == null) {
        throw In.bad(path, "no term '" + key + "' in $.terms");
      }
      if (!reading.add("term:" + key)) {
        throw In.bad(path, "term '" + key + "' is used in its own definition");
      }
      In e = new In(node, at);
      TermEntry entry = new TermEntry(e.optText("id").orElse(key), e.text("text"), e.optText("citation"),
          read(e.get("definition"), at + ".definition", root, depth + 1));
      reading.remove("term:" + key);
      readTerms.put(key, entry);
      return entry;
    }

    private Read scope(String key, String path, String root, int depth) {
      Read known = readScopes.get(key);
      if (known != null) {
        return known;
      }
      JsonNode node = scopes == null ? null : scopes.get(key);
      if (node == null) {
        throw In.bad(path, "no scope '" + key + "' in $.scopes");
      }
      if (!reading.add("scope:" + key) || node.has("scope")) {
        throw In.bad(path, "scope '" + key + "' refers to itself");
      }
      Read entry = read(node, "$.scopes['" + key + "']", root, depth);
      reading.remove("scope:" + key);
      readScopes.put(key, entry);
      return entry;
    }
  }

  /** Checked access to a JSON object; the first misfit is an exception naming its path. */
  private record In(JsonNode node, String path) {
    In {
      if (node == null || !node.isObject()) {
        throw bad(path, "expected an object");
      }
    }

    JsonNode get(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw bad(path + "." + name, "missing");
      }
      return v;
    }

    String text(String name) {
      JsonNode v = get(name);
      if (!v.isTextual()) {
        throw bad(path + "." + name, "expected a string");
      }
      return v.asText();
    }

    Optional<String> optText(String name) {
      return node.hasNonNull(name) ? Optional.of(text(name)) : Optional.empty();
    }

    int integer(String name) {
      JsonNode v = get(name);
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw bad(path + "." + name, "expected an integer");
      }
      return v.intValue();
    }

    boolean bool(String name) {
      JsonNode v = get(name);
      if (!v.isBoolean()) {
        throw bad(path + "." + name, "expected true or false");
      }
      return v.booleanValue();
    }

    LocalDate date(String name) {
      String s = text(name);
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw bad(path + "." + name, "expected a date yyyy-MM-dd");
      }
    }

    Optional<LocalDate> optDate(String name) {
      return node.hasNonNull(name) ? Optional.of(date(name)) : Optional.empty();
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String s = text(name);
      try {
        return Enum.valueOf(type, s);
      } catch (IllegalArgumentException e) {
        throw bad(path + "." + name, "expected one of " + List.of(type.getEnumConstants()));
      }
    }

    List<String> strings(String name) {
      return list(name, (n, p) -> {
        if (!n.isTextual()) {
          throw bad(p, "expected a string");
        }
        return n.asText();
      });
    }

    <T> List<T> list(String name, BiFunction<JsonNode, String, T> item) {
      JsonNode v = get(name);
      if (!v.isArray()) {
        throw bad(path + "." + name, "expected an array");
      }
      List<T> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        out.add(item.apply(v.get(i), path + "." + name + "[" + i + "]"));
      }
      return out;
    }

    static RegkitException bad(String path, String what) {
      return new RegkitException("Invalid assessment JSON at " + path + ": " + what);
    }
  }
}
