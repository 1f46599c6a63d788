package io.github.regkit.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
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

  public static Facts read(String json) {
    try {
      return fromTree(Json.STRICT.readTree(json));
    } catch (JacksonException e) {
      throw new InvalidFactsException(List.of(Json.describe(e)));
    }
  }

  public static Facts read(InputStream json) {
    try {
      return fromTree(Json.STRICT.readTree(json));
    } catch (JacksonException e) {
      throw new InvalidFactsException(List.of(Json.describe(e)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read facts", e);
    }
  }

  /**
   * Facts from a parsed JSON object. Strings shaped {@code yyyy-MM-dd} that are real dates become
   * dates; others stay text, so an impossible date is reported against the fact's type later.
   */
  public static Facts fromTree(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw new InvalidFactsException(List.of("no JSON content; expected an object of fact ids to values"));
    }
    if (!root.isObject()) {
      throw new InvalidFactsException(List.of("expected a JSON object of fact ids to values, found " + PackReader.kind(root)));
    }
    List<String> problems = new ArrayList<>();
    Facts.Builder builder = Facts.builder();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String id = e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      } else if (v.isBoolean()) {
        builder.set(id, v.booleanValue());
      } else if (v.isNumber()) {
        builder.set(id, v.decimalValue());
      } else if (v.isTextual()) {
        builder.setValue(id, textValue(v.asText()));
      } else if (v.isArray()) {
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (JsonNode item : v) {
          if (item.isTextual()) {
            values.add(item.asText());
          } else {
            ok = false;
          }
        }
        if (ok) {
          builder.set(id, values);
        } else {
          problems.add("fact " + Redaction.show(id) + ": expected an array of strings");
        }
      } else {
        problems.add("fact " + Redaction.show(id) + ": expected true, false, a number, a string or an array of strings, found " + PackReader.kind(v));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(problems);
    }
    return builder.build();
  }

  private static Object textValue(String text) {
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
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, Object> e : facts.asMap().entrySet()) {
      Object v = e.getValue();
      if (v instanceof Boolean b) {
        node.put(e.getKey(), b);
      } else if (v instanceof BigDecimal n) {
        node.put(e.getKey(), n);
      } else if (v instanceof Collection<?> c) {
        ArrayNode array = node.putArray(e.getKey());
        c.forEach(item -> array.add(item.toString()));
      } else {
        node.put(e.getKey(), v.toString());
      }
    }
    return node;
  }

  public static String write(Facts facts) {
    try {
      return JsonOutput.WRITER.writeValueAsString(toTree(facts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
