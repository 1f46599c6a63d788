package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.Addressee;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.OpenQuestion;
import io.github.regkit.internal.InventoryJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One arrangement's assessment in brief: one result line of a batch.
 *
 * <pre>{@code
 * ArrangementResult r = ArrangementResult.of(1, "helpdesk-eu", assessor.assess(facts, LocalDate.of(2026, 11, 28)));
 * r.citations(ComplianceStatus.OUTSTANDING);   // what to fix, by citation
 * r.vendorDuties();                              // what to put in the vendor's contract
 * System.out.println(r.toJson());
 * }</pre>
 *
 * @param line the line number in the inventory, from 1
 * @param id the arrangement's id
 * @param asOf the date the law was read as of
 * @param duties every requirement, in the assessment's order
 * @param ruledOut how many instruments and obligations were ruled out
 * @param openQuestions how many open questions the assessment has
 * @param topQuestion the most decisive open question, if any
 */
public record ArrangementResult(long line, String id, LocalDate asOf, List<Duty> duties, int ruledOut,
    int openQuestions, Optional<OpenQuestion> topQuestion) implements BatchOutcome {
  /** The columns of {@link #toCsv()}, as its header line (without the line break). */
  public static final String CSV_HEADER = "line,id,asOf,applies,mayApply,satisfied,outstanding,unknown,notApplicable,"
      + "openQuestions,outstandingDuties,unknownDuties,vendorDuties,topQuestion";

  public ArrangementResult {
    requireNonNull(id, "id");
    requireNonNull(asOf, "asOf");
    duties = ImmutableList.copyOf(duties);
    requireNonNull(topQuestion, "topQuestion");
  }

  /** The brief of an assessment. */
  public static ArrangementResult of(long line, String id, Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return new ArrangementResult(line, id, assessment.receipt().asOf(),
        assessment.requirements().stream().map(Duty::of).toList(), assessment.ruledOut().size(),
        assessment.openQuestions().size(), assessment.openQuestions().stream().findFirst());
  }

  /** How many requirements have this status. */
  public int count(Applicability status) {
    requireNonNull(status, "status");
    return (int) duties.stream().filter(d -> d.applicability() == status).count();
  }

  /** How many requirements have this compliance. */
  public int count(ComplianceStatus compliance) {
    requireNonNull(compliance, "compliance");
    return (int) duties.stream().filter(d -> d.compliance() == compliance).count();
  }

  /** The citations of the requirements with this compliance, in order, each once. */
  public List<String> citations(ComplianceStatus compliance) {
    requireNonNull(compliance, "compliance");
    return duties.stream().filter(d -> d.compliance() == compliance).map(Duty::citation).distinct().toList();
  }

  /** The citations of the vendor's requirements (its contract clauses), in order, each once. */
  public List<String> vendorDuties() {
    return duties.stream().filter(d -> d.addressee() == Addressee.Role.COUNTERPARTY).map(Duty::citation).distinct().toList();
  }

  /**
   * How an instrument stands: {@link InstrumentStatus#OUTSTANDING} when any of its requirements is
   * outstanding, else {@link InstrumentStatus#UNKNOWN} when any is unknown, else {@link
   * InstrumentStatus#SATISFIED}; {@link InstrumentStatus#NOT_APPLICABLE} when it gives none.
   *
   * @param instrument the instrument's citation, for example {@code 201 CMR 17.00}
   */
  public InstrumentStatus instrument(String instrument) {
    requireNonNull(instrument, "instrument");
    InstrumentStatus status = InstrumentStatus.NOT_APPLICABLE;
    for (Duty d : duties) {
      if (d.instrument().equals(instrument)) {
        InstrumentStatus s = switch (d.compliance()) {
          case OUTSTANDING -> InstrumentStatus.OUTSTANDING;
          case UNKNOWN -> InstrumentStatus.UNKNOWN;
          case SATISFIED -> InstrumentStatus.SATISFIED;
        };
        // The enum is declared most pressing first.
        status = s.compareTo(status) < 0 ? s : status;
      }
    }
    return status;
  }

  /** The instruments that give at least one requirement, in order of their first requirement. */
  public List<String> instruments() {
    return duties.stream().map(Duty::instrument).distinct().toList();
  }

  /**
   * This result as one line of compact JSON, members in this order: {@code line}, {@code id},
   * {@code asOf}, {@code counts} ({@code applies}, {@code mayApply}, {@code satisfied}, {@code
   * outstanding}, {@code unknown}, {@code notApplicable}, {@code openQuestions}), {@code
   * outstanding}, {@code unknown} and {@code vendorDuties} (citations), {@code instruments} (each
   * instrument that gives a requirement, to its {@link InstrumentStatus}), and {@code topQuestion}
   * ({@code fact} and {@code question}) when there is one.
   */
  public String toJson() {
    return InventoryJson.write(this);
  }

  /**
   * This result as one CSV record (RFC 4180, without the line break) with the columns of {@link
   * #CSV_HEADER}; lists of citations are joined with {@code "; "}. A field that a spreadsheet would
   * read as a formula (starting with {@code = + - @}) is prefixed with {@code '}.
   */
  public String toCsv() {
    return InventoryJson.csv(this);
  }
}
