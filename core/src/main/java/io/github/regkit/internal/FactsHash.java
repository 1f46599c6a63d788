package io.github.regkit.internal;

import com.google.common.hash.Hashing;
import io.github.regkit.Facts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * SHA-256 of the facts' JSON ({@link Facts#toJson()}), in lower-case hex, for the receipt.
 *
 * <p>Validated facts are ids and allowed values that need no escaping, so their JSON is written
 * here directly, without a Jackson tree; anything that might need escaping falls back to {@link
 * FactsJson#write}, so the bytes hashed are always those of {@code toJson()}. Nothing is remembered
 * between calls: regkit keeps no state derived from facts.
 */
final class FactsHash {
  private FactsHash() {}

  static String of(Facts facts) {
    return Hashing.sha256().hashString(json(facts), StandardCharsets.UTF_8).toString();
  }

  /** The same text as {@link FactsJson#write}. */
  static String json(Facts facts) {
    StringBuilder sb = new StringBuilder(32 * facts.size() + 2);
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : facts.asMap().entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (!string(sb, e.getKey())) {
        return FactsJson.write(facts);
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
          if (!string(sb, item.toString())) {
            return FactsJson.write(facts);
          }
        }
        sb.append(']');
      } else if (!string(sb, v.toString())) {
        return FactsJson.write(facts);
      }
    }
    return sb.append('}').toString();
  }

  /** Appends a quoted string that needs no escaping; false when it might. */
  private static boolean string(StringBuilder sb, String s) {
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
