package io.github.regkit.examples;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import io.github.regkit.Truth;
import io.github.regkit.Warning;
import io.github.regkit.report.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An assessment as plain text for an 80-column terminal, checklist first: the warnings and dates,
 * then each duty with whose it is, whether it applies, its compliance and the evidence that would
 * settle it; what was ruled out and why; and what to ask next. Every code is said in words.
 */
public final class TextReport {
  static final int WIDTH = 80;

  private TextReport() {}

  /** Renders {@code a} under {@code title}. */
  public static String render(Assessment a, String title) {
    StringBuilder out = new StringBuilder();
    wrap(out, "", title);
    line(out, "=".repeat(Math.min(WIDTH, title.length())));
    for (Warning w : a.warnings()) {
      wrap(out, "", "WARNING: " + w.message());
    }
    wrap(out, "", "Assessed as of " + a.receipt().asOf() + ". " + String.join(" ", a.receipt().packs().stream()
        .map(p -> "Law current as of " + p.currentAsOf() + " (pack " + p.id() + ", data " + p.dataVersion() + ").").toList()));
    int applies = a.requirements(Applicability.APPLIES).size();
    wrap(out, "", count(applies, "duty applies", "duties apply") + ", " + a.requirements(Applicability.MAY_APPLY).size()
        + " may apply, " + a.ruledOut().size() + " ruled out, "
        + count(a.openQuestions().size(), "open question", "open questions") + ".");
    wrap(out, "", "Not legal advice: a checklist with citations for a person who can read them.");
    Map<String, Integer> questionOf = new HashMap<>();
    for (int i = 0; i < a.openQuestions().size(); i++) {
      questionOf.put(a.openQuestions().get(i).factId(), i + 1);
    }
    section(out, "YOUR DUTIES", a, Addressee.Role.CALLER, questionOf);
    section(out, "THE VENDOR'S DUTIES (put them in the contract)", a, Addressee.Role.COUNTERPARTY, questionOf);
    out.append('\n');
    line(out, "RULED OUT");
    if (a.ruledOut().isEmpty()) {
      wrap(out, "  ", "Nothing was ruled out.");
    }
    for (RuledOut n : a.ruledOut()) {
      wrap(out, "  ", "- " + n.citation() + " " + n.title() + ": " + Words.reason(n, a.receipt().asOf()).toLowerCase(Locale.ROOT)
          + n.addressee().filter(x -> !n.explanation().contains(x.party())).map(x -> " (" + party(x) + ")").orElse("") + ".");
      String lead = n.citation() + " does not bind this situation. ";
      wrap(out, "      ", n.explanation().startsWith(lead) ? n.explanation().substring(lead.length()) : n.explanation());
      if (n.level() == RuledOut.Level.OBLIGATION) {
        for (Requirement other : a.requirementsCiting(n.citation())) {
          wrap(out, "      ", "Under the same citation, " + (other.obligation().addressee().role() == Addressee.Role.CALLER
              ? "your duty" : "the vendor's duty") + " (" + other.obligation().addressee().party() + ") is a different duty and "
              + Words.of(other.applicability()).toLowerCase(Locale.ROOT) + ": see above.");
        }
      }
    }
    out.append('\n');
    line(out, "OPEN QUESTIONS (most decisive first)");
    if (a.openQuestions().isEmpty()) {
      wrap(out, "  ", "None: every verdict is settled.");
    }
    int i = 1;
    for (OpenQuestion q : a.openQuestions()) {
      wrap(out, "  ", i++ + ". " + q.question() + " [" + q.factId() + "]");
      wrap(out, "      ", settles(q) + ": " + String.join(", ", q.citations()) + ".");
    }
    out.append('\n');
    wrap(out, "", "The full text of each duty, its source and why it applies: assess FILE --format html (or markdown).");
    return out.toString();
  }

  private static void section(StringBuilder out, String heading, Assessment a, Addressee.Role role, Map<String, Integer> questionOf) {
    List<Requirement> requirements = new ArrayList<>(a.requirements().stream()
        .filter(r -> r.obligation().addressee().role() == role).toList());
    if (requirements.isEmpty()) {
      return;
    }
    // Applies before may apply, pack order otherwise: the same order as the HTML checklist.
    requirements.sort(Comparator.comparing(Requirement::applicability));
    out.append('\n');
    line(out, heading);
    for (Requirement r : requirements) {
      String flag = r.obligation().excerpt().verified() ? "" : " (source text not verified)";
      wrap(out, "  ", "- [ ] " + r.citation() + "  " + r.obligation().title() + flag);
      Set<String> blocking = new LinkedHashSet<>();
      if (r.applicability() == Applicability.MAY_APPLY) {
        blockingFacts(r.why(), blocking);
      }
      wrap(out, "        ", Words.of(r.applicability()) + questions(blocking, questionOf) + "; compliance: "
          + Words.of(r.compliance().status()).toLowerCase(Locale.ROOT)
          + questions(r.compliance().openFacts(), questionOf) + ".");
      wrap(out, "        ", r.obligation().summary());
      if (r.compliance().status() == ComplianceStatus.UNKNOWN && !r.compliance().evidenceNeeded().isEmpty()) {
        wrap(out, "        ", "Evidence that would settle it: " + String.join(" ", r.compliance().evidenceNeeded().stream()
            .map(TextReport::sentence).toList()));
      }
    }
  }

  private static String sentence(String s) {
    return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
  }

  private static String questions(Iterable<String> facts, Map<String, Integer> questionOf) {
    Set<Integer> numbers = new TreeSet<>();
    facts.forEach(f -> Optional.ofNullable(questionOf.get(f)).ifPresent(numbers::add));
    if (numbers.isEmpty()) {
      return "";
    }
    return (numbers.size() == 1 ? " (question " : " (questions ")
        + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
  }

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

  static String party(Addressee addressee) {
    return (addressee.role() == Addressee.Role.CALLER ? "your duty" : "the vendor's duty") + ", as " + addressee.party();
  }

  /** What answering an open question could settle, in words. */
  static String settles(OpenQuestion q) {
    List<String> parts = new ArrayList<>();
    if (q.applicabilityVerdicts() > 0) {
      parts.add("whether " + count(q.applicabilityVerdicts(), "duty applies", "duties apply"));
    }
    if (q.complianceVerdicts() > 0) {
      parts.add("whether " + count(q.complianceVerdicts(), "duty is met", "duties are met"));
    }
    return "Answering it could settle " + String.join(" and ", parts);
  }

  /** "1 duty applies", "2 duties apply". */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A status or compliance code from {@code AssessmentDiff} in words. */
  static String word(Applicability applicability) {
    return word(applicability.name());
  }

  static String word(Optional<ComplianceStatus> compliance) {
    return compliance.map(c -> word(c.name())).orElse("none");
  }

  static String word(String code) {
    return switch (code) {
      case "APPLIES" -> "applies";
      case "MAY_APPLY" -> "may apply";
      case "NOT_APPLICABLE" -> "does not apply";
      case "SATISFIED" -> "met";
      case "OUTSTANDING" -> "not met";
      case "UNKNOWN" -> "not known";
      default -> code;
    };
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  /** Word-wraps {@code text} at {@link #WIDTH}, continuing lines under the first character. */
  @SuppressWarnings("StringSplitter") // runs of spaces and trailing spaces are meant to collapse when wrapping
  static void wrap(StringBuilder out, String indent, String text) {
    int hang = text.startsWith("- [ ] ") ? 6 : text.startsWith("- ") ? 2 : text.matches("^\\d+\\. .*") ? text.indexOf(' ') + 1 : 0;
    String continuation = indent + " ".repeat(hang);
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      int base = lines.isEmpty() ? indent.length() : continuation.length();
      if (current.length() > base && current.length() + 1 + word.length() > WIDTH) {
        lines.add(current.toString());
        current = new StringBuilder(continuation);
      }
      if (current.length() > (lines.isEmpty() ? indent.length() : continuation.length())) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    lines.forEach(l -> out.append(l).append('\n'));
  }
}
