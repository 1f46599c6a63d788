package io.github.regkit.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one strict JSON reader regkit uses for packs and facts. Never enables default typing, reads
 * only trees (never binds input to classes named in it), and bounds nesting, string, number and
 * document sizes so that hostile input cannot exhaust the stack or memory.
 */
final class Json {
  /** Bounds that keep hostile input from exhausting the stack or memory. */
  static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(200)
          .maxStringLength(1_000_000)
          .maxNumberLength(100)
          .maxNameLength(10_000)
          .maxDocumentLength(16_000_000L)
          .build();

  static final ObjectMapper STRICT =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("^Trailing token .*");
  private static final java.util.regex.Pattern CONSTRAINT_SOURCE =
      java.util.regex.Pattern.compile(", from `StreamReadConstraints\\.\\w+\\(\\)`");
  private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile(": maybe a \\(non-standard\\) comment\\?.*");

  private Json() {}

  /** Input that is not acceptable JSON text; the message is safe to show and names no value. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Decodes bytes as UTF-8 JSON text. A byte-order mark, a NUL byte (UTF-16 or UTF-32 text) or an
   * invalid UTF-8 sequence is rejected with its byte offset.
   */
  static String utf8(byte[] bytes) throws BadInput {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      throw new BadInput("starts with a UTF-8 byte-order mark; expected UTF-8 text without one");
    }
    if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      throw new BadInput("starts with a UTF-16 or UTF-32 byte-order mark; expected UTF-8 text");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInput("NUL byte at byte offset " + i + "; expected UTF-8 text (not UTF-16 or UTF-32)");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new BadInput("invalid UTF-8 at byte offset " + invalidOffset(bytes) + "; expected UTF-8 text");
    }
  }

  private static int invalidOffset(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }

  /**
   * Parses JSON text into a tree with {@link #STRICT}. Every parse failure, including a number
   * that does not fit a {@link java.math.BigDecimal}, becomes a {@link BadInput} naming the line
   * and column and never the offending value.
   *
   * @return the tree, or a missing node when there is no content
   */
  static JsonNode tree(String text) throws BadInput {
    try (JsonParser parser = STRICT.createParser(text)) {
      try {
        JsonNode root = STRICT.readTree(parser);
        return root == null ? STRICT.missingNode() : root;
      } catch (JacksonException e) {
        throw new BadInput(describe(e, parser.currentLocation()));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new BadInput(at(parser.currentLocation()) + "a number out of range; expected a number of at most "
            + CONSTRAINTS.getMaxNumberLength() + " characters with a small exponent");
      }
    } catch (IOException e) {
      throw new BadInput("malformed JSON: " + e.getClass().getSimpleName());
    }
  }

  /**
   * The first line of a Jackson parse error, with its location, without the source excerpt or
   * Jackson's own configuration names, and with quoted input that could be personal redacted.
   */
  static String describe(JacksonException e, JsonLocation fallback) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = TRAILING.matcher(message).replaceFirst("content after the JSON value; expected a single JSON value");
    message = CONSTRAINT_SOURCE.matcher(message).replaceAll("");
    message = COMMENT.matcher(message).replaceFirst(": comments are not allowed in JSON");
    message = Redaction.redactQuoted(message);
    return at(e.getLocation() != null ? e.getLocation() : fallback) + message;
  }

  private static String at(JsonLocation location) {
    if (location != null && location.getLineNr() > 0) {
      return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
    return "malformed JSON: ";
  }
}
