package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One test per crash, hang or blow-up found by fuzzing, hostile input or static analysis. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HardeningRegressionTest {
  private static final String HEADER = """
      "schemaVersion": 1, "id": "p", "jurisdiction": {"id": "ZZ-TP", "name": "Testland"},
      "dataVersion": "1", "answersFrom": "2000-01-01", "currentAsOf": "2024-01-01",
      """;

  private static InvalidRulePackException packFailure(String json) {
    try {
      RulePack.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "pack.json");
    } catch (InvalidRulePackException e) {
      return e;
    }
    throw new AssertionError("pack loaded, but was expected to fail");
  }

  /** Found by PackFuzzTest: Jackson threw NumberFormatException out of RulePack.fromStream. */
  @Test
  void packNumberWhoseExponentOverflowsIsAProblemWithItsPosition() {
    assertThat(packFailure("{\"schemaVersion\": 1e9999999995}").problems()).containsExactly(
        "pack.json: malformed JSON at line 1, column 31: a number out of range;"
            + " expected a number of at most 100 characters with a small exponent");
  }

  /** The same Jackson failure reached through Facts.fromJson. */
  @Test
  void factsNumberWhoseExponentOverflowsIsInvalidFacts() {
    assertThatThrownBy(() -> Facts.fromJson("{\"org.employees\": 1e9999999995}"))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: malformed JSON at line 1, column 31: a number out of range;"
            + " expected a number of at most 100 characters with a small exponent");
  }

  /** Normalising 1e999999999 wrote out a billion-digit integer. */
  @Test
  void hugeNumberGivenToTheBuilderIsRejectedAtOnce() {
    assertThatThrownBy(() -> Facts.builder().set("org.employees", new BigDecimal("1e999999999")))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.employees': a number out of range;"
            + " expected at most 100 digits before and 100 after the decimal point");
  }

  /** Every assessment wrote the operand out in full in its trace. */
  @Test
  void hugeNumberOperandInAPackIsRejected() {
    String json = "{" + HEADER + """
        "facts": [{"id": "n", "type": "NUMBER", "question": "Q?", "help": "H"}],
        "terms": [{"id": "t", "name": "T", "citation": "Act § 1", "summary": "S",
                   "definition": {"fact": "n", "atLeast": 1e999999999}}]}""";

    assertThat(packFailure(json).problems()).containsExactly(
        "pack.json at $.terms[0].definition.atLeast: a number out of range;"
            + " expected at most 100 digits before and 100 after the decimal point");
  }

  /** A chain of thousands of terms could overflow the stack in the cycle check and in assessment. */
  @Test
  void longChainOfTermsIsRejectedWithoutOverflowingTheStack() {
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      terms.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"name\": \"T\", \"citation\": \"Act § 1\",")
          .append(" \"summary\": \"S\", \"definition\": ")
          .append(i == 4999 ? "{\"always\": true}" : "{\"term\": \"t" + (i + 1) + "\"}").append("}");
    }

    // The top of the chain is reported once, with the whole chain's length.
    assertThat(packFailure("{" + HEADER + "\"terms\": [" + terms + "]}").problems()).containsExactly(
        "pack.json at $.terms[0].id: term 't0' is defined through 5000 nested terms (t0 -> t1 -> ...);"
            + " expected at most 32");
  }

  /** Terms that each use the previous one twice made one trace 2^n nodes long. */
  @Test
  void termsThatDoubleTheirPredecessorAreRejectedOnceTooLarge() {
    StringBuilder terms = new StringBuilder("{\"id\": \"t0\", \"name\": \"T\", \"citation\": \"Act § 1\", \"summary\": \"S\","
        + " \"definition\": {\"always\": true}}");
    for (int i = 1; i <= 12; i++) {
      terms.append(",{\"id\": \"t").append(i).append("\", \"name\": \"T\", \"citation\": \"Act § 1\", \"summary\": \"S\",")
          .append(" \"definition\": {\"all\": [{\"term\": \"t").append(i - 1).append("\"}, {\"term\": \"t").append(i - 1).append("\"}]}}");
    }

    assertThat(packFailure("{" + HEADER + "\"terms\": [" + terms + "]}").problems()).containsExactly(
        "pack.json at $.terms[12].id: the definition of term 't12' has 16382 conditions, counting the terms it uses"
            + " each time; expected at most 10000");
  }

  /** Found by NullAway: a path without a file name (the root) threw NullPointerException. */
  @Test
  void loadingAPackFromAPathWithoutAFileNameIsAnInvalidRulePackException() {
    Path root = Path.of("/");

    assertThatThrownBy(() -> RulePack.fromPath(root))
        .isInstanceOf(InvalidRulePackException.class)
        .hasMessage("Invalid rule pack /: 1 problem\n  - /: not a file; expected the path of a manifest file");
  }

  // ---------------------------------------------------------------- issue 10: hostile input, second round

  /** A 1 MB manifest of 333,000 empty objects exhausted a 256 MB heap: the parse now stops at item 10,001. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // large input on a busy machine
  void oversizedArrayStopsTheParseAtItsLimit() {
    assertThat(packFailure(new String(WorstCasePacks.emptyRegulations(1_000_000), StandardCharsets.UTF_8)).problems())
        .containsExactly("pack.json at $.regulations: an array of more than 10000 items; expected at most 10000");
  }

  /** Arrays within their limit can still hold millions of tiny values; a file may hold half a million. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // large input on a busy machine
  void fileOfMoreThanAMillionValuesIsRejectedWhenTheLimitIsReached() {
    assertThat(packFailure(new String(WorstCasePacks.emptyObjectsInSmallArrays(1_600_000), StandardCharsets.UTF_8)).problems())
        .containsExactly("pack.json: more than 500000 JSON values; expected at most 500000 in one pack file");
  }

  /** Problems were all kept, only their display capped: 10,000 empty regulations make 100,000 problems. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // large input on a busy machine
  void problemsBeyondAHundredAreCountedNotKept() {
    String regulations = String.join(",", java.util.Collections.nCopies(10_000, "{}"));

    List<String> problems = packFailure("{" + HEADER + "\"regulations\": [" + regulations + "]}").problems();

    assertThat(problems).hasSize(101);
    assertThat(problems.get(100)).isEqualTo("and 99900 more problems, not listed");
  }

  /** fromStream read /dev/zero until the heap ran out before checking the size. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // large input on a busy machine
  void endlessStreamIsReadOnlyToTheFileLimit() {
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) ' ');
        read[0] += len;
        return len;
      }
    };

    assertThatThrownBy(() -> RulePack.fromStream(endless, "zero"))
        .isInstanceOfSatisfying(InvalidRulePackException.class,
            e -> assertThat(e.problems()).containsExactly("zero: larger than 16000000 bytes"));
    assertThat(read[0]).isLessThanOrEqualTo(16_000_001L);
  }

  /** Labels of "Aa"/"BB" blocks share one String.hashCode; interning them was quadratic. */
  @Test
  void conditionsWhoseLabelsShareAHashCodeLoadEachWithItsOwnLabel() {
    RulePack pack = WorstCasePacks.load(WorstCasePacks.collidingLabels(2_000));
    Assessment a = Assessor.builder().addPack(pack).build().assess(Facts.empty(), WorstCasePacks.AS_OF);

    assertThat(WorstCasePacks.collidingLabel(0).hashCode()).isEqualTo(WorstCasePacks.collidingLabel(1_999).hashCode());
    assertThat(a.findRequirement("o0").orElseThrow().why().children().get(1).children())
        .hasSize(2_000)
        .extracting(Trace::text)
        .doesNotHaveDuplicates()
        .startsWith(WorstCasePacks.collidingLabel(0) + " [b is true]");
  }

  /** A list searched for each reason made explaining thousands of failed tests quadratic. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // large input on a busy machine
  void obligationRuledOutByThousandsOfFailedTestsListsEachOnceInOrder() {
    RulePack pack = WorstCasePacks.load(WorstCasePacks.manyReasons(600_000));
    Assessment a = Assessor.builder().addPack(pack).build().assess(WorstCasePacks.manyReasonsFacts(), WorstCasePacks.AS_OF);

    String explanation = a.findRuledOut("o0").orElseThrow().explanation();
    String start = "Your duty under Act § 2 (p) does not apply. Needed, and not so here: n is 1; n is 2; ";
    String end = "; n is 9999.";
    // Compared in parts: a failure would otherwise print all 100,000 characters.
    assertThat(explanation.substring(0, start.length())).isEqualTo(start);
    assertThat(explanation.substring(explanation.length() - end.length())).isEqualTo(end);
    assertThat(explanation.split("; n is ")).hasSize(9_999);
  }

  /** Each unknown fact id was compared in full with every declared id: 0.6 s per id against 20,000 long ids. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // large input on a busy machine
  void didYouMeanGivesUpWithinItsBudgetAgainstAHugeVocabulary() {
    Assessor assessor = Assessor.builder().addPack(WorstCasePacks.manyLongFactIds(20_000)).build();
    Facts facts = WorstCasePacks.unknownLongFactIds(150);

    assertThatThrownBy(() -> assessor.assess(facts, WorstCasePacks.AS_OF))
        .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
          assertThat(e.problems()).hasSize(100);
          assertThat(e.notListed()).isEqualTo(50);
          assertThat(e.messages()).hasSize(101).last().isEqualTo("and 50 more problems, not listed");
        });
  }

  @Test
  void didYouMeanStillSuggestsANearIdInAnOrdinaryVocabulary() {
    Assessor assessor = Assessor.builder().addPack(WorstCasePacks.manyLongFactIds(100)).build();
    Facts facts = Facts.builder().set(WorstCasePacks.longFactId(42).replaceFirst("^f", "g"), true).build();

    assertThatThrownBy(() -> assessor.assess(facts, WorstCasePacks.AS_OF))
        .hasMessageContaining("(did you mean '" + WorstCasePacks.longFactId(42) + "'?)");
  }

  /** Facts from the builder listed up to 1,000 problems; the README promises 100. */
  @Test
  void factsWithMoreThanAHundredProblemsListAHundredAndCountTheRest() {
    Facts.Builder b = Facts.builder();
    for (int i = 0; i < 150; i++) {
      b.set("unknown.fact" + i, true);
    }

    assertThatThrownBy(() -> FactsTest.ASSESSOR.assess(b.build(), FactsTest.TODAY))
        .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
          assertThat(e.problems()).hasSize(100);
          assertThat(e.notListed()).isEqualTo(50);
          assertThat(e.messages()).hasSize(101).last().isEqualTo("and 50 more problems, not listed");
        });
  }

  /** Facts built in code get the JSON reader's bounds on text and sets. */
  @Test
  void builderTextLongerThanTheLimitIsRejectedWithoutShowingIt() {
    Facts facts = Facts.builder().set("org.kind", "x".repeat(1_001)).build();

    assertThatThrownBy(() -> FactsTest.ASSESSOR.assess(facts, FactsTest.TODAY))
        .hasMessage("Invalid facts: fact 'org.kind': a text of 1001 characters (not shown); expected at most 1000");
  }

  /** A raw collection holding a number reached ImmutableSortedSet and threw ClassCastException. */
  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void builderSetHoldingANonStringIsAnIllegalArgument() {
    java.util.Collection raw = new java.util.ArrayList<>(List.of("name", 7));

    assertThatThrownBy(() -> Facts.builder().set("data.kinds", (java.util.Collection<String>) raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact data.kinds: a set may hold only strings, found Integer");
  }

  /** A Number whose text is not a decimal threw NumberFormatException. */
  @Test
  void builderNumberWhoseTextIsNotDecimalIsAnIllegalArgument() {
    Number odd = new java.util.concurrent.atomic.AtomicLong(5) {
      private static final long serialVersionUID = 1L;

      @Override
      public String toString() {
        return "five";
      }
    };

    assertThatThrownBy(() -> Facts.builder().setValue("org.employees", odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fact org.employees: a ")
        .hasMessageEndingWith(" whose text is not a decimal number; expected a finite number");
  }

  /** A BigInteger of millions of digits was written out in full before its size was checked. */
  @Test
  void builderHugeBigIntegerIsOutOfRangeAtOnce() {
    assertThatThrownBy(() -> Facts.builder().setValue("org.employees", java.math.BigInteger.ONE.shiftLeft(30_000_000)))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessage("Invalid facts: fact 'org.employees': a number out of range; expected at most 100 digits before"
            + " and 100 after the decimal point");
  }

  /** The 32-term limit held only when the chain was declared top-down. */
  @Test
  void termNestingLimitHoldsWhenTermsAreDeclaredBottomUp() {
    StringBuilder terms = new StringBuilder();
    for (int i = 39; i >= 0; i--) {
      terms.append(i == 39 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"name\": \"T\", \"citation\": \"Act § 1\",")
          .append(" \"summary\": \"S\", \"definition\": ")
          .append(i == 39 ? "{\"always\": true}" : "{\"term\": \"t" + (i + 1) + "\"}").append("}");
    }

    assertThat(packFailure("{" + HEADER + "\"terms\": [" + terms + "]}").problems()).containsExactly(
        "pack.json at $.terms[39].id: term 't0' is defined through 40 nested terms (t0 -> t1 -> ...); expected at most 32");
  }

  /** Text shaped like a date is read as a date, so a one-of value of that shape could never be chosen. */
  @Test
  void oneOfValueShapedLikeADateCanBeChosen() {
    String json = "{" + HEADER + """
        "facts": [{"id": "edition", "type": "ONE_OF", "values": [{"id": "2020-01-01", "label": "First"},
                   {"id": "2024-01-01", "label": "Second"}], "question": "Q?", "help": "H"}],
        "regulations": [{"id": "r", "citation": "Act 1", "title": "T", "kind": "STATUTE", "issuer": "I",
          "source": "https://example.org", "retrieved": "2024-01-01",
          "effective": {"from": "2010-01-01", "basis": "Act 1, s. 9"},
          "scope": {"summary": "S", "when": {"fact": "edition", "equals": "2024-01-01"}},
          "obligations": [{"id": "o", "citation": "Act § 2", "title": "T", "duty": "MUST",
            "addressee": {"role": "CALLER", "party": "p"}, "summary": "S", "actions": [], "evidence": [],
            "appliesWhen": {"fact": "edition", "in": ["2020-01-01", "2024-01-01"]},
            "excerpt": {"text": "T", "source": "https://example.org", "retrieved": "2024-01-01", "provenance": "OFFICIAL", "verified": true}}]}]}""";
    Assessor assessor = Assessor.builder().addPack(WorstCasePacks.load(json.getBytes(StandardCharsets.UTF_8))).build();

    Assessment a = assessor.assess(Facts.fromJson("{\"edition\": \"2024-01-01\"}"), WorstCasePacks.AS_OF);

    assertThat(a.findRequirement("o").orElseThrow().applicability()).isEqualTo(Applicability.APPLIES);
    assertThatThrownBy(() -> assessor.assess(Facts.fromJson("{\"edition\": \"2023-01-01\"}"), WorstCasePacks.AS_OF))
        .hasMessage("Invalid facts: fact 'edition': a value of 10 characters (not shown) is not an allowed value;"
            + " expected one of [2020-01-01, 2024-01-01]");
  }

  /** An unknown term's message listed every declared term: a megabyte per problem in a large pack. */
  @Test
  void unknownTermListsTwentyDeclaredTermsAndCountsTheRest() {
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      terms.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"name\": \"T\", \"citation\": \"Act § 1\",")
          .append(" \"summary\": \"S\", \"definition\": {\"always\": true}}");
    }
    String json = "{" + HEADER + "\"terms\": [" + terms + "], \"regulations\": [{\"id\": \"r\", \"citation\": \"Act 1\","
        + " \"title\": \"T\", \"kind\": \"STATUTE\", \"issuer\": \"I\", \"source\": \"https://example.org\","
        + " \"retrieved\": \"2024-01-01\", \"effective\": {\"from\": \"2010-01-01\", \"basis\": \"Act 1, s. 9\"}, \"scope\": {\"summary\": \"S\", \"when\": {\"term\": \"nowhere\"}}, \"obligations\": []}]}";

    assertThat(packFailure(json).problems()).contains(
        "pack.json at $.regulations[0].scope.when.term: unknown term 'nowhere'; expected one of [t0, t1, t2, t3, t4, t5, t6,"
            + " t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, ... 5 more] (an id of another pack needs that pack named in the manifest's buildsOn)");
  }
}
