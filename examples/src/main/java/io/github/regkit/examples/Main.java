package io.github.regkit.examples;

import io.github.regkit.Assessment;
import io.github.regkit.AssessmentDiff;
import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.RegkitException;
import io.github.regkit.RulePack;
import io.github.regkit.report.AssessmentReport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The regkit command line. With no command it answers the motivating question (scenario S1) as
 * text; {@code assess}, {@code diff}, {@code batch} and {@code impact} (whole inventories), {@code
 * questionnaire}, {@code vocabulary} and {@code coverage} do the rest, each with {@code --help}.
 *
 * <p>Output is UTF-8 whatever the platform's default. Exit status: 0 a result was written; 2 bad
 * input (a mistake on the command line, an unreadable or invalid facts file), with one line on
 * standard error and nothing on standard output; 1 an internal error or output that could not be
 * written (a closed pipe ends quietly, as Unix tools do). {@code batch} and {@code impact} also exit
 * 2 when some inventory lines could not be used, after writing every other line's result.
 */
@Command(name = "regkit", mixinStandardHelpOptions = true, versionProvider = Main.Versions.class,
    usageHelpAutoWidth = false, sortOptions = false,
    description = {
        "Which Massachusetts laws bind a situation, and what they require. Not legal advice.",
        "Run it as: java -jar examples/target/regkit-examples.jar [COMMAND]",
        "",
        "With no command, answers the motivating question with the bundled scenario S1:",
        "  \"" + Main.QUESTION + "\""},
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:a result was written",
        "2:bad input: a mistake on the command line, a facts file that is missing, unreadable or invalid (one line on standard error, nothing on standard output); for batch and impact also partial failure: some inventory lines could not be used (each named on standard error, the other lines' results written)",
        "1:internal error, or the output could not be written"},
    footer = {"%nExample:", "  " + Main.JAR, "      assess examples/scenarios/S1.json --format html \\",
        "      --title \"Help-desk vendor\" > report.html"})
public final class Main implements Callable<Integer> {
  static final String QUESTION = "Can I use a third-party customer-service tool that collects personal"
      + " information in Massachusetts? What are the requirements?";
  static final String DEFAULT_TITLE = "regkit assessment";
  /** How the examples in the help start; each example continues on the next line, within 80 columns. */
  static final String JAR = "java -jar examples/target/regkit-examples.jar \\";

  private final Io io;

  private Main(Io io) {
    this.io = io;
  }

  public static void main(String[] args) {
    // Bytes straight to the file descriptors, as UTF-8: System.out would use the platform's
    // encoding (ASCII when LANG is unset on JDK 17, which turns every § into ?) and hide write errors.
    System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
  }

  /** Runs the command line; returns the exit status. */
  static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    Io io = new Io(stdin, new Watched(stdout), stderr);
    CommandLine cmd = new CommandLine(new Main(io));
    cmd.addSubcommand("assess", new Assess(io));
    cmd.addSubcommand("diff", new Diff(io));
    cmd.addSubcommand("batch", new InventoryCommands.Batch(io));
    cmd.addSubcommand("impact", new InventoryCommands.Impact(io));
    cmd.addSubcommand("questionnaire", new Ask(io));
    cmd.addSubcommand("vocabulary", new Vocabulary(io));
    cmd.addSubcommand("coverage", new CoverageCommand(io));
    cmd.addSubcommand("help", new CommandLine.HelpCommand());
    cmd.registerConverter(LocalDate.class, Main::date);
    cmd.setOut(new PrintWriter(new OutputStreamWriter(io.out, StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
    cmd.setParameterExceptionHandler((ex, a) -> {
      String hint = "";
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
        hint = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
      }
      io.error(oneLine(ex.getMessage()) + hint + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
      return 2;
    });
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof OutputFailed failed) {
        if (!failed.closedPipe()) {
          io.error("cannot write the output: " + oneLine(failed.failure.getMessage()));
        }
        return 1;
      }
      if (ex instanceof UsageException || ex instanceof RegkitException) {
        io.error(oneLine(ex.getMessage()));
        return 2;
      }
      io.error("internal error: " + ex.getClass().getName() + ": " + oneLine(ex.getMessage()));
      return 1;
    });
    int status = cmd.execute(args);
    cmd.getOut().flush();
    // Help and version go through picocli's writer, which keeps write errors to itself.
    if (status == 0 && io.out.failure != null) {
      if (!closedPipe(io.out.failure)) {
        io.error("cannot write the output: " + oneLine(io.out.failure.getMessage()));
      }
      return 1;
    }
    return status;
  }

  @Override
  public Integer call() {
    Facts facts;
    try (InputStream in = Main.class.getResourceAsStream("/scenarios/S1.json")) {
      if (in == null) {
        throw new IllegalStateException("the bundled scenario S1 is missing from the jar");
      }
      facts = Facts.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Assessor assessor = Assessor.forJurisdiction("US-MA");
    io.print(TextReport.render(assessor.assess(facts), QUESTION));
    // The answer rests on these facts: say them, so a reader knows what "applies" was decided on.
    StringBuilder assumed = new StringBuilder("\n");
    TextReport.wrap(assumed, "", "Facts assumed (examples/scenarios/S1.json): " + S1_FACTS
        + " Answer for your own facts with: assess FILE (see --help and the vocabulary command).");
    io.print(assumed.toString());
    return 0;
  }

  /** The bundled scenario S1 in words; MainTest checks it against the file. */
  static final String S1_FACTS = "a private business that owns or licenses the data; the vendor's hosted help-desk"
      + " receives, stores and processes Massachusetts consumers' names, card numbers and call recordings over the"
      + " internet, and records support calls. Nothing is known about contracts or safeguards.";

  // ------------------------------------------------------------------ commands

  @Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = Versions.class, sortOptions = false,
      description = "Assess a facts file: every duty that applies or may apply, what was ruled out, what to ask next.",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:a result was written",
          "2:bad input (one line on standard error, nothing on standard output)",
          "1:internal error, or the output could not be written"},
      footer = {"%nExamples:",
          "  " + JAR, "      assess examples/scenarios/S1.json",
          "  " + JAR, "      assess examples/scenarios/S1.json --as-of 2026-11-28 \\",
          "      --format html --title \"Help-desk vendor\" > report.html",
          "  " + JAR, "      assess facts.json --pack acme-policy/manifest.json",
          "  echo '{\"entity.kind\": \"private-business\"}' |",
          "      " + JAR, "      assess - --format json"})
  static final class Assess implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "A JSON object of fact ids to values (see the vocabulary command); - reads standard input.")
    String file = "";

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Read the law as of this date (default: today).")
    @Nullable LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, json, markdown or html (default: ${DEFAULT-VALUE}). html is one self-contained page that prints as a checklist.")
    Format format = Format.text;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = DEFAULT_TITLE,
        description = "The report's title (default: \"${DEFAULT-VALUE}\").")
    String title = DEFAULT_TITLE;

    @Option(names = "--pack", paramLabel = "MANIFEST",
        description = "Also apply this pack, for example your company's policy pack built on US-MA (a manifest.json). Repeatable.")
    List<Path> packs = new ArrayList<>();

    Assess(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      Facts facts = readFacts(file, io.in);
      Assessor.Builder builder = Assessor.builder().addJurisdiction("US-MA");
      packs.forEach(p -> builder.addPack(RulePack.fromPath(p)));
      Assessor assessor = builder.build();
      LocalDate date = asOf;
      Assessment assessment = date == null ? assessor.assess(facts) : assessor.assess(facts, date);
      io.print(switch (format) {
        case json -> assessment.toJson() + "\n";
        case markdown -> AssessmentReport.markdown(assessment, title);
        case html -> AssessmentReport.html(assessment, title);
        case text -> TextReport.render(assessment, title);
      });
      return 0;
    }
  }

  /** Output formats of {@code assess}; lower case, as typed. */
  @SuppressWarnings("EnumNaming") // the constants are the values a person types
  enum Format {
    text,
    json,
    markdown,
    html
  }

  @Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Versions.class, sortOptions = false,
      description = "What changes for the same facts between two dates, and why.",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:a result was written",
          "2:bad input (one line on standard error, nothing on standard output)",
          "1:internal error, or the output could not be written"},
      footer = {"%nExample (the end of the contract proviso in 201 CMR 17.03(2)(f)):",
          "  " + JAR, "      diff examples/scenarios/S6.json --as-of 2012-02-29 --to 2012-03-02"})
  static final class Diff implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", paramLabel = "FILE", description = "A facts file; - reads standard input.")
    String file = "";

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The earlier date.")
    @Nullable LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "The later date.")
    @Nullable LocalDate to;

    Diff(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      Facts facts = readFacts(file, io.in);
      LocalDate start = java.util.Objects.requireNonNull(from, "--as-of");
      LocalDate end = java.util.Objects.requireNonNull(to, "--to");
      Assessor assessor = Assessor.forJurisdiction("US-MA");
      AssessmentDiff diff = AssessmentDiff.between(assessor.assess(facts, start), assessor.assess(facts, end));
      StringBuilder out = new StringBuilder();
      TextReport.wrap(out, "", "Changes from " + start + " to " + end + " for the facts in " + (file.equals("-") ? "standard input" : file));
      if (diff.isEmpty()) {
        out.append("Nothing changes.\n");
      }
      for (AssessmentDiff.Change c : diff.changes()) {
        String what = switch (c.kind()) {
          case ADDED -> "becomes a duty: " + TextReport.word(c.after().applicability());
          case REMOVED -> "no longer a duty: it " + TextReport.word(c.after().applicability()) + " (it " + TextReport.word(c.before().applicability()) + " before)";
          case APPLICABILITY_CHANGED -> "it " + TextReport.word(c.before().applicability()) + " before and " + TextReport.word(c.after().applicability()) + " after";
          case COMPLIANCE_CHANGED -> "compliance changes from " + TextReport.word(c.before().compliance()) + " to " + TextReport.word(c.after().compliance());
        };
        TextReport.wrap(out, "  ", "- " + c.citation() + ": " + what);
        for (String cause : c.causes()) {
          TextReport.wrap(out, "      ", "because " + cause);
        }
      }
      diff.questionsSettled().forEach(q -> TextReport.wrap(out, "  ", "- no longer an open question: " + q));
      diff.questionsAdded().forEach(q -> TextReport.wrap(out, "  ", "- a new open question: " + q));
      io.print(out.toString());
      return 0;
    }
  }

  @Command(name = "questionnaire", mixinStandardHelpOptions = true, versionProvider = Versions.class, sortOptions = false,
      description = {"Ask the most decisive open question, re-assess, and repeat until nothing is left to ask; then print the assessment.",
          "Questions and progress go to standard error, the report to standard output. Answer skip to leave a question open."},
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:a result was written",
          "2:bad input (one line on standard error, nothing on standard output)",
          "1:internal error, or the output could not be written"},
      footer = {"%nExample (start from S5, save the answers, keep the report):",
          "  " + JAR, "      questionnaire examples/scenarios/S5.json --save my-facts.json \\",
          "      > report.txt"})
  static final class Ask implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Facts to start from (default: none).")
    @Nullable String file;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Read the law as of this date (default: today).")
    @Nullable LocalDate asOf;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the facts collected (the starting facts and every answer) to FILE as a facts file.")
    @Nullable Path save;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "Assessment after the questionnaire",
        description = "The report's title (default: \"${DEFAULT-VALUE}\").")
    String title = "Assessment after the questionnaire";

    Ask(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      String start = file;
      Facts facts = start == null ? Facts.empty() : readFacts(start, io.in);
      Assessor assessor = Assessor.forJurisdiction("US-MA");
      Path target = save;
      if (target != null && Files.isDirectory(target)) {
        throw new UsageException("--save: " + target + " is a directory; expected a file name");
      }
      PrintStream prompts = new PrintStream(io.err, true, StandardCharsets.UTF_8);
      Questionnaire.Result result = Questionnaire.run(assessor, facts, Optional.ofNullable(asOf), io.in, prompts);
      if (target != null) {
        try {
          Files.writeString(target, result.facts().toJson() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UsageException("--save: " + target + " cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        prompts.println("Saved the answers to " + target + "; assess them again with: assess " + target);
      }
      io.print(TextReport.render(result.assessment(), title));
      return 0;
    }
  }

  @Command(name = "vocabulary", mixinStandardHelpOptions = true, versionProvider = Versions.class,
      description = "Every fact regkit understands, as JSON: id, type, group, the question to ask, help text and allowed values.",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:a result was written",
          "1:internal error, or the output could not be written"},
      footer = {"%nExample:", "  " + JAR, "      vocabulary > vocabulary.json"})
  static final class Vocabulary implements Callable<Integer> {
    private final Io io;

    Vocabulary(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      io.print(Questionnaire.vocabularyJson(Assessor.forJurisdiction("US-MA")));
      return 0;
    }
  }

  @Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = Versions.class,
      description = "What the Massachusetts pack encodes, instrument by instrument, and what it leaves out and why, as Markdown.",
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:a result was written",
          "1:internal error, or the output could not be written"},
      footer = {"%nExample:", "  " + JAR, "      coverage > regulations-ma/COVERAGE.md"})
  static final class CoverageCommand implements Callable<Integer> {
    private final Io io;

    CoverageCommand(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      io.print(Coverage.markdown(Assessor.forJurisdiction("US-MA").packs().get(0)));
      return 0;
    }
  }

  /** {@code --version}: regkit's version and each installed pack's data version and date. */
  static final class Versions implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Assessor assessor = Assessor.forJurisdiction("US-MA");
      List<String> lines = new ArrayList<>();
      RulePack first = assessor.packs().get(0);
      // The version every receipt records; core has no other public accessor for it.
      lines.add("regkit " + assessor.assess(Facts.empty(), first.currentAsOf()).receipt().regkitVersion());
      for (RulePack p : assessor.packs()) {
        lines.add("pack " + p.id() + " (" + p.jurisdiction().id() + ") data " + p.dataVersion() + ", current as of " + p.currentAsOf());
      }
      return lines.toArray(String[]::new);
    }
  }

  // ------------------------------------------------------------------ input and output

  static Facts readFacts(String file, InputStream stdin) {
    if (file.equals("-")) {
      try {
        return Facts.fromJson(stdin);
      } catch (UncheckedIOException e) {
        throw new UsageException("standard input cannot be read (" + oneLine(e.getMessage()) + ")");
      }
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new UsageException(file + ": is a directory; expected a facts file (a JSON object of fact ids to values)");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Facts.fromJson(in);
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException(file + ": permission denied");
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(file + ": cannot be read (" + (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName() + ")");
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a valid date; expected yyyy-MM-dd");
    }
  }

  private static String oneLine(@Nullable String message) {
    return String.valueOf(message).replace('\n', ' ').replace('\r', ' ');
  }

  private static boolean closedPipe(IOException e) {
    return String.valueOf(e.getMessage()).contains("Broken pipe");
  }

  /** Standard input, output (watched for write errors) and error of one run. */
  static final class Io {
    final InputStream in;
    final Watched out;
    final OutputStream err;

    Io(InputStream in, Watched out, OutputStream err) {
      this.in = in;
      this.out = out;
      this.err = err;
    }

    /** Writes a command's whole output as UTF-8; a write error ends the run with status 1. */
    void print(String text) {
      try {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        throw new OutputFailed(e);
      }
    }

    /** One line on standard error; if even that fails there is nobody left to tell. */
    void error(String message) {
      try {
        err.write(("regkit: " + message + "\n").getBytes(StandardCharsets.UTF_8));
        err.flush();
      } catch (IOException e) {
        // Nothing more can be said.
      }
    }
  }

  /** Standard output that remembers its first write error, including those picocli's writer hides. */
  static final class Watched extends FilterOutputStream {
    @Nullable IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }
  }

  /** The output could not be written. */
  static final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final IOException failure;

    OutputFailed(IOException failure) {
      super(failure);
      this.failure = failure;
    }

    boolean closedPipe() {
      return Main.closedPipe(failure);
    }
  }

  /** A mistake on the command line or an unreadable file. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
