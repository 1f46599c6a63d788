package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.Regulation;
import io.github.regkit.RulePack;
import io.github.regkit.inventory.Arrangement;
import io.github.regkit.inventory.ArrangementResult;
import io.github.regkit.inventory.BatchAssessor;
import io.github.regkit.inventory.BatchOutcome;
import io.github.regkit.inventory.InventoryReport;
import io.github.regkit.inventory.LineFailure;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the inventory report of scenarios S1-S8 (and one bad line) in headless Chromium, as {@link
 * HtmlReportBrowserTest} does the assessment report: the matrix, its colours, its sorting and its
 * links.
 */
class InventoryReportBrowserTest {
  static final List<String> SCENARIOS = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");
  @TempDir static Path dir;
  static List<ArrangementResult> results = new ArrayList<>();
  static List<Regulation> instruments;
  static HtmlReportBrowserTest.Browser browser;

  @BeforeAll
  static void render() throws Exception {
    Assessor assessor = Assessor.forJurisdiction("US-MA");
    instruments = assessor.packs().stream().map(RulePack::regulations).flatMap(List::stream).toList();
    List<Arrangement> arrangements = new ArrayList<>();
    for (String s : SCENARIOS) {
      try (InputStream in = Files.newInputStream(Path.of("scenarios", s + ".json"))) {
        arrangements.add(Arrangement.of("vendor-" + s, Facts.fromJson(in)));
      }
    }
    List<BatchOutcome> outcomes = new ArrayList<>();
    BatchAssessor.builder(assessor).asOf(LocalDate.of(2026, 11, 28)).build().assessAll(arrangements.stream(), outcomes::add);
    outcomes.forEach(o -> results.add((ArrangementResult) o));
    Path page = dir.resolve("inventory.html");
    Files.writeString(page, InventoryReport.html("Vendor inventory", assessor, results,
        List.of(new LineFailure(9, java.util.Optional.of("broken"), "malformed JSON at column 2"))));
    if (Files.isExecutable(HtmlReportBrowserTest.CHROMIUM)) {
      // The browser helper keeps its profiles under the assessment report test's folder.
      HtmlReportBrowserTest.dir = dir;
      browser = HtmlReportBrowserTest.Browser.open(page);
      waitForTheMatrix();
    }
  }

  static void waitForTheMatrix() throws Exception {
    for (int i = 0; i < 300 && !browser.eval("document.readyState === 'complete' && !!document.querySelector('table.matrix')").asBoolean(); i++) {
      Thread.sleep(100);
    }
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void matrixHasARowPerArrangementAndACellPerInstrumentInTheColourOfItsStatus() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode rows = browser.eval("""
        [...document.querySelectorAll('table.matrix tbody tr')].map(tr => ({id: tr.dataset.id,
          cells: [...tr.querySelectorAll('td.cell')].map(td => ({cls: td.className, text: td.textContent,
            bg: getComputedStyle(td).backgroundColor}))}))""");
    assertThat(rows).hasSize(SCENARIOS.size());
    for (JsonNode row : rows) {
      ArrangementResult r = results.stream().filter(x -> x.id().equals(row.get("id").asText())).findFirst().orElseThrow();
      assertThat(row.get("cells")).hasSize(instruments.size());
      for (int k = 0; k < instruments.size(); k++) {
        JsonNode cell = row.get("cells").get(k);
        String expected = switch (r.instrument(instruments.get(k).citation())) {
          case OUTSTANDING -> "outstanding|Not met|rgb(245, 194, 199)";
          case UNKNOWN -> "unknown|Not known yet|rgb(255, 230, 156)";
          case SATISFIED -> "satisfied|Met|rgb(163, 207, 187)";
          case NOT_APPLICABLE -> "na|Not applicable|rgb(238, 238, 238)";
        };
        assertThat(cell.get("cls").asText().replace("cell ", "") + "|" + cell.get("text").asText() + "|" + cell.get("bg").asText())
            .as("%s, %s", r.id(), instruments.get(k).citation()).isEqualTo(expected);
      }
    }
  }

  @Test
  void rowsComeMostOutstandingFirst() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode outstanding = browser.eval("[...document.querySelectorAll('table.matrix tbody tr')].map(tr => Number(tr.dataset.outstanding))");

    List<Integer> counts = new ArrayList<>();
    outstanding.forEach(n -> counts.add(n.asInt()));
    assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
    assertThat(counts.get(0)).isPositive();
  }

  @Test
  void clickingAHeadingSortsTheRowsByThatColumn() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode byId = browser.eval("""
        (() => { document.querySelector('th[data-col="id"] button').click();
          return [...document.querySelectorAll('table.matrix tbody tr')].map(tr => tr.dataset.id); })()""");
    JsonNode byInstrument = browser.eval("""
        (() => { document.querySelector('th[data-col="i0"] button').click();
          return [...document.querySelectorAll('table.matrix tbody tr')].map(tr => Number(tr.querySelector('td[data-col="i0"]').dataset.rank)); })()""");

    // Back to the page as served, for the other tests: wait until the reloaded page is the one shown.
    browser.eval("location.reload()");
    for (int i = 0; i < 300 && !browser.eval("performance.getEntriesByType('navigation')[0].type === 'reload'").asBoolean(); i++) {
      Thread.sleep(100);
    }
    waitForTheMatrix();
    assertThat(byId).extracting(JsonNode::asText).containsExactlyElementsOf(SCENARIOS.stream().map(s -> "vendor-" + s).toList());
    List<Integer> ranks = new ArrayList<>();
    byInstrument.forEach(n -> ranks.add(n.asInt()));
    assertThat(ranks).isSorted();
  }

  @Test
  void everyCellLinksToThatInstrumentInItsArrangementsDetail() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode links = browser.eval("""
        [...document.querySelectorAll('table.matrix td.cell a')].map(a => {
          const target = document.getElementById(a.getAttribute('href').slice(1));
          const section = target ? target.closest('section.arrangement') : null;
          return {row: a.closest('tr').dataset.id, section: section ? section.dataset.id : null,
                  citation: target ? (target.querySelector('h4') || target).textContent : null,
                  column: document.querySelector('th[data-col="' + a.parentElement.dataset.col + '"]').textContent};
        })""");

    assertThat(links).hasSize(SCENARIOS.size() * instruments.size());
    assertThat(links).allSatisfy(l -> {
      assertThat(l.get("section").asText()).isEqualTo(l.get("row").asText());
      assertThat(l.get("citation").asText()).startsWith(l.get("column").asText());
    });
  }

  @Test
  void pageLoadsNothingFromElsewhereAndListsTheLineItCouldNotAssess() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode page = browser.eval("""
        ({resources: performance.getEntriesByType('resource').length,
          failures: [...document.querySelectorAll('#failures tbody tr')].map(tr => tr.textContent),
          counts: document.getElementById('counts').textContent})""");

    assertThat(page.get("resources").asInt()).isZero();
    assertThat(page.get("failures")).extracting(JsonNode::asText).containsExactly("9brokenmalformed JSON at column 2");
    assertThat(page.get("counts").asText()).startsWith(SCENARIOS.size() + " arrangements assessed").endsWith("1 line not assessed");
  }
}
