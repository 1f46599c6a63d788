package io.github.regkit.inventory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.AssessmentDiff;
import io.github.regkit.internal.InventoryJson;
import java.util.List;

/**
 * How many arrangements each change touches, over a whole inventory.
 *
 * <pre>{@code
 * ImpactSummary summary = ImpactAnalyzer.builder(assessor).dates(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 2))
 *     .build().assessAll(Files.newInputStream(Path.of("inventory.ndjson")), outcome -> { });
 * for (ImpactSummary.ChangeCount c : summary.changes()) {
 *   System.out.println(c.arrangements() + " arrangements: " + c.citation() + " " + c.before() + " -> " + c.after());
 * }
 * }</pre>
 *
 * @param lines lines read, blank lines not counted
 * @param changed arrangements with at least one change
 * @param failed lines that could not be assessed
 * @param changes each change (obligation, kind, before and after), most arrangements first, then by
 *     citation
 * @param questionsAdded facts newly asked, with how many arrangements ask them, most first
 * @param questionsSettled facts no longer asked, with how many arrangements, most first
 */
public record ImpactSummary(long lines, long changed, long failed, List<ChangeCount> changes,
    List<QuestionCount> questionsAdded, List<QuestionCount> questionsSettled) {
  public ImpactSummary {
    changes = ImmutableList.copyOf(changes);
    questionsAdded = ImmutableList.copyOf(questionsAdded);
    questionsSettled = ImmutableList.copyOf(questionsSettled);
  }

  /** Whether every line was assessed. */
  public boolean allSucceeded() {
    return failed == 0;
  }

  /**
   * One kind of change and how many arrangements it touches.
   *
   * @param kind what changed
   * @param obligationId the obligation
   * @param citation its citation
   * @param before the verdict before
   * @param after the verdict after
   * @param arrangements how many arrangements it touches
   */
  public record ChangeCount(AssessmentDiff.Kind kind, String obligationId, String citation,
      AssessmentDiff.Verdict before, AssessmentDiff.Verdict after, long arrangements) {
    public ChangeCount {
      requireNonNull(kind, "kind");
      requireNonNull(obligationId, "obligationId");
      requireNonNull(citation, "citation");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  /**
   * An open question and how many arrangements it concerns.
   *
   * @param factId the fact
   * @param arrangements how many arrangements
   */
  public record QuestionCount(String factId, long arrangements) {
    public QuestionCount {
      requireNonNull(factId, "factId");
    }
  }

  /** This summary as compact JSON: the members above, in order. */
  public String toJson() {
    return InventoryJson.write(this);
  }
}
