package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bundled pack file conforms to the rule-pack JSON Schema of regkit-core. */
class SchemaTest {
  @Test
  void everyPackFileConformsToTheRulePackSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Schema schema;
    try (InputStream in = io.github.regkit.RulePack.class.getResourceAsStream("/io/github/regkit/rulepack.schema.json")) {
      assertThat(in).isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    JsonNode manifest = read(mapper, "manifest.json");
    List<String> files = new ArrayList<>(List.of("manifest.json"));
    manifest.get("include").forEach(f -> files.add(f.asText()));
    assertThat(files).hasSizeGreaterThan(8);
    for (String file : files) {
      assertThat(schema.validate(read(mapper, file))).as(file).isEmpty();
    }
  }

  private static JsonNode read(ObjectMapper mapper, String file) throws Exception {
    try (InputStream in = MassachusettsPack.class.getResourceAsStream("pack/" + file)) {
      assertThat(in).as(file).isNotNull();
      return mapper.readTree(in);
    }
  }
}
