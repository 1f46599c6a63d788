package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema accepts the test pack's files, so pack authors can rely on it. */
class SchemaTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Schema schema() throws Exception {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/io/github/regkit/rulepack.schema.json")) {
      JsonNode node = MAPPER.readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"manifest.json", "facts.json", "terms.json", "instruments/act.json", "instruments/rules.json"})
  void testPackFilesMatchTheSchema(String file) throws Exception {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/packs/test/" + file)) {
      List<?> errors = schema().validate(MAPPER.readTree(in));
      assertThat(errors).as(file).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void schemaRejectsAnObligationWithoutAnExcerpt() throws Exception {
    JsonNode bad = MAPPER.readTree("""
        {"regulations": [{"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
          "source": "https://example.org", "retrieved": "2024-01-01",
          "scope": {"summary": "S", "when": {"always": true}},
          "obligations": [{"id": "o", "citation": "Act § 1", "title": "T", "duty": "MUST",
            "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": []}]}]}
        """);

    assertThat(schema().validate(bad)).isNotEmpty();
  }
}
