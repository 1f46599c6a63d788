package io.github.regkit.ma;

import static io.github.regkit.ma.ScenarioTest.ASSESSOR;
import static io.github.regkit.ma.ScenarioTest.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.regkit.FactDefinition;
import io.github.regkit.FactProblem;
import io.github.regkit.FactProblem.Kind;
import io.github.regkit.FactType;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An onboarding form built from the US-MA vocabulary can put each problem with its answers next to
 * the field it concerns, and offer what fits instead.
 */
class FormProblemsTest {

  static List<FactProblem> problems(Facts facts) {
    InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> ASSESSOR.assess(facts, AS_OF));
    assertThat(e).as("an InvalidFactsException").isNotNull();
    return e.problems();
  }

  static List<String> allowedValues(String factId) {
    return ASSESSOR.findFact(factId).orElseThrow().values().stream().map(FactDefinition.AllowedValue::id).toList();
  }

  @Test
  void anUnknownVendorActivityGivesTheFieldAndEveryActivityThePackAllows() {
    Facts facts = Facts.builder().set(MassachusettsFacts.VENDOR_ACTIVITIES, Set.of("stores", "sells")).build();

    assertThat(problems(facts)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.NOT_AN_ALLOWED_VALUE);
      assertThat(p.factId()).contains(MassachusettsFacts.VENDOR_ACTIVITIES);
      assertThat(p.expectedType()).contains(FactType.SET_OF);
      assertThat(p.allowedValues()).containsExactlyElementsOf(allowedValues(MassachusettsFacts.VENDOR_ACTIVITIES))
          .contains("receives", "stores", "disposes");
    });
  }

  @Test
  void theRetiredCallRecordingFactGivesTheFieldsThatReplaceItAllInTheVocabulary() {
    Facts facts = Facts.builder().set("vendor.records-calls", true).build();

    assertThat(problems(facts)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.RETIRED_FACT);
      assertThat(p.factId()).contains("vendor.records-calls");
      assertThat(p.replacedBy()).containsExactly(MassachusettsFacts.VENDOR_PHONE_CALLS, MassachusettsFacts.VENDOR_LIVE_CHAT,
          MassachusettsFacts.VENDOR_CONVERSATION_CAPTURE);
      assertThat(p.replacedBy()).allSatisfy(id -> assertThat(ASSESSOR.findFact(id)).isPresent());
    });
  }

  @Test
  void aContractingAgencyNamedByAPrivateBusinessMarksBothFields() {
    Facts facts = Facts.builder().set(MassachusettsFacts.ENTITY_KIND, "private-business")
        .set(MassachusettsFacts.ENTITY_CONTRACTING_AGENCY, "executive-agency").build();

    assertThat(problems(facts)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.CONTRADICTION);
      assertThat(p.factIds()).containsExactly(MassachusettsFacts.ENTITY_KIND, MassachusettsFacts.ENTITY_CONTRACTING_AGENCY);
      assertThat(p.message()).contains("contracting-agency-needs-contractor");
    });
  }

  @Test
  void everyProblemOfAFormsAnswersLandsOnAFieldOfTheVocabulary() {
    Facts facts = Facts.builder()
        .set(MassachusettsFacts.ENTITY_KIND, "bank")
        .set(MassachusettsFacts.VENDOR_PHONE_CALLS, "sometimes")
        .set(MassachusettsFacts.CONTRACT_SIGNED_ON, "2009-02-30")
        .set(MassachusettsFacts.DATA_ELEMENTS, Set.of("name", "shoe-size"))
        .build();

    Map<String, Kind> byField = problems(facts).stream().collect(Collectors.toMap(p -> p.factId().orElseThrow(), FactProblem::kind));

    assertThat(byField).containsExactlyInAnyOrderEntriesOf(Map.of(
        MassachusettsFacts.ENTITY_KIND, Kind.NOT_AN_ALLOWED_VALUE,
        MassachusettsFacts.VENDOR_PHONE_CALLS, Kind.WRONG_TYPE,
        MassachusettsFacts.CONTRACT_SIGNED_ON, Kind.INVALID_DATE,
        MassachusettsFacts.DATA_ELEMENTS, Kind.NOT_AN_ALLOWED_VALUE));
    assertThat(byField.keySet()).allSatisfy(id -> assertThat(ASSESSOR.findFact(id)).isPresent());
  }
}
