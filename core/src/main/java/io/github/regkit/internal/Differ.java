package io.github.regkit.internal;

import io.github.regkit.Assessment;
import io.github.regkit.AssessmentDiff;
import io.github.regkit.AssessmentDiff.Change;
import io.github.regkit.AssessmentDiff.Kind;
import io.github.regkit.AssessmentDiff.Verdict;
import io.github.regkit.OpenQuestion;
import io.github.regkit.Receipt;
import io.github.regkit.Requirement;
import io.github.regkit.RuledOut;
import io.github.regkit.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two assessments requirement by requirement and explains each change from the traces. */
public final class Differ {
  private Differ() {}

  public static AssessmentDiff diff(Assessment before, Assessment after) {
    Map<String, Requirement> was = index(before);
    Map<String, Requirement> now = index(after);
    List<String> versionCauses = versionCauses(before.receipt(), after.receipt());
    List<Change> changes = new ArrayList<>();
    for (Requirement r : after.requirements()) {
      Requirement old = was.get(r.id());
      if (old == null) {
        Optional<RuledOut> ruledOut = ruledOutEntry(before, r);
        changes.add(new Change(Kind.ADDED, r.id(), r.citation(), Verdict.NOT_APPLICABLE, Verdict.of(r),
            causes(versionCauses, before.receipt(), after.receipt(), ruledOut.map(RuledOut::trace),
                Optional.of(aligned(ruledOut, r)), ruledOut)));
      } else if (old.applicability() != r.applicability()) {
        changes.add(new Change(Kind.APPLICABILITY_CHANGED, r.id(), r.citation(), Verdict.of(old), Verdict.of(r),
            causes(versionCauses, before.receipt(), after.receipt(), Optional.of(old.why()), Optional.of(r.why()), Optional.empty())));
      } else if (old.compliance().status() != r.compliance().status()) {
        changes.add(new Change(Kind.COMPLIANCE_CHANGED, r.id(), r.citation(), Verdict.of(old),
            Verdict.of(r), causes(versionCauses, before.receipt(), after.receipt(),
                Optional.of(old.compliance().trace()), Optional.of(r.compliance().trace()), Optional.empty())));
      }
    }
    for (Requirement old : before.requirements()) {
      if (!now.containsKey(old.id())) {
        Optional<RuledOut> ruledOut = ruledOutEntry(after, old);
        changes.add(new Change(Kind.REMOVED, old.id(), old.citation(), Verdict.of(old), Verdict.NOT_APPLICABLE,
            causes(versionCauses, before.receipt(), after.receipt(), Optional.of(aligned(ruledOut, old)),
                ruledOut.map(RuledOut::trace), ruledOut)));
      }
    }
    Set<String> askedBefore = before.openQuestions().stream().map(OpenQuestion::factId).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> askedAfter = after.openQuestions().stream().map(OpenQuestion::factId).collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> settled = askedBefore.stream().filter(f -> !askedAfter.contains(f)).toList();
    List<String> added = askedAfter.stream().filter(f -> !askedBefore.contains(f)).toList();
    return new AssessmentDiff(changes, settled, added);
  }

  private static Map<String, Requirement> index(Assessment a) {
    return a.requirements().stream().collect(Collectors.toMap(Requirement::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
  }

  private static Optional<RuledOut> ruledOutEntry(Assessment a, Requirement r) {
    return a.ruledOut().stream()
        .filter(n -> n.id().equals(r.id()) || n.id().equals(r.obligation().regulationId()))
        .findFirst();
  }

  /** The part of a requirement's trace that lines up with the trace of the entry that rules it out. */
  private static Trace aligned(Optional<RuledOut> ruledOut, Requirement r) {
    boolean instrumentScope = ruledOut.map(n -> n.level() == RuledOut.Level.INSTRUMENT && n.reason() == RuledOut.Reason.SCOPE_NOT_MET).orElse(false);
    // A requirement read back from JSON may carry a trace without children.
    return instrumentScope && !r.why().children().isEmpty() ? r.why().children().get(0) : r.why();
  }

  private static List<String> causes(List<String> versionCauses, Receipt before, Receipt after,
      Optional<Trace> old, Optional<Trace> now, Optional<RuledOut> ruledOut) {
    Set<String> causes = new LinkedHashSet<>(versionCauses);
    if (ruledOut.isPresent() && ruledOut.get().reason() == RuledOut.Reason.NOT_IN_FORCE) {
      causes.add("the as-of date moved from " + before.asOf() + " to " + after.asOf() + ": " + ruledOut.get().explanation());
    }
    if (old.isPresent() && now.isPresent()) {
      compare(old.get(), now.get(), before, after, causes);
    }
    if (causes.isEmpty()) {
      causes.add("the facts or the as-of date changed");
    }
    return List.copyOf(causes);
  }

  private static void compare(Trace old, Trace now, Receipt before, Receipt after, Set<String> causes) {
    if (old.children().isEmpty() || now.children().isEmpty() || old.children().size() != now.children().size()) {
      if (old.result() != now.result() || !old.text().equals(now.text()) || !old.given().equals(now.given())) {
        if (now.factId().isPresent() && given(old).equals(given(now)) && !versionCauses(before, after).isEmpty()) {
          // Same value, different verdict: a new pack version changed the condition, not the fact.
          causes.add("the condition on fact " + now.factId().get() + " changed in the new data version; the fact did not");
        } else if (now.factId().isPresent()) {
          causes.add("fact " + now.factId().get() + " changed: " + given(old) + " -> " + given(now));
        } else if (now.kind() == io.github.regkit.Trace.Kind.DATE) {
          causes.add("the as-of date moved from " + before.asOf() + " to " + after.asOf() + ", so this "
              + (now.result() == io.github.regkit.Truth.TRUE ? "now holds: " : "no longer holds: ") + now.text());
        }
      }
      return;
    }
    for (int i = 0; i < old.children().size(); i++) {
      compare(old.children().get(i), now.children().get(i), before, after, causes);
    }
  }

  /** The value a fact test was given, as a cause quotes it: {@code [a, b]}, {@code 70}, {@code unknown}. */
  private static String given(Trace leaf) {
    if (leaf.factId().isEmpty()) {
      return leaf.result().name();
    }
    return leaf.given().map(Cond::format).orElse("unknown");
  }

  private static List<String> versionCauses(Receipt before, Receipt after) {
    List<String> out = new ArrayList<>();
    for (Receipt.PackStamp p : after.packs()) {
      before.packs().stream().filter(b -> b.id().equals(p.id()) && !b.dataVersion().equals(p.dataVersion())).findFirst()
          .ifPresent(b -> out.add("pack " + p.id() + " changed from data version " + b.dataVersion() + " to " + p.dataVersion()));
    }
    return out;
  }
}
