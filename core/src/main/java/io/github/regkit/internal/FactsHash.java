package io.github.regkit.internal;

import io.github.regkit.Facts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of the facts' JSON ({@link Facts#toJson()}), in lower-case hex, for the receipt. Nothing
 * is remembered between calls: regkit keeps no state derived from facts.
 */
final class FactsHash {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private FactsHash() {}

  static String of(Facts facts) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    StringBuilder json = new StringBuilder(32 * facts.size() + 2);
    if (FactsJson.writePlain(facts, json)) {
      // Printable ASCII: each char is its UTF-8 byte; hashed through a small buffer instead of a
      // String and its byte copy, as this runs on every assessment.
      byte[] chunk = new byte[Math.min(json.length(), 256)];
      for (int at = 0; at < json.length(); at += chunk.length) {
        int n = Math.min(chunk.length, json.length() - at);
        for (int i = 0; i < n; i++) {
          chunk[i] = (byte) json.charAt(at + i);
        }
        sha256.update(chunk, 0, n);
      }
    } else {
      sha256.update(FactsJson.writeTree(facts).getBytes(StandardCharsets.UTF_8));
    }
    byte[] digest = sha256.digest();
    byte[] hex = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      hex[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(hex, StandardCharsets.US_ASCII);
  }
}
