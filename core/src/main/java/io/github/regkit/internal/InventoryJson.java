package io.github.regkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.regkit.AssessmentDiff;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.FactProblem;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.inventory.Arrangement;
import io.github.regkit.inventory.ArrangementImpact;
import io.github.regkit.inventory.ArrangementResult;
import io.github.regkit.inventory.ImpactSummary;
import io.github.regkit.inventory.InvalidArrangementException;
import io.github.regkit.inventory.LineFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/** Inventory lines and result lines to and from JSON (and CSV): compact, one per line, fixed member order. */
public final class InventoryJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Set<String> MEMBERS = Set.of("id", "asOf", "facts");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ONE_LINE_LOCATION = Pattern.compile("^malformed JSON at line 1, column ");

  private InventoryJson() {}

  /** Whether an id is 1 to 200 characters without control characters. */
  public static boolean validId(String id) {
    if (id.isEmpty() || id.length() > Arrangement.MAX_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An id in double quotes, as JSON writes it. */
  public static String quote(String id) {
    return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Reads one inventory line; every problem is an {@link InvalidArrangementException}. */
  public static Arrangement parse(String text, OptionalLong line) {
    JsonNode root;
    try {
      root = Json.tree(text);
    } catch (Json.BadInput e) {
      // A line is its own document: "line 1" would contradict the file's line number.
      throw bad(line, Optional.empty(), ONE_LINE_LOCATION.matcher(String.valueOf(e.getMessage())).replaceFirst("malformed JSON at column "));
    }
    if (root.isMissingNode()) {
      throw bad(line, Optional.empty(), "no JSON content; expected an object with id, asOf (optional) and facts");
    }
    if (!root.isObject()) {
      throw bad(line, Optional.empty(), "expected a JSON object with id, asOf (optional) and facts, found " + PackReader.kind(root));
    }
    JsonNode idNode = root.get("id");
    if (idNode == null) {
      throw bad(line, Optional.empty(), "id: missing; expected a string of 1 to " + Arrangement.MAX_ID_LENGTH + " characters");
    }
    if (!idNode.isTextual() || !validId(idNode.textValue())) {
      throw bad(line, Optional.empty(), "id: expected a string of 1 to " + Arrangement.MAX_ID_LENGTH
          + " characters without control characters, found " + (idNode.isTextual() ? "a string of " + idNode.textValue().length() + " characters" : PackReader.kind(idNode)));
    }
    Optional<String> id = Optional.of(idNode.textValue());
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      if (!MEMBERS.contains(member.getKey())) {
        throw bad(line, id, "unknown member " + Redaction.show(member.getKey()) + "; expected only id, asOf and facts");
      }
    }
    Optional<LocalDate> asOf = Optional.empty();
    JsonNode asOfNode = root.get("asOf");
    if (asOfNode != null) {
      String problem = "asOf: expected a date yyyy-MM-dd, found " + (asOfNode.isTextual() ? "a string that is not one" : PackReader.kind(asOfNode));
      if (!asOfNode.isTextual() || !DATE.matcher(asOfNode.textValue()).matches()) {
        throw bad(line, id, problem);
      }
      try {
        asOf = Optional.of(LocalDate.parse(asOfNode.textValue()));
      } catch (DateTimeParseException e) {
        throw bad(line, id, problem);
      }
    }
    JsonNode factsNode = root.get("facts");
    if (factsNode == null) {
      throw bad(line, id, "facts: missing; expected an object of fact ids to values");
    }
    Facts facts;
    try {
      facts = FactsJson.fromTree(factsNode);
    } catch (InvalidFactsException e) {
      throw new InvalidArrangementException(line, id, String.valueOf(e.getMessage()), e.problems());
    }
    return new Arrangement(id.get(), asOf, facts);
  }

  private static InvalidArrangementException bad(OptionalLong line, Optional<String> id, String problem) {
    return new InvalidArrangementException(line, id, problem);
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String write(Arrangement a) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      if (a.asOf().isPresent()) {
        g.writeStringField("asOf", a.asOf().get().toString());
      }
      g.writeFieldName("facts");
      g.writeRawValue(FactsJson.write(a.facts()));
      g.writeEndObject();
    });
  }

  public static String write(LineFailure f) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("line", f.line());
      if (f.id().isPresent()) {
        g.writeStringField("id", f.id().get());
      }
      g.writeStringField("error", f.problem());
      if (!f.factProblems().isEmpty()) {
        // Kinds and fact ids only: the error above has the messages, and a value is never written.
        g.writeArrayFieldStart("problems");
        for (FactProblem p : f.factProblems()) {
          g.writeStartObject();
          g.writeStringField("kind", p.kind().name());
          g.writeArrayFieldStart("factIds");
          for (String factId : p.factIds()) {
            g.writeString(factId);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    });
  }

  public static String write(ArrangementResult r) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("line", r.line());
      g.writeStringField("id", r.id());
      g.writeStringField("asOf", r.asOf().toString());
      g.writeObjectFieldStart("counts");
      g.writeNumberField("applies", r.count(io.github.regkit.Applicability.APPLIES));
      g.writeNumberField("mayApply", r.count(io.github.regkit.Applicability.MAY_APPLY));
      g.writeNumberField("satisfied", r.count(ComplianceStatus.SATISFIED));
      g.writeNumberField("outstanding", r.count(ComplianceStatus.OUTSTANDING));
      g.writeNumberField("unknown", r.count(ComplianceStatus.UNKNOWN));
      g.writeNumberField("notApplicable", r.ruledOut());
      g.writeNumberField("openQuestions", r.openQuestions());
      g.writeEndObject();
      strings(g, "outstanding", r.citations(ComplianceStatus.OUTSTANDING));
      strings(g, "unknown", r.citations(ComplianceStatus.UNKNOWN));
      strings(g, "vendorDuties", r.vendorDuties());
      g.writeObjectFieldStart("instruments");
      for (String instrument : r.instruments()) {
        g.writeStringField(instrument, r.instrument(instrument).name());
      }
      g.writeEndObject();
      if (r.topQuestion().isPresent()) {
        g.writeObjectFieldStart("topQuestion");
        g.writeStringField("fact", r.topQuestion().get().factId());
        g.writeStringField("question", r.topQuestion().get().question());
        g.writeEndObject();
      }
      g.writeEndObject();
    });
  }

  public static String write(ArrangementImpact i) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("line", i.line());
      g.writeStringField("id", i.id());
      g.writeStringField("before", i.before().toString());
      g.writeStringField("after", i.after().toString());
      g.writeArrayFieldStart("changes");
      for (AssessmentDiff.Change c : i.diff().changes()) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name());
        g.writeStringField("obligation", c.obligationId());
        g.writeStringField("citation", c.citation());
        g.writeStringField("before", code(c.kind(), c.before()));
        g.writeStringField("after", code(c.kind(), c.after()));
        strings(g, "causes", c.causes());
        g.writeEndObject();
      }
      g.writeEndArray();
      strings(g, "questionsAdded", i.diff().questionsAdded());
      strings(g, "questionsSettled", i.diff().questionsSettled());
      g.writeEndObject();
    });
  }

  public static String write(ImpactSummary s) {
    return json(g -> {
      g.writeStartObject();
      g.writeNumberField("lines", s.lines());
      g.writeNumberField("changed", s.changed());
      g.writeNumberField("failed", s.failed());
      g.writeArrayFieldStart("changes");
      for (ImpactSummary.ChangeCount c : s.changes()) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name());
        g.writeStringField("obligation", c.obligationId());
        g.writeStringField("citation", c.citation());
        g.writeStringField("before", code(c.kind(), c.before()));
        g.writeStringField("after", code(c.kind(), c.after()));
        g.writeNumberField("arrangements", c.arrangements());
        g.writeEndObject();
      }
      g.writeEndArray();
      questions(g, "questionsAdded", s.questionsAdded());
      questions(g, "questionsSettled", s.questionsSettled());
      g.writeEndObject();
    });
  }

  /** What the kind of change is about: the compliance for a compliance change, else the applicability. */
  private static String code(AssessmentDiff.Kind kind, AssessmentDiff.Verdict verdict) {
    return kind == AssessmentDiff.Kind.COMPLIANCE_CHANGED
        ? verdict.compliance().map(Enum::name).orElse(verdict.applicability().name())
        : verdict.applicability().name();
  }

  private static void questions(JsonGenerator g, String name, List<ImpactSummary.QuestionCount> counts) throws IOException {
    g.writeArrayFieldStart(name);
    for (ImpactSummary.QuestionCount q : counts) {
      g.writeStartObject();
      g.writeStringField("fact", q.factId());
      g.writeNumberField("arrangements", q.arrangements());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  public static String csv(ArrangementResult r) {
    StringBuilder sb = new StringBuilder(256);
    sb.append(r.line()).append(',');
    field(sb, r.id()).append(',');
    sb.append(r.asOf()).append(',');
    sb.append(r.count(io.github.regkit.Applicability.APPLIES)).append(',')
        .append(r.count(io.github.regkit.Applicability.MAY_APPLY)).append(',')
        .append(r.count(ComplianceStatus.SATISFIED)).append(',')
        .append(r.count(ComplianceStatus.OUTSTANDING)).append(',')
        .append(r.count(ComplianceStatus.UNKNOWN)).append(',')
        .append(r.ruledOut()).append(',')
        .append(r.openQuestions()).append(',');
    field(sb, String.join("; ", r.citations(ComplianceStatus.OUTSTANDING))).append(',');
    field(sb, String.join("; ", r.citations(ComplianceStatus.UNKNOWN))).append(',');
    field(sb, String.join("; ", r.vendorDuties())).append(',');
    field(sb, r.topQuestion().map(io.github.regkit.OpenQuestion::factId).orElse(""));
    return sb.toString();
  }

  private static StringBuilder field(StringBuilder sb, String value) {
    // A spreadsheet would run a cell starting with one of these as a formula.
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf(' ') >= 0
        || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
    return quote ? sb.append('"').append(safe.replace("\"", "\"\"")).append('"') : sb.append(safe);
  }
}
