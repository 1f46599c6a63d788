package io.github.regkit.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.extensions.CelSetsExtensions;
import dev.cel.runtime.CelAttributePattern;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.UnknownContext;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Facts;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The peer regkit is measured against: a rule pack's conditions translated mechanically into Google
 * CEL programs, compiled once, evaluated with CEL's partial evaluation.
 *
 * <p>The translation: {@code all} is {@code &&}, {@code any} is {@code ||}, {@code not} is {@code
 * !}; a term is inlined (its definition in brackets wherever it is used); a fact is a variable of
 * the matching CEL type (boolean, string, list of strings, double for numbers, int epoch day for
 * dates); {@code contains} and {@code containsAll} are {@code sets.contains}, {@code containsAny}
 * is {@code sets.intersects}, {@code in} is CEL's {@code in}. A fact nobody gave is a CEL unknown
 * (an unknown attribute pattern), so {@code &&}, {@code ||} and {@code !} follow regkit's
 * three-valued logic: {@code false && unknown} is false, {@code true || unknown} is true, and an
 * unknown result is {@link Applicability#MAY_APPLY}. A regulation's period whose start is only a
 * latest date is {@code (asOf >= from || undetermined)}, with {@code undetermined} always unknown.
 *
 * <p>One program per regulation (in force and in scope) and one per obligation (in force, applies,
 * not exempt); an obligation's verdict is its regulation's and its own, combined in Kleene logic,
 * and a regulation that is ruled out is not evaluated further, as regkit does. Only verdicts:
 * no explanation, compliance or open questions. {@link #check} compares them with regkit's.
 */
public final class CelPack {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "asOf";
  private static final String UNDETERMINED = "undetermined";

  private final List<String> obligationIds = new ArrayList<>();
  private final List<CelRegulation> regulations = new ArrayList<>();
  /** The CEL variable of each fact, in vocabulary order. */
  private final Map<String, String> variables = new LinkedHashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final Map<String, CelAttributePattern> unknown = new HashMap<>();
  private final CelAttributePattern undetermined = CelAttributePattern.fromQualifiedIdentifier(UNDETERMINED);
  private final Map<String, JsonNode> terms = new HashMap<>();

  private record CelRegulation(String id, CelRuntime.Program inScope, List<CelRuntime.Program> obligations, int first) {}

  private CelPack() {}

  /**
   * Reads a pack's JSON ({@code root}, and the files its {@code include} names, through {@code
   * open}), translates its conditions and compiles them.
   */
  public static CelPack compile(String root, Function<String, Optional<InputStream>> open) {
    CelPack pack = new CelPack();
    List<JsonNode> documents = new ArrayList<>();
    JsonNode manifest = read(root, open);
    documents.add(manifest);
    manifest.path("include").forEach(name -> documents.add(read(name.asText(), open)));
    for (JsonNode doc : documents) {
      for (JsonNode fact : doc.path("facts")) {
        String id = fact.get("id").asText();
        String variable = "f_" + id.replaceAll("[^A-Za-z0-9]", "_");
        if (pack.variables.containsValue(variable)) {
          throw new IllegalStateException("two facts map to CEL variable " + variable);
        }
        pack.variables.put(id, variable);
        pack.types.put(id, fact.get("type").asText());
        pack.unknown.put(id, CelAttributePattern.fromQualifiedIdentifier(variable));
      }
      for (JsonNode term : doc.path("terms")) {
        pack.terms.put(term.get("id").asText(), term.get("definition"));
      }
    }
    CelOptions options = CelOptions.current().enableUnknownTracking(true).build();
    CelSetsExtensions sets = CelExtensions.sets(options);
    var builder = CelFactory.standardCelBuilder().setOptions(options)
        .addCompilerLibraries(sets).addRuntimeLibraries(sets)
        .addVar(AS_OF, SimpleType.INT).addVar(UNDETERMINED, SimpleType.BOOL);
    pack.variables.forEach((id, variable) -> builder.addVar(variable, type(pack.types.get(id))));
    Cel cel = builder.build();
    for (JsonNode doc : documents) {
      for (JsonNode regulation : doc.path("regulations")) {
        String scope = regulation.path("scope").has("when") ? pack.translate(regulation.path("scope").get("when")) : "true";
        String inScope = inForce(regulation.get("effective"), true) + " && (" + scope + ")";
        List<CelRuntime.Program> obligations = new ArrayList<>();
        int first = pack.obligationIds.size();
        for (JsonNode obligation : regulation.path("obligations")) {
          pack.obligationIds.add(obligation.get("id").asText());
          StringBuilder expr = new StringBuilder(inForce(obligation.get("effective"), false));
          if (obligation.has("appliesWhen")) {
            expr.append(" && (").append(pack.translate(obligation.get("appliesWhen"))).append(')');
          }
          if (obligation.has("exemptWhen")) {
            expr.append(" && !(").append(pack.translate(obligation.get("exemptWhen"))).append(')');
          }
          obligations.add(program(cel, expr.toString()));
        }
        pack.regulations.add(new CelRegulation(regulation.get("id").asText(), program(cel, inScope), obligations, first));
      }
    }
    return pack;
  }

  private static JsonNode read(String name, Function<String, Optional<InputStream>> open) {
    try (InputStream in = open.apply(name).orElseThrow(() -> new IllegalArgumentException("no pack file " + name))) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CelType type(String factType) {
    return switch (factType) {
      case "BOOLEAN" -> SimpleType.BOOL;
      case "ONE_OF" -> SimpleType.STRING;
      case "SET_OF" -> ListType.create(SimpleType.STRING);
      case "NUMBER" -> SimpleType.DOUBLE;
      case "DATE" -> SimpleType.INT;
      default -> throw new IllegalArgumentException("fact type " + factType);
    };
  }

  private static CelRuntime.Program program(Cel cel, String expression) {
    try {
      return cel.createProgram(cel.compile(expression).getAst());
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalStateException("CEL rejects " + expression + ": " + e.getMessage(), e);
    }
  }

  /** A period as a CEL condition on {@code asOf}; a latest start date of a regulation makes it unknown before. */
  private static String inForce(JsonNode effective, boolean regulation) {
    if (effective == null) {
      return "true";
    }
    List<String> parts = new ArrayList<>();
    if (effective.has("from")) {
      String from = AS_OF + " >= " + LocalDate.parse(effective.get("from").asText()).toEpochDay();
      parts.add(regulation && effective.path("fromAtLatest").asBoolean(false) ? "(" + from + " || " + UNDETERMINED + ")" : from);
    }
    if (effective.has("until")) {
      parts.add(AS_OF + " < " + LocalDate.parse(effective.get("until").asText()).toEpochDay());
    }
    return parts.isEmpty() ? "true" : String.join(" && ", parts);
  }

  /** The condition as a CEL expression, terms inlined. */
  private String translate(JsonNode c) {
    if (c.has("fact")) {
      return factTest(c);
    } else if (c.has("all") || c.has("any")) {
      String op = c.has("all") ? " && " : " || ";
      List<String> items = new ArrayList<>();
      c.get(c.has("all") ? "all" : "any").forEach(i -> items.add("(" + translate(i) + ")"));
      return String.join(op, items);
    } else if (c.has("not")) {
      return "!(" + translate(c.get("not")) + ")";
    } else if (c.has("term")) {
      return "(" + translate(terms.get(c.get("term").asText())) + ")";
    } else if (c.has("always")) {
      return c.get("always").asBoolean() ? "true" : "false";
    } else if (c.has("asOf")) {
      JsonNode test = c.get("asOf");
      String op = test.fieldNames().next();
      return AS_OF + " " + comparison(op) + " " + LocalDate.parse(test.get(op).asText()).toEpochDay();
    }
    throw new IllegalArgumentException("condition " + c);
  }

  private String factTest(JsonNode c) {
    String fact = c.get("fact").asText();
    String v = variables.get(fact);
    String type = types.get(fact);
    String op = null;
    for (var it = c.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!name.equals("fact") && !name.equals("label")) {
        op = name;
      }
    }
    JsonNode operand = c.get(op);
    return switch (op) {
      case "equals" -> v + " == " + literal(type, operand);
      case "in" -> v + " in " + list(operand);
      case "contains" -> "sets.contains(" + v + ", [" + quote(operand.asText()) + "])";
      case "containsAll" -> "sets.contains(" + v + ", " + list(operand) + ")";
      case "containsAny" -> "sets.intersects(" + v + ", " + list(operand) + ")";
      default -> v + " " + comparison(op) + " " + literal(type, operand);
    };
  }

  private static String comparison(String op) {
    return switch (op) {
      case "before", "lessThan" -> "<";
      case "onOrBefore", "atMost" -> "<=";
      case "after", "greaterThan" -> ">";
      case "onOrAfter", "atLeast" -> ">=";
      default -> throw new IllegalArgumentException("operator " + op);
    };
  }

  private static String literal(String type, JsonNode operand) {
    return switch (type) {
      case "BOOLEAN" -> operand.asBoolean() ? "true" : "false";
      case "DATE" -> Long.toString(LocalDate.parse(operand.asText()).toEpochDay());
      case "NUMBER" -> Double.toString(operand.decimalValue().doubleValue());
      default -> quote(operand.asText());
    };
  }

  private static String list(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(quote(v.asText())));
    return "[" + String.join(", ", out) + "]";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The ids of the pack's obligations, in pack order: {@link #verdicts} answers in this order. */
  public List<String> obligationIds() {
    return obligationIds;
  }

  /** Every obligation's verdict for these facts on this date. */
  public Applicability[] verdicts(Facts facts, LocalDate asOf) {
    Map<String, Object> known = facts.asMap();
    Map<String, Object> values = new HashMap<>(known.size() * 2 + 2);
    List<CelAttributePattern> unknowns = new ArrayList<>();
    unknowns.add(undetermined);
    values.put(AS_OF, asOf.toEpochDay());
    for (Map.Entry<String, String> fact : variables.entrySet()) {
      Object value = known.get(fact.getKey());
      if (value == null) {
        unknowns.add(unknown.get(fact.getKey()));
      } else {
        values.put(fact.getValue(), cel(value));
      }
    }
    UnknownContext context = UnknownContext.create(name -> Optional.ofNullable(values.get(name)), unknowns);
    Applicability[] out = new Applicability[obligationIds.size()];
    try {
      for (CelRegulation regulation : regulations) {
        int scope = truth(regulation.inScope.advanceEvaluation(context));
        List<CelRuntime.Program> obligations = regulation.obligations;
        for (int i = 0; i < obligations.size(); i++) {
          // false && anything is false; true && x is x; unknown && x is false or unknown.
          int verdict = scope == F ? F : and(scope, truth(obligations.get(i).advanceEvaluation(context)));
          out[regulation.first + i] = VERDICT[verdict];
        }
      }
    } catch (CelEvaluationException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static final int F = 0;
  private static final int T = 1;
  private static final int U = 2;
  private static final Applicability[] VERDICT = {
    Applicability.NOT_APPLICABLE, Applicability.APPLIES, Applicability.MAY_APPLY
  };

  private static int and(int a, int b) {
    return a == F || b == F ? F : a == U || b == U ? U : T;
  }

  private static int truth(Object result) {
    if (result instanceof Boolean b) {
      return b ? T : F;
    } else if (result instanceof CelUnknownSet) {
      return U;
    }
    throw new IllegalStateException("not a verdict: " + result);
  }

  private static Object cel(Object value) {
    if (value instanceof Collection<?> c) {
      return List.copyOf(c);
    } else if (value instanceof BigDecimal n) {
      return n.doubleValue();
    } else if (value instanceof LocalDate d) {
      return d.toEpochDay();
    }
    return value;
  }

  /** regkit's verdict for every obligation of this pack, in {@link #obligationIds} order. */
  public Applicability[] regkitVerdicts(Assessment assessment) {
    Map<String, Applicability> byId = new HashMap<>();
    for (Requirement r : assessment.requirements()) {
      byId.put(r.id(), r.applicability());
    }
    for (RuledOut n : assessment.ruledOut()) {
      if (n.level() == RuledOut.Level.OBLIGATION) {
        byId.put(n.id(), Applicability.NOT_APPLICABLE);
      } else {
        for (CelRegulation regulation : regulations) {
          if (regulation.id.equals(n.id())) {
            for (int i = 0; i < regulation.obligations.size(); i++) {
              byId.put(obligationIds.get(regulation.first + i), Applicability.NOT_APPLICABLE);
            }
          }
        }
      }
    }
    Applicability[] out = new Applicability[obligationIds.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = byId.get(obligationIds.get(i));
      if (out[i] == null) {
        throw new IllegalStateException(obligationIds.get(i) + " is neither a requirement nor ruled out");
      }
    }
    return out;
  }

  /**
   * Throws unless CEL gives regkit's verdicts for these facts on this date.
   *
   * @return the number of verdicts compared
   */
  public int check(Assessment regkit, Facts facts, LocalDate asOf, String what) {
    Applicability[] expected = regkitVerdicts(regkit);
    Applicability[] actual = verdicts(facts, asOf);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        differences.add(obligationIds.get(i) + ": regkit " + expected[i] + ", CEL " + actual[i]);
      }
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException("CEL and regkit disagree on " + what + " as of " + asOf + ": " + differences);
    }
    return expected.length;
  }
}
