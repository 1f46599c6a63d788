package io.github.regkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.report.AssessmentReport;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report of scenario S1 in headless Chromium (installed by .ci/run) and checks what
 * a person sees, through the DevTools protocol: the checklist's rows and links, the words on the
 * labels, the dates on top, and the print layout. Leaves a screenshot in
 * examples/target/report-S1.png and the printed page in examples/target/report-S1.pdf.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** Codes regkit itself might show; the pack's own notes may say "UNVERIFIED PARAPHRASE" in words. */
  static final List<String> CODES = List.of("APPLIES", "MAY_APPLY", "NOT_APPLICABLE", "SATISFIED", "OUTSTANDING", "UNKNOWN",
      "SCOPE_NOT_MET", "NOT_IN_FORCE", "EXEMPT", "COUNTERPARTY", "SECONDARY_QUOTATION");
  static final ObjectMapper JSON = new ObjectMapper();

  static Assessment assessment;
  @TempDir static Path dir;
  static Path page;
  static Browser browser;

  /**
   * Chromium's helper processes can still write to a profile after the browser exits; kept under
   * target/ rather than in a JUnit temporary folder, whose deletion they would race.
   */
  static Path profiles() throws java.io.IOException {
    return Files.createDirectories(Path.of("target", "chromium-profiles"));
  }

  @BeforeAll
  static void render() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("scenarios", "S1.json"))) {
      assessment = Assessor.forJurisdiction("US-MA").assess(Facts.fromJson(in), LocalDate.of(2026, 11, 28));
    }
    page = dir.resolve("report.html");
    Files.writeString(page, AssessmentReport.html(assessment, "S1: a hosted help-desk for a private company"));
    if (Files.isExecutable(CHROMIUM)) {
      browser = Browser.open(page);
    }
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyRequirementHasAChecklistRowLinkedToItsEntry() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode rows = browser.eval("""
        [...document.querySelectorAll('table.checklist tr.row')].map(tr => {
          const link = tr.querySelector('td.citation a');
          const target = document.getElementById(link.getAttribute('href').slice(1));
          return {id: tr.dataset.id, cells: tr.cells.length, citation: link.textContent,
                  target: target ? target.tagName : null, targetId: target ? target.dataset.id : null,
                  targetCitation: target ? target.querySelector('.citation').textContent : null};
        })""");
    assertThat(rows).hasSize(assessment.requirements().size());
    List<String> ids = new ArrayList<>();
    for (JsonNode row : rows) {
      ids.add(row.get("id").asText());
      assertThat(row.get("cells").asInt()).isEqualTo(7);
      assertThat(row.get("target").asText()).isEqualTo("ARTICLE");
      assertThat(row.get("targetId").asText()).isEqualTo(row.get("id").asText());
      assertThat(row.get("targetCitation").asText()).isEqualTo(row.get("citation").asText());
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(assessment.requirements().stream().map(r -> r.id()).toList());
  }

  @Test
  void followingARowsLinkScrollsToItsEntry() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode where = browser.eval("""
        (() => {
          const link = [...document.querySelectorAll('table.checklist tr.row td.citation a')].at(-1);
          link.click();
          const target = document.getElementById(link.getAttribute('href').slice(1));
          const result = {scrolled: window.scrollY, top: Math.round(target.getBoundingClientRect().top)};
          window.scrollTo(0, 0);
          history.replaceState(null, '', location.pathname);
          return result;
        })()""");
    assertThat(where.get("scrolled").asInt()).isPositive();
    assertThat(where.get("top").asInt()).isBetween(-2, 2);
  }

  @Test
  void labelsAreWordsNotCodes() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    String text = browser.eval("document.body.innerText").asText();
    assertThat(CODES).allSatisfy(code -> assertThat(text).doesNotContain(code));
    JsonNode labels = browser.eval("[...new Set([...document.querySelectorAll('table.checklist .label')].map(e => e.textContent))]");
    assertThat(labels).extracting(JsonNode::asText).isSubsetOf("Applies", "May apply", "Met", "Not met", "Not known yet")
        .contains("Applies", "Not known yet");
    JsonNode whose = browser.eval("[...new Set([...document.querySelectorAll('table.checklist tr.row')].map(tr => tr.cells[3].textContent))]");
    assertThat(whose).extracting(JsonNode::asText).containsExactly("Yours", "The vendor's");
  }

  @Test
  void datesAndCountsComeBeforeTheChecklistWhichComesBeforeTheEntries() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode top = browser.eval("""
        ({header: document.querySelector('header').innerText,
          checklist: Math.round(document.getElementById('checklist').getBoundingClientRect().top),
          entries: Math.round(document.querySelector('article.requirement').getBoundingClientRect().top)})""");
    assertThat(top.get("header").asText()).contains("Assessed as of", "2026-11-28", "Law current as of",
        assessment.requirements(Applicability.APPLIES).size() + " duties apply");
    assertThat(top.get("checklist").asInt()).as("the checklist starts on the first screen").isLessThan(600);
    assertThat(top.get("entries").asInt()).isGreaterThan(top.get("checklist").asInt());
  }

  /** Each scope and term is explained once, and every trace that uses one links to that explanation. */
  @Test
  void everyScopeAndTermATraceUsesLinksToItsOneExplanation() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    JsonNode refs = browser.eval("""
        [...document.querySelectorAll('.trace a.ref')].map(a => {
          const target = document.getElementById(a.getAttribute('href').slice(1));
          return {text: a.textContent, target: target ? target.className : null,
                  heading: target ? target.querySelector('h3').textContent : null};
        })""");
    assertThat(refs).isNotEmpty();
    for (JsonNode ref : refs) {
      assertThat(ref.get("target").asText()).isEqualTo("explained");
      String number = ref.get("text").asText();
      assertThat(ref.get("heading").asText()).startsWith(Character.toUpperCase(number.charAt(0)) + number.substring(1) + ": ");
    }
    JsonNode headings = browser.eval("[...document.querySelectorAll('#scopes-and-terms h3')].map(h => h.textContent)");
    assertThat(headings).extracting(JsonNode::asText).doesNotHaveDuplicates()
        .anySatisfy(h -> assertThat(h).startsWith("Scope 1: who "))
        .anySatisfy(h -> assertThat(h).startsWith("Term 1: "));
    JsonNode facts = browser.eval("[...document.querySelectorAll('#facts dt')].map(dt => dt.textContent)");
    assertThat(facts).extracting(JsonNode::asText).contains("entity.kind", "vendor.activities");
  }

  @Test
  void printsAsAChecklistWithoutTheTracesAndEntriesOnANewPage() throws Exception {
    assumeTrue(browser != null, "chromium is not installed; .ci/run installs it");

    browser.send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", "print"));
    try {
      JsonNode print = browser.eval("""
          ({details: getComputedStyle(document.querySelector('details')).display,
            back: getComputedStyle(document.querySelector('.back')).display,
            table: getComputedStyle(document.querySelector('table.checklist')).display,
            head: getComputedStyle(document.querySelector('table.checklist thead')).display,
            entries: getComputedStyle(document.getElementById('entries')).breakBefore,
            box: getComputedStyle(document.querySelector('td.done .box')).display})""");
      assertThat(print.get("details").asText()).isEqualTo("none");
      assertThat(print.get("back").asText()).isEqualTo("none");
      assertThat(print.get("table").asText()).isEqualTo("table");
      assertThat(print.get("head").asText()).as("the header row repeats on every page").isEqualTo("table-header-group");
      assertThat(print.get("entries").asText()).isEqualTo("page");
      assertThat(print.get("box").asText()).as("a box to tick on paper").isEqualTo("inline-block");
    } finally {
      browser.send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", ""));
    }
    JsonNode pdf = browser.send("Page.printToPDF", JSON.createObjectNode().put("printBackground", true));
    Path out = Path.of("target", "report-S1.pdf").toAbsolutePath();
    Files.write(out, Base64.getDecoder().decode(pdf.get("data").asText()));
    assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
  }

  @Test
  void screenshotIsTaken() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed; .ci/run installs it");
    Path png = Path.of("target", "report-S1.png").toAbsolutePath();
    Files.deleteIfExists(png);

    List<String> command = new ArrayList<>(Browser.flags());
    command.addAll(List.of("--user-data-dir=" + Files.createTempDirectory(profiles(), "profile"), "--window-size=1200,1600",
        "--screenshot=" + png, page.toUri().toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  /** Headless Chromium driven over the DevTools protocol: just enough to evaluate and print. */
  static final class Browser implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^/]+)/");
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Browser(Process process, WebSocket socket) {
      this.process = process;
      this.socket = socket;
    }

    static List<String> flags() {
      return List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars");
    }

    static Browser open(Path page) throws Exception {
      List<String> command = new ArrayList<>(flags());
      command.addAll(List.of("--user-data-dir=" + Files.createTempDirectory(profiles(), "profile"), "--window-size=1200,900",
          "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", page.toUri().toString()));
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
      String origin = null;
      for (String line = stderr.readLine(); line != null && origin == null; line = stderr.readLine()) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          origin = m.group(1);
        }
      }
      if (origin == null) {
        process.destroyForcibly();
        throw new IllegalStateException("chromium did not open its DevTools port");
      }
      // Keep reading its log so that chromium never blocks on a full pipe.
      Thread drain = new Thread(() -> stderr.lines().forEach(l -> { }), "chromium-stderr");
      drain.setDaemon(true);
      drain.start();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String http1 = origin.replace("ws://", "http://");
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(http1 + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      String url = null;
      for (JsonNode t : targets) {
        if (t.get("type").asText().equals("page")) {
          url = t.get("webSocketDebuggerUrl").asText();
        }
      }
      if (url == null) {
        process.destroyForcibly();
        throw new IllegalStateException("chromium shows no page");
      }
      Listener listener = new Listener();
      WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), listener).get(30, TimeUnit.SECONDS);
      Browser browser = new Browser(process, socket);
      listener.browser = browser;
      // Chromium starts on about:blank, which is "complete" at once: wait for the page itself.
      for (int i = 0; i < 300 && !browser.eval("location.protocol === 'file:' && document.readyState === 'complete'").asBoolean(); i++) {
        Thread.sleep(100);
      }
      return browser;
    }

    /** Sends one command and waits for its result. */
    JsonNode send(String method, ObjectNode params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
      message.set("params", params);
      socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
      JsonNode answer = reply.get(60, TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + ": " + answer.get("error"));
      }
      return answer.get("result");
    }

    /** The value of a JavaScript expression in the page. */
    JsonNode eval(String expression) throws Exception {
      JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
      }
      return result.get("result").path("value");
    }

    @Override
    public void close() {
      socket.abort();
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    /** Collects text frames into messages and hands each reply to its waiting command. */
    private static final class Listener implements WebSocket.Listener {
      private final StringBuilder buffer = new StringBuilder();
      Browser browser;

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        buffer.append(data);
        if (last) {
          try {
            JsonNode message = JSON.readTree(buffer.toString());
            if (message.has("id") && browser != null) {
              CompletableFuture<JsonNode> reply = browser.pending.remove(message.get("id").asInt());
              if (reply != null) {
                reply.complete(message);
              }
            }
          } catch (java.io.IOException e) {
            // Not a message we asked for.
          }
          buffer.setLength(0);
        }
        webSocket.request(1);
        return null;
      }
    }
  }
}
