package io.github.regkit.internal;

import io.github.regkit.AssessmentDiff;
import io.github.regkit.inventory.ImpactSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts, over an inventory, how many arrangements each change touches; grows with the packs only. */
public final class ImpactTally {
  private record Key(AssessmentDiff.Kind kind, String obligationId, String citation, AssessmentDiff.Verdict before,
      AssessmentDiff.Verdict after) {}

  private final Map<Key, long[]> changes = new HashMap<>();
  private final Map<String, long[]> added = new HashMap<>();
  private final Map<String, long[]> settled = new HashMap<>();
  private long lines;
  private long changed;
  private long failed;

  public void add(AssessmentDiff diff) {
    lines++;
    if (!diff.isEmpty()) {
      changed++;
    }
    // An arrangement counts once per change, even if two requirements share a key.
    diff.changes().stream().map(c -> new Key(c.kind(), c.obligationId(), c.citation(), c.before(), c.after())).distinct()
        .forEach(k -> changes.computeIfAbsent(k, x -> new long[1])[0]++);
    diff.questionsAdded().stream().distinct().forEach(q -> added.computeIfAbsent(q, x -> new long[1])[0]++);
    diff.questionsSettled().stream().distinct().forEach(q -> settled.computeIfAbsent(q, x -> new long[1])[0]++);
  }

  public void failed() {
    lines++;
    failed++;
  }

  public ImpactSummary summary() {
    List<ImpactSummary.ChangeCount> counts = new ArrayList<>();
    changes.forEach((k, n) -> counts.add(new ImpactSummary.ChangeCount(k.kind(), k.obligationId(), k.citation(), k.before(), k.after(), n[0])));
    counts.sort(Comparator.comparingLong(ImpactSummary.ChangeCount::arrangements).reversed()
        .thenComparing(ImpactSummary.ChangeCount::citation)
        .thenComparing(ImpactSummary.ChangeCount::obligationId)
        .thenComparing(ImpactSummary.ChangeCount::kind)
        .thenComparing(c -> c.before().toString())
        .thenComparing(c -> c.after().toString()));
    return new ImpactSummary(lines, changed, failed, counts, questions(added), questions(settled));
  }

  private static List<ImpactSummary.QuestionCount> questions(Map<String, long[]> counts) {
    List<ImpactSummary.QuestionCount> out = new ArrayList<>();
    counts.forEach((f, n) -> out.add(new ImpactSummary.QuestionCount(f, n[0])));
    out.sort(Comparator.comparingLong(ImpactSummary.QuestionCount::arrangements).reversed()
        .thenComparing(ImpactSummary.QuestionCount::factId));
    return out;
  }
}
