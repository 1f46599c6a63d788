package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import io.github.regkit.Assessor;
import io.github.regkit.Regulation;
import io.github.regkit.RulePack;
import io.github.regkit.internal.InventoryHtml;
import java.util.List;

/**
 * A whole inventory for people: one self-contained HTML page (no fonts, images or scripts from
 * elsewhere) with a matrix of arrangements by instruments, each cell coloured by how the instrument
 * stands for the arrangement ({@link InstrumentStatus}: outstanding, unknown, satisfied, not
 * applicable) and linked to that arrangement's detail further down the page; then the lines that
 * could not be assessed.
 *
 * <p>Rows come most outstanding first (most outstanding duties, then most unknown, then input
 * order); a small script in the page re-sorts them by any column header. The page's content
 * security policy allows that script alone and nothing from elsewhere. Every text is escaped, so
 * ids from an untrusted inventory cannot carry markup or a script.
 *
 * <p>The page holds every result it shows, so build it for inventories a person will read (thousands
 * of lines, not millions); the NDJSON and CSV results of {@link BatchAssessor} stream.
 *
 * <pre>{@code
 * List<ArrangementResult> results = new ArrayList<>();
 * List<LineFailure> failures = new ArrayList<>();
 * BatchAssessor.builder(assessor).build().assessAll(Files.newInputStream(Path.of("inventory.ndjson")), o -> {
 *   if (o instanceof ArrangementResult r) {
 *     results.add(r);
 *   } else if (o instanceof LineFailure f) {
 *     failures.add(f);
 *   }
 * });
 * Files.writeString(Path.of("inventory.html"), InventoryReport.html("Vendors", assessor, results, failures));
 * }</pre>
 */
public final class InventoryReport {
  private InventoryReport() {}

  /**
   * The page, with a column for every instrument of the assessor's packs, in pack order.
   *
   * @param title the page's title
   * @param results the assessed lines, in input order
   * @param failures the lines that could not be assessed
   */
  public static String html(String title, Assessor assessor, List<ArrangementResult> results, List<LineFailure> failures) {
    requireNonNull(assessor, "assessor");
    List<Regulation> instruments = assessor.packs().stream().map(RulePack::regulations).flatMap(List::stream).toList();
    return html(title, instruments, results, failures);
  }

  /** The page, with a column for each of these instruments, in this order. */
  public static String html(String title, List<Regulation> instruments, List<ArrangementResult> results,
      List<LineFailure> failures) {
    requireNonNull(title, "title");
    requireNonNull(instruments, "instruments");
    requireNonNull(results, "results");
    requireNonNull(failures, "failures");
    return InventoryHtml.render(title, List.copyOf(instruments), List.copyOf(results), List.copyOf(failures));
  }
}
