package io.github.regkit.internal;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.Regulation;
import io.github.regkit.inventory.ArrangementResult;
import io.github.regkit.inventory.Duty;
import io.github.regkit.inventory.InstrumentStatus;
import io.github.regkit.inventory.LineFailure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** The inventory report's page: see {@link io.github.regkit.inventory.InventoryReport}. */
public final class InventoryHtml {
  private static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1b1b1b}
      h1{font-size:1.5em;margin:0 0 .3em}
      .note{color:#555}
      .legend span{display:inline-block;padding:.1em .5em;margin-right:.4em;border-radius:3px}
      table{border-collapse:collapse}
      th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top}
      table.matrix thead th{position:sticky;top:0;background:#f4f4f4}
      table.matrix th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-align:left}
      table.matrix th[aria-sort] button::after{content:" \\2195";color:#888}
      td.num{text-align:right}
      td.cell a{display:block;color:inherit;text-decoration:none}
      .outstanding{background:#f5c2c7}
      .unknown{background:#ffe69c}
      .satisfied{background:#a3cfbb}
      .na{background:#eeeeee;color:#666}
      section.arrangement{border-top:2px solid #999;margin-top:1.5em;padding-top:.5em}
      section.arrangement h4{margin:.8em 0 .3em}
      .back{font-size:.9em}
      """;
  /** Sorts the matrix by a header's column; ties keep input order. Reads only data attributes. */
  private static final String SCRIPT = """
      (function () {
        var table = document.querySelector('table.matrix');
        var body = table.tBodies[0];
        function key(tr, col) {
          if (col === 'id') return tr.dataset.id;
          if (col === 'outstanding' || col === 'unknown') return -Number(tr.dataset[col]);
          return Number(tr.querySelector('td[data-col="' + col + '"]').dataset.rank);
        }
        table.querySelectorAll('thead th[data-col]').forEach(function (th) {
          th.querySelector('button').addEventListener('click', function () {
            var col = th.dataset.col;
            var descending = th.getAttribute('aria-sort') === 'ascending';
            table.querySelectorAll('thead th[data-col]').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
            th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a, col), y = key(b, col);
              var c = typeof x === 'string' ? x.localeCompare(y) : x - y;
              if (descending) c = -c;
              return c !== 0 ? c : Number(a.dataset.line) - Number(b.dataset.line);
            });
            rows.forEach(function (tr) { body.appendChild(tr); });
          });
        });
      })();
      """;
  private static final String SCRIPT_HASH = sha256(SCRIPT);

  private InventoryHtml() {}

  public static String render(String title, List<Regulation> instruments, List<ArrangementResult> results, List<LineFailure> failures) {
    List<ArrangementResult> rows = new ArrayList<>(results);
    // Most outstanding first: that is where the work is.
    rows.sort(Comparator.comparingInt((ArrangementResult r) -> -r.count(ComplianceStatus.OUTSTANDING))
        .thenComparingInt(r -> -r.count(ComplianceStatus.UNKNOWN))
        .thenComparingLong(ArrangementResult::line));
    long withOutstanding = results.stream().filter(r -> r.count(ComplianceStatus.OUTSTANDING) > 0).count();
    StringBuilder h = new StringBuilder(4096 + results.size() * (200 + 60 * instruments.size()));
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
        .append(SCRIPT_HASH).append("'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(title)).append("</h1>\n<p class=\"counts\" id=\"counts\">").append(results.size())
        .append(results.size() == 1 ? " arrangement assessed" : " arrangements assessed").append(" · ").append(withOutstanding)
        .append(" with duties not met");
    if (!failures.isEmpty()) {
      h.append(" · <a href=\"#failures\">").append(failures.size()).append(failures.size() == 1 ? " line" : " lines")
          .append(" not assessed</a>");
    }
    h.append("</p>\n<p class=\"legend\">").append(legend(InstrumentStatus.OUTSTANDING)).append(legend(InstrumentStatus.UNKNOWN))
        .append(legend(InstrumentStatus.SATISFIED)).append(legend(InstrumentStatus.NOT_APPLICABLE))
        .append("</p>\n<p class=\"note\">Most outstanding first; select a column's heading to sort by it. Each cell leads to")
        .append(" the arrangement's duties under that instrument. Not legal advice: a checklist with citations for a person who can read them.</p>\n")
        .append("</header>\n<main>\n<table class=\"matrix\" id=\"matrix\">\n<thead><tr>")
        .append("<th scope=\"col\" data-col=\"id\" aria-sort=\"none\"><button type=\"button\">Arrangement</button></th>")
        .append("<th scope=\"col\" data-col=\"outstanding\" aria-sort=\"none\"><button type=\"button\">Not met</button></th>")
        .append("<th scope=\"col\" data-col=\"unknown\" aria-sort=\"none\"><button type=\"button\">Not known yet</button></th>");
    for (int k = 0; k < instruments.size(); k++) {
      Regulation reg = instruments.get(k);
      h.append("<th scope=\"col\" data-col=\"i").append(k).append("\" aria-sort=\"none\" title=\"").append(esc(reg.title()))
          .append("\"><button type=\"button\">").append(esc(reg.citation())).append("</button></th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (ArrangementResult r : rows) {
      String a = "a" + r.line();
      h.append("<tr data-line=\"").append(r.line()).append("\" data-id=\"").append(esc(r.id())).append("\" data-outstanding=\"")
          .append(r.count(ComplianceStatus.OUTSTANDING)).append("\" data-unknown=\"").append(r.count(ComplianceStatus.UNKNOWN))
          .append("\"><th scope=\"row\"><a href=\"#").append(a).append("\">").append(esc(r.id())).append("</a></th><td class=\"num\">")
          .append(r.count(ComplianceStatus.OUTSTANDING)).append("</td><td class=\"num\">").append(r.count(ComplianceStatus.UNKNOWN))
          .append("</td>");
      for (int k = 0; k < instruments.size(); k++) {
        InstrumentStatus s = r.instrument(instruments.get(k).citation());
        h.append("<td class=\"cell ").append(css(s)).append("\" data-col=\"i").append(k).append("\" data-rank=\"").append(rank(s))
            .append("\"><a href=\"#").append(a).append("-i").append(k).append("\">").append(word(s)).append("</a></td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    h.append("<section id=\"details\">\n<h2>Arrangements</h2>\n");
    for (ArrangementResult r : results) {
      detail(h, r, instruments);
    }
    h.append("</section>\n");
    if (!failures.isEmpty()) {
      h.append("<section id=\"failures\">\n<h2>Lines not assessed</h2>\n<table class=\"failures\">\n<thead><tr><th scope=\"col\">Line</th>")
          .append("<th scope=\"col\">Id</th><th scope=\"col\">Problem</th></tr></thead>\n<tbody>\n");
      for (LineFailure f : failures) {
        h.append("<tr><td class=\"num\">").append(f.line()).append("</td><td>").append(esc(f.id().orElse(""))).append("</td><td>")
            .append(esc(f.problem())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n</section>\n");
    }
    h.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void detail(StringBuilder h, ArrangementResult r, List<Regulation> instruments) {
    String a = "a" + r.line();
    h.append("<section class=\"arrangement\" id=\"").append(a).append("\" data-id=\"").append(esc(r.id())).append("\">\n<h3>")
        .append(esc(r.id())).append("</h3>\n<p>Line ").append(r.line()).append(" · assessed as of ").append(r.asOf()).append(" · ")
        .append(r.count(Applicability.APPLIES)).append(" apply · ").append(r.count(Applicability.MAY_APPLY)).append(" may apply · ")
        .append(r.count(ComplianceStatus.OUTSTANDING)).append(" not met · ").append(r.count(ComplianceStatus.UNKNOWN))
        .append(" not known yet · ").append(r.count(ComplianceStatus.SATISFIED)).append(" met</p>\n");
    r.topQuestion().ifPresent(q -> h.append("<p class=\"question\">Ask next: ").append(esc(q.question())).append(" <code>")
        .append(esc(q.factId())).append("</code></p>\n"));
    List<String> notApplicable = new ArrayList<>();
    for (int k = 0; k < instruments.size(); k++) {
      Regulation reg = instruments.get(k);
      InstrumentStatus s = r.instrument(reg.citation());
      String id = a + "-i" + k;
      if (s == InstrumentStatus.NOT_APPLICABLE) {
        notApplicable.add("<span id=\"" + id + "\">" + esc(reg.citation()) + "</span>");
        continue;
      }
      h.append("<div class=\"instrument\" id=\"").append(id).append("\">\n<h4>").append(esc(reg.citation())).append(", ")
          .append(esc(reg.title())).append(": <span class=\"").append(css(s)).append("\">").append(word(s)).append("</span></h4>\n")
          .append("<table>\n<thead><tr><th scope=\"col\">Citation</th><th scope=\"col\">Whose duty</th><th scope=\"col\">Applies?</th>")
          .append("<th scope=\"col\">Compliance</th></tr></thead>\n<tbody>\n");
      for (Duty d : r.duties()) {
        if (d.instrument().equals(reg.citation())) {
          h.append("<tr><td>").append(esc(d.citation())).append("</td><td>")
              .append(d.addressee() == Addressee.Role.CALLER ? "Yours" : "The vendor's").append("</td><td>")
              .append(d.applicability() == Applicability.APPLIES ? "Applies" : "May apply").append("</td><td class=\"")
              .append(css(d.compliance())).append("\">").append(word(d.compliance())).append("</td></tr>\n");
        }
      }
      h.append("</tbody>\n</table>\n</div>\n");
    }
    if (!notApplicable.isEmpty()) {
      h.append("<p class=\"not-applicable\">Not applicable: ").append(String.join(", ", notApplicable)).append("</p>\n");
    }
    h.append("<p class=\"back\"><a href=\"#matrix\">Back to the matrix</a></p>\n");
    h.append("</section>\n");
  }

  /** Most pressing first, for sorting a column. */
  private static int rank(InstrumentStatus s) {
    return switch (s) {
      case OUTSTANDING -> 0;
      case UNKNOWN -> 1;
      case SATISFIED -> 2;
      case NOT_APPLICABLE -> 3;
    };
  }

  private static String legend(InstrumentStatus s) {
    return "<span class=\"" + css(s) + "\">" + word(s) + "</span>";
  }

  static String css(InstrumentStatus s) {
    return switch (s) {
      case OUTSTANDING -> "outstanding";
      case UNKNOWN -> "unknown";
      case SATISFIED -> "satisfied";
      case NOT_APPLICABLE -> "na";
    };
  }

  private static String css(ComplianceStatus s) {
    return switch (s) {
      case OUTSTANDING -> "outstanding";
      case UNKNOWN -> "unknown";
      case SATISFIED -> "satisfied";
    };
  }

  static String word(InstrumentStatus s) {
    return switch (s) {
      case OUTSTANDING -> "Not met";
      case UNKNOWN -> "Not known yet";
      case SATISFIED -> "Met";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  private static String word(ComplianceStatus s) {
    return switch (s) {
      case OUTSTANDING -> "Not met";
      case UNKNOWN -> "Not known yet";
      case SATISFIED -> "Met";
    };
  }

  static String esc(String s) {
    return Html.escape(s);
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
