package io.github.regkit.internal;

import com.google.common.hash.Hashing;
import io.github.regkit.Facts;
import java.nio.charset.StandardCharsets;

/**
 * SHA-256 of the facts' JSON ({@link Facts#toJson()}), in lower-case hex, for the receipt. Nothing
 * is remembered between calls: regkit keeps no state derived from facts.
 */
final class FactsHash {
  private FactsHash() {}

  static String of(Facts facts) {
    return Hashing.sha256().hashString(FactsJson.write(facts), StandardCharsets.UTF_8).toString();
  }
}
