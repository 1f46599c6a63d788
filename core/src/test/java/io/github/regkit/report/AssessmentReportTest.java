package io.github.regkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.testpack.TestPacks;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentReportTest {
  static final Assessment ASSESSMENT = Assessor.builder().addPack(TestPacks.load()).build()
      .assess(Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "id-number"))
          .set("vendor.stores", true).build(), LocalDate.of(2024, 1, 1));

  @Test
  void markdownStartsWithTheCounts() {
    String md = AssessmentReport.markdown(ASSESSMENT, "Vendor");

    assertThat(md.lines().skip(2).findFirst().orElseThrow()).startsWith("**3 apply · 1 may apply · 2 ruled out · ");
  }

  @Test
  void markdownGroupsByWhoseDutyAndFlagsUnverifiedText() {
    String md = AssessmentReport.markdown(ASSESSMENT, "Vendor");

    assertThat(md).contains("## Your duties — apply", "## The vendor's duties (for the contract) — apply",
        "*secondary, unverified*", "## Ruled out", "## Open questions", "## Receipt");
    assertThat(md.indexOf("## Your duties")).isLessThan(md.indexOf("## The vendor's duties"));
  }

  @Test
  void reportsShowThePenaltyAndTimingTheLawNames() {
    assertThat(AssessmentReport.markdown(ASSESSMENT, "Vendor")).contains("Penalty: Test Act § 9");
    assertThat(AssessmentReport.html(ASSESSMENT, "Vendor")).contains("<p class=\"penalty\">Penalty: Test Act § 9</p>")
        .contains("<p class=\"timing\">Timing: within 72 hours</p>");
  }

  @Test
  void htmlIsSelfContained() {
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
        .doesNotContain("<script", "<link", " src=", "@import");
  }

  @Test
  void htmlEscapesText() {
    String html = AssessmentReport.html(ASSESSMENT, "<script>alert('x')</script>");

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void htmlMarksEachRequirementWithItsComplianceAndBadge() {
    String html = AssessmentReport.html(ASSESSMENT, "Vendor");

    assertThat(html).contains("data-id=\"tp.act.vendor\" data-compliance=\"UNKNOWN\"")
        .contains("<span class=\"badge unverified\">secondary, unverified</span>");
  }

  @Test
  void everyReportShowsTheWarningsOnTop() {
    Assessment late = Assessor.builder().addPack(TestPacks.load()).build()
        .assess(Facts.builder().set("org.kind", "company").build(), LocalDate.of(2030, 1, 1));

    String md = AssessmentReport.markdown(late, "T");
    String html = AssessmentReport.html(late, "T");
    assertThat(md.indexOf("Warning (AFTER_CURRENT_AS_OF)")).isPositive().isLessThan(md.indexOf("## "));
    assertThat(html).contains("<p class=\"warning\" data-kind=\"AFTER_CURRENT_AS_OF\"><b>Warning:</b> Assessed as of 2030-01-01");
    assertThat(md).contains("current as of 2024-01-01");
  }
}
