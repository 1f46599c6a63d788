package io.github.regkit.report;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Excerpt;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Receipt;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import io.github.regkit.Warning;
import io.github.regkit.internal.Explanations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An {@link Assessment} for people: Markdown for a ticket or pull request, and a self-contained
 * HTML page (no scripts, fonts or images from elsewhere) a reviewer can attach to an onboarding
 * ticket and print as a checklist.
 *
 * <p>Both start with the title, the assessment's {@linkplain Assessment#warnings() warnings}, the
 * as-of date and the date each pack's law is current as of; then one checklist table (citation, the duty in a few words, whose duty, applies or
 * may apply, compliance, the evidence that would settle it), each row linked to its full entry; then
 * the entries; the penalties and notes on the source texts, each said once; what was ruled out and
 * why; the open questions; and the receipt. Every code (APPLIES, UNKNOWN, SCOPE_NOT_MET …) is shown
 * in words; the JSON keeps the codes.
 *
 * <p>Every text is escaped, including the pack's and a title's, and only {@code http} and {@code
 * https} addresses become links, so an assessment read back from untrusted JSON cannot put markup
 * or a script into a report.
 *
 * <pre>{@code
 * Files.writeString(Path.of("assessment.html"), AssessmentReport.html(assessment, "Help-desk vendor"));
 * }</pre>
 */
public final class AssessmentReport {
  private AssessmentReport() {}

  /** The words a report shows for an excerpt's provenance: "secondary quotation, not verified". */
  public static String badge(Excerpt excerpt) {
    String kind = switch (excerpt.provenance()) {
      case OFFICIAL -> "official text";
      case SECONDARY_QUOTATION -> "secondary quotation";
      case PARAPHRASE -> "paraphrase";
      case POLICY -> "policy text";
    };
    return excerpt.verified() ? kind : kind + ", not verified";
  }

  // ------------------------------------------------------------------ what both formats show

  /** A checklist row: a requirement and its number, which is also its anchor. */
  private record Row(int number, Requirement requirement) {
    String anchor() {
      return "r" + number;
    }
  }

  /** A penalty or a note on the source text, said once for every row that shares it. */
  private record Shared(int number, String text, List<Row> rows) {
    List<String> instruments() {
      return rows.stream().map(r -> r.requirement().regulationCitation()).distinct().toList();
    }
  }

  /** Everything the two formats lay out, worked out once. */
  private static final class View {
    final Assessment a;
    final List<Row> rows = new ArrayList<>();
    final Map<String, Row> rowByCitation = new HashMap<>();
    final Map<String, Integer> questionByFact = new HashMap<>();
    final List<Shared> penalties;
    final Map<String, Shared> penaltyById = new HashMap<>();
    final List<Shared> notes;
    final Map<String, Shared> noteById = new HashMap<>();
    final List<Warning> warnings;
    /** The scopes and terms the requirements' traces use, each explained once, numbered from 1. */
    final Explanations explained;
    /** The value given for each fact any trace of the assessment tests, by fact id. */
    final Map<String, Object> facts;

    View(Assessment a) {
      this.a = a;
      List<Requirement> ordered = new ArrayList<>(a.requirements());
      // Yours before the vendor's, applies before may apply; pack order otherwise (the sort is stable).
      ordered.sort(Comparator.comparing((Requirement r) -> r.obligation().addressee().role())
          .thenComparing(Requirement::applicability));
      for (Requirement r : ordered) {
        Row row = new Row(rows.size() + 1, r);
        rows.add(row);
        rowByCitation.putIfAbsent(r.citation(), row);
      }
      for (int i = 0; i < a.openQuestions().size(); i++) {
        questionByFact.put(a.openQuestions().get(i).factId(), i + 1);
      }
      penalties = shared(rows, r -> r.obligation().penalty(), 1, penaltyById);
      // A note that only one duty has stays with it; one that several share is said once.
      notes = shared(rows, r -> r.obligation().excerpt().note(), 2, noteById);
      warnings = a.warnings();
      List<Trace> whys = rows.stream().map(row -> row.requirement().why()).toList();
      explained = Explanations.of(whys);
      List<Trace> all = new ArrayList<>(whys);
      a.requirements().forEach(r -> all.add(r.compliance().trace()));
      a.ruledOut().forEach(n -> all.add(n.trace()));
      facts = Explanations.of(all).knownFacts();
    }

    /** "scope 2" or "term 3": how a trace refers to what {@link #explained} explains once. */
    String reference(Trace node) {
      return Explanations.isScope(node)
          ? "scope " + (explained.number(explained.scope(node)) + 1)
          : "term " + (explained.number(explained.term(node)) + 1);
    }

    /** The anchor of what a reference names: "scope-2", "term-3". */
    String anchor(Trace node) {
      return reference(node).replace(' ', '-');
    }

    private static List<Shared> shared(List<Row> rows, Function<Requirement, Optional<String>> text, int atLeast,
        Map<String, Shared> byId) {
      Map<String, List<Row>> byText = new LinkedHashMap<>();
      for (Row row : rows) {
        text.apply(row.requirement()).ifPresent(t -> byText.computeIfAbsent(t, k -> new ArrayList<>()).add(row));
      }
      List<Shared> out = new ArrayList<>();
      for (Map.Entry<String, List<Row>> e : byText.entrySet()) {
        if (e.getValue().size() >= atLeast) {
          Shared s = new Shared(out.size() + 1, e.getKey(), List.copyOf(e.getValue()));
          out.add(s);
          e.getValue().forEach(row -> byId.put(row.requirement().id(), s));
        }
      }
      return List.copyOf(out);
    }

    /** The open questions, by number, whose facts could decide whether this requirement applies. */
    List<Integer> applicabilityQuestions(Requirement r) {
      if (r.applicability() != Applicability.MAY_APPLY) {
        return List.of();
      }
      Set<String> facts = new LinkedHashSet<>();
      blockingFacts(r.why(), facts);
      return questions(facts);
    }

    /** The open questions, by number, whose facts could settle this requirement's compliance. */
    List<Integer> complianceQuestions(Requirement r) {
      return questions(r.compliance().openFacts());
    }

    private List<Integer> questions(Iterable<String> facts) {
      Set<Integer> out = new LinkedHashSet<>();
      for (String f : facts) {
        Integer q = questionByFact.get(f);
        if (q != null) {
          out.add(q);
        }
      }
      return out.stream().sorted().toList();
    }

    /** The checklist rows, if any, of other duties under the same citation as a ruled-out entry. */
    List<Row> sameCitation(RuledOut n) {
      if (n.level() != RuledOut.Level.OBLIGATION) {
        return List.of();
      }
      return rows.stream().filter(row -> row.requirement().citation().equals(n.citation())).toList();
    }
  }

  /** Unknown fact leaves reached through unknown nodes only: the facts that could change the node. */
  private static void blockingFacts(Trace t, Set<String> out) {
    if (t.result() != Truth.UNKNOWN) {
      return;
    }
    if (t.children().isEmpty()) {
      t.factId().ifPresent(out::add);
      return;
    }
    t.children().forEach(c -> blockingFacts(c, out));
  }

  // ------------------------------------------------------------------ words for codes

  static String truth(Truth t) {
    return switch (t) {
      case TRUE -> "yes";
      case FALSE -> "no";
      case UNKNOWN -> "not known";
    };
  }

  /** "1 duty", "2 duties": a count with the noun that agrees with it. */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String heading(Addressee.Role role, Applicability status) {
    String whose = role == Addressee.Role.CALLER ? "Your duties" : "The vendor's duties (for the contract)";
    return whose + (status == Applicability.APPLIES ? " that apply" : " that may apply");
  }

  private static String counts(View v) {
    int applies = v.a.requirements(Applicability.APPLIES).size();
    return count(applies, "duty applies", "duties apply") + " · " + v.a.requirements(Applicability.MAY_APPLY).size()
        + " may apply · " + v.a.ruledOut().size() + " ruled out · "
        + count(v.a.openQuestions().size(), "open question", "open questions");
  }

  private static String currentAsOfLine(Receipt.PackStamp p) {
    return p.currentAsOf() + " (pack " + p.id() + ", " + p.jurisdiction() + ", data " + p.dataVersion() + ")";
  }

  /** What answering an open question could settle, in words: "whether 1 duty applies". */
  private static String settles(OpenQuestion q) {
    List<String> parts = new ArrayList<>();
    if (q.applicabilityVerdicts() > 0) {
      parts.add("whether " + count(q.applicabilityVerdicts(), "duty applies", "duties apply"));
    }
    if (q.complianceVerdicts() > 0) {
      parts.add("whether " + count(q.complianceVerdicts(), "duty is met", "duties are met"));
    }
    return "Answering it could settle " + String.join(" and ", parts);
  }

  /** Items in one line: "A; B", or "A. B." when they are sentences already. */
  private static String unlessEmpty(List<String> items, String none) {
    if (items.isEmpty()) {
      return none;
    }
    StringBuilder sb = new StringBuilder(items.get(0));
    for (int i = 1; i < items.size(); i++) {
      sb.append(items.get(i - 1).endsWith(".") ? " " : "; ").append(items.get(i));
    }
    return sb.toString();
  }

  private static String evidence(Requirement r) {
    return switch (r.compliance().status()) {
      case UNKNOWN -> unlessEmpty(r.compliance().evidenceNeeded(), "—");
      case SATISFIED -> "Settled: the facts show it is met";
      case OUTSTANDING -> "Settled: not met yet; see the actions";
    };
  }

  private static String party(Addressee addressee) {
    return (addressee.role() == Addressee.Role.CALLER ? "your duty" : "the vendor's duty") + ", as " + addressee.party();
  }

  /**
   * The address as it may appear in a link: only absolute {@code http} and {@code https}
   * addresses without spaces, controls, quotes or angle brackets, so neither a {@code
   * javascript:} address nor a broken-out attribute can get through.
   */
  static Optional<String> safeUrl(String url) {
    boolean web = url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
    if (!web) {
      return Optional.empty();
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`'
          || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(url);
  }

  /** The explanation without what the label before it already says. */
  static String explanation(RuledOut n) {
    String lead = n.citation() + " does not bind this situation. ";
    return n.explanation().startsWith(lead) ? n.explanation().substring(lead.length()) : n.explanation();
  }

  /** Another party's duty under a ruled-out entry's citation, told apart from it. */
  static String otherDuty(Requirement other) {
    Addressee x = other.obligation().addressee();
    return "Under the same citation, " + (x.role() == Addressee.Role.CALLER ? "your duty" : "the vendor's duty") + " ("
        + x.party() + ") is a different duty and " + Words.of(other.applicability()).toLowerCase(Locale.ROOT);
  }

  /** Whose duty a ruled-out entry is, unless its explanation says so already. */
  private static Optional<Addressee> partyToShow(RuledOut n) {
    return n.addressee().filter(x -> !n.explanation().contains(x.party()));
  }

  // ------------------------------------------------------------------ Markdown

  /** The assessment as GitHub-flavoured Markdown; {@code title} is shown as given, escaped. */
  public static String markdown(Assessment a, String title) {
    View v = new View(a);
    StringBuilder md = new StringBuilder(32_768);
    md.append("# ").append(md(title)).append("\n\n");
    for (Warning w : v.warnings) {
      md.append("> **Warning:** ").append(md(w.message())).append("\n>\n");
    }
    if (!v.warnings.isEmpty()) {
      md.setLength(md.length() - 2);
      md.append("\n");
    }
    md.append("- Assessed as of: ").append(a.receipt().asOf()).append("\n");
    for (Receipt.PackStamp p : a.receipt().packs()) {
      md.append("- Law current as of: ").append(md(currentAsOfLine(p))).append("\n");
    }
    md.append("- **").append(counts(v)).append("**\n");
    md.append("- Not legal advice: a checklist with citations for a person who can read them.\n");

    md.append("\n## Checklist\n\n");
    if (v.rows.isEmpty()) {
      md.append("No duty applies or may apply.\n");
    } else {
      md.append("| Done | Citation | Duty | Whose duty | Applies? | Compliance | Evidence that would settle it |\n");
      md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (Row row : v.rows) {
        Requirement r = row.requirement();
        md.append("| ☐ | [").append(md(r.citation())).append("](#").append(row.anchor()).append(") | ")
            .append(md(r.obligation().title())).append(" | ").append(Words.of(r.obligation().addressee().role())).append(" | ")
            .append(Words.of(r.applicability())).append(mdQuestions(v.applicabilityQuestions(r))).append(" | ")
            .append(Words.of(r.compliance().status())).append(mdQuestions(v.complianceQuestions(r))).append(" | ")
            .append(md(evidence(r))).append(" |\n");
      }
    }

    Addressee.Role role = null;
    Applicability status = null;
    for (Row row : v.rows) {
      Requirement r = row.requirement();
      var o = r.obligation();
      if (o.addressee().role() != role || r.applicability() != status) {
        role = o.addressee().role();
        status = r.applicability();
        md.append("\n## ").append(heading(role, status)).append("\n");
      }
      md.append("\n<a id=\"").append(row.anchor()).append("\"></a>\n\n### ").append(md(o.citation())).append(" — ")
          .append(md(o.title())).append("\n\n");
      md.append("**").append(Words.of(r.applicability())).append("** · compliance: **")
          .append(Words.of(r.compliance().status()).toLowerCase(Locale.ROOT)).append("** · ")
          .append(md(party(o.addressee()))).append(" · source text: *").append(md(badge(o.excerpt()))).append("*\n\n");
      md.append(md(o.summary())).append("\n\n");
      for (String line : o.excerpt().text().split("\n", -1)) {
        md.append("> ").append(mdLine(line)).append("\n");
      }
      md.append(">\n> — ").append(mdLink("source", o.excerpt().source())).append(", retrieved ")
          .append(o.excerpt().retrieved());
      Shared note = v.noteById.get(o.id());
      if (note != null) {
        md.append(". See [note ").append(note.number()).append("](#note-").append(note.number()).append(") on the source texts");
      } else {
        o.excerpt().note().ifPresent(n -> md.append(". ").append(md(n)));
      }
      md.append("\n\n");
      o.timing().ifPresent(t -> md.append("Timing: ").append(md(t)).append("\n\n"));
      Shared penalty = v.penaltyById.get(o.id());
      if (penalty != null) {
        md.append("Penalty: see [penalty ").append(penalty.number()).append("](#penalty-").append(penalty.number()).append(")\n\n");
      }
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
      md.append("<details><summary>Why it ").append(r.applicability() == Applicability.APPLIES ? "applies" : "may apply")
          .append("</summary>\n\n");
      mdTrace(md, v, r.why());
      md.append("</details>\n");
    }

    if (!v.penalties.isEmpty()) {
      md.append("\n## Penalties\n\n");
      for (Shared p : v.penalties) {
        md.append(p.number()).append(". <a id=\"penalty-").append(p.number()).append("\"></a>")
            .append(md(p.text())).append(" — for ").append(count(p.rows().size(), "duty", "duties")).append(" under ")
            .append(md(String.join(", ", p.instruments()))).append("\n");
      }
    }
    if (!v.notes.isEmpty()) {
      md.append("\n## Notes on the source texts\n\n");
      for (Shared n : v.notes) {
        md.append(n.number()).append(". <a id=\"note-").append(n.number()).append("\"></a>")
            .append(md(n.text())).append(" — for ").append(md(String.join(", ", n.rows().stream()
                .map(row -> row.requirement().citation()).distinct().toList()))).append("\n");
      }
    }

    md.append("\n## Ruled out\n\n");
    if (a.ruledOut().isEmpty()) {
      md.append("Nothing was ruled out.\n");
    }
    for (RuledOut n : a.ruledOut()) {
      md.append("- **").append(md(n.citation())).append("** ").append(md(n.title())).append(" — ")
          .append(Words.reason(n, a.receipt().asOf())).append(partyToShow(n).map(x -> " (" + md(party(x)) + ")").orElse(""))
          .append(". ").append(md(explanation(n)));
      for (Row other : v.sameCitation(n)) {
        md.append(" ").append(md(otherDuty(other.requirement()))).append(": see [row ").append(other.number()).append("](#")
            .append(other.anchor()).append(").");
      }
      md.append("\n");
    }

    md.append("\n## Open questions\n\n");
    if (a.openQuestions().isEmpty()) {
      md.append("None: every verdict is settled.\n");
    }
    int i = 1;
    for (OpenQuestion q : a.openQuestions()) {
      // The anchor goes inside the item: a line that starts with it would not be a list item.
      md.append(i).append(". <a id=\"q").append(i).append("\"></a>").append(md(q.question())).append(" ")
          .append(md(settles(q))).append(": ").append(mdCitations(v, q.citations())).append(". (Facts file key: `")
          .append(q.factId().replace("`", "")).append("`.)\n");
      i++;
    }

    if (!v.explained.scopes().isEmpty() || !v.explained.terms().isEmpty()) {
      md.append("\n## Scopes and terms\n\nWho each instrument binds and what each legal term means here, explained once; ")
          .append("the explanations above refer to them by number.\n\n");
      List<Explanations.Entry> scopes = v.explained.scopes();
      for (int n = 0; n < scopes.size(); n++) {
        Trace scope = scopes.get(n).node();
        md.append("<a id=\"scope-").append(n + 1).append("\"></a>\n\n### Scope ").append(n + 1).append(": ")
            .append(md(scopeName(scope))).append("\n\n");
        mdTrace(md, v, scope);
      }
      List<Explanations.Entry> terms = v.explained.terms();
      for (int n = 0; n < terms.size(); n++) {
        Trace use = terms.get(n).node();
        md.append("<a id=\"term-").append(n + 1).append("\"></a>\n\n### Term ").append(n + 1).append(": ")
            .append(md(termName(use))).append(" — ").append(truth(use.result())).append("\n\n");
        mdTrace(md, v, terms.get(n).explained());
      }
      // Each entry ends with a blank line; the next heading adds its own.
      md.setLength(md.length() - 1);
    }
    if (!v.facts.isEmpty()) {
      md.append("\n## Facts given\n\nThe value of each fact the explanations test, said once; a fact they test that is not ")
          .append("listed is unknown.\n\n");
      v.facts.forEach((id, value) -> md.append("- `").append(id.replace("`", "")).append("`: ").append(md(given(value))).append("\n"));
    }

    md.append("\n## Receipt\n\n");
    Receipt r = a.receipt();
    md.append("- regkit ").append(md(r.regkitVersion())).append(", as of ").append(r.asOf()).append("\n");
    for (Receipt.PackStamp p : r.packs()) {
      md.append("- pack ").append(md(p.id())).append(" (").append(md(p.jurisdiction())).append(") data ")
          .append(md(p.dataVersion())).append(", answers from ").append(p.answersFrom()).append(", current as of ")
          .append(p.currentAsOf()).append(", sha256 ").append(md(p.contentHash()))
          .append(p.buildsOn().isEmpty() ? "" : ", builds on " + md(String.join(", ", p.buildsOn()))).append("\n");
    }
    md.append("- facts sha256 ").append(md(r.factsHash())).append("\n");
    return md.toString();
  }

  private static String mdQuestions(List<Integer> questions) {
    if (questions.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(questions.size() == 1 ? " (question " : " (questions ");
    for (int i = 0; i < questions.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append("[").append(questions.get(i)).append("](#q").append(questions.get(i)).append(")");
    }
    return sb.append(")").toString();
  }

  private static String mdCitations(View v, List<String> citations) {
    List<String> out = new ArrayList<>();
    for (String c : citations) {
      Row row = v.rowByCitation.get(c);
      out.add(row == null ? md(c) : "[" + md(c) + "](#" + row.anchor() + ")");
    }
    return String.join(", ", out);
  }

  private static String mdLink(String label, String url) {
    // The <…> form takes any address without spaces or angle brackets, which safeUrl guarantees.
    return safeUrl(url).map(u -> "[" + label + "](<" + u + ">)")
        .orElse(label + ": " + md(url) + " (not shown as a link: not an http or https address)");
  }

  /**
   * Text escaped for inline Markdown: every character with a meaning is escaped or written as an
   * entity, so no text (a pack's label with a code fence, a title with HTML) can become markup.
   */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '$', '#', '!' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** One line of a block quote: escaped, and a leading list or heading marker made literal. */
  private static String mdLine(String line) {
    String s = md(line.strip());
    if (s.matches("^([+\\-=]|\\d+[.)]).*")) {
      int end = s.matches("^\\d.*") ? s.replaceFirst("^(\\d+).*", "$1").length() : 0;
      return s.substring(0, end) + "\\" + s.substring(end);
    }
    return s;
  }

  private static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /**
   * A trace as indented lines with its results in words ("[yes] the vendor stores the data") in a
   * code block, a scope or term it uses as one line that refers to its explanation, then links to
   * those explanations.
   */
  private static void mdTrace(StringBuilder md, View v, Trace t) {
    StringBuilder sb = new StringBuilder();
    Set<String> refs = new LinkedHashSet<>();
    traceText(t, 0, sb, v, refs);
    String text = sb.toString();
    String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    md.append(fence).append("\n").append(text).append(fence).append("\n\n");
    if (!refs.isEmpty()) {
      md.append("See ");
      String sep = "";
      for (String ref : refs) {
        md.append(sep).append("[").append(ref).append("](#").append(ref.replace(' ', '-')).append(")");
        sep = ", ";
      }
      md.append(".\n\n");
    }
  }

  /** A scope at the top is the scope whose own explanation this is: written out, not referred to. */
  private static void traceText(Trace t, int depth, StringBuilder sb, View v, Set<String> refs) {
    boolean scope = depth > 0 && Explanations.isScope(t);
    boolean term = Explanations.isTermUse(t);
    String text = scope ? scopeName(t) : t.text();
    sb.append("  ".repeat(depth)).append('[').append(truth(t.result())).append("] ")
        .append(text.replace('\n', ' ').replace('\r', ' '));
    t.citation().filter(c -> !text.contains(c)).ifPresent(c -> sb.append(" (").append(c.replace('\n', ' ')).append(')'));
    if (scope || term) {
      String ref = v.reference(t);
      refs.add(ref);
      sb.append(" (see ").append(ref).append(")\n");
      return;
    }
    sb.append('\n');
    for (Trace child : t.children()) {
      traceText(child, depth + 1, sb, v, refs);
    }
  }

  /** A scope as its references name it: "who 201 CMR 17.00 binds", without the summary its own entry shows. */
  static String scopeName(Trace scope) {
    return scope.citation().map(c -> "who " + c + " binds").orElse(scope.text());
  }

  /** A term as its entry's heading names it: its text, with its citation. */
  static String termName(Trace use) {
    return use.citation().filter(c -> !use.text().contains(c)).map(c -> use.text() + " (" + c + ")").orElse(use.text());
  }

  /** A value given, as reports show it: {@code [a, b]}, {@code 70}, {@code 2009-06-01}. */
  static String given(Object value) {
    return value instanceof java.math.BigDecimal n ? n.toPlainString() : String.valueOf(value);
  }

  // ------------------------------------------------------------------ HTML

  /** The assessment as one self-contained HTML page; {@code title} is shown as given, escaped. */
  public static String html(Assessment a, String title) {
    View v = new View(a);
    StringBuilder h = new StringBuilder(65_536);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
    if (!v.warnings.isEmpty()) {
      h.append("<div class=\"warnings\" id=\"warnings\" role=\"note\">\n<p><b>")
          .append(v.warnings.size() == 1 ? "Warning" : "Warnings").append("</b></p>\n<ul>\n");
      v.warnings.forEach(w -> h.append("<li data-kind=\"").append(w.kind()).append("\">").append(esc(w.message())).append("</li>\n"));
      h.append("</ul>\n</div>\n");
    }
    h.append("<dl class=\"dates\">\n<dt>Assessed as of</dt><dd id=\"as-of\">").append(a.receipt().asOf()).append("</dd>\n");
    for (Receipt.PackStamp p : a.receipt().packs()) {
      h.append("<dt>Law current as of</dt><dd class=\"current-as-of\">").append(esc(currentAsOfLine(p))).append("</dd>\n");
    }
    h.append("</dl>\n<p class=\"counts\" id=\"counts\">").append(esc(counts(v)).replace(" · ", " <span class=\"sep\">·</span> "))
        .append("</p>\n<p class=\"note\">Not legal advice: a checklist with citations for a person who can read them.</p>\n")
        .append("</header>\n");

    h.append("<section id=\"checklist\">\n<h2>Checklist</h2>\n");
    if (v.rows.isEmpty()) {
      h.append("<p>No duty applies or may apply.</p>\n");
    } else {
      h.append("<table class=\"checklist\">\n<colgroup><col class=\"c-done\"><col class=\"c-citation\"><col class=\"c-duty\">")
          .append("<col class=\"c-whose\"><col class=\"c-applies\"><col class=\"c-compliance\"><col class=\"c-evidence\"></colgroup>\n<thead><tr><th scope=\"col\" class=\"done\">Done</th><th scope=\"col\">Citation</th>")
          .append("<th scope=\"col\">Duty</th><th scope=\"col\">Whose duty</th><th scope=\"col\">Applies?</th>")
          .append("<th scope=\"col\">Compliance</th><th scope=\"col\">Evidence that would settle it</th></tr></thead>\n<tbody>\n");
      Addressee.Role role = null;
      for (Row row : v.rows) {
        Requirement r = row.requirement();
        if (r.obligation().addressee().role() != role) {
          role = r.obligation().addressee().role();
          h.append("<tr class=\"group\"><th colspan=\"7\" scope=\"rowgroup\">")
              .append(role == Addressee.Role.CALLER ? "Your duties" : "The vendor's duties (for the contract)").append("</th></tr>\n");
        }
        h.append("<tr class=\"row\" data-id=\"").append(esc(r.id())).append("\" data-status=\"").append(r.applicability())
            .append("\" data-compliance=\"").append(r.compliance().status()).append("\" data-role=\"")
            .append(r.obligation().addressee().role()).append("\">")
            .append("<td class=\"done\"><span class=\"box\" aria-label=\"not done\"></span></td>")
            .append("<td class=\"citation\"><a href=\"#").append(row.anchor()).append("\">").append(esc(r.citation())).append("</a></td>")
            .append("<td>").append(esc(r.obligation().title())).append("</td>")
            .append("<td>").append(Words.of(r.obligation().addressee().role())).append("</td>")
            .append("<td><span class=\"label status ").append(r.applicability()).append("\">").append(Words.of(r.applicability())).append("</span>")
            .append(htmlQuestions(v.applicabilityQuestions(r))).append("</td>")
            .append("<td><span class=\"label compliance ").append(r.compliance().status()).append("\">")
            .append(Words.of(r.compliance().status())).append("</span>").append(htmlQuestions(v.complianceQuestions(r))).append("</td>")
            .append("<td class=\"evidence\">").append(esc(evidence(r))).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("</section>\n");

    h.append("<section id=\"entries\">\n");
    Addressee.Role role = null;
    Applicability status = null;
    for (Row row : v.rows) {
      Requirement r = row.requirement();
      var o = r.obligation();
      if (o.addressee().role() != role || r.applicability() != status) {
        role = o.addressee().role();
        status = r.applicability();
        h.append("<h2 class=\"group\" data-role=\"").append(role).append("\" data-status=\"").append(status).append("\">")
            .append(esc(heading(role, status))).append("</h2>\n");
      }
      h.append("<article class=\"requirement\" id=\"").append(row.anchor()).append("\" data-id=\"").append(esc(o.id()))
          .append("\" data-status=\"").append(r.applicability()).append("\" data-compliance=\"").append(r.compliance().status())
          .append("\">\n<h3><span class=\"citation\">").append(esc(o.citation())).append("</span> ").append(esc(o.title()))
          .append("</h3>\n<p class=\"labels\">")
          .append("<span class=\"label status ").append(r.applicability()).append("\">").append(Words.of(r.applicability())).append("</span> ")
          .append("<span class=\"label compliance ").append(r.compliance().status()).append("\">Compliance: ")
          .append(Words.of(r.compliance().status()).toLowerCase(Locale.ROOT)).append("</span> ")
          .append("<span class=\"label badge ").append(o.excerpt().verified() ? "verified" : "unverified")
          .append("\">Source text: ").append(esc(badge(o.excerpt()))).append("</span> ")
          .append("<span class=\"party\">").append(esc(party(o.addressee()))).append("</span></p>\n");
      h.append("<p>").append(esc(o.summary())).append("</p>\n");
      h.append("<blockquote>").append(esc(o.excerpt().text()).replace("\n", "<br>\n")).append("<footer>")
          .append(htmlLink("source", o.excerpt().source())).append(", retrieved ").append(o.excerpt().retrieved());
      Shared note = v.noteById.get(o.id());
      if (note != null) {
        h.append(". See <a href=\"#note-").append(note.number()).append("\">note ").append(note.number())
            .append("</a> on the source texts");
      } else {
        o.excerpt().note().ifPresent(n -> h.append(". ").append(esc(n)));
      }
      h.append("</footer></blockquote>\n");
      o.timing().ifPresent(t -> h.append("<p class=\"timing\">Timing: ").append(esc(t)).append("</p>\n"));
      Shared penalty = v.penaltyById.get(o.id());
      if (penalty != null) {
        h.append("<p class=\"penalty\">Penalty: see <a href=\"#penalty-").append(penalty.number()).append("\">penalty ")
            .append(penalty.number()).append("</a></p>\n");
      }
      list(h, "Actions", o.actions());
      list(h, "Evidence that would settle compliance", r.compliance().evidenceNeeded());
      h.append("<details><summary>Why it ").append(r.applicability() == Applicability.APPLIES ? "applies" : "may apply")
          .append("</summary>\n");
      trace(h, v, r.why(), true);
      h.append("</details>\n<p class=\"back\"><a href=\"#checklist\">Back to the checklist</a></p>\n</article>\n");
    }
    h.append("</section>\n");

    if (!v.penalties.isEmpty()) {
      h.append("<section id=\"penalties\">\n<h2>Penalties</h2>\n<ol>\n");
      for (Shared p : v.penalties) {
        h.append("<li id=\"penalty-").append(p.number()).append("\">").append(esc(p.text())).append(" <small>For ")
            .append(count(p.rows().size(), "duty", "duties")).append(" under ").append(esc(String.join(", ", p.instruments())))
            .append(".</small></li>\n");
      }
      h.append("</ol>\n</section>\n");
    }
    if (!v.notes.isEmpty()) {
      h.append("<section id=\"notes\">\n<h2>Notes on the source texts</h2>\n<ol>\n");
      for (Shared n : v.notes) {
        h.append("<li id=\"note-").append(n.number()).append("\">").append(esc(n.text())).append(" <small>For ")
            .append(htmlCitations(v, n.rows().stream().map(row -> row.requirement().citation()).distinct().toList()))
            .append(".</small></li>\n");
      }
      h.append("</ol>\n</section>\n");
    }

    h.append("<section id=\"ruled-out\">\n<h2>Ruled out</h2>\n");
    if (a.ruledOut().isEmpty()) {
      h.append("<p>Nothing was ruled out.</p>\n");
    }
    h.append("<ul>\n");
    for (RuledOut n : a.ruledOut()) {
      h.append("<li data-reason=\"").append(n.reason()).append("\" data-level=\"").append(n.level()).append("\"")
          .append(n.addressee().map(x -> " data-role=\"" + x.role() + "\"").orElse("")).append(">")
          .append("<span class=\"citation\">").append(esc(n.citation())).append("</span> ").append(esc(n.title()))
          .append(" — <b class=\"reason\">").append(esc(Words.reason(n, a.receipt().asOf()))).append("</b>")
          .append(partyToShow(n).map(x -> " <span class=\"party\">(" + esc(party(x)) + ")</span>").orElse(""))
          .append(". ").append(esc(explanation(n)));
      for (Row other : v.sameCitation(n)) {
        h.append(" <span class=\"same-citation\">").append(esc(otherDuty(other.requirement()))).append(": see <a href=\"#")
            .append(other.anchor()).append("\">row ").append(other.number()).append("</a>.</span>");
      }
      h.append("</li>\n");
    }
    h.append("</ul>\n</section>\n<section id=\"open-questions\">\n<h2>Open questions</h2>\n");
    if (a.openQuestions().isEmpty()) {
      h.append("<p>None: every verdict is settled.</p>\n");
    }
    h.append("<ol>\n");
    int i = 1;
    for (OpenQuestion q : a.openQuestions()) {
      h.append("<li id=\"q").append(i++).append("\" data-fact=\"").append(esc(q.factId())).append("\">").append(esc(q.question()))
          .append(" <small>").append(esc(q.help())).append(" ").append(esc(settles(q))).append(": ")
          .append(htmlCitations(v, q.citations())).append(". Facts file key: <code>").append(esc(q.factId()))
          .append("</code>.</small></li>\n");
    }
    h.append("</ol>\n</section>\n");
    if (!v.explained.scopes().isEmpty() || !v.explained.terms().isEmpty()) {
      h.append("<section id=\"scopes-and-terms\">\n<h2>Scopes and terms</h2>\n<p class=\"note\">Who each instrument binds and ")
          .append("what each legal term means here, explained once; the explanations above refer to them by number.</p>\n");
      List<Explanations.Entry> scopes = v.explained.scopes();
      for (int n = 0; n < scopes.size(); n++) {
        Trace scope = scopes.get(n).node();
        h.append("<article class=\"explained\" id=\"scope-").append(n + 1).append("\">\n<h3>Scope ").append(n + 1).append(": ")
            .append(esc(scopeName(scope))).append("</h3>\n");
        trace(h, v, scope, true);
        h.append("</article>\n");
      }
      List<Explanations.Entry> terms = v.explained.terms();
      for (int n = 0; n < terms.size(); n++) {
        Trace use = terms.get(n).node();
        h.append("<article class=\"explained\" id=\"term-").append(n + 1).append("\">\n<h3>Term ").append(n + 1).append(": ")
            .append(esc(termName(use))).append(" <span class=\"truth ").append(use.result()).append("\">")
            .append(truth(use.result())).append("</span></h3>\n");
        Trace definition = terms.get(n).explained();
        trace(h, v, definition, true);
        h.append("</article>\n");
      }
      h.append("</section>\n");
    }
    if (!v.facts.isEmpty()) {
      h.append("<section id=\"facts\">\n<h2>Facts given</h2>\n<p class=\"note\">The value of each fact the explanations test, ")
          .append("said once; a fact they test that is not listed is unknown.</p>\n<dl class=\"facts\">\n");
      v.facts.forEach((id, value) -> h.append("<dt><code>").append(esc(id)).append("</code></dt><dd>").append(esc(given(value)))
          .append("</dd>\n"));
      h.append("</dl>\n</section>\n");
    }
    h.append("<section id=\"receipt\">\n<h2>Receipt</h2>\n<ul>\n");
    Receipt r = a.receipt();
    h.append("<li>regkit ").append(esc(r.regkitVersion())).append(", as of ").append(r.asOf()).append("</li>\n");
    for (Receipt.PackStamp p : r.packs()) {
      h.append("<li>pack <code>").append(esc(p.id())).append("</code> (").append(esc(p.jurisdiction()))
          .append(") data ").append(esc(p.dataVersion())).append(", answers from ").append(p.answersFrom())
          .append(", current as of ").append(p.currentAsOf()).append(", sha256 <code>")
          .append(esc(p.contentHash())).append("</code>")
          .append(p.buildsOn().isEmpty() ? "" : ", builds on " + esc(String.join(", ", p.buildsOn()))).append("</li>\n");
    }
    h.append("<li>facts sha256 <code>").append(esc(r.factsHash())).append("</code></li>\n</ul>\n</section>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String htmlQuestions(List<Integer> questions) {
    if (questions.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(questions.size() == 1 ? " <small>question " : " <small>questions ");
    for (int i = 0; i < questions.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append("<a href=\"#q").append(questions.get(i)).append("\">")
          .append(questions.get(i)).append("</a>");
    }
    return sb.append("</small>").toString();
  }

  private static String htmlCitations(View v, List<String> citations) {
    List<String> out = new ArrayList<>();
    for (String c : citations) {
      Row row = v.rowByCitation.get(c);
      out.add(row == null ? esc(c) : "<a href=\"#" + row.anchor() + "\">" + esc(c) + "</a>");
    }
    return String.join(", ", out);
  }

  private static String htmlLink(String label, String url) {
    return safeUrl(url).map(u -> "<a href=\"" + esc(u) + "\">" + esc(label) + "</a>")
        .orElse(esc(label) + ": " + esc(url) + " (not shown as a link: not an http or https address)");
  }

  private static void list(StringBuilder h, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<p class=\"list-heading\">").append(esc(heading)).append("</p>\n<ul>\n");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
    h.append("</ul>\n");
  }

  /**
   * A trace as nested lists; a scope or term it uses is one item that links to its explanation. A
   * scope at the top is the scope whose own explanation this is: written out, not referred to.
   */
  private static void trace(StringBuilder h, View v, Trace t, boolean top) {
    boolean scope = !top && Explanations.isScope(t);
    boolean term = Explanations.isTermUse(t);
    String text = scope ? scopeName(t) : t.text();
    h.append("<ul class=\"trace\"><li><span class=\"truth ").append(t.result()).append("\">").append(truth(t.result()))
        .append("</span> ").append(esc(text));
    t.citation().filter(c -> !text.contains(c)).ifPresent(c -> h.append(" (").append(esc(c)).append(')'));
    if (scope || term) {
      h.append(" <a class=\"ref\" href=\"#").append(v.anchor(t)).append("\">").append(v.reference(t)).append("</a></li></ul>\n");
      return;
    }
    h.append("\n");
    for (Trace child : t.children()) {
      trace(h, v, child, false);
    }
    h.append("</li></ul>\n");
  }

  static String esc(String s) {
    return io.github.regkit.internal.Html.escape(s);
  }

  private static final String CSS = """
      body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
      h1{font-size:1.6rem;margin-bottom:.5rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
      h3{font-size:1.05rem;margin-bottom:.3rem}.citation{font-family:ui-monospace,monospace;white-space:nowrap}
      .warnings{border:2px solid #c77700;background:#fff4e0;padding:.3rem 1rem;border-radius:.3rem;margin:.5rem 0}
      .warnings p{margin:.3rem 0}.warnings ul{margin:.2rem 0}
      .dates{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem;margin:.5rem 0}
      .dates dt{font-weight:600}.dates dd{margin:0}
      .counts{font-size:1.1rem;font-weight:600}.sep{color:#888;font-weight:normal;margin:0 .3rem}
      table.checklist{border-collapse:collapse;width:100%;font-size:.9rem}
      .checklist th,.checklist td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
      .checklist thead th{background:#f0f0f5}.checklist tr.group th{background:#e6e9f2;font-size:.95rem}
      .checklist td.done{text-align:center;width:2.5rem}
      .box{display:inline-block;width:.9rem;height:.9rem;border:1.5px solid #555;border-radius:.15rem}
      .checklist small{display:block;color:#555}
      .label{font-size:.8rem;padding:.05rem .4rem;border-radius:.25rem;margin-right:.3rem;white-space:nowrap}
      .APPLIES{background:#fde2e1}.MAY_APPLY{background:#fff4cc}.SATISFIED{background:#daf5dd}
      .OUTSTANDING{background:#fde2e1}.UNKNOWN{background:#eee}.verified{background:#daf5dd}
      .unverified{background:#ffe7c2}.party{color:#555;font-size:.85rem}
      blockquote{border-left:4px solid #bbb;margin:.5rem 0;padding:.2rem .8rem;color:#333;background:#fafafa}
      blockquote footer{font-size:.8rem;color:#666}.trace{list-style:none;padding-left:1rem;font-size:.85rem}
      .truth{font-size:.75rem;padding:0 .3rem;border-radius:.2rem}.truth.TRUE{background:#daf5dd}
      .truth.FALSE{background:#fde2e1}.truth.UNKNOWN{background:#eee}
      .note,.back{color:#555;font-size:.85rem}.same-citation{font-style:italic}
      .trace .ref{font-size:.8rem;margin-left:.3rem}.explained h3 .truth{font-weight:normal}
      .facts{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}.facts dd{margin:0}
      #ruled-out li,#open-questions li,#penalties li,#notes li{margin-bottom:.4rem}
      @page{margin:1.2cm}
      @media print{
        body{font-size:10pt;max-width:none;margin:0;padding:0}
        details,.back,#scopes-and-terms{display:none}
        .c-done{width:4%}.c-citation{width:15%}.c-duty{width:27%}.c-whose{width:8%}.c-applies{width:9%}
        .c-compliance{width:11%}.c-evidence{width:26%}
        .checklist th,.checklist td{padding:.1rem .25rem;line-height:1.25}.checklist small{display:inline}
        .checklist .label{white-space:normal;padding:0;border:none;background:none}
        .checklist .citation{white-space:normal}
        a{color:inherit;text-decoration:none}
        blockquote footer a[href^="http"]::after{content:" (" attr(href) ")";word-break:break-all}
        .checklist{font-size:8pt}.checklist thead{display:table-header-group}
        .checklist tr,li{break-inside:avoid}
        #entries{break-before:page}
        .label,.warnings{border:1px solid #888}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      """;
}
