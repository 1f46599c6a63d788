package io.github.regkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regkit.Facts;
import io.github.regkit.FactProblem;
import io.github.regkit.FactProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Facts to and from JSON: one object whose members are fact ids. */
public final class FactsJson {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private FactsJson() {}

  /** The longest facts document, in characters (or bytes, from a stream). */
  public static final int MAX_CHARS = 1_000_000;
  /** The most facts in one document. */
  public static final int MAX_FACTS = 1_000;
  /** The longest text value of a fact; allowed values are ids and dates, far shorter. */
  public static final int MAX_TEXT = 1_000;
  /** The most values in one set-of fact. */
  public static final int MAX_VALUES = 1_000;
  /** Numbers: at most this many digits before, and after, the decimal point. */
  public static final int MAX_NUMBER_DIGITS = PackReader.MAX_NUMBER_DIGITS;

  public static Facts read(String json) {
    if (json.length() > MAX_CHARS) {
      throw FactProblems.of(FactProblems.ofInput(Kind.TOO_LARGE, "facts of " + json.length() + " characters; expected at most " + MAX_CHARS));
    }
    return parse(json);
  }

  /** Reads UTF-8 bytes; an I/O failure of the stream itself is an {@link UncheckedIOException}. */
  public static Facts read(InputStream json) {
    byte[] bytes;
    try {
      bytes = json.readNBytes(MAX_CHARS + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read facts", e);
    }
    if (bytes.length > MAX_CHARS) {
      throw FactProblems.of(FactProblems.ofInput(Kind.TOO_LARGE, "facts larger than " + MAX_CHARS + " bytes; expected at most " + MAX_CHARS));
    }
    try {
      return parse(Json.utf8(bytes));
    } catch (Json.BadInput e) {
      throw FactProblems.of(FactProblems.ofInput(Kind.MALFORMED_JSON, e.text()));
    }
  }

  private static Facts parse(String text) {
    try {
      return fromTree(Json.tree(text));
    } catch (Json.BadInput e) {
      throw FactProblems.of(FactProblems.ofInput(Kind.MALFORMED_JSON, e.text()));
    }
  }

  /** The problem with a number fact whose value is too large or too precise; never shows it. */
  public static FactProblem numberOutOfRange(String factId) {
    return FactProblems.ofGivenId(Kind.VALUE_TOO_LARGE, factId, "fact " + Redaction.showId(factId) + ": a number out of range; expected at most " + MAX_NUMBER_DIGITS
        + " digits before and " + MAX_NUMBER_DIGITS + " after the decimal point");
  }

  /** Whether a number fits the bounds facts and packs accept. */
  public static boolean fitsDigits(BigDecimal n) {
    return PackReader.fitsDigits(n);
  }

  /**
   * Facts from a parsed JSON object. Strings shaped {@code yyyy-MM-dd} that are real dates become
   * dates; others stay text, so an impossible date is reported against the fact's type later.
   */
  public static Facts fromTree(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw FactProblems.of(FactProblems.ofInput(Kind.NOT_AN_OBJECT, "no JSON content; expected an object of fact ids to values"));
    }
    if (!root.isObject()) {
      throw FactProblems.of(FactProblems.ofInput(Kind.NOT_AN_OBJECT, "expected a JSON object of fact ids to values, found " + PackReader.kind(root)));
    }
    if (root.size() > MAX_FACTS) {
      throw FactProblems.of(FactProblems.ofInput(Kind.TOO_LARGE, "an object of " + root.size() + " facts; expected at most " + MAX_FACTS));
    }
    FactProblems problems = new FactProblems();
    Facts.Builder builder = Facts.builder();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String id = e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        // null means unknown: the fact is left out
      } else if (v.isBoolean()) {
        builder.set(id, v.booleanValue());
      } else if (v.isNumber()) {
        // A mapper without regkit's own reading can hand over an infinite or NaN double.
        if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue()) && !v.isBigDecimal()) {
          problems.add(numberOutOfRange(id));
        } else if (fitsDigits(v.decimalValue())) {
          builder.set(id, v.decimalValue());
        } else {
          problems.add(numberOutOfRange(id));
        }
      } else if (v.isTextual()) {
        if (v.asText().length() > MAX_TEXT) {
          problems.add(tooLong(id, v.asText()));
        } else {
          builder.setValue(id, textValue(v.asText()));
        }
      } else if (v.isArray() && v.size() > MAX_VALUES) {
        problems.add(FactProblems.ofGivenId(Kind.VALUE_TOO_LARGE, id, "fact " + Redaction.showId(id) + ": an array of " + v.size() + " values; expected at most " + MAX_VALUES));
      } else if (v.isArray()) {
        List<String> values = new ArrayList<>();
        FactProblem problem = null;
        for (JsonNode item : v) {
          if (!item.isTextual()) {
            problem = FactProblems.ofGivenId(Kind.UNSUPPORTED_VALUE, id, "fact " + Redaction.showId(id) + ": expected an array of strings");
            break;
          } else if (item.asText().length() > MAX_TEXT) {
            problem = tooLong(id, item.asText());
            break;
          }
          values.add(item.asText());
        }
        if (problem == null) {
          builder.set(id, values);
        } else {
          problems.add(problem);
        }
      } else {
        problems.add(FactProblems.ofGivenId(Kind.UNSUPPORTED_VALUE, id,
            "fact " + Redaction.showId(id) + ": expected true, false, a number, a string or an array of strings, found " + PackReader.kind(v)));
      }
    }
    if (!problems.isEmpty()) {
      throw problems.exception();
    }
    return builder.build();
  }

  private static FactProblem tooLong(String id, String text) {
    return FactProblems.ofGivenId(Kind.VALUE_TOO_LARGE, id,
        "fact " + Redaction.showId(id) + ": a text of " + text.length() + " characters (not shown); expected at most " + MAX_TEXT);
  }

  /** Text of the form {@code yyyy-MM-dd} that is a real date, as a date; any other text as is. */
  public static Object textValue(String text) {
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    return text;
  }

  public static ObjectNode toTree(Facts facts) {
    return toTree(facts.asMap());
  }

  /** Fact values, as {@link Facts#asMap()} holds them, as a JSON object in the map's order. */
  public static ObjectNode toTree(Map<String, Object> facts) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      node.set(e.getKey(), value(e.getValue()));
    }
    return node;
  }

  /** One fact value as JSON: true or false, a number, a string (a date as yyyy-MM-dd), or an array of strings. */
  public static JsonNode value(Object v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v instanceof Boolean b) {
      return f.booleanNode(b);
    } else if (v instanceof BigDecimal n) {
      return f.numberNode(n);
    } else if (v instanceof Collection<?> c) {
      ArrayNode array = f.arrayNode(c.size());
      c.forEach(item -> array.add(item.toString()));
      return array;
    }
    return f.textNode(v.toString());
  }

  /**
   * The facts as compact JSON, members sorted by id. Validated facts are ids and allowed values that
   * need no escaping, so their text is written directly, without a Jackson tree (this runs on every
   * assessment, for the receipt's hash); anything that might need escaping goes through {@link
   * #writeTree}, which gives the same text.
   */
  public static String write(Facts facts) {
    StringBuilder sb = new StringBuilder(32 * facts.size() + 2);
    return writePlain(facts, sb) ? sb.toString() : writeTree(facts);
  }

  /**
   * Appends the facts' JSON to {@code sb} when every id and value is printable ASCII without quotes
   * or backslashes (the common case, and then each char is one UTF-8 byte); false, with {@code sb}
   * in an unspecified state, when one needs escaping.
   */
  static boolean writePlain(Facts facts, StringBuilder sb) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : facts.asMap().entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (!plainString(sb, e.getKey())) {
        return false;
      }
      sb.append(':');
      Object v = e.getValue();
      if (v instanceof Boolean b) {
        sb.append(b.booleanValue());
      } else if (v instanceof BigDecimal n) {
        sb.append(n.toPlainString());
      } else if (v instanceof Collection<?> c) {
        sb.append('[');
        boolean firstItem = true;
        for (Object item : c) {
          if (!firstItem) {
            sb.append(',');
          }
          firstItem = false;
          if (!plainString(sb, item.toString())) {
            return false;
          }
        }
        sb.append(']');
      } else if (!plainString(sb, v.toString())) {
        return false;
      }
    }
    sb.append('}');
    return true;
  }

  /** The facts as compact JSON through Jackson's tree, the reference for {@link #write}. */
  static String writeTree(Facts facts) {
    try {
      return JsonOutput.WRITER.writeValueAsString(toTree(facts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends a quoted string that needs no escaping; false when it might. */
  private static boolean plainString(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    sb.append('"').append(s).append('"');
    return true;
  }
}
