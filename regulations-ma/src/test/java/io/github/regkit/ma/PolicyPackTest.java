package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.BasePackException;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Facts;
import io.github.regkit.Provenance;
import io.github.regkit.Receipt;
import io.github.regkit.Regulation;
import io.github.regkit.Requirement;
import io.github.regkit.RulePack;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A company policy pack on top of the Massachusetts pack: "our own rule: chat vendors must purge
 * transcripts within 30 days" ({@code src/test/resources/policy/acme}). It uses the US-MA facts
 * {@code vendor.live-chat}, {@code data.elements} and {@code vendor.conversation-capture} and the
 * term {@code ma.resident-data} by id, and declares only its own fact.
 */
class PolicyPackTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  static final String PURGE = "acme.retention-standard.chat-transcript-purge";
  static final RulePack ACME = RulePack.fromResource(PolicyPackTest.class.getClassLoader(), "policy/acme/manifest.json");
  static final Assessor COMBINED = Assessor.builder().addJurisdiction("US-MA").addPack(ACME).build();

  /** The live-chat field case (a help-desk chat vendor keeping transcripts of Massachusetts consumers). */
  static Facts liveChat(Integer purgeDays) {
    Facts.Builder b = FieldCaseTest.field("live-chat").toBuilder();
    if (purgeDays != null) {
      b.set("acme.transcript-purge-days", purgeDays);
    }
    return b.build();
  }

  @Test
  void policyPackDeclaresOnlyItsOwnFact() {
    assertThat(ACME.facts()).extracting(f -> f.id()).containsExactly("acme.transcript-purge-days");
    assertThat(ACME.buildsOn()).singleElement().satisfies(b -> assertThat(b.accepts(new MassachusettsPack().load().dataVersion())).isTrue());
  }

  @Test
  void chatVendorKeepingTranscriptsFor14DaysMeetsThePolicy() {
    Requirement purge = COMBINED.assess(liveChat(14), AS_OF).findRequirement(PURGE).orElseThrow();

    assertThat(purge.applicability()).isEqualTo(Applicability.APPLIES);
    assertThat(purge.compliance().status()).isEqualTo(ComplianceStatus.SATISFIED);
    assertThat(purge.why().render()).contains("information about residents of the Commonwealth (M.G.L. c. 93H, § 1(a))",
        "vendor.live-chat is true; given: true");
  }

  @Test
  void chatVendorKeepingTranscriptsFor45DaysDoesNotMeetThePolicy() {
    Requirement purge = COMBINED.assess(liveChat(45), AS_OF).findRequirement(PURGE).orElseThrow();

    assertThat(purge.compliance().status()).isEqualTo(ComplianceStatus.OUTSTANDING);
  }

  @Test
  void unknownPurgePeriodIsAnOpenQuestionOfThePolicy() {
    Assessment a = COMBINED.assess(liveChat(null), AS_OF);

    assertThat(a.findRequirement(PURGE).orElseThrow().compliance().status()).isEqualTo(ComplianceStatus.UNKNOWN);
    assertThat(a.findOpenQuestion("acme.transcript-purge-days").orElseThrow().question())
        .isEqualTo("Within how many days after a chat ends does the vendor purge its transcript?");
  }

  @Test
  void policyIsMarkedAsCompanyPolicyNotLaw() {
    Requirement purge = COMBINED.assess(liveChat(14), AS_OF).findRequirement(PURGE).orElseThrow();

    assertThat(purge.obligation().excerpt().provenance()).isEqualTo(Provenance.POLICY);
    assertThat(ACME.findRegulation("acme.retention-standard").orElseThrow().kind()).isEqualTo(Regulation.Kind.POLICY);
  }

  @Test
  void policyPackLeavesTheMassachusettsAnswerAsItWas() {
    Assessment lawOnly = ScenarioTest.ASSESSOR.assess(liveChat(null), AS_OF);
    Assessment withPolicy = COMBINED.assess(liveChat(14), AS_OF);

    assertThat(withPolicy.requirements().stream().filter(r -> !r.id().equals(PURGE)).toList())
        .extracting(Requirement::id, Requirement::applicability)
        .containsExactlyElementsOf(lawOnly.requirements().stream().map(r -> tuple(r.id(), r.applicability())).toList());
  }

  @Test
  void receiptListsThePolicyPackAndTheMassachusettsPackItBuildsOn() {
    Receipt receipt = COMBINED.assess(liveChat(14), AS_OF).receipt();

    assertThat(receipt.packs()).extracting(Receipt.PackStamp::id, Receipt.PackStamp::dataVersion, Receipt.PackStamp::buildsOn)
        .containsExactly(tuple("us-ma", "2026.12.0", List.of()), tuple("acme-policy", "2026.2.0", List.of("us-ma")));
  }

  @Test
  void policyPackWithoutTheMassachusettsPackSaysToAddTheJurisdiction() {
    BasePackException e = catchThrowableOfType(BasePackException.class, () -> Assessor.builder().addPack(ACME).build());

    assertThat(e.problems()).containsExactly("pack acme-policy 2026.2.0 (added to the builder from manifest.json) builds on pack"
        + " 'us-ma' at data versions [2026.12.*], which this assessor does not have; expected it among the assessor's packs: add"
        + " the installed us-ma 2026.12.0 (io.github.regkit.ma.MassachusettsPack) with Assessor.builder().addJurisdiction(\"US-MA\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"manifest.json", "facts.json", "instruments/retention-standard.json"})
  void policyPackFilesMatchTheRulePackSchema(String file) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Schema schema;
    try (InputStream in = RulePack.class.getResourceAsStream("/io/github/regkit/rulepack.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    JsonNode node;
    try (InputStream in = PolicyPackTest.class.getResourceAsStream("/policy/acme/" + file)) {
      node = mapper.readTree(in);
    }

    assertThat(schema.validate(node)).as(file).isEmpty();
  }

  @Test
  void theConsumerProjectsPolicyPackIsThisOne() throws Exception {
    java.nio.file.Path here = java.nio.file.Path.of("src", "test", "resources", "policy", "acme");
    java.nio.file.Path consumer = java.nio.file.Path.of("..", "examples", "src", "it", "consumer", "src", "main", "resources",
        "com", "example", "vendorcheck", "acme-policy");
    ObjectMapper mapper = new ObjectMapper();
    for (String file : List.of("manifest.json", "facts.json", "instruments/retention-standard.json")) {
      JsonNode ours = mapper.readTree(here.resolve(file).toFile());
      if (ours instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
        o.remove("$schema");
      }
      assertThat(mapper.readTree(consumer.resolve(file).toFile())).as("%s in %s", file, consumer).isEqualTo(ours);
    }
  }
}
