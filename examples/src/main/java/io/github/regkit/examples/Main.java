package io.github.regkit.examples;

import io.github.regkit.Assessment;
import io.github.regkit.AssessmentDiff;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.RegkitException;
import io.github.regkit.report.AssessmentReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The regkit command line.
 *
 * <pre>
 * java -jar regkit-examples.jar                       the motivating question (scenario S1), as text
 * java -jar regkit-examples.jar assess FILE [--as-of YYYY-MM-DD] [--format text|json|markdown|html]
 * java -jar regkit-examples.jar diff FILE --as-of YYYY-MM-DD --to YYYY-MM-DD
 * java -jar regkit-examples.jar questionnaire [FILE]  ask the open questions one at a time
 * java -jar regkit-examples.jar vocabulary          the facts regkit understands, as JSON
 * java -jar regkit-examples.jar coverage            what the Massachusetts pack encodes, as Markdown
 * </pre>
 *
 * <p>Bad input ends with exit status 2 and one line on standard error; nothing is written to
 * standard output.
 */
public final class Main {
  static final String QUESTION = "Can I use a third-party customer-service tool that collects personal"
      + " information in Massachusetts? What are the requirements?";
  static final String USAGE = "usage: regkit [assess FILE|- [--as-of YYYY-MM-DD] [--format text|json|markdown|html]"
      + " | diff FILE --as-of YYYY-MM-DD --to YYYY-MM-DD | questionnaire [FILE] | vocabulary | coverage]";
  static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the command; returns the exit status. */
  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    try {
      String output = execute(args, stdin, out);
      out.print(output);
      out.flush();
      return 0;
    } catch (UsageException | RegkitException e) {
      err.println("regkit: " + String.valueOf(e.getMessage()).replace('\n', ' '));
      return 2;
    }
  }

  private static String execute(String[] args, InputStream stdin, PrintStream out) {
    if (args.length == 0) {
      return mainJob();
    }
    return switch (args[0]) {
      case "assess" -> assess(List.of(args).subList(1, args.length), stdin);
      case "coverage" -> Coverage.markdown(Assessor.forJurisdiction("US-MA").packs().get(0));
      case "diff" -> diff(List.of(args).subList(1, args.length), stdin);
      case "vocabulary" -> Questionnaire.vocabularyJson(Assessor.forJurisdiction("US-MA"));
      case "questionnaire" -> Questionnaire.run(Assessor.forJurisdiction("US-MA"),
          args.length > 1 ? readFacts(args[1], stdin) : Facts.empty(), stdin, out);
      case "--help", "-h", "help" -> USAGE + "\n";
      default -> throw new UsageException("unknown command '" + args[0] + "'; " + USAGE);
    };
  }

  /** The motivating question, answered from the bundled Massachusetts pack as of today. */
  static String mainJob() {
    Facts facts;
    try (InputStream in = Main.class.getResourceAsStream("/scenarios/S1.json")) {
      facts = Facts.fromJson(in);
    } catch (IOException e) {
      throw new UsageException("cannot read the bundled scenario S1: " + e.getMessage());
    }
    Assessment assessment = Assessor.forJurisdiction("US-MA").assess(facts);
    return TextReport.render(assessment, QUESTION);
  }

  private static String assess(List<String> args, InputStream stdin) {
    String file = null;
    LocalDate asOf = null;
    String format = "text";
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      switch (arg) {
        case "--as-of" -> asOf = date("--as-of", value(rest, "--as-of"));
        case "--format" -> {
          format = value(rest, "--format");
          if (!FORMATS.contains(format)) {
            throw new UsageException("--format: '" + format + "' is not supported; expected one of " + FORMATS);
          }
        }
        default -> {
          if (arg.startsWith("--") || file != null) {
            throw new UsageException("unexpected argument '" + arg + "'; " + USAGE);
          }
          file = arg;
        }
      }
    }
    if (file == null) {
      throw new UsageException("assess needs a facts file, or - for standard input; " + USAGE);
    }
    Facts facts = readFacts(file, stdin);
    Assessor assessor = Assessor.forJurisdiction("US-MA");
    Assessment assessment = asOf == null ? assessor.assess(facts) : assessor.assess(facts, asOf);
    String title = "Assessment of " + file;
    return switch (format) {
      case "json" -> assessment.toJson() + "\n";
      case "markdown" -> AssessmentReport.markdown(assessment, title);
      case "html" -> AssessmentReport.html(assessment, title);
      default -> TextReport.render(assessment, title);
    };
  }

  /** What changes for the same facts between two dates, and why. */
  private static String diff(List<String> args, InputStream stdin) {
    String file = null;
    LocalDate from = null;
    LocalDate to = null;
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      switch (arg) {
        case "--as-of" -> from = date("--as-of", value(rest, "--as-of"));
        case "--to" -> to = date("--to", value(rest, "--to"));
        default -> {
          if (arg.startsWith("--") || file != null) {
            throw new UsageException("unexpected argument '" + arg + "'; " + USAGE);
          }
          file = arg;
        }
      }
    }
    if (file == null || from == null || to == null) {
      throw new UsageException("diff needs a facts file, --as-of and --to; " + USAGE);
    }
    Assessor assessor = Assessor.forJurisdiction("US-MA");
    Facts facts = readFacts(file, stdin);
    AssessmentDiff diff = assessor.assess(facts, to).diff(assessor.assess(facts, from));
    StringBuilder out = new StringBuilder("Changes from " + from + " to " + to + " for " + file + "\n");
    if (diff.isEmpty()) {
      out.append("Nothing changes.\n");
    }
    for (AssessmentDiff.Change c : diff.changes()) {
      StringBuilder line = new StringBuilder();
      TextReport.wrap(line, "  ", "- " + c.citation() + ": " + c.kind() + " " + c.before() + " -> " + c.after());
      for (String cause : c.causes()) {
        TextReport.wrap(line, "      ", "because " + cause);
      }
      out.append(line);
    }
    diff.questionsSettled().forEach(q -> out.append("  settled question: ").append(q).append('\n'));
    diff.questionsAdded().forEach(q -> out.append("  new question: ").append(q).append('\n'));
    return out.toString();
  }

  private static Facts readFacts(String file, InputStream stdin) {
    if (file.equals("-")) {
      return Facts.fromJson(stdin);
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return Facts.fromJson(in);
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String value(List<String> rest, String option) {
    if (rest.isEmpty()) {
      throw new UsageException(option + " needs a value");
    }
    return rest.remove(0);
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException(option + ": '" + text + "' is not a valid date; expected yyyy-MM-dd");
    }
  }

  /** A mistake in the command line or an unreadable file. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
