package io.github.regkit.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PeerBenchmark} and the assess rows of {@link ScalingBenchmark} in one JMH run (JMH's
 * own options pass through, for example {@code -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}) and prints,
 * for each benchmark, the median of its iterations with JMH's 99.9 % error, the allocation per
 * operation when {@code -prof gc} is on, and then the ratios the README's performance table shows.
 * A ratio's range runs from the lower bound of one side over the upper bound of the other to the
 * reverse.
 */
public final class PeerComparison {
  private PeerComparison() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      builder.include(PeerBenchmark.class.getName() + "\\.").include(ScalingBenchmark.class.getName() + "\\.assess$");
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String name = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark().lastIndexOf('.') - 1) + 1);
      String obligations = p.getParam("obligations");
      if (obligations != null) {
        name += "[" + obligations + "]";
      }
      Result primary = r.getPrimaryResult();
      double toMicros = micros(primary.getScoreUnit());
      Row row = new Row(name, primary.getStatistics().getPercentile(50) * toMicros, primary.getScoreError() * toMicros,
          primary.getScore() * toMicros, obligations == null ? 0 : Integer.parseInt(obligations), alloc(r));
      rows.put(name, row);
    }
    System.out.println();
    System.out.println("JDK " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")");
    System.out.printf(Locale.ROOT, "%-42s %14s %12s %12s%n", "benchmark", "median µs", "± error µs", "alloc B/op");
    for (Row row : rows.values()) {
      System.out.printf(Locale.ROOT, "%-42s %14.3f %12.3f %12s%s%n", row.name, row.median, row.error,
          row.alloc < 0 ? "-" : String.format(Locale.ROOT, "%.0f", row.alloc),
          row.obligations > 0 ? String.format(Locale.ROOT, "   %.1f ns per obligation", row.median * 1000 / row.obligations) : "");
    }
    System.out.println();
    List<String[]> ratios = new ArrayList<>();
    ratios.add(new String[] {"PeerBenchmark.regkitS1", "PeerBenchmark.floorS1", "regkit S1 ÷ hand-written floor (target ≤ 3)"});
    ratios.add(new String[] {"PeerBenchmark.regkitS1", "PeerBenchmark.celS1", "regkit S1 ÷ CEL S1 (target ≤ 0.3)"});
    ratios.add(new String[] {"PeerBenchmark.regkitS1ExplainedJson", "PeerBenchmark.celS1", "regkit S1 explained + JSON ÷ CEL S1"});
    ratios.add(new String[] {"PeerBenchmark.celS1", "PeerBenchmark.floorS1", "CEL S1 ÷ hand-written floor"});
    ratios.add(new String[] {"PeerBenchmark.regkitSynthetic10k", "PeerBenchmark.celSynthetic10k", "10,000 synthetic obligations, regkit ÷ CEL"});
    ratios.add(new String[] {"ScalingBenchmark.assess[100000]", "ScalingBenchmark.assess[1000]", "per obligation, 100,000 ÷ 1,000 (target 0.7-1.3)"});
    ratios.add(new String[] {"ScalingBenchmark.assess[10000]", "ScalingBenchmark.assess[1000]", "per obligation, 10,000 ÷ 1,000"});
    for (String[] ratio : ratios) {
      Row a = rows.get(ratio[0]);
      Row b = rows.get(ratio[1]);
      if (a == null || b == null) {
        continue;
      }
      double scale = a.obligations > 0 && b.obligations > 0 ? (double) b.obligations / a.obligations : 1;
      double lo = (a.mean - a.error) / (b.mean + b.error) * scale;
      double hi = b.mean > b.error ? (a.mean + a.error) / (b.mean - b.error) * scale : Double.POSITIVE_INFINITY;
      System.out.printf(Locale.ROOT, "%-52s %8.3f  (%.3f-%.3f)%n", ratio[2], a.median / b.median * scale, Math.max(0, lo), hi);
    }
  }

  private record Row(String name, double median, double error, double mean, int obligations, double alloc) {}

  private static double micros(String unit) {
    return switch (unit.substring(0, unit.indexOf('/'))) {
      case "ns" -> 1e-3;
      case "us" -> 1;
      case "ms" -> 1e3;
      case "s" -> 1e6;
      default -> throw new IllegalArgumentException(unit);
    };
  }

  private static double alloc(RunResult r) {
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return e.getValue().getScore();
      }
    }
    return -1;
  }
}
