package io.github.regkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regkit.Addressee;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.Obligation;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import io.github.regkit.Warning;
import io.github.regkit.json.RegkitModule;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AssessmentReportTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();
  static final Facts FACTS = Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
      .set("vendor.stores", true).build();
  /** As of the test pack's "current as of" date, so no staleness warning. */
  static final Assessment ASSESSMENT = ASSESSOR.assess(FACTS, LocalDate.of(2024, 1, 1));
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new RegkitModule());
  static final List<String> CODES = List.of("APPLIES", "MAY_APPLY", "NOT_APPLICABLE", "SATISFIED", "OUTSTANDING", "UNKNOWN",
      "SCOPE_NOT_MET", "NOT_IN_FORCE", "EXEMPT", "CALLER", "COUNTERPARTY", "SECONDARY_QUOTATION", "PARAPHRASE", "OFFICIAL");

  @Test
  void markdownStartsWithTheTitleWarningsDatesAndPluralAwareCounts() {
    String md = AssessmentReport.markdown(ASSESSMENT, "Vendor");

    assertThat(md).startsWith("# Vendor\n\n");
    assertThat(md.indexOf("- Assessed as of: 2024-01-01\n- Law current as of: 2024-01-01 (pack "))
        .isLessThan(md.indexOf("## Checklist"));
    assertThat(md).contains("- **3 duties apply · 1 may apply · 2 ruled out · ");
    for (var w : ASSESSMENT.warnings()) {
      assertThat(md.indexOf("> **Warning:** ")).isLessThan(md.indexOf("- Assessed as of"));
      assertThat(md).contains(AssessmentReport.md(w.message()));
    }
  }

  @Test
  void oneOfSomethingIsSaidInTheSingular() {
    Assessment one = new Assessment(ASSESSMENT.requirements().subList(0, 1), List.of(), ASSESSMENT.openQuestions().subList(0, 1),
        ASSESSMENT.receipt());

    assertThat(AssessmentReport.markdown(one, "Vendor")).contains("1 duty applies · 0 may apply · 0 ruled out · 1 open question**");
  }

  @Test
  void checklistComesBeforeTheEntriesAndHasARowLinkedToEveryRequirement() {
    String md = AssessmentReport.markdown(ASSESSMENT, "Vendor");
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");

    assertThat(md.indexOf("## Checklist")).isLessThan(md.indexOf("## Your duties"));
    assertThat(count(md, "| ☐ | [")).isEqualTo(ASSESSMENT.requirements().size());
    assertThat(count(html, "<tr class=\"row\"")).isEqualTo(ASSESSMENT.requirements().size());
    for (int i = 1; i <= ASSESSMENT.requirements().size(); i++) {
      assertThat(md).contains("](#r" + i + ") |", "<a id=\"r" + i + "\"></a>");
      assertThat(html).contains("<a href=\"#r" + i + "\">", "<article class=\"requirement\" id=\"r" + i + "\"");
    }
  }

  @Test
  void everyRequirementIsInTheChecklistWithWhoseDutyAndTheEvidenceThatWouldSettleIt() {
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");

    for (Requirement r : ASSESSMENT.requirements()) {
      assertThat(html).contains("<tr class=\"row\" data-id=\"" + r.id() + "\"");
    }
    assertThat(html).contains("<td>The vendor's</td>", "<td>Yours</td>", "<th scope=\"col\">Evidence that would settle it</th>");
  }

  @Test
  void visibleTextShowsWordsNotCodes() {
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");
    String md = AssessmentReport.markdown(ASSESSMENT, "Vendor");

    String visible = html.replaceAll("(?s)<style>.*</style>", "").replaceAll("<[^>]*>", " ");
    assertThat(CODES).allSatisfy(code -> assertThat(visible).doesNotContain(code));
    assertThat(CODES).allSatisfy(code -> assertThat(md).doesNotContain(code));
    assertThat(visible).contains("May apply", "Not known yet", "secondary quotation, not verified", "Does not bind this situation");
  }

  @Test
  void aPenaltySharedByManyDutiesIsSaidOnce() {
    Assessment a = withPenaltyOnEveryRequirement(ASSESSMENT, "Test Act § 9: a fine of up to $5,000");

    String html = AssessmentReport.html(a, "Vendor");
    String md = AssessmentReport.markdown(a, "Vendor");
    assertThat(count(html, "a fine of up to")).isEqualTo(1);
    assertThat(count(md, "a fine of up to")).isEqualTo(1);
    assertThat(count(html, "Penalty: see <a href=\"#penalty-1\">")).isEqualTo(a.requirements().size());
    assertThat(md).contains("\\$5,000").as("a dollar sign is not the start of GitHub's inline maths");
  }

  @Test
  void aNoteOnTheSourceTextThatRepeatsIsSaidOnce() {
    Assessment a = withNoteOnEveryRequirement(ASSESSMENT, "UNVERIFIED: one secondary source only.");

    assertThat(count(AssessmentReport.html(a, "Vendor"), "one secondary source only")).isEqualTo(1);
    assertThat(count(AssessmentReport.markdown(a, "Vendor"), "one secondary source only")).isEqualTo(1);
  }

  @Test
  void markdownListsOfQuestionsAndPenaltiesAreListsWithAnAnchorInEachItem() {
    String md = AssessmentReport.markdown(ASSESSMENT, "Vendor");

    for (int i = 1; i <= ASSESSMENT.openQuestions().size(); i++) {
      assertThat(md).contains("\n" + i + ". <a id=\"q" + i + "\"></a>");
    }
    assertThat(md).contains("\n1. <a id=\"penalty-1\"></a>");
  }

  @Test
  void reportsShowTheTimingTheLawNames() {
    assertThat(AssessmentReport.html(ASSESSMENT, "Vendor")).contains("<p class=\"timing\">Timing: within 72 hours</p>");
    assertThat(AssessmentReport.markdown(ASSESSMENT, "Vendor")).contains("Timing: within 72 hours");
  }

  @Test
  void ruledOutDutyUnderTheSameCitationAsAnApplyingOneSaysTheyAreDifferentParties() {
    Requirement vendors = ASSESSMENT.findRequirement("tp.act.vendor").orElseThrow();
    RuledOut yours = new RuledOut(RuledOut.Level.OBLIGATION, "tp.act.vendor.caller", vendors.citation(), "Your own duty",
        RuledOut.Reason.SCOPE_NOT_MET, "Your duty under " + vendors.citation() + " (business) does not apply.",
        Trace.of(Truth.FALSE, Trace.Kind.CONSTANT, "x"), List.of(vendors.citation()),
        Optional.of(new Addressee(Addressee.Role.CALLER, "business")));
    Assessment a = new Assessment(ASSESSMENT.requirements(), List.of(yours), ASSESSMENT.openQuestions(), ASSESSMENT.receipt());

    assertThat(AssessmentReport.html(a, "Vendor"))
        .contains("<b class=\"reason\">Its conditions are not met</b>. Your duty under")
        .containsPattern("Under the same citation, the vendor&#39;s duty \\(vendor that stores protected data\\) is a different duty "
            + "and applies: see <a href=\"#r\\d+\">row \\d+</a>");
    assertThat(AssessmentReport.markdown(a, "Vendor"))
        .containsPattern("Under the same citation, the vendor's duty .* is a different duty and applies: see \\[row \\d+\\]\\(#r\\d+\\)");
  }

  @Test
  void htmlIsSelfContained() {
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "@media print")
        .doesNotContain("<script", "<link", " src=", "@import");
  }

  @Test
  void htmlEscapesTheTitle() {
    String html = AssessmentReport.html(ASSESSMENT, "<script>alert('x')</script>");

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void htmlMarksEachRequirementWithItsComplianceAndBadge() {
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");

    assertThat(html).contains("data-id=\"tp.act.vendor\" data-status=\"APPLIES\" data-compliance=\"UNKNOWN\"")
        .contains("<span class=\"label badge unverified\">Source text: secondary quotation, not verified</span>");
  }

  @Test
  void asOfDateAfterThePacksCurrentAsOfDateIsAWarningOnTop() {
    Assessment late = ASSESSOR.assess(FACTS, LocalDate.of(2025, 6, 1));
    Warning stale = late.warnings().stream().filter(w -> w.kind() == Warning.Kind.AFTER_CURRENT_AS_OF).findFirst().orElseThrow();

    String html = AssessmentReport.html(late, "Vendor");
    String md = AssessmentReport.markdown(late, "Vendor");
    assertThat(html.indexOf("id=\"warnings\"")).isPositive().isLessThan(html.indexOf("id=\"checklist\""));
    assertThat(html).contains("<li data-kind=\"AFTER_CURRENT_AS_OF\">" + AssessmentReport.esc(stale.message()) + "</li>");
    assertThat(md).startsWith("# Vendor\n\n> **Warning:** ").contains(AssessmentReport.md(stale.message()));
  }

  @Test
  void noStalenessWarningWhenTheAsOfDateIsCovered() {
    assertThat(AssessmentReport.html(ASSESSMENT, "Vendor")).doesNotContain("AFTER_CURRENT_AS_OF");
  }

  // ---------------------------------------------------------------- untrusted assessments (issue 10, item 13)

  @Test
  void javascriptSourceAddressReadBackFromJsonIsNotALink() throws Exception {
    Assessment a = readBackWith(tree -> ((ObjectNode) tree.get("requirements").get(0).get("excerpt"))
        .put("source", "javascript:alert(document.cookie)"));

    String html = AssessmentReport.html(a, "Vendor");
    String md = AssessmentReport.markdown(a, "Vendor");
    assertThat(html).doesNotContainIgnoringCase("href=\"javascript:").contains("not shown as a link");
    assertThat(md).doesNotContainIgnoringCase("](javascript:").doesNotContain("(<javascript:");
  }

  @Test
  void sourceAddressThatBreaksOutOfTheAttributeIsNotALink() throws Exception {
    Assessment a = readBackWith(tree -> ((ObjectNode) tree.get("requirements").get(0).get("excerpt"))
        .put("source", "https://x.example/\" onmouseover=\"alert(1)"));

    assertThat(AssessmentReport.html(a, "Vendor")).doesNotContain("\" onmouseover=\"").doesNotContain("href=\"https://x.example/");
  }

  @Test
  void packLabelWithACodeFenceCannotPutRawHtmlIntoMarkdown() throws Exception {
    String label = "x\n```\n<img src=x onerror=alert(1)>\n```";
    Assessment a = readBackWith(tree -> {
      ObjectNode r = (ObjectNode) tree.get("requirements").get(0);
      ((ObjectNode) r.get("why")).put("text", label);
      r.put("title", label);
      r.put("summary", label);
      ((ObjectNode) r.get("excerpt")).put("text", label);
      ((ObjectNode) tree.get("notApplicable").get(0)).put("explanation", label);
    });

    String md = AssessmentReport.markdown(a, "```\n<img src=x>");
    // The trace stays in a code block whose fence is longer than any run of backticks in it.
    String outsideCode = md.replaceAll("(?s)\n(```+)\n.*?\n\\1\n", "\n");
    assertThat(outsideCode).doesNotContain("<img").doesNotContain("\n```");
    assertThat(md).contains("\n````\n[yes] x ``` <img src=x onerror=alert(1)> ```");
  }

  @Test
  void markdownEscapesLinkAndEmphasisSyntaxInText() {
    String md = AssessmentReport.md("[click](javascript:x) *bold* _it_ <b> a|b");

    assertThat(md).isEqualTo("\\[click\\](javascript:x) \\*bold\\* \\_it\\_ &lt;b&gt; a\\|b");
  }

  @Test
  void onlyHttpAndHttpsAddressesAreSafe() {
    assertThat(AssessmentReport.safeUrl("https://malegislature.gov/Laws")).isPresent();
    assertThat(AssessmentReport.safeUrl("HTTP://example.org")).isPresent();
    assertThat(AssessmentReport.safeUrl("javascript:alert(1)")).isEmpty();
    assertThat(AssessmentReport.safeUrl(" javascript:alert(1)")).isEmpty();
    assertThat(AssessmentReport.safeUrl("data:text/html,<script>")).isEmpty();
    assertThat(AssessmentReport.safeUrl("https://a.example/\tb")).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private static Assessment readBackWith(java.util.function.Consumer<ObjectNode> change) throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(ASSESSMENT.toJson());
    change.accept(tree);
    return MAPPER.treeToValue(tree, Assessment.class);
  }

  private static Assessment withPenaltyOnEveryRequirement(Assessment a, String penalty) {
    return new Assessment(a.requirements().stream().map(r -> with(r, Optional.of(penalty), r.obligation().excerpt().note())).toList(),
        a.ruledOut(), a.openQuestions(), a.receipt());
  }

  private static Assessment withNoteOnEveryRequirement(Assessment a, String note) {
    return new Assessment(a.requirements().stream().map(r -> with(r, r.obligation().penalty(), Optional.of(note))).toList(),
        a.ruledOut(), a.openQuestions(), a.receipt());
  }

  private static Requirement with(Requirement r, Optional<String> penalty, Optional<String> note) {
    Obligation o = r.obligation();
    var e = o.excerpt();
    Obligation changed = new Obligation(o.id(), o.citation(), o.regulationId(), o.title(), o.duty(), o.addressee(), o.summary(),
        o.actions(), o.evidence(), o.timing(), penalty,
        new io.github.regkit.Excerpt(e.text(), e.source(), e.retrieved(), e.provenance(), e.verified(), note), o.effective(), o.topics());
    return new Requirement(changed, r.regulationCitation(), r.applicability(), r.why(), r.compliance());
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void everyReportShowsTheWarningsOnTop() {
    Assessment late = Assessor.builder().addPack(TestPacks.load()).build()
        .assess(Facts.builder().set("org.kind", "company").build(), LocalDate.of(2030, 1, 1));

    String md = AssessmentReport.markdown(late, "T");
    String html = AssessmentReport.html(late, "T");
    // In words on the page; the kind stays a code only in an attribute (and in the JSON).
    assertThat(md.indexOf("> **Warning:** Assessed as of 2030-01-01")).isPositive().isLessThan(md.indexOf("## "));
    assertThat(html).contains("<li data-kind=\"AFTER_CURRENT_AS_OF\">Assessed as of 2030-01-01");
    assertThat(md).contains("current as of 2024-01-01");
  }
}
