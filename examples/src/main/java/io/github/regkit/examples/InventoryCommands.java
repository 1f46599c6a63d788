package io.github.regkit.examples;

import io.github.regkit.AssessmentDiff;
import io.github.regkit.Assessor;
import io.github.regkit.RulePack;
import io.github.regkit.inventory.ArrangementImpact;
import io.github.regkit.inventory.ArrangementResult;
import io.github.regkit.inventory.BatchAssessor;
import io.github.regkit.inventory.BatchSummary;
import io.github.regkit.inventory.ImpactAnalyzer;
import io.github.regkit.inventory.ImpactSummary;
import io.github.regkit.inventory.InventoryReport;
import io.github.regkit.inventory.LineFailure;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code batch} and {@code impact} commands: whole inventories, one arrangement a line. */
final class InventoryCommands {
  static final String FORMAT_HELP = "An inventory is UTF-8 text, one arrangement a line:"
      + " {\"id\": \"...\", \"asOf\": \"YYYY-MM-DD\" (optional), \"facts\": {...}}.";

  private InventoryCommands() {}

  @Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Main.Versions.class, sortOptions = false,
      description = {"Assess every arrangement of an inventory on every core; one result line per arrangement, in input order.",
          FORMAT_HELP,
          "A result has the line number, id, as-of date, counts, the outstanding and unknown duties by citation, the vendor's"
              + " duties and the top open question. A bad line is reported on standard error with its line number and id,"
              + " and the other lines are still assessed. A progress bar goes to standard error when it is a terminal."},
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:every line was assessed and its result written",
          "2:bad input: a mistake on the command line or an unreadable inventory (nothing on standard output), or"
              + " PARTIAL FAILURE: some lines could not be assessed; each is named on standard error, every other line's"
              + " result is on standard output, whole",
          "1:internal error, or the output could not be written"},
      footer = {"%nExamples:",
          "  " + Main.JAR, "      batch vendors.ndjson > results.ndjson",
          "  " + Main.JAR, "      batch vendors.ndjson --format csv --as-of 2026-11-28 > results.csv",
          "  " + Main.JAR, "      batch vendors.ndjson --format html --title Vendors > vendors.html"})
  static final class Batch implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(index = "0", paramLabel = "FILE", description = "The inventory; - reads standard input.")
    String file = "";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
        description = "ndjson, csv (with a header line) or html (one page with a matrix of arrangements by instruments;"
            + " it holds every result, so keep it for inventories a person will read) (default: ${DEFAULT-VALUE}).")
    Format format = Format.ndjson;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Read the law as of this date for lines without their own (default: today).")
    @Nullable LocalDate asOf;

    @Option(names = "--threads", paramLabel = "N", description = "Assess on N threads (default: one per core).")
    @Nullable Integer threads;

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "regkit inventory", description = "The HTML page's title (default: \"${DEFAULT-VALUE}\").")
    String title = "regkit inventory";

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    Batch(Main.Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      Assessor assessor = Assessor.forJurisdiction("US-MA");
      BatchAssessor.Builder builder = BatchAssessor.builder(assessor);
      Optional.ofNullable(asOf).ifPresent(builder::asOf);
      Optional.ofNullable(threads).ifPresent(n -> {
        if (n < 1) {
          throw new Main.UsageException("--threads: expected 1 or more, found " + n);
        }
        builder.threads(n);
      });
      BatchAssessor batch = builder.build();
      Lines out = new Lines(io);
      List<ArrangementResult> kept = new ArrayList<>();
      List<LineFailure> failures = new ArrayList<>();
      BatchSummary summary;
      try (InputStream in = open(file, io); Progress progress = Progress.start(io, file, noProgress)) {
        if (format == Format.csv) {
          out.line(ArrangementResult.CSV_HEADER);
        }
        summary = batch.assessAll(in, outcome -> {
          if (outcome instanceof ArrangementResult r) {
            switch (format) {
              case ndjson -> out.line(r.toJson());
              case csv -> out.line(r.toCsv());
              case html -> kept.add(r);
            }
          } else if (outcome instanceof LineFailure f) {
            io.error(f.message());
            failures.add(f);
          }
          progress.step();
        });
      } catch (IOException e) {
        throw new Main.UsageException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
      } catch (UncheckedIOException e) {
        throw unreadable(file, e);
      }
      if (format == Format.html) {
        out.line(InventoryReport.html(title, assessor, kept, failures).stripTrailing());
      }
      out.flush();
      return finish(io, summary.failed(), summary.lines());
    }
  }

  /** Output formats of {@code batch}; lower case, as typed. */
  @SuppressWarnings("EnumNaming") // the constants are the values a person types
  enum Format {
    ndjson,
    csv,
    html
  }

  @Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = Main.Versions.class, sortOptions = false,
      description = {"What a change does to every arrangement of an inventory, and why: a change of date (--as-of A --to B),"
          + " or of pack (--to-pack for a newer pack, --from-pack for an older one, compared with the installed one).",
          FORMAT_HELP,
          "Lists only the arrangements something changes for: requirements added and removed, status and compliance"
              + " changes, newly open and settled questions, each change with its causes; then how many arrangements each"
              + " change touches."},
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
          "0:every line was compared and the result written",
          "2:bad input: a mistake on the command line, an unreadable inventory or pack (nothing on standard output), or"
              + " PARTIAL FAILURE: some lines could not be compared; each is named on standard error, the rest is written",
          "1:internal error, or the output could not be written"},
      footer = {"%nExamples (the end of the contract proviso in 201 CMR 17.03(2)(f)2; a new data release):",
          "  " + Main.JAR, "      impact vendors.ndjson --as-of 2012-02-29 --to 2012-03-02",
          "  " + Main.JAR, "      impact vendors.ndjson --to-pack next/pack/manifest.json \\",
          "      --as-of 2026-11-28 --format ndjson"})
  static final class Impact implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(index = "0", paramLabel = "FILE", description = "The inventory; - reads standard input.")
    String file = "";

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "With --to: the earlier date. Without: the date for lines without their own (default: today).")
    @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "The later date; every line is compared between --as-of and --to.")
    @Nullable LocalDate to;

    @Option(names = "--to-pack", paramLabel = "MANIFEST", description = "A newer pack (its manifest.json, or its folder): installed -> this.")
    @Nullable Path toPack;

    @Option(names = "--from-pack", paramLabel = "MANIFEST", description = "An older pack (its manifest.json, or its folder): this -> installed.")
    @Nullable Path fromPack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, or ndjson: a line per changed arrangement, then one {\"summary\": ...} line (default: ${DEFAULT-VALUE}).")
    ImpactFormat format = ImpactFormat.text;

    @Option(names = "--threads", paramLabel = "N", description = "Compare on N threads (default: one per core).")
    @Nullable Integer threads;

    Impact(Main.Io io) {
      this.io = io;
    }

    @Override
    public Integer call() {
      if (toPack != null && fromPack != null) {
        throw new Main.UsageException("--to-pack and --from-pack: give one; the other side is the installed pack");
      }
      if (to == null && toPack == null && fromPack == null) {
        throw new Main.UsageException("nothing to compare: give --as-of A --to B, --to-pack MANIFEST or --from-pack MANIFEST");
      }
      if (to != null && from == null) {
        throw new Main.UsageException("--to needs --as-of, the earlier date");
      }
      Assessor installed = Assessor.forJurisdiction("US-MA");
      Assessor before = fromPack != null ? Assessor.builder().addPack(load(fromPack)).build() : installed;
      Assessor after = toPack != null ? Assessor.builder().addPack(load(toPack)).build() : installed;
      ImpactAnalyzer.Builder builder = ImpactAnalyzer.builder(before);
      if (after != before) {
        builder.after(after);
      }
      LocalDate start = from;
      LocalDate end = to;
      if (start != null && end != null) {
        builder.dates(start, end);
      } else if (start != null) {
        builder.asOf(start);
      }
      Optional.ofNullable(threads).ifPresent(n -> {
        if (n < 1) {
          throw new Main.UsageException("--threads: expected 1 or more, found " + n);
        }
        builder.threads(n);
      });
      ImpactAnalyzer analyzer = builder.build();
      Lines out = new Lines(io);
      if (format == ImpactFormat.text) {
        out.line("Impact " + change(before, after, start, end) + " on " + (file.equals("-") ? "standard input" : file));
      }
      ImpactSummary summary;
      try (InputStream in = open(file, io)) {
        summary = analyzer.assessAll(in, outcome -> {
          if (outcome instanceof ArrangementImpact i && !i.isEmpty()) {
            out.line(format == ImpactFormat.ndjson ? i.toJson() : text(i));
          } else if (outcome instanceof LineFailure f) {
            io.error(f.message());
          }
        });
      } catch (IOException e) {
        throw new Main.UsageException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
      } catch (UncheckedIOException e) {
        throw unreadable(file, e);
      }
      out.line(format == ImpactFormat.ndjson ? "{\"summary\":" + summary.toJson() + "}" : text(summary));
      out.flush();
      return finish(io, summary.failed(), summary.lines());
    }

    private static RulePack load(Path path) {
      Path manifest = Files.isDirectory(path) ? path.resolve("manifest.json") : path;
      if (!Files.isRegularFile(manifest)) {
        throw new Main.UsageException(path + ": no such pack manifest");
      }
      return RulePack.fromPath(manifest);
    }

    private static String change(Assessor before, Assessor after, @Nullable LocalDate start, @Nullable LocalDate end) {
      StringBuilder sb = new StringBuilder();
      if (before != after) {
        RulePack b = before.packs().get(0);
        RulePack a = after.packs().get(0);
        sb.append("of pack ").append(b.id()).append(' ').append(b.dataVersion()).append(" -> ").append(a.id()).append(' ')
            .append(a.dataVersion());
      }
      if (start != null && end != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append("from ").append(start).append(" to ").append(end);
      } else if (start != null) {
        sb.append(", as of ").append(start).append(" for lines without their own date");
      }
      return sb.toString();
    }

    private static String text(ArrangementImpact i) {
      StringBuilder out = new StringBuilder();
      TextReport.wrap(out, "", "line " + i.line() + ", " + i.id() + " (as of " + i.before()
          + (i.before().equals(i.after()) ? "" : " -> " + i.after()) + "):");
      for (AssessmentDiff.Change c : i.diff().changes()) {
        TextReport.wrap(out, "  ", "- " + c.citation() + ": " + what(c));
        for (String cause : c.causes()) {
          TextReport.wrap(out, "      ", "because " + cause);
        }
      }
      i.diff().questionsAdded().forEach(q -> TextReport.wrap(out, "  ", "- a new open question: " + q));
      i.diff().questionsSettled().forEach(q -> TextReport.wrap(out, "  ", "- no longer an open question: " + q));
      return out.toString().stripTrailing();
    }

    private static String what(AssessmentDiff.Change c) {
      return switch (c.kind()) {
        case ADDED -> "becomes a duty: " + TextReport.word(c.after().applicability());
        case REMOVED -> "no longer a duty (it " + TextReport.word(c.before().applicability()) + " before)";
        case APPLICABILITY_CHANGED -> "it " + TextReport.word(c.before().applicability()) + " before and " + TextReport.word(c.after().applicability()) + " after";
        case COMPLIANCE_CHANGED -> "compliance changes from " + TextReport.word(c.before().compliance()) + " to " + TextReport.word(c.after().compliance());
      };
    }

    private static String text(ImpactSummary s) {
      StringBuilder out = new StringBuilder();
      TextReport.wrap(out, "", "Summary: " + s.lines() + (s.lines() == 1 ? " arrangement, " : " arrangements, ") + s.changed()
          + " changed" + (s.failed() == 0 ? "" : ", " + s.failed() + " not compared (see standard error)"));
      for (ImpactSummary.ChangeCount c : s.changes()) {
        TextReport.wrap(out, "  ", "- " + c.arrangements() + " x " + c.citation() + ": "
            + what(new AssessmentDiff.Change(c.kind(), c.obligationId(), c.citation(), c.before(), c.after(), List.of())));
      }
      s.questionsAdded().forEach(q -> TextReport.wrap(out, "  ", "- " + q.arrangements() + " x a new open question: " + q.factId()));
      s.questionsSettled().forEach(q -> TextReport.wrap(out, "  ", "- " + q.arrangements() + " x no longer an open question: " + q.factId()));
      return out.toString().stripTrailing();
    }
  }

  /** Output formats of {@code impact}; lower case, as typed. */
  @SuppressWarnings("EnumNaming") // the constants are the values a person types
  enum ImpactFormat {
    text,
    ndjson
  }

  // ------------------------------------------------------------------ shared

  static InputStream open(String file, Main.Io io) {
    if (file.equals("-")) {
      // The caller closes what it opens; standard input stays open.
      return new java.io.FilterInputStream(io.in) {
        @Override
        public void close() {}
      };
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new Main.UsageException(file + ": is a directory; expected an inventory (one arrangement a line)");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new Main.UsageException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Main.UsageException(file + ": permission denied");
    } catch (IOException e) {
      throw new Main.UsageException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  static Main.UsageException unreadable(String file, UncheckedIOException e) {
    Throwable cause = e.getCause();
    return new Main.UsageException((file.equals("-") ? "standard input" : file) + ": cannot be read ("
        + (cause != null ? cause : e).getClass().getSimpleName() + ")");
  }

  /** 0 when every line succeeded; 2, with a line saying so, when some did not. */
  static int finish(Main.Io io, long failed, long lines) {
    if (failed == 0) {
      return 0;
    }
    io.error(failed + " of " + lines + (lines == 1 ? " line" : " lines") + " could not be used (named above); the other lines' results were written");
    return 2;
  }

  /** Standard output, buffered; each line goes out whole, and a write error ends the run with status 1. */
  static final class Lines {
    private final OutputStream out;

    Lines(Main.Io io) {
      this.out = new BufferedOutputStream(io.out, 1 << 16);
    }

    void line(String text) {
      try {
        out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new Main.OutputFailed(e);
      }
    }

    void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new Main.OutputFailed(e);
      }
    }
  }

  /** A progress bar on standard error when it is a terminal; otherwise nothing. */
  static final class Progress implements AutoCloseable {
    private final @Nullable ProgressBar bar;

    private Progress(@Nullable ProgressBar bar) {
      this.bar = bar;
    }

    static Progress start(Main.Io io, String file, boolean off) {
      if (off || !terminal(io.err)) {
        return new Progress(null);
      }
      long total = -1;
      if (!file.equals("-")) {
        try (var lines = Files.lines(Path.of(file), StandardCharsets.ISO_8859_1)) {
          // Counting costs a read of the file; worth it for a bar with an end on a long run.
          total = lines.filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
          total = -1;
        }
      }
      return new Progress(new ProgressBarBuilder().setTaskName("Assessing").setInitialMax(total).setUnit(" lines", 1)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(io.err, true, StandardCharsets.UTF_8), 100)).build());
    }

    /** Only the process's own standard error, when it is a terminal (not a file or a pipe). */
    @SuppressWarnings("SystemConsoleNull") // only reached off Linux; on JDK 17-21 null still means "not a terminal"
    static boolean terminal(OutputStream err) {
      if (!(err instanceof FileOutputStream) || "dumb".equals(System.getenv("TERM"))) {
        return false;
      }
      try {
        String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        // Not Linux: a console means both ends are a terminal.
        return System.console() != null;
      }
    }

    void step() {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
