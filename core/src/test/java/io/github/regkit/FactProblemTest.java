package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.regkit.FactProblem.Kind;
import io.github.regkit.testpack.TestPacks;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each problem with facts is a {@link FactProblem} a program can act on: its kind, the facts it
 * concerns, what was expected, and the message — never the value given.
 */
class FactProblemTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);
  static final List<String> ORG_KINDS = List.of("company", "charity", "agency");
  static final List<String> DATA_KINDS = List.of("name", "id-number", "email");

  /** A pack with a retired fact and a consistency rule that tests a fact through a term. */
  static final String PACK = """
      {"schemaVersion": 1, "id": "c", "jurisdiction": {"id": "ZZ-CO", "name": "Consistent"},
       "dataVersion": "2", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
       "facts": [{"id": "kind", "type": "ONE_OF", "values": [{"id": "business", "label": "B"}, {"id": "contractor", "label": "C"}],
                  "question": "Q?", "help": "H"},
                 {"id": "agency", "type": "ONE_OF", "values": [{"id": "state", "label": "S"}], "question": "Q?", "help": "H"},
                 {"id": "since", "type": "DATE", "question": "Q?", "help": "H"},
                 {"id": "phone", "type": "BOOLEAN", "question": "Q?", "help": "H"},
                 {"id": "chat", "type": "BOOLEAN", "question": "Q?", "help": "H"}],
       "retiredFacts": [{"id": "records-calls", "since": "2", "replacedBy": ["phone", "chat"], "note": "say which channels"}],
       "terms": [{"id": "private", "name": "private party", "citation": "Act 1(a)", "summary": "S",
                  "definition": {"fact": "kind", "equals": "business"}}],
       "consistency": [{"id": "agency-needs-contractor",
         "when": {"all": [{"fact": "agency", "in": ["state"]},
                          {"any": [{"term": "private"}, {"fact": "since", "before": "2000-01-01"}]}]},
         "message": "agency is given, but kind is 'business'; expected kind 'contractor', or no agency"}],
       "regulations": [{"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
         "source": "https://example.org", "retrieved": "2024-01-01", "effective": {"from": "2001-01-01", "basis": "Act 1, s. 9"},
         "scope": {"summary": "S", "when": {"fact": "kind", "equals": "contractor"}},
         "obligations": [{"id": "o", "citation": "Act § 2", "title": "T", "duty": "MUST",
           "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
           "excerpt": {"text": "T", "source": "https://example.org", "retrieved": "2024-01-01", "provenance": "OFFICIAL", "verified": true}}]}]}
      """;
  static final Assessor SECOND_EDITION = Assessor.builder()
      .addPack(RulePack.fromStream(new ByteArrayInputStream(PACK.getBytes(StandardCharsets.UTF_8)), "c.json")).build();

  static InvalidFactsException failure(ThrowingCallable call) {
    InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, call);
    assertThat(e).as("an InvalidFactsException").isNotNull();
    return e;
  }

  static FactProblem onlyProblem(ThrowingCallable call) {
    List<FactProblem> problems = failure(call).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  static FactProblem assessing(Facts facts) {
    return onlyProblem(() -> ASSESSOR.assess(facts, AS_OF));
  }

  @Test
  void malformedJsonConcernsNoFactAndSaysWhereItBreaks() {
    FactProblem p = onlyProblem(() -> Facts.fromJson("{\"vendor.stores\": tru}"));

    assertThat(p.kind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(p.factIds()).isEmpty();
    assertThat(p.factId()).isEmpty();
    assertThat(p.message()).startsWith("malformed JSON at line 1, column ");
  }

  @Test
  void aDuplicateFactInJsonIsMalformedJson() {
    FactProblem p = onlyProblem(() -> Facts.fromJson("{\"vendor.stores\": true, \"vendor.stores\": false}"));

    assertThat(p.kind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(p.message()).contains("Duplicate field 'vendor.stores'");
  }

  @Test
  void jsonThatIsNotAnObjectOfFactsIsNotAnObject() {
    FactProblem p = onlyProblem(() -> Facts.fromJson("[\"vendor.stores\"]"));

    assertThat(p.kind()).isEqualTo(Kind.NOT_AN_OBJECT);
    assertThat(p.factIds()).isEmpty();
    assertThat(p.message()).isEqualTo("expected a JSON object of fact ids to values, found an array");
  }

  @Test
  void moreThanAThousandFactsBuiltInCodeAreTooLarge() {
    Facts.Builder b = Facts.builder();
    for (int i = 0; i <= 1_000; i++) {
      b.set("fact" + i, true);
    }

    FactProblem p = assessing(b.build());

    assertThat(p.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(p.factIds()).isEmpty();
    assertThat(p.message()).isEqualTo("1001 facts; expected at most 1000");
  }

  @Test
  void aJsonObjectAsAValueIsUnsupportedAndNamesItsFact() {
    FactProblem p = onlyProblem(() -> Facts.fromJson("{\"vendor.stores\": {\"yes\": true}}"));

    assertThat(p.kind()).isEqualTo(Kind.UNSUPPORTED_VALUE);
    assertThat(p.factId()).contains("vendor.stores");
    assertThat(p.expectedType()).isEmpty();
  }

  @Test
  void aNumberWithTooManyDigitsIsTooLargeAndNamesItsFact() {
    FactProblem p = onlyProblem(() -> Facts.builder().set("org.employees", new BigDecimal("1E+200")));

    assertThat(p.kind()).isEqualTo(Kind.VALUE_TOO_LARGE);
    assertThat(p.factIds()).containsExactly("org.employees");
    assertThat(p.message()).isEqualTo("fact 'org.employees': a number out of range; expected at most 100 digits before and 100"
        + " after the decimal point");
  }

  @Test
  void aTextTooLongForAOneOfFactIsTooLargeWithTheFactsTypeAndAllowedValues() {
    FactProblem p = assessing(Facts.builder().set("org.kind", "x".repeat(1_001)).build());

    assertThat(p.kind()).isEqualTo(Kind.VALUE_TOO_LARGE);
    assertThat(p.factIds()).containsExactly("org.kind");
    assertThat(p.expectedType()).contains(FactType.ONE_OF);
    assertThat(p.allowedValues()).containsExactlyElementsOf(ORG_KINDS);
    assertThat(p.toString()).doesNotContain("xxxx");
  }

  @Test
  void anUnknownFactIdSuggestsTheDeclaredIdItIsNearest() {
    FactProblem p = assessing(Facts.builder().set("vendor.store", true).build());

    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_FACT);
    assertThat(p.factIds()).containsExactly("vendor.store");
    assertThat(p.suggestions()).containsExactly("vendor.stores");
    assertThat(p.message()).contains("(did you mean 'vendor.stores'?)");
  }

  @Test
  void anUnknownFactIdFarFromEveryDeclaredIdSuggestsNothing() {
    FactProblem p = assessing(Facts.builder().set("weather.sunny", true).build());

    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_FACT);
    assertThat(p.suggestions()).isEmpty();
  }

  @Test
  void anUnknownFactIdShapedLikePersonalInformationIsNotRepeatedAnywhere() {
    FactProblem p = assessing(Facts.builder().set("123-45-6789", true).build());

    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_FACT);
    assertThat(p.factIds()).isEmpty();
    assertThat(p.toString()).doesNotContain("6789");
  }

  @Test
  void aRetiredFactIdGivesTheIdsThatReplacedIt() {
    FactProblem p = onlyProblem(() -> SECOND_EDITION.assess(Facts.builder().set("records-calls", true).build(), AS_OF));

    assertThat(p.kind()).isEqualTo(Kind.RETIRED_FACT);
    assertThat(p.factIds()).containsExactly("records-calls");
    assertThat(p.replacedBy()).containsExactly("phone", "chat");
    assertThat(p.message()).isEqualTo("fact 'records-calls' was retired in pack c 2: say which channels;"
        + " expected one or more of [phone, chat] instead");
  }

  @Test
  void textForAYesNoFactIsTheWrongTypeAndGivesTheDeclaredType() {
    FactProblem p = assessing(Facts.builder().set("vendor.stores", "yes").build());

    assertThat(p.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(p.factIds()).containsExactly("vendor.stores");
    assertThat(p.expectedType()).contains(FactType.BOOLEAN);
    assertThat(p.allowedValues()).isEmpty();
    assertThat(p.message()).isEqualTo("fact 'vendor.stores': expected true or false, found the text 'yes'");
  }

  @Test
  void aSetForAOneOfFactIsTheWrongTypeAndListsTheAllowedValues() {
    FactProblem p = assessing(Facts.builder().set("org.kind", Set.of("company")).build());

    assertThat(p.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(p.expectedType()).contains(FactType.ONE_OF);
    assertThat(p.allowedValues()).containsExactlyElementsOf(ORG_KINDS);
  }

  @Test
  void aValueNotAllowedForAOneOfFactGivesEveryAllowedValue() {
    FactProblem p = assessing(Facts.builder().set("org.kind", "bank").build());

    assertThat(p.kind()).isEqualTo(Kind.NOT_AN_ALLOWED_VALUE);
    assertThat(p.factIds()).containsExactly("org.kind");
    assertThat(p.expectedType()).contains(FactType.ONE_OF);
    assertThat(p.allowedValues()).containsExactlyElementsOf(ORG_KINDS);
    assertThat(p.message()).isEqualTo("fact 'org.kind': 'bank' is not an allowed value; expected one of [company, charity, agency]");
  }

  @Test
  void valuesNotAllowedInASetGiveEveryAllowedValueButNeverThePersonalOnes() {
    FactProblem p = assessing(Facts.builder().set("data.kinds", Set.of("name", "jane.doe@example.org")).build());

    assertThat(p.kind()).isEqualTo(Kind.NOT_AN_ALLOWED_VALUE);
    assertThat(p.expectedType()).contains(FactType.SET_OF);
    assertThat(p.allowedValues()).containsExactlyElementsOf(DATA_KINDS);
    assertThat(p.toString()).doesNotContain("jane", "example.org");
  }

  @Test
  void anImpossibleDateIsAnInvalidDateOfADateFactAndIsNotRepeated() {
    FactProblem p = assessing(Facts.builder().set("contract.signed", "2023-02-30").build());

    assertThat(p.kind()).isEqualTo(Kind.INVALID_DATE);
    assertThat(p.factIds()).containsExactly("contract.signed");
    assertThat(p.expectedType()).contains(FactType.DATE);
    assertThat(p.toString()).doesNotContain("2023");
  }

  @Test
  void contradictoryFactsNameEveryFactTheRuleTestsThatWasGivenInTheRulesOrder() {
    Facts facts = Facts.builder().set("kind", "business").set("agency", "state").build();

    FactProblem p = onlyProblem(() -> SECOND_EDITION.assess(facts, AS_OF));

    assertThat(p.kind()).isEqualTo(Kind.CONTRADICTION);
    assertThat(p.factIds()).containsExactly("agency", "kind");
    assertThat(p.factId()).contains("agency");
    assertThat(p.message()).isEqualTo("facts contradict each other (pack c, rule agency-needs-contractor):"
        + " agency is given, but kind is 'business'; expected kind 'contractor', or no agency");
  }

  @Test
  void contradictoryFactsAreReportedWithTheirFactsWhenExplanationsAreBuiltEagerly() {
    Facts facts = Facts.builder().set("kind", "business").set("agency", "state").build();

    FactProblem p = onlyProblem(() -> SECOND_EDITION.assessEagerly(facts, AS_OF));

    assertThat(p.kind()).isEqualTo(Kind.CONTRADICTION);
    assertThat(p.factIds()).containsExactly("agency", "kind");
  }

  @Test
  void aFormGetsEachProblemNextToItsOwnField() {
    Facts facts = Facts.builder().set("org.kind", "bank").set("vendor.stores", "yes").set("contract.signed", "2023-02-30")
        .set("vendor.store", true).build();

    Map<String, Kind> byField = failure(() -> ASSESSOR.assess(facts, AS_OF)).problems().stream()
        .collect(Collectors.toMap(p -> p.factId().orElseThrow(), FactProblem::kind));

    assertThat(byField).containsExactlyInAnyOrderEntriesOf(Map.of(
        "org.kind", Kind.NOT_AN_ALLOWED_VALUE,
        "vendor.stores", Kind.WRONG_TYPE,
        "contract.signed", Kind.INVALID_DATE,
        "vendor.store", Kind.UNKNOWN_FACT));
  }

  @Test
  void messagesAreTheLinesTheExceptionMessageJoins() {
    InvalidFactsException e = failure(() -> ASSESSOR.assess(
        Facts.builder().set("org.kind", "bank").set("vendor.stores", "yes").build(), AS_OF));

    assertThat(e.messages()).containsExactlyElementsOf(e.problems().stream().map(FactProblem::message).toList());
    assertThat(e.getMessage()).isEqualTo("Invalid facts: 2 problems: " + String.join("; ", e.messages()));
    assertThat(e.notListed()).isZero();
  }

  /** Every kind has a realistic input that produces it, so a new kind cannot go untested. */
  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyKindComesFromSomeBadInput(Kind kind) {
    Map<Kind, ThrowingCallable> inputs = new EnumMap<>(Kind.class);
    inputs.put(Kind.MALFORMED_JSON, () -> Facts.fromJson("{"));
    inputs.put(Kind.NOT_AN_OBJECT, () -> Facts.fromJson(""));
    inputs.put(Kind.TOO_LARGE, () -> Facts.fromJson(" ".repeat(1_000_001)));
    inputs.put(Kind.UNSUPPORTED_VALUE, () -> Facts.fromJson("{\"data.kinds\": [1, 2]}"));
    inputs.put(Kind.VALUE_TOO_LARGE, () -> Facts.fromJson("{\"data.kinds\": [" + "\"name\",".repeat(1_000) + "\"name\"]}"));
    inputs.put(Kind.UNKNOWN_FACT, () -> ASSESSOR.assess(Facts.builder().set("org.kinds", "company").build(), AS_OF));
    inputs.put(Kind.RETIRED_FACT, () -> SECOND_EDITION.validate(Facts.builder().set("records-calls", false).build()));
    inputs.put(Kind.WRONG_TYPE, () -> ASSESSOR.validate(Facts.builder().set("org.employees", "twelve").build()));
    inputs.put(Kind.NOT_AN_ALLOWED_VALUE, () -> ASSESSOR.validate(Facts.builder().set("data.kinds", Set.of("ssn")).build()));
    inputs.put(Kind.INVALID_DATE, () -> ASSESSOR.validate(Facts.fromJson("{\"contract.signed\": \"2024-13-01\"}")));
    inputs.put(Kind.CONTRADICTION, () -> SECOND_EDITION.assess(Facts.fromJson("{\"kind\": \"business\", \"agency\": \"state\"}"), AS_OF));

    assertThat(onlyProblem(inputs.get(kind)).kind()).isEqualTo(kind);
  }

  @Test
  void factIdIsTheFirstOfTheFactIdsAndEmptyWithoutOne() {
    FactProblem two = new FactProblem(Kind.CONTRADICTION, List.of("a", "b"), Optional.empty(), List.of(), List.of(), List.of(), "m");
    FactProblem none = new FactProblem(Kind.TOO_LARGE, List.of(), Optional.empty(), List.of(), List.of(), List.of(), "m");

    assertThat(two.factId()).contains("a");
    assertThat(none.factId()).isEmpty();
  }

  @Test
  void aProblemKeepsItsOwnCopyOfEveryList() {
    List<String> ids = new ArrayList<>(List.of("a"));
    FactProblem p = new FactProblem(Kind.UNKNOWN_FACT, ids, Optional.empty(), List.of(), List.of(), List.of(), "m");
    ids.add("b");

    assertThat(p.factIds()).containsExactly("a");
    assertThatThrownBy(() -> p.factIds().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNegativeCountOfProblemsNotListedIsRefused() {
    List<FactProblem> none = List.of();

    assertThatThrownBy(() -> new InvalidFactsException(none, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringGivesTheKindTheFactsAndTheMessage() {
    FactProblem p = assessing(Facts.builder().set("org.kind", "bank").build());

    assertThat(p).hasToString("NOT_AN_ALLOWED_VALUE [org.kind]: " + p.message());
  }
}
