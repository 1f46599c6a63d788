package io.github.regkit.report;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Excerpt;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Receipt;
import io.github.regkit.Requirement;
import io.github.regkit.Warning;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import java.util.List;

/**
 * An {@link Assessment} for people: Markdown for a ticket or pull request, and a self-contained
 * HTML page (no scripts, fonts or images from elsewhere) a reviewer can attach to an onboarding
 * ticket. Both show the counts first; then the requirements grouped by whose duty and by status,
 * each with its citation, excerpt, provenance badge, why and compliance; then what was ruled out and
 * why; the open questions; and the receipt.
 *
 * <pre>{@code
 * Files.writeString(Path.of("assessment.html"), AssessmentReport.html(assessment, "Help-desk vendor"));
 * }</pre>
 */
public final class AssessmentReport {
  private static final List<Addressee.Role> ROLES = List.of(Addressee.Role.CALLER, Addressee.Role.COUNTERPARTY);
  private static final List<Applicability> STATUSES = List.of(Applicability.APPLIES, Applicability.MAY_APPLY);

  private AssessmentReport() {}

  /** The badge a report shows for an excerpt: official, secondary or paraphrase, and unverified. */
  public static String badge(Excerpt excerpt) {
    String kind = switch (excerpt.provenance()) {
      case OFFICIAL -> "official";
      case SECONDARY_QUOTATION -> "secondary";
      case PARAPHRASE -> "paraphrase";
    };
    return excerpt.verified() ? kind : kind + ", unverified";
  }

  // ------------------------------------------------------------------ Markdown

  /** The assessment as GitHub-flavoured Markdown. */
  @SuppressWarnings("StringSplitter") // an excerpt's trailing blank lines are meant to drop out of the quote
  public static String markdown(Assessment a, String title) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(md(title)).append("\n\n");
    md.append("**").append(count(a, Applicability.APPLIES)).append(" apply · ")
        .append(count(a, Applicability.MAY_APPLY)).append(" may apply · ")
        .append(a.notApplicable().size()).append(" ruled out · ")
        .append(a.openQuestions().size()).append(" open questions** — as of ").append(a.receipt().asOf())
        .append(". Not legal advice.\n");
    for (Warning w : a.warnings()) {
      md.append("\n> **Warning (").append(w.kind().name()).append("):** ").append(md(w.message())).append("\n");
    }
    for (Addressee.Role role : ROLES) {
      for (Applicability status : STATUSES) {
        List<Requirement> group = group(a, role, status);
        if (group.isEmpty()) {
          continue;
        }
        md.append("\n## ").append(heading(role, status)).append("\n");
        for (Requirement r : group) {
          var o = r.obligation();
          md.append("\n### ").append(md(o.citation())).append(" — ").append(md(o.title())).append("\n\n");
          md.append("`").append(r.status()).append("` · compliance `").append(r.compliance().status()).append("` · *")
              .append(badge(o.excerpt())).append("* · ").append(md(o.addressee().party())).append("\n\n");
          md.append(md(o.summary())).append("\n\n");
          for (String line : o.excerpt().text().split("\n")) {
            md.append("> ").append(md(line)).append("\n");
          }
          md.append(">\n> — [source](").append(o.excerpt().source()).append("), retrieved ")
              .append(o.excerpt().retrieved()).append(o.excerpt().note().map(n -> ". " + md(n)).orElse("")).append("\n\n");
          o.timing().ifPresent(t -> md.append("Timing: ").append(md(t)).append("\n\n"));
          o.penalty().ifPresent(p -> md.append("Penalty: ").append(md(p)).append("\n\n"));
          if (!o.actions().isEmpty()) {
            md.append("Actions:\n\n");
            o.actions().forEach(x -> md.append("- ").append(md(x)).append("\n"));
            md.append("\n");
          }
          if (!r.compliance().evidenceNeeded().isEmpty()) {
            md.append("Evidence that would settle compliance:\n\n");
            r.compliance().evidenceNeeded().forEach(x -> md.append("- ").append(md(x)).append("\n"));
            md.append("\n");
          }
          md.append("<details><summary>Why</summary>\n\n```\n").append(r.why().render()).append("```\n\n</details>\n");
        }
      }
    }
    md.append("\n## Ruled out\n\n");
    if (a.notApplicable().isEmpty()) {
      md.append("Nothing was ruled out.\n");
    }
    for (RuledOut n : a.notApplicable()) {
      md.append("- **").append(md(n.citation())).append("** ").append(md(n.title())).append(" — `").append(n.reason())
          .append("`: ").append(md(n.explanation())).append("\n");
    }
    md.append("\n## Open questions\n\n");
    if (a.openQuestions().isEmpty()) {
      md.append("None: every verdict is settled.\n");
    }
    int i = 1;
    for (OpenQuestion q : a.openQuestions()) {
      md.append(i++).append(". ").append(md(q.question())).append(" (`").append(q.factId()).append("`; could settle ")
          .append(q.applicabilityVerdicts() + q.complianceVerdicts()).append(" verdicts: ")
          .append(md(String.join(", ", q.citations()))).append(")\n");
    }
    md.append("\n## Receipt\n\n");
    Receipt r = a.receipt();
    md.append("- regkit ").append(r.regkitVersion()).append(", as of ").append(r.asOf()).append("\n");
    for (Receipt.PackStamp p : r.packs()) {
      md.append("- pack `").append(p.id()).append("` (").append(p.jurisdiction()).append(") data ").append(p.dataVersion())
          .append(", answers from ").append(p.answersFrom()).append(", current as of ").append(p.currentAsOf())
          .append(", sha256 `").append(p.contentHash()).append("`\n");
    }
    md.append("- facts sha256 `").append(r.factsHash()).append("`\n");
    return md.toString();
  }

  private static String md(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace("`", "\\`");
  }

  // ------------------------------------------------------------------ HTML

  /** The assessment as one self-contained HTML page. */
  public static String html(Assessment a, String title) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n");
    h.append("<p class=\"counts\" id=\"counts\">")
        .append(countSpan("applies", count(a, Applicability.APPLIES), "apply"))
        .append(countSpan("may-apply", count(a, Applicability.MAY_APPLY), "may apply"))
        .append(countSpan("ruled-out", a.notApplicable().size(), "ruled out"))
        .append(countSpan("open-questions", a.openQuestions().size(), "open questions"))
        .append("</p>\n<p class=\"note\">As of ").append(a.receipt().asOf())
        .append(". Not legal advice: a checklist with citations for a person who can read them.</p>\n");
    for (Warning w : a.warnings()) {
      h.append("<p class=\"warning\" data-kind=\"").append(w.kind().name()).append("\"><b>Warning:</b> ").append(esc(w.message())).append("</p>\n");
    }
    for (Addressee.Role role : ROLES) {
      for (Applicability status : STATUSES) {
        List<Requirement> group = group(a, role, status);
        if (group.isEmpty()) {
          continue;
        }
        h.append("<section class=\"group\" data-role=\"").append(role).append("\" data-status=\"").append(status).append("\">\n");
        h.append("<h2>").append(esc(heading(role, status))).append("</h2>\n");
        for (Requirement r : group) {
          var o = r.obligation();
          h.append("<article class=\"requirement\" data-id=\"").append(esc(o.id())).append("\" data-compliance=\"")
              .append(r.compliance().status()).append("\">\n<h3><span class=\"citation\">").append(esc(o.citation()))
              .append("</span> ").append(esc(o.title())).append("</h3>\n<p>")
              .append("<span class=\"status ").append(r.status()).append("\">").append(r.status()).append("</span> ")
              .append("<span class=\"compliance ").append(r.compliance().status()).append("\">compliance: ")
              .append(r.compliance().status()).append("</span> ")
              .append("<span class=\"badge ").append(o.excerpt().verified() ? "verified" : "unverified")
              .append("\">").append(esc(badge(o.excerpt()))).append("</span> ")
              .append("<span class=\"party\">").append(esc(o.addressee().party())).append("</span></p>\n");
          h.append("<p>").append(esc(o.summary())).append("</p>\n");
          h.append("<blockquote>").append(esc(o.excerpt().text()).replace("\n", "<br>\n")).append("<footer><a href=\"")
              .append(esc(o.excerpt().source())).append("\">source</a>, retrieved ").append(o.excerpt().retrieved())
              .append(o.excerpt().note().map(n -> ". " + esc(n)).orElse("")).append("</footer></blockquote>\n");
          o.timing().ifPresent(t -> h.append("<p class=\"timing\">Timing: ").append(esc(t)).append("</p>\n"));
          o.penalty().ifPresent(p -> h.append("<p class=\"penalty\">Penalty: ").append(esc(p)).append("</p>\n"));
          list(h, "Actions", o.actions());
          list(h, "Evidence that would settle compliance", r.compliance().evidenceNeeded());
          h.append("<details><summary>Why</summary>\n");
          trace(h, r.why());
          h.append("</details>\n</article>\n");
        }
        h.append("</section>\n");
      }
    }
    h.append("<section id=\"ruled-out\">\n<h2>Ruled out</h2>\n<ul>\n");
    for (RuledOut n : a.notApplicable()) {
      h.append("<li data-reason=\"").append(n.reason()).append("\"><span class=\"citation\">").append(esc(n.citation()))
          .append("</span> ").append(esc(n.title())).append(" — <code>").append(n.reason()).append("</code>: ")
          .append(esc(n.explanation())).append("</li>\n");
    }
    h.append("</ul>\n</section>\n<section id=\"open-questions\">\n<h2>Open questions</h2>\n<ol>\n");
    for (OpenQuestion q : a.openQuestions()) {
      h.append("<li data-fact=\"").append(esc(q.factId())).append("\">").append(esc(q.question()))
          .append(" <small>").append(esc(q.help())).append(" Could settle ")
          .append(q.applicabilityVerdicts() + q.complianceVerdicts()).append(" verdicts: ")
          .append(esc(String.join(", ", q.citations()))).append("</small></li>\n");
    }
    h.append("</ol>\n</section>\n<section id=\"receipt\">\n<h2>Receipt</h2>\n<ul>\n");
    Receipt r = a.receipt();
    h.append("<li>regkit ").append(esc(r.regkitVersion())).append(", as of ").append(r.asOf()).append("</li>\n");
    for (Receipt.PackStamp p : r.packs()) {
      h.append("<li>pack <code>").append(esc(p.id())).append("</code> (").append(esc(p.jurisdiction())).append(") data ")
          .append(esc(p.dataVersion())).append(", answers from ").append(p.answersFrom()).append(", current as of ").append(p.currentAsOf())
          .append(", sha256 <code>").append(p.contentHash()).append("</code></li>\n");
    }
    h.append("<li>facts sha256 <code>").append(r.factsHash()).append("</code></li>\n</ul>\n</section>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String countSpan(String cls, int n, String label) {
    return "<span class=\"count " + cls + "\"><b>" + n + "</b> " + label + "</span> ";
  }

  private static void list(StringBuilder h, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<p class=\"list-heading\">").append(esc(heading)).append("</p>\n<ul>\n");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static void trace(StringBuilder h, Trace t) {
    h.append("<ul class=\"trace\"><li><span class=\"truth ").append(t.result()).append("\">").append(t.result())
        .append("</span> ").append(esc(t.text())).append("\n");
    for (Trace child : t.children()) {
      trace(h, child);
    }
    h.append("</li></ul>\n");
  }

  private static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ shared

  private static int count(Assessment a, Applicability status) {
    return a.requirements(status).size();
  }

  private static List<Requirement> group(Assessment a, Addressee.Role role, Applicability status) {
    return a.requirements().stream()
        .filter(r -> r.obligation().addressee().role() == role && r.status() == status).toList();
  }

  private static String heading(Addressee.Role role, Applicability status) {
    String whose = role == Addressee.Role.CALLER ? "Your duties" : "The vendor's duties (for the contract)";
    return whose + (status == Applicability.APPLIES ? " — apply" : " — may apply");
  }

  private static final String CSS = """
      body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
      h1{font-size:1.5rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
      h3{font-size:1.05rem;margin-bottom:.3rem}.citation{font-family:ui-monospace,monospace}
      .counts .count{display:inline-block;margin-right:1rem;padding:.2rem .6rem;border-radius:.3rem;background:#eef}
      .status,.compliance,.badge{font-size:.8rem;padding:.05rem .4rem;border-radius:.25rem;margin-right:.3rem}
      .APPLIES{background:#fde2e1}.MAY_APPLY{background:#fff4cc}.SATISFIED{background:#daf5dd}
      .OUTSTANDING{background:#fde2e1}.UNKNOWN{background:#eee}.verified{background:#daf5dd}
      .unverified{background:#ffe7c2}.party{color:#555;font-size:.85rem}
      blockquote{border-left:4px solid #bbb;margin:.5rem 0;padding:.2rem .8rem;color:#333;background:#fafafa}
      blockquote footer{font-size:.8rem;color:#666}.trace{list-style:none;padding-left:1rem;font-size:.85rem}
      .truth{font-family:ui-monospace,monospace;font-size:.75rem}.TRUE{color:#176b2c}.FALSE{color:#a11}
      .note{color:#555}.warning{background:#fff4cc;border-left:4px solid #c90;padding:.4rem .8rem}
      """;
}
