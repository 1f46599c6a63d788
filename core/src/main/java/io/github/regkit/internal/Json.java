package io.github.regkit.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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
  /** Jackson's "(start marker at [Source: ...; line: 1, column: 1])", which names its own settings. */
  private static final java.util.regex.Pattern START_MARKER = java.util.regex.Pattern.compile(
      "\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
  private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile(": maybe a \\(non-standard\\) comment\\?.*");

  private Json() {}

  /** Input that is not acceptable JSON text; the message is safe to show and names no value. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String text;

    BadInput(String message) {
      this("", message);
    }

    BadInput(String path, String message) {
      super(message, null, false, false);
      this.path = path;
      this.text = message;
    }

    /** The message, never null (unlike {@link #getMessage()} in general). */
    String text() {
      return text;
    }

    /** The JSON path of the value at fault, such as {@code $.regulations}; empty when the message gives a line and column. */
    String path() {
      return path;
    }
  }

  /**
   * Decodes bytes as UTF-8 JSON text. A byte-order mark, a NUL byte (UTF-16 or UTF-32 text) or an
   * invalid UTF-8 sequence is rejected with its byte offset.
   */
  static String utf8(byte[] bytes) throws BadInput {
    checkUtf8(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Checks bytes as {@link #utf8} does, without making a string of them: a pack file is parsed from
   * its bytes, and a second copy of 16 MB as text would double what loading needs.
   */
  static void checkUtf8(byte[] bytes) throws BadInput {
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
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw new BadInput("invalid UTF-8 at byte offset " + in.position() + "; expected UTF-8 text");
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /**
   * Parses a pack file as {@link #tree} does, but stops at the first array or object with more than
   * {@code maxItems} items and at more than {@code maxValues} values in all, before building them:
   * the memory a file can take is bounded by what it may hold, not by what it says.
   */
  static JsonNode boundedTree(byte[] bytes, int maxItems, long maxValues, java.util.function.Predicate<String> shown)
      throws BadInput {
    checkUtf8(bytes);
    try (JsonParser parser = new Bounded(STRICT.createParser(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)), maxItems, maxValues)) {
      try {
        JsonNode root = STRICT.readTree(parser);
        return root == null ? STRICT.missingNode() : root;
      } catch (TooLarge e) {
        throw new BadInput(e.path, e.getOriginalMessage());
      } catch (JacksonException e) {
        throw new BadInput(describe(e, parser.currentLocation(), shown));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new BadInput(at(parser.currentLocation()) + "a number out of range; expected a number of at most "
            + CONSTRAINTS.getMaxNumberLength() + " characters with a small exponent");
      }
    } catch (IOException e) {
      throw new BadInput("malformed JSON: " + e.getClass().getSimpleName());
    }
  }

  /** A file holds more than a pack file may; stops the parse where it is found. */
  private static final class TooLarge extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    final String path;

    TooLarge(String path, String message) {
      super(message);
      this.path = path;
    }
  }

  /**
   * Counts values and the items of each array and object as the tree is built. Every way of
   * advancing goes through {@link #nextToken}.
   */
  private static final class Bounded extends JsonParserDelegate {
    private final int maxItems;
    private final long maxValues;
    private long values;

    Bounded(JsonParser parser, int maxItems, long maxValues) {
      super(parser);
      this.maxItems = maxItems;
      this.maxValues = maxValues;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == null || t.isStructEnd()) {
        return t;
      }
      if (t == JsonToken.FIELD_NAME) {
        JsonStreamContext object = delegate.getParsingContext();
        if (object.getCurrentIndex() >= maxItems) {
          throw new TooLarge(path(object), "an object of more than " + maxItems + " members; expected at most " + maxItems);
        }
        return t;
      }
      if (++values > maxValues) {
        throw new TooLarge("", "more than " + maxValues + " JSON values; expected at most " + maxValues + " in one pack file");
      }
      JsonStreamContext container = t.isStructStart() ? delegate.getParsingContext().getParent() : delegate.getParsingContext();
      if (container != null && container.inArray() && container.getCurrentIndex() >= maxItems) {
        throw new TooLarge(path(container), "an array of more than " + maxItems + " items; expected at most " + maxItems);
      }
      return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      if (currentToken() != JsonToken.START_OBJECT && currentToken() != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        JsonToken t = nextToken();
        if (t == null) {
          return this;
        }
        open += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
      }
      return this;
    }

    /** The path of a container in the form messages use: {@code $.regulations[3].obligations}. */
    private static String path(JsonStreamContext context) {
      java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
      for (JsonStreamContext c = context; c.getParent() != null && !c.getParent().inRoot(); c = c.getParent()) {
        JsonStreamContext parent = c.getParent();
        String name = parent.getCurrentName();
        parts.addFirst(parent.inArray() ? "[" + parent.getCurrentIndex() + "]" : "." + PackReader.shorten(name == null ? "" : name));
      }
      return "$" + String.join("", parts);
    }
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
    return describe(e, fallback, text -> Redaction.show(text).startsWith("'"));
  }

  /** As {@link #describe(JacksonException, JsonLocation)}, repeating only quoted text that {@code shown} accepts. */
  static String describe(JacksonException e, JsonLocation fallback, java.util.function.Predicate<String> shown) {
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
    message = START_MARKER.matcher(message).replaceAll("(opened at line $1, column $2)");
    message = COMMENT.matcher(message).replaceFirst(": comments are not allowed in JSON");
    message = Redaction.redactQuoted(message, shown);
    return at(e.getLocation() != null ? e.getLocation() : fallback) + message;
  }

  private static String at(JsonLocation location) {
    if (location != null && location.getLineNr() > 0) {
      return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
    return "malformed JSON: ";
  }
}
