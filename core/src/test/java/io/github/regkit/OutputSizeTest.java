package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regkit.json.RegkitModule;
import io.github.regkit.report.AssessmentReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The output-size bound the README states: an assessment's JSON, Markdown and HTML grow linearly
 * with the pack and the facts, because each term and scope is explained once and each value given
 * is said once. Checked on generated packs of growing size whose terms each use the one before
 * twice (before, one obligation's explanation was thousands of times the size of its pack text),
 * and on packs nested as deep as a condition may be.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // the largest pack on a busy machine
class OutputSizeTest {
  /**
   * JSON bytes per byte of pack and facts, at most: 2.8 measured on these packs, 4.5 on the hostile
   * corpus (pack-many-reasons.json, a compact file of thousands of failed number tests).
   */
  static final double JSON_PER_BYTE = 5;
  /** Markdown bytes per byte of pack and facts, at most: 1.6 measured here, 2.3 on the hostile corpus. */
  static final double MARKDOWN_PER_BYTE = 3;
  /**
   * HTML bytes per byte of pack and facts, at most, above the page's fixed part: 3.2 measured here,
   * 5.7 on the hostile corpus (pack-term-sharing-within-limits.json, whose 813 obligations take 300
   * bytes of pack each and a checklist row and an entry each).
   */
  static final double HTML_PER_BYTE = 6;
  /** The HTML page's fixed part (its style sheet and headings), at most. */
  static final int HTML_FIXED = 8_192;
  /**
   * JSON bytes per byte for conditions nested to the 64-level limit (31 measured): the pretty-printed
   * JSON indents every line by its depth. Markdown and HTML stay within 10 (6.5 and 7.4 measured).
   */
  static final double DEEP_JSON_PER_BYTE = 40;
  static final double DEEP_REPORT_PER_BYTE = 10;

  /** The output of one assessment in the three formats, with the size of what it was computed from. */
  record Sizes(long input, long json, long markdown, long html) {
    static Sizes of(byte[] pack, Facts facts, Assessment a) {
      return new Sizes(pack.length + facts.toJson().getBytes(StandardCharsets.UTF_8).length, bytes(a.toJson()),
          bytes(AssessmentReport.markdown(a, "t")), bytes(AssessmentReport.html(a, "t")));
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "input %d: json %d (%.2f/byte), markdown %d (%.2f), html %d (%.2f above %d)",
          input, json, json / (double) input, markdown, markdown / (double) input, html, (html - HTML_FIXED) / (double) input,
          HTML_FIXED);
    }
  }

  static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static Stream<Integer> sizes() {
    return Stream.of(10, 30, 100, 300, 1000);
  }

  @ParameterizedTest(name = "{0} terms")
  @MethodSource("sizes")
  void packsOfSharedTermsRenderInSizeLinearInThePackAndTheFacts(int terms) {
    byte[] json = WorstCasePacks.sharedTerms(terms);
    Assessor assessor = Assessor.builder().addPack(WorstCasePacks.load(json)).build();

    for (Facts facts : List.of(Facts.empty(), WorstCasePacks.sharedTermsFacts(terms))) {
      Assessment a = assessor.assess(facts, WorstCasePacks.AS_OF);
      Sizes sizes = Sizes.of(json, facts, a);
      System.out.println("shared terms, " + terms + " terms, " + facts.size() + " facts: " + sizes);

      assertWithinBound(sizes);
      assertThat(a.requirements().size() + a.ruledOut().size()).isEqualTo(2 * Math.max(1, terms / WorstCasePacks.SHARED_TERM_CHAIN));
    }
  }

  @Test
  void theSetValueGivenIsSaidOnceHoweverOftenItIsTested() {
    int terms = 1000;
    Facts facts = WorstCasePacks.sharedTermsFacts(terms);
    Assessment a = Assessor.builder().addPack(WorstCasePacks.load(WorstCasePacks.sharedTerms(terms))).build()
        .assess(facts, WorstCasePacks.AS_OF);
    String set = facts.get("s").orElseThrow().toString();

    assertThat(set).hasSizeGreaterThan(10_000);
    for (String out : List.of(a.toJson(), AssessmentReport.markdown(a, "t"), AssessmentReport.html(a, "t"))) {
      // No condition tests value-0999: only the value given names it.
      assertThat(out.split("value-0999", -1)).hasSize(2);
      // Tested by t0, which 200 requirements use through the terms built on it, and by one obligation: said by the
      // definition of t0, by that obligation's own test and by the value given.
      assertThat(out.split("value-0000", -1)).hasSize(4);
    }
  }

  @Test
  void conditionsNestedToTheLimitStayLinearInThePack() {
    for (int obligations : List.of(10, 100, 1000)) {
      byte[] json = WorstCasePacks.deepConditions(obligations);
      Assessor assessor = Assessor.builder().addPack(WorstCasePacks.load(json)).build();
      Facts facts = Facts.builder().set("b", true).build();
      Sizes sizes = Sizes.of(json, facts, assessor.assess(facts, WorstCasePacks.AS_OF));
      System.out.println("deep conditions, " + obligations + " obligations: " + sizes);

      assertThat(sizes.json).isLessThanOrEqualTo((long) (DEEP_JSON_PER_BYTE * sizes.input));
      assertThat(sizes.markdown).isLessThanOrEqualTo((long) (DEEP_REPORT_PER_BYTE * sizes.input));
      assertThat(sizes.html).isLessThanOrEqualTo((long) (DEEP_REPORT_PER_BYTE * sizes.input) + HTML_FIXED);
    }
  }

  @Test
  void jsonOfSharedTermsReadsBackEqualAndWritesTheSameBytes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RegkitModule());
    Facts facts = WorstCasePacks.sharedTermsFacts(100);
    Assessment a = Assessor.builder().addPack(WorstCasePacks.load(WorstCasePacks.sharedTerms(100))).build()
        .assess(facts, WorstCasePacks.AS_OF);

    Assessment back = mapper.readValue(a.toJson(), Assessment.class);

    assertThat(back).isEqualTo(a);
    assertThat(back.toJson()).isEqualTo(a.toJson());
    // Read back, a term's definition is one instance shared by its uses, as the assessor shares it.
    Trace scope = back.requirements().get(0).why().children().get(0);
    Trace otherScope = back.requirements().get(1).why().children().get(0);
    assertThat(otherScope).isSameAs(scope);
  }

  static void assertWithinBound(Sizes sizes) {
    assertThat(sizes.json).as("JSON: %s", sizes).isLessThanOrEqualTo((long) (JSON_PER_BYTE * sizes.input));
    assertThat(sizes.markdown).as("Markdown: %s", sizes).isLessThanOrEqualTo((long) (MARKDOWN_PER_BYTE * sizes.input));
    assertThat(sizes.html).as("HTML: %s", sizes).isLessThanOrEqualTo((long) (HTML_PER_BYTE * sizes.input) + HTML_FIXED);
  }
}
