package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.report.AssessmentReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report of scenario S1 in headless Chromium (installed by .ci/run) and checks the
 * rendered DOM; also leaves a screenshot in examples/target/report-S1.png for a person to look at.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static Assessment assessment;

  @TempDir static Path dir;
  static Path page;

  @BeforeAll
  static void render() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("scenarios", "S1.json"))) {
      assessment = Assessor.forJurisdiction("US-MA").assess(Facts.fromJson(in), LocalDate.of(2026, 11, 28));
    }
    page = dir.resolve("report.html");
    Files.writeString(page, AssessmentReport.html(assessment, "S1: a hosted help-desk for a private company"));
  }

  private static String chromium(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    command.addAll(List.of(args));
    command.add(page.toUri().toString());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return out;
  }

  @Test
  void renderedDomShowsEveryRequirementWithItsComplianceAndTheCounts() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed; .ci/run installs it");

    String dom = chromium("--dump-dom");
    assertThat(count(dom, "<article class=\"requirement\"")).isEqualTo(assessment.requirements().size());
    assertThat(dom).contains("<b>" + assessment.requirements(Applicability.APPLIES).size() + "</b> apply");
    assertThat(dom).contains("data-id=\"ma.201cmr17.03.2.f.contract\" data-compliance=\"UNKNOWN\"");
    assertThat(dom).contains("<section class=\"group\" data-role=\"COUNTERPARTY\" data-status=\"APPLIES\">");
    assertThat(count(dom, "<li data-reason=")).isEqualTo(assessment.notApplicable().size());
    assertThat(dom).contains("id=\"open-questions\"", "id=\"receipt\"");
  }

  @Test
  void screenshotIsTaken() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed; .ci/run installs it");
    Path png = Path.of("target", "report-S1.png").toAbsolutePath();
    Files.deleteIfExists(png);

    chromium("--window-size=1200,1600", "--screenshot=" + png);
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
