package io.github.regkit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generated packs and facts that are the worst of their kind within regkit's documented limits:
 * each maximises the memory or time of loading or of one assessment per byte of input. Used by
 * the regression tests at a small size and by {@link WorstCaseInForkedJvmTest} at full size.
 */
final class WorstCasePacks {
  /** The largest pack file regkit reads. */
  static final int MAX_FILE_BYTES = 16_000_000;

  static final String HEADER = "\"schemaVersion\": 1, \"id\": \"p\", \"jurisdiction\": {\"id\": \"ZZ-TP\", \"name\": \"Testland\"},"
      + " \"dataVersion\": \"1\", \"answersFrom\": \"2000-01-01\", \"currentAsOf\": \"2024-01-01\",";

  private WorstCasePacks() {}

  /** A manifest whose regulations are empty objects, {@code bytes} long. */
  static byte[] emptyRegulations(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 16).append("{\"regulations\": [{}");
    while (sb.length() < bytes - 3) {
      sb.append(",{}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Empty objects in arrays of 10,000 (every array within its limit), {@code bytes} long: the most
   * JSON values, of the kind that costs most memory, that a file can hold.
   */
  static byte[] emptyObjectsInSmallArrays(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 16).append("{\"x\": [[{}");
    int inArray = 1;
    while (sb.length() < bytes - 8) {
      if (inArray == 10_000) {
        sb.append("],[{}");
        inArray = 1;
      } else {
        sb.append(",{}");
        inArray++;
      }
    }
    return sb.append("]]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Regulations that are objects of 9,999 empty objects each, {@code values} JSON values in all:
   * the most costly values per byte that a file within the value limit can make the reader
   * process (every member is an unknown property).
   */
  static byte[] membersOfEmptyObjects(int values) {
    StringBuilder sb = new StringBuilder(values * 12).append("{\"regulations\": [");
    int written = 2;
    boolean firstRegulation = true;
    while (written < values) {
      sb.append(firstRegulation ? "{" : ",{");
      firstRegulation = false;
      written++;
      for (int i = 0; i < 9_999 && written < values; i++, written++) {
        sb.append(i == 0 ? "" : ",").append("\"m").append(i).append("\": {}");
      }
      sb.append('}');
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A valid pack whose conditions carry labels built of "Aa" and "BB" blocks, which all share one
   * {@code String.hashCode}: {@code leaves} distinct labelled fact tests, 9,000 to an obligation.
   */
  static byte[] collidingLabels(int leaves) {
    StringBuilder sb = new StringBuilder().append('{').append(HEADER)
        .append("\"facts\": [{\"id\": \"b\", \"type\": \"BOOLEAN\", \"question\": \"B?\", \"help\": \"H\"}],")
        .append("\"regulations\": [{\"id\": \"r\", \"citation\": \"Act 1\", \"title\": \"T\", \"kind\": \"STATUTE\",")
        .append(" \"issuer\": \"I\", \"source\": \"https://example.org\", \"retrieved\": \"2024-01-01\",")
        .append(" \"effective\": {\"from\": \"2010-01-01\", \"basis\": \"Act 1, s. 9\"},")
        .append(" \"scope\": {\"summary\": \"S\", \"when\": {\"always\": true}}, \"obligations\": [");
    int obligation = 0;
    for (int first = 0; first < leaves; first += 9_000) {
      sb.append(obligation == 0 ? "" : ",");
      obligation(sb, "o" + obligation++);
      sb.append(", \"appliesWhen\": {\"any\": [");
      for (int i = first; i < Math.min(leaves, first + 9_000); i++) {
        sb.append(i == first ? "" : ",").append("{\"fact\": \"b\", \"equals\": true, \"label\": \"").append(collidingLabel(i)).append("\"}");
      }
      sb.append("]}}");
    }
    return sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The i-th label made of 20 blocks, each "Aa" or "BB": all have one hash code. */
  static String collidingLabel(int i) {
    StringBuilder sb = new StringBuilder(40);
    for (int bit = 19; bit >= 0; bit--) {
      sb.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return sb.toString();
  }

  /**
   * A valid pack of obligations each ruled out by 9,999 distinct failed tests of one number fact,
   * about {@code bytes} long: the longest explanations of what was ruled out per byte of pack.
   */
  static byte[] manyReasons(int bytes) {
    return manyReasons(bytes, Integer.MAX_VALUE);
  }

  /** As {@link #manyReasons(int)}, with at most {@code obligations} obligations. */
  static byte[] manyReasons(int bytes, int obligations) {
    StringBuilder sb = new StringBuilder(bytes + 1024).append('{').append(HEADER)
        .append("\"facts\": [{\"id\": \"n\", \"type\": \"NUMBER\", \"question\": \"N?\", \"help\": \"H\"}],")
        .append("\"regulations\": [{\"id\": \"r\", \"citation\": \"Act 1\", \"title\": \"T\", \"kind\": \"STATUTE\",")
        .append(" \"issuer\": \"I\", \"source\": \"https://example.org\", \"retrieved\": \"2024-01-01\",")
        .append(" \"effective\": {\"from\": \"2010-01-01\", \"basis\": \"Act 1, s. 9\"},")
        .append(" \"scope\": {\"summary\": \"S\", \"when\": {\"always\": true}}, \"obligations\": [");
    int obligation = 0;
    int value = 1;
    while (sb.length() < bytes - 300_000 && obligation < obligations) {
      sb.append(obligation == 0 ? "" : ",");
      obligation(sb, "o" + obligation++);
      sb.append(", \"appliesWhen\": {\"all\": [");
      for (int i = 0; i < 9_999; i++) {
        sb.append(i == 0 ? "" : ",").append("{\"fact\": \"n\", \"equals\": ").append(value++).append('}');
      }
      sb.append("]}}");
    }
    return sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Facts under which every test of {@link #manyReasons} fails. */
  static Facts manyReasonsFacts() {
    return Facts.builder().set("n", 0).build();
  }

  /** How many terms of {@link #sharedTerms} each use the one before twice, from a term that tests facts. */
  static final int SHARED_TERM_CHAIN = 10;

  /**
   * A valid pack of {@code terms} terms in chains of {@link #SHARED_TERM_CHAIN}: the first of a chain
   * tests three facts, among them whether a set fact includes one of its values, and each of the
   * others uses the term before it twice, so the last stands for about 4,600 nodes. A regulation per
   * chain has the chain's last term as its scope and two obligations, each using the last term of the
   * next chain and testing the set again. Without explaining each term once, the explanation of one
   * obligation would be thousands of times the size of the pack's text for it.
   */
  static byte[] sharedTerms(int terms) {
    int chains = Math.max(1, terms / SHARED_TERM_CHAIN);
    int values = setValues(terms);
    StringBuilder sb = new StringBuilder(300 * terms + 40 * values + 1024).append('{').append(HEADER)
        .append("\"facts\": [{\"id\": \"f\", \"type\": \"ONE_OF\", \"values\": [{\"id\": \"a\", \"label\": \"A\"}], \"question\": \"F?\", \"help\": \"H\"},")
        .append(" {\"id\": \"n\", \"type\": \"NUMBER\", \"question\": \"N?\", \"help\": \"H\"},")
        .append(" {\"id\": \"s\", \"type\": \"SET_OF\", \"question\": \"S?\", \"help\": \"H\", \"values\": [");
    for (int v = 0; v < values; v++) {
      sb.append(v == 0 ? "" : ",").append("{\"id\": \"").append(setValue(v)).append("\", \"label\": \"V\"}");
    }
    sb.append("]}], \"terms\": [");
    for (int t = 0; t < chains * SHARED_TERM_CHAIN; t++) {
      sb.append(t == 0 ? "" : ",").append("{\"id\": \"t").append(t).append("\", \"name\": \"term ").append(t)
          .append("\", \"citation\": \"Act § 1(").append(t).append(")\", \"summary\": \"S\", \"definition\": ");
      if (t % SHARED_TERM_CHAIN == 0) {
        sb.append("{\"all\": [{\"fact\": \"f\", \"equals\": \"a\"}, {\"fact\": \"n\", \"atLeast\": 1}, {\"fact\": \"s\", \"contains\": \"")
            .append(setValue(t % values)).append("\"}]}}");
      } else {
        sb.append("{\"all\": [{\"term\": \"t").append(t - 1).append("\"}, {\"term\": \"t").append(t - 1).append("\"}]}}");
      }
    }
    sb.append("], \"regulations\": [");
    for (int c = 0; c < chains; c++) {
      String top = "t" + ((c + 1) * SHARED_TERM_CHAIN - 1);
      String next = "t" + (((c + 1) % chains + 1) * SHARED_TERM_CHAIN - 1);
      sb.append(c == 0 ? "" : ",").append("{\"id\": \"r").append(c).append("\", \"citation\": \"Act ").append(c + 1)
          .append("\", \"title\": \"T\", \"kind\": \"STATUTE\", \"issuer\": \"I\", \"source\": \"https://example.org\",")
          .append(" \"retrieved\": \"2024-01-01\", \"effective\": {\"from\": \"2010-01-01\", \"basis\": \"Act 1, s. 9\"},")
          .append(" \"scope\": {\"summary\": \"S\", \"when\": {\"term\": \"").append(top).append("\"}}, \"obligations\": [");
      for (int o = 0; o < 2; o++) {
        sb.append(o == 0 ? "" : ",");
        obligation(sb, "o" + c + "-" + o);
        sb.append(", \"appliesWhen\": {\"all\": [{\"term\": \"").append(next).append("\"}, {\"fact\": \"s\", \"contains\": \"")
            .append(setValue((2 * c + o) % values)).append("\"}]}}");
      }
      sb.append("]}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** How many values the set fact of {@link #sharedTerms} has: as many as terms, within a fact's limit of 1,000. */
  static int setValues(int terms) {
    return Math.max(1, Math.min(1_000, terms));
  }

  private static String setValue(int v) {
    return String.format(java.util.Locale.ROOT, "value-%04d", v);
  }

  /** Facts under which every condition of {@link #sharedTerms} holds: the set fact holds every value. */
  static Facts sharedTermsFacts(int terms) {
    List<String> all = new java.util.ArrayList<>();
    for (int v = 0; v < setValues(terms); v++) {
      all.add(setValue(v));
    }
    return Facts.builder().set("f", "a").set("n", 50).set("s", all).build();
  }

  /**
   * A valid pack of {@code obligations} obligations whose conditions nest as deep as a condition
   * may (64 levels, a chain of negations around one fact test): the most indentation per byte of
   * pack in the pretty-printed JSON and the Markdown.
   */
  static byte[] deepConditions(int obligations) {
    StringBuilder sb = new StringBuilder(700 * obligations + 1024).append('{').append(HEADER)
        .append("\"facts\": [{\"id\": \"b\", \"type\": \"BOOLEAN\", \"question\": \"B?\", \"help\": \"H\"}],")
        .append("\"regulations\": [{\"id\": \"r\", \"citation\": \"Act 1\", \"title\": \"T\", \"kind\": \"STATUTE\",")
        .append(" \"issuer\": \"I\", \"source\": \"https://example.org\", \"retrieved\": \"2024-01-01\",")
        .append(" \"effective\": {\"from\": \"2010-01-01\", \"basis\": \"Act 1, s. 9\"},")
        .append(" \"scope\": {\"summary\": \"S\", \"when\": {\"always\": true}}, \"obligations\": [");
    for (int o = 0; o < obligations; o++) {
      sb.append(o == 0 ? "" : ",");
      obligation(sb, "o" + o);
      // 62 negations of distinct labels (so that no two obligations share a condition) around the test.
      sb.append(", \"appliesWhen\": ").append("{\"not\": ".repeat(62)).append("{\"fact\": \"b\", \"equals\": true, \"label\": \"o")
          .append(o).append("\"}").append("}".repeat(62)).append('}');
    }
    return sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void obligation(StringBuilder sb, String id) {
    sb.append("{\"id\": \"").append(id).append("\", \"citation\": \"Act § 2\", \"title\": \"T\", \"duty\": \"MUST\",")
        .append(" \"addressee\": {\"role\": \"CALLER\", \"party\": \"p\"}, \"summary\": \"S\", \"actions\": [], \"evidence\": [],")
        .append(" \"excerpt\": {\"text\": \"T\", \"source\": \"https://example.org\", \"retrieved\": \"2024-01-01\",")
        .append(" \"provenance\": \"OFFICIAL\", \"verified\": true}");
  }

  /**
   * A pack of {@code count} boolean facts with ids of 100 characters that differ only at the end,
   * in included files of 10,000: the most work for a "did you mean" suggestion.
   */
  static RulePack manyLongFactIds(int count) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder manifest = new StringBuilder("{").append(HEADER).append("\"include\": [");
    for (int file = 0; file * 10_000 < count; file++) {
      manifest.append(file == 0 ? "" : ",").append("\"facts").append(file).append(".json\"");
      StringBuilder facts = new StringBuilder("{\"facts\": [");
      for (int i = file * 10_000; i < Math.min(count, (file + 1) * 10_000); i++) {
        facts.append(i == file * 10_000 ? "" : ",").append("{\"id\": \"").append(longFactId(i))
            .append("\", \"type\": \"BOOLEAN\", \"question\": \"Q?\", \"help\": \"H\"}");
      }
      files.put("facts" + file + ".json", facts.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }
    files.put("manifest.json", manifest.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    return RulePack.load("manifest.json", name -> Optional.ofNullable(files.get(name)).map(ByteArrayInputStream::new));
  }

  /** A fact id of 100 characters: a common prefix and the number {@code i}. */
  static String longFactId(int i) {
    String suffix = String.format(java.util.Locale.ROOT, "%08d", i);
    return "f".repeat(100 - suffix.length()) + suffix;
  }

  /** {@code count} unknown fact ids, each one letter away from a declared one. */
  static Facts unknownLongFactIds(int count) {
    Facts.Builder b = Facts.builder();
    for (int i = 0; i < count; i++) {
      b.set(longFactId(i).replaceFirst("^f", "g"), true);
    }
    return b.build();
  }

  static RulePack load(byte[] json) {
    return RulePack.fromStream(new ByteArrayInputStream(json), "pack.json");
  }

  static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);

  /** A value of the declared type for every fact of the pack, so that conditions are decided. */
  static Facts someValueForEveryFact(RulePack pack) {
    Facts.Builder b = Facts.builder();
    for (FactDefinition f : pack.facts()) {
      switch (f.type()) {
        case BOOLEAN -> b.set(f.id(), true);
        case NUMBER -> b.set(f.id(), 50);
        case DATE -> b.set(f.id(), LocalDate.of(2009, 6, 1));
        case ONE_OF -> b.set(f.id(), f.values().get(0).id());
        case SET_OF -> b.set(f.id(), f.values().stream().map(FactDefinition.AllowedValue::id).toList());
      }
    }
    return b.build();
  }
}
