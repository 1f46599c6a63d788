package io.github.regkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.regkit.Assessment;
import io.github.regkit.Facts;
import io.github.regkit.internal.AssessmentJson;
import io.github.regkit.internal.FactsJson;
import java.io.IOException;

/**
 * Plugs regkit's JSON form of {@link Facts} and {@link Assessment} into a caller's {@code
 * ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RegkitModule());
 * String json = mapper.writeValueAsString(assessment);
 * Assessment back = mapper.readValue(json, Assessment.class);
 * }</pre>
 *
 * <p>The JSON does not depend on the mapper's naming or inclusion settings: members come in a
 * fixed order, so the same assessment always gives the same bytes for the same mapper.
 */
public final class RegkitModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module with the serializers and deserializers for regkit's values; register it once per mapper. */
  public RegkitModule() {
    super("regkit", Version.unknownVersion());
    addSerializer(Facts.class, new JsonSerializer<Facts>() {
      @Override
      public void serialize(Facts value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(FactsJson.toTree(value));
      }
    });
    addDeserializer(Facts.class, new JsonDeserializer<Facts>() {
      @Override
      public Facts deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return FactsJson.fromTree(p.readValueAsTree());
      }
    });
    addSerializer(Assessment.class, new JsonSerializer<Assessment>() {
      @Override
      public void serialize(Assessment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(AssessmentJson.toTree(value));
      }
    });
    addDeserializer(Assessment.class, new JsonDeserializer<Assessment>() {
      @Override
      public Assessment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = p.readValueAsTree();
        return AssessmentJson.fromTree(tree);
      }
    });
  }
}
