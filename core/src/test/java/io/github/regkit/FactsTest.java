package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.testpack.TestPacks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

  @Test
  void settingAFactTwiceIsAnError() {
    Facts.Builder b = Facts.builder().set("vendor.stores", true);

    assertThatThrownBy(() -> b.set("vendor.stores", false))
        .isInstanceOf(IllegalStateException.class).hasMessage("fact 'vendor.stores' was already set; use replace(factId, value) to answer it again");
  }

  @Test
  void removeMakesAFactUnknownAgain() {
    Facts f = Facts.builder().set("vendor.stores", true).build().toBuilder().remove("vendor.stores").build();

    assertThat(f.isKnown("vendor.stores")).isFalse();
  }

  @Test
  void toStringNamesFactsButNotTheirValues() {
    Facts f = Facts.builder().set("ssn", "123-45-6789").build();

    assertThat(f.toString()).isEqualTo("Facts[ssn]");
  }

  @Test
  void jsonRoundTripGivesEqualFacts() {
    Facts f = Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "email"))
        .set("org.employees", new BigDecimal("12.50")).set("contract.signed", LocalDate.of(2009, 6, 1))
        .set("vendor.stores", false).build();

    assertThat(Facts.fromJson(f.toJson())).isEqualTo(f);
    assertThat(f.toJson()).isEqualTo(
        "{\"contract.signed\":\"2009-06-01\",\"data.kinds\":[\"email\",\"name\"],\"org.employees\":12.5,\"org.kind\":\"company\",\"vendor.stores\":false}");
  }

  @Test
  void jsonNullMeansUnknown() {
    assertThat(Facts.fromJson("{\"vendor.stores\": null}").isKnown("vendor.stores")).isFalse();
  }

  @Test
  void malformedFactsJsonIsAnInvalidFactsException() {
    assertThatThrownBy(() -> Facts.fromJson("{\"a\": tru}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("Invalid facts: malformed JSON at line 1");
  }

  @Test
  void factsJsonMustBeAnObject() {
    assertThatThrownBy(() -> Facts.fromJson("[1, 2]"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: expected a JSON object of fact ids to values, found an array");
  }

  @Test
  void unknownFactIsRejectedWithASuggestion() {
    Facts f = Facts.builder().set("vendor.store", true).build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'vendor.store' is not in the vocabulary of packs [test-pack] (did you mean 'vendor.stores'?); expected a declared fact id");
  }

  @Test
  void wrongTypeIsRejectedNamingTheExpectedType() {
    Facts f = Facts.builder().set("vendor.stores", "yes").build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .hasMessage("Invalid facts: fact 'vendor.stores': expected true or false, found the text 'yes'");
  }

  @Test
  void unknownEnumValueIsRejectedListingTheAllowedOnes() {
    Facts f = Facts.builder().set("org.kind", "bank").build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .hasMessage("Invalid facts: fact 'org.kind': 'bank' is not an allowed value; expected one of [company, charity, agency]");
  }

  @Test
  void unknownSetValueIsRejected() {
    Facts f = Facts.builder().set("data.kinds", List.of("name", "dna")).build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .hasMessage("Invalid facts: fact 'data.kinds': 'dna' is not an allowed value; expected values from [name, id-number, email]");
  }

  @Test
  void impossibleDateIsRejected() {
    Facts f = Facts.fromJson("{\"contract.signed\": \"2010-02-30\"}");

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .hasMessage("Invalid facts: fact 'contract.signed': a value of 10 characters (not shown) is not a valid date; expected a calendar date yyyy-MM-dd");
  }

  @Test
  void everyBadFactIsReportedAndNothingIsAssessed() {
    Facts f = Facts.builder().set("org.kind", "bank").set("vendor.stores", 3).build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void errorMessagesNeverRepeatANumberLikeValue() {
    Facts f = Facts.builder().set("org.kind", "123-45-6789").build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .hasMessageNotContaining("6789")
        .hasMessageContaining("fact 'org.kind': a value of 11 characters (not shown) is not an allowed value");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Jane Doe, 12 Elm St", "jane@example.org", "1985-04-12", "JaneDoe"})
  void errorMessagesNeverRepeatNamesEmailsOrDatesGivenAsValues(String personal) {
    Facts f = Facts.builder().set("org.kind", personal).set("data.kinds", List.of(personal)).build();

    assertThatThrownBy(() -> ASSESSOR.assess(f, TODAY))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageNotContaining(personal)
        .hasMessageContaining("a value of " + personal.length() + " characters (not shown)");
  }

  @Test
  void malformedFactsJsonDoesNotRepeatTheBadToken() {
    assertThatThrownBy(() -> Facts.fromJson("{\"org.kind\": JaneDoe}"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageNotContaining("JaneDoe");
  }

  @Test
  void dateGivenAsTextIsNormalisedByValidation() {
    Facts f = Facts.builder().set("contract.signed", "2009-06-01").build();

    assertThat(ASSESSOR.validate(f).get("contract.signed")).contains(LocalDate.of(2009, 6, 1));
  }

  @Test
  void numbersCompareEqualHoweverTheyAreWritten() {
    assertThat(Facts.fromJson("{\"n\": 50.0}")).isEqualTo(Facts.builder().set("n", 50).build());
  }

  @Test
  void replaceAnswersAFactAgain() {
    Facts facts = Facts.builder().set("vendor.stores", true).build();

    assertThat(facts.toBuilder().replace("vendor.stores", false).build().get("vendor.stores")).contains(false);
  }

  @Test
  void replaceSetsAFactThatWasNotSet() {
    assertThat(Facts.builder().replace("vendor.stores", true).build().get("vendor.stores")).contains(true);
  }

  @Test
  void replaceWithAnUnsupportedValueKeepsThePreviousAnswer() {
    Facts.Builder builder = Facts.builder().set("vendor.stores", true);

    assertThatThrownBy(() -> builder.replace("vendor.stores", new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().get("vendor.stores")).contains(true);
  }

  @Test
  void anUnclosedObjectSaysWhereItOpenedInOurWordsNotJacksons() {
    assertThatThrownBy(() -> Facts.fromJson("{\"vendor.stores\": true"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("(opened at line 1, column 1)")
        .message().doesNotContain("Source", "REDACTED", "StreamReadFeature");
  }
}
