package io.github.regkit.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regkit.Facts;
import io.github.regkit.RulePack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Synthetic rule packs of any size, for measuring how load and assess time grow with the number
 * of obligations. Deterministic for a given size.
 *
 * <p>The shapes follow the Massachusetts pack: 100 facts of every type (booleans, one-of, set-of,
 * numbers, dates, and yes/no controls), one term per 50 obligations (at least 50) defined by fact
 * tests, conjunctions and disjunctions that reuse earlier terms, 25 obligations per regulation, a
 * scope per regulation that cites a term, and obligations whose conditions mix term references,
 * fact tests and nested any/all; some have exemptions, most have a control that satisfies them,
 * and a few are not yet in force. Every obligation carries a summary, actions, evidence and an
 * excerpt of realistic length.
 *
 * <p>A pack small enough for one JSON document (regkit reads at most 16 MB per file) is loaded with
 * {@link RulePack#fromStream}; a larger one is split into a manifest and included files of at most
 * {@value #OBLIGATIONS_PER_FILE} obligations, loaded with {@link RulePack#load} from memory.
 */
public final class SyntheticPack {
  static final int OBLIGATIONS_PER_FILE = 5_000;
  private static final long MAX_DOCUMENT = 15_000_000L;
  private static final int PER_REGULATION = 25;
  private static final int BOOLEANS = 20;
  private static final int ONE_OFS = 20;
  private static final int SET_OFS = 20;
  private static final int NUMBERS = 10;
  private static final int DATES = 10;
  private static final int CONTROLS = 20;
  private static final int VALUES = 8;
  private static final String LOREM = "The organisation shall take reasonable steps to protect the information"
      + " it holds against unauthorised access, use, disclosure, alteration and destruction, and shall"
      + " document the measures it takes, review them at least annually and whenever its business changes"
      + " in a way that could affect the security of the information.";

  private final int obligations;
  private final int terms;
  private final Map<String, byte[]> files;

  private SyntheticPack(int obligations) {
    this.obligations = obligations;
    this.terms = Math.max(50, obligations / 50);
    this.files = write();
  }

  /** A pack with this many obligations. */
  public static SyntheticPack of(int obligations) {
    if (obligations < PER_REGULATION || obligations % PER_REGULATION != 0) {
      throw new IllegalArgumentException("obligations must be a positive multiple of " + PER_REGULATION);
    }
    return new SyntheticPack(obligations);
  }

  /** The number of obligations. */
  public int obligations() {
    return obligations;
  }

  /** The number of legal terms. */
  public int terms() {
    return terms;
  }

  /** Total size of the pack's JSON, in bytes. */
  public long bytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  /** The name of the pack's root document: the whole pack, or the manifest that includes the rest. */
  public String root() {
    return files.size() == 1 ? "synthetic.json" : "manifest.json";
  }

  /** One of the pack's JSON documents by name, as {@link RulePack#load} would read it. */
  public Optional<java.io.InputStream> open(String name) {
    return Optional.ofNullable(files.get(name)).map(ByteArrayInputStream::new);
  }

  /** Parses and validates the pack from its in-memory JSON. */
  public RulePack load() {
    if (files.size() == 1) {
      return RulePack.fromStream(new ByteArrayInputStream(files.get("synthetic.json")), "synthetic.json");
    }
    return RulePack.load("manifest.json",
        name -> Optional.ofNullable(files.get(name)).map(ByteArrayInputStream::new));
  }

  /**
   * Facts for the synthetic vocabulary: about four in five facts known, chosen with a fixed seed,
   * so that an assessment has obligations that apply, that may apply, and that are ruled out.
   */
  public Facts facts() {
    SplittableRandom r = new SplittableRandom(7);
    Facts.Builder b = Facts.builder();
    for (int i = 0; i < BOOLEANS; i++) {
      if (r.nextInt(5) != 0) {
        b.set("b" + i, r.nextBoolean());
      }
    }
    for (int i = 0; i < ONE_OFS; i++) {
      if (r.nextInt(5) != 0) {
        b.set("o" + i, "v" + r.nextInt(VALUES));
      }
    }
    for (int i = 0; i < SET_OFS; i++) {
      if (r.nextInt(5) != 0) {
        TreeSet<String> set = new TreeSet<>();
        int n = r.nextInt(4);
        for (int k = 0; k < n; k++) {
          set.add("v" + r.nextInt(VALUES));
        }
        b.set("s" + i, set);
      }
    }
    for (int i = 0; i < NUMBERS; i++) {
      if (r.nextInt(5) != 0) {
        b.set("n" + i, r.nextInt(1000));
      }
    }
    for (int i = 0; i < DATES; i++) {
      if (r.nextInt(5) != 0) {
        b.set("d" + i, java.time.LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)));
      }
    }
    for (int i = 0; i < CONTROLS; i++) {
      if (r.nextInt(5) != 0) {
        b.set("c" + i, r.nextBoolean());
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- writing

  private Map<String, byte[]> write() {
    try {
      Map<String, byte[]> out = new LinkedHashMap<>();
      int regulations = obligations / PER_REGULATION;
      int perFile = OBLIGATIONS_PER_FILE / PER_REGULATION;
      boolean single = (long) obligations * 1_200 < MAX_DOCUMENT;
      SplittableRandom r = new SplittableRandom(42);
      if (single) {
        out.put("synthetic.json", document(true, 0, regulations, r));
      } else {
        List<String> includes = new ArrayList<>();
        out.put("vocabulary.json", null);
        for (int from = 0; from < regulations; from += perFile) {
          String name = "regulations-" + (from / perFile) + ".json";
          includes.add(name);
          out.put(name, document(false, from, Math.min(regulations, from + perFile), r));
        }
        out.put("vocabulary.json", vocabulary(new SplittableRandom(43)));
        out.put("manifest.json", manifest(includes));
      }
      for (Map.Entry<String, byte[]> e : out.entrySet()) {
        if (e.getValue().length > MAX_DOCUMENT) {
          throw new IllegalStateException(e.getKey() + " is " + e.getValue().length + " bytes");
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  private byte[] manifest(List<String> includes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      header(g);
      g.writeArrayFieldStart("include");
      g.writeString("vocabulary.json");
      for (String i : includes) {
        g.writeString(i);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return bytes.toByteArray();
  }

  private byte[] vocabulary(SplittableRandom r) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      facts(g);
      terms(g, r);
      g.writeEndObject();
    }
    return bytes.toByteArray();
  }

  private byte[] document(boolean whole, int fromRegulation, int toRegulation, SplittableRandom r) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartObject();
      if (whole) {
        header(g);
        facts(g);
        terms(g, new SplittableRandom(43));
      }
      g.writeArrayFieldStart("regulations");
      for (int i = fromRegulation; i < toRegulation; i++) {
        regulation(g, i, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return bytes.toByteArray();
  }

  private void header(JsonGenerator g) throws IOException {
    g.writeNumberField("schemaVersion", 1);
    g.writeStringField("id", "synthetic-" + obligations);
    g.writeObjectFieldStart("jurisdiction");
    g.writeStringField("id", "ZZ-SYN");
    g.writeStringField("name", "Synthetic");
    g.writeEndObject();
    g.writeStringField("dataVersion", "1.0.0");
    g.writeStringField("answersFrom", "2000-01-01");
    g.writeStringField("currentAsOf", "2026-11-28");
  }

  private static void facts(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("facts");
    for (int i = 0; i < BOOLEANS; i++) {
      fact(g, "b" + i, "BOOLEAN");
    }
    for (int i = 0; i < ONE_OFS; i++) {
      fact(g, "o" + i, "ONE_OF");
    }
    for (int i = 0; i < SET_OFS; i++) {
      fact(g, "s" + i, "SET_OF");
    }
    for (int i = 0; i < NUMBERS; i++) {
      fact(g, "n" + i, "NUMBER");
    }
    for (int i = 0; i < DATES; i++) {
      fact(g, "d" + i, "DATE");
    }
    for (int i = 0; i < CONTROLS; i++) {
      fact(g, "c" + i, "BOOLEAN");
    }
    g.writeEndArray();
  }

  private static void fact(JsonGenerator g, String id, String type) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("type", type);
    if (type.equals("ONE_OF") || type.equals("SET_OF")) {
      g.writeArrayFieldStart("values");
      for (int v = 0; v < VALUES; v++) {
        g.writeStartObject();
        g.writeStringField("id", "v" + v);
        g.writeStringField("label", "Value " + v + " of " + id);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("question", "What is the answer to question " + id + " about the organisation?");
    g.writeStringField("help", "Help text for " + id + " that explains what the question means and why it matters.");
    g.writeStringField("group", id.startsWith("c") ? "controls" : "situation");
    g.writeEndObject();
  }

  private void terms(JsonGenerator g, SplittableRandom r) throws IOException {
    g.writeArrayFieldStart("terms");
    for (int i = 0; i < terms; i++) {
      g.writeStartObject();
      g.writeStringField("id", "t" + i);
      g.writeStringField("name", "defined term " + i);
      g.writeStringField("citation", "Syn. Gen. Laws § " + (i + 1));
      g.writeStringField("summary", "What defined term " + i + " means.");
      g.writeFieldName("definition");
      int shape = r.nextInt(10);
      if (shape < 4 || i == 0) {
        leaf(g, r);
      } else if (shape < 7) {
        g.writeStartObject();
        g.writeStringField("label", "all the parts of term " + i + " hold");
        g.writeArrayFieldStart("all");
        leaf(g, r);
        leaf(g, r);
        if (r.nextBoolean()) {
          leaf(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
      } else {
        g.writeStartObject();
        g.writeArrayFieldStart("any");
        termRef(g, r.nextInt(i));
        leaf(g, r);
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void termRef(JsonGenerator g, int term) throws IOException {
    g.writeStartObject();
    g.writeStringField("term", "t" + term);
    g.writeEndObject();
  }

  /** A fact test of a random fact, with an operator that fits its type. */
  private static void leaf(JsonGenerator g, SplittableRandom r) throws IOException {
    g.writeStartObject();
    if (r.nextInt(3) == 0) {
      g.writeStringField("label", "a condition the law states in its own words");
    }
    switch (r.nextInt(5)) {
      case 0 -> {
        g.writeStringField("fact", "b" + r.nextInt(BOOLEANS));
        g.writeBooleanField("equals", r.nextInt(4) != 0);
      }
      case 1 -> {
        g.writeStringField("fact", "o" + r.nextInt(ONE_OFS));
        if (r.nextBoolean()) {
          g.writeStringField("equals", "v" + r.nextInt(VALUES));
        } else {
          values(g, "in", r);
        }
      }
      case 2 -> {
        g.writeStringField("fact", "s" + r.nextInt(SET_OFS));
        switch (r.nextInt(3)) {
          case 0 -> g.writeStringField("contains", "v" + r.nextInt(VALUES));
          case 1 -> values(g, "containsAny", r);
          default -> values(g, "containsAll", r);
        }
      }
      case 3 -> {
        g.writeStringField("fact", "n" + r.nextInt(NUMBERS));
        g.writeNumberField(r.nextBoolean() ? "atLeast" : "lessThan", r.nextInt(1000));
      }
      default -> {
        g.writeStringField("fact", "d" + r.nextInt(DATES));
        g.writeStringField(r.nextBoolean() ? "before" : "onOrAfter", (2000 + r.nextInt(30)) + "-06-01");
      }
    }
    g.writeEndObject();
  }

  private static void values(JsonGenerator g, String op, SplittableRandom r) throws IOException {
    TreeSet<String> values = new TreeSet<>();
    int n = 2 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      values.add("v" + r.nextInt(VALUES));
    }
    g.writeArrayFieldStart(op);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void regulation(JsonGenerator g, int i, SplittableRandom r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", "r" + i);
    g.writeStringField("citation", "Syn. Reg. " + (i + 1));
    g.writeStringField("title", "Synthetic regulation " + (i + 1));
    g.writeStringField("kind", i % 3 == 0 ? "STATUTE" : "REGULATION");
    g.writeStringField("issuer", "Synthetic legislature");
    g.writeStringField("source", "https://example.org/syn/reg/" + (i + 1));
    g.writeStringField("retrieved", "2026-11-28");
    g.writeObjectFieldStart("effective");
    g.writeStringField("from", i % 7 == 0 ? "2010-03-01" : "2000-01-01");
    g.writeStringField("basis", "Synthetic act " + (i + 1) + ", commencement section");
    g.writeEndObject();
    g.writeObjectFieldStart("scope");
    g.writeStringField("summary", "Binds organisations that meet the conditions of regulation " + (i + 1) + ".");
    g.writeFieldName("when");
    if (r.nextBoolean()) {
      termRef(g, r.nextInt(terms));
    } else {
      g.writeStartObject();
      g.writeArrayFieldStart("all");
      termRef(g, r.nextInt(terms));
      leaf(g, r);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("obligations");
    for (int k = 0; k < PER_REGULATION; k++) {
      obligation(g, i, k, r);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void obligation(JsonGenerator g, int reg, int k, SplittableRandom r) throws IOException {
    String citation = "Syn. Reg. " + (reg + 1) + "(" + (k + 1) + ")";
    g.writeStartObject();
    g.writeStringField("id", "r" + reg + ".o" + k);
    g.writeStringField("citation", citation);
    g.writeStringField("title", "Synthetic duty " + (k + 1) + " of regulation " + (reg + 1));
    g.writeStringField("duty", r.nextInt(5) == 0 ? "MUST_NOT" : "MUST");
    g.writeObjectFieldStart("addressee");
    g.writeStringField("role", "CALLER");
    g.writeStringField("party", "the organisation");
    g.writeEndObject();
    g.writeStringField("summary", "Keep the safeguards that " + citation + " requires and document them.");
    g.writeArrayFieldStart("actions");
    g.writeString("Write down how the organisation meets " + citation + ".");
    g.writeString("Review the measures every year.");
    g.writeEndArray();
    g.writeArrayFieldStart("evidence");
    g.writeString("A written policy that covers " + citation + ".");
    g.writeEndArray();
    g.writeObjectFieldStart("excerpt");
    g.writeStringField("text", LOREM);
    g.writeStringField("source", "https://example.org/syn/reg/" + (reg + 1));
    g.writeStringField("retrieved", "2026-11-28");
    g.writeStringField("provenance", "OFFICIAL");
    g.writeBooleanField("verified", true);
    g.writeEndObject();
    if (r.nextInt(20) == 0) {
      g.writeObjectFieldStart("effective");
      g.writeStringField("from", r.nextBoolean() ? "2019-04-11" : "2027-07-01");
      g.writeStringField("basis", "Synthetic amending act");
      g.writeEndObject();
    }
    g.writeArrayFieldStart("topics");
    g.writeString("security");
    g.writeEndArray();
    int shape = r.nextInt(10);
    if (shape >= 2) {
      g.writeFieldName("appliesWhen");
      if (shape < 6) {
        termRef(g, r.nextInt(terms));
      } else {
        g.writeStartObject();
        g.writeArrayFieldStart("all");
        termRef(g, r.nextInt(terms));
        leaf(g, r);
        g.writeStartObject();
        g.writeArrayFieldStart("any");
        leaf(g, r);
        leaf(g, r);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    if (r.nextInt(10) == 0) {
      g.writeFieldName("exemptWhen");
      leaf(g, r);
    }
    if (r.nextInt(4) != 0) {
      g.writeObjectFieldStart("satisfiedWhen");
      g.writeStringField("fact", "c" + r.nextInt(CONTROLS));
      g.writeBooleanField("equals", true);
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
