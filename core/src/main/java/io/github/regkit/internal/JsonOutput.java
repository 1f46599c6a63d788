package io.github.regkit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The writer behind regkit's own JSON output: fixed member order, plain decimals. */
final class JsonOutput {
  static final ObjectWriter WRITER =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build().writer();

  private JsonOutput() {}
}
