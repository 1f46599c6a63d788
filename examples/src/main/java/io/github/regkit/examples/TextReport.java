package io.github.regkit.examples;

import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import java.util.ArrayList;
import java.util.List;

/** An assessment as plain text for an 80-column terminal: whose duty, what was ruled out, what to ask. */
public final class TextReport {
  static final int WIDTH = 80;

  private TextReport() {}

  public static String render(Assessment a, String title) {
    StringBuilder out = new StringBuilder();
    wrap(out, "", title);
    line(out, "=".repeat(Math.min(WIDTH, title.length())));
    wrap(out, "", "As of " + a.receipt().asOf() + ". Packs: "
        + String.join(", ", a.receipt().packs().stream().map(p -> p.id() + " " + p.dataVersion()).toList())
        + ". " + a.requirements(Applicability.APPLIES).size() + " apply, "
        + a.requirements(Applicability.MAY_APPLY).size() + " may apply, "
        + a.notApplicable().size() + " ruled out, " + a.openQuestions().size() + " open questions.");
    wrap(out, "", "Not legal advice: a checklist with citations for a person who can read them.");
    for (io.github.regkit.Warning w : a.warnings()) {
      wrap(out, "", "WARNING: " + w.message());
    }
    section(out, "YOUR DUTIES", a, Addressee.Role.CALLER);
    section(out, "THE VENDOR'S DUTIES (put them in the contract)", a, Addressee.Role.COUNTERPARTY);
    out.append('\n');
    line(out, "RULED OUT");
    for (RuledOut n : a.notApplicable()) {
      wrap(out, "  ", "- " + n.citation() + " " + n.title() + " (" + n.reason() + ")");
      wrap(out, "      ", n.explanation());
    }
    out.append('\n');
    line(out, "OPEN QUESTIONS (most decisive first)");
    int i = 1;
    for (OpenQuestion q : a.openQuestions()) {
      wrap(out, "  ", i++ + ". " + q.question() + " [" + q.factId() + "]");
      wrap(out, "      ", "Could settle " + q.applicabilityVerdicts() + " applicability and "
          + q.complianceVerdicts() + " compliance verdicts: " + String.join(", ", q.citations()));
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String heading, Assessment a, Addressee.Role role) {
    List<Requirement> requirements = a.requirements().stream()
        .filter(r -> r.obligation().addressee().role() == role).toList();
    if (requirements.isEmpty()) {
      return;
    }
    out.append('\n');
    line(out, heading);
    for (Requirement r : requirements) {
      String flag = r.obligation().excerpt().verified() ? "" : " [text unverified]";
      wrap(out, "  ", "- " + r.citation() + "  " + r.status() + ", " + r.compliance().status() + flag);
      wrap(out, "      ", r.obligation().title() + ": " + r.obligation().summary());
    }
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  /** Word-wraps {@code text} at {@link #WIDTH}, continuing lines under the first character. */
  @SuppressWarnings("StringSplitter") // runs of spaces and trailing spaces are meant to collapse when wrapping
  static void wrap(StringBuilder out, String indent, String text) {
    int hang = text.startsWith("- ") ? 2 : text.matches("^\\d+\\. .*") ? text.indexOf(' ') + 1 : 0;
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
