package io.github.regkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one strict JSON reader regkit uses for packs and facts. Never enables default typing. */
final class Json {
  /** Bounds that keep hostile input from exhausting the stack or memory. */
  static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(200)
          .maxStringLength(1_000_000)
          .maxNumberLength(100)
          .maxDocumentLength(16_000_000L)
          .build();

  static final ObjectMapper STRICT =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private Json() {}

  /** The first line of a Jackson parse error, with its location, without the source excerpt. */
  static String describe(com.fasterxml.jackson.core.JacksonException e) {
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = Redaction.redactQuoted(message);
    var location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      return "malformed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }
    return "malformed JSON: " + message;
  }
}
