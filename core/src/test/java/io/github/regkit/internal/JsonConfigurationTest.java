package io.github.regkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.regkit.json.RegkitModule;
import org.junit.jupiter.api.Test;

class JsonConfigurationTest {
  private static final JavaType OBJECT = TypeFactory.defaultInstance().constructType(Object.class);

  @Test
  void strictReaderNeverEnablesDefaultTyping() {
    assertThat(Json.STRICT.getDeserializationConfig().getDefaultTyper(OBJECT)).isNull();
    assertThat(Json.STRICT.getSerializationConfig().getDefaultTyper(OBJECT)).isNull();
  }

  @Test
  void outputWriterNeverEnablesDefaultTyping() {
    assertThat(JsonOutput.WRITER.getConfig().getDefaultTyper(OBJECT)).isNull();
  }

  @Test
  void registeringTheJacksonModuleDoesNotEnableDefaultTyping() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RegkitModule());

    assertThat(mapper.getDeserializationConfig().getDefaultTyper(OBJECT)).isNull();
  }

  @Test
  void strictReaderBoundsNestingStringsNumbersNamesAndDocuments() {
    StreamReadConstraints c = Json.STRICT.getFactory().streamReadConstraints();

    assertThat(c.getMaxNestingDepth()).isEqualTo(200);
    assertThat(c.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(c.getMaxNumberLength()).isEqualTo(100);
    assertThat(c.getMaxNameLength()).isEqualTo(10_000);
    assertThat(c.getMaxDocumentLength()).isEqualTo(16_000_000L);
  }

  @Test
  void strictReaderRejectsDuplicateKeysTrailingTokensAndComments() {
    assertThat(Json.STRICT.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    assertThat(Json.STRICT.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
    assertThat(Json.STRICT.getFactory().isEnabled(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_COMMENTS)).isFalse();
  }

  @Test
  void aTypeHintInInputIsReadAsPlainData() throws Exception {
    var tree = Json.tree("{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"true\"]}");

    assertThat(tree.isObject()).isTrue();
    assertThat(tree.get("@class").asText()).isEqualTo("java.lang.ProcessBuilder");
  }
}
