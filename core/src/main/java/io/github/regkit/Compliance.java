package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.internal.OnDemand;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Whether a requirement is already met, and what would settle it when that is not known.
 *
 * <pre>{@code
 * Compliance c = requirement.compliance();
 * if (c.status() == ComplianceStatus.UNKNOWN) {
 *   c.evidenceNeeded().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Its {@link #trace()} is built on first call when the compliance came from {@link
 * Assessor#assess} (see {@link Requirement}). A value: {@link #equals} compares every part.
 */
public final class Compliance {
  private final ComplianceStatus status;
  private final List<String> evidenceNeeded;
  private final List<String> openFacts;
  /** The trace, or until it is first asked for the {@code Supplier} that builds it. */
  private volatile Object trace;

  /**
   * @param status satisfied, outstanding or unknown
   * @param trace how the pack's satisfaction condition evaluated; a single unknown leaf when the pack
   *     gives none
   * @param evidenceNeeded for {@link ComplianceStatus#UNKNOWN}: the evidence that would settle it;
   *     otherwise empty
   * @param openFacts for {@link ComplianceStatus#UNKNOWN}: the unknown control facts that decide it
   */
  public Compliance(ComplianceStatus status, Trace trace, List<String> evidenceNeeded, List<String> openFacts) {
    this(status, requireNonNull(trace, "trace"), null, evidenceNeeded, openFacts);
  }

  /** A compliance whose trace is built when {@link #trace()} is first called: {@code trace} is called at most once. */
  public Compliance(ComplianceStatus status, Supplier<Trace> trace, List<String> evidenceNeeded, List<String> openFacts) {
    this(status, null, requireNonNull(trace, "trace"), evidenceNeeded, openFacts);
  }

  private Compliance(ComplianceStatus status, @Nullable Trace trace, @Nullable Supplier<Trace> explain,
      List<String> evidenceNeeded, List<String> openFacts) {
    this.status = requireNonNull(status, "status");
    this.trace = trace != null ? trace : requireNonNull(explain, "explain");
    this.evidenceNeeded = ImmutableList.copyOf(evidenceNeeded);
    this.openFacts = ImmutableList.copyOf(openFacts);
  }

  /** Satisfied, outstanding or unknown. */
  public ComplianceStatus status() {
    return status;
  }

  /** How the pack's satisfaction condition evaluated; a single unknown leaf when the pack gives none. */
  public Trace trace() {
    Object current = trace;
    return current instanceof Trace built ? built : OnDemand.build(this, () -> trace, v -> trace = v, Trace.class, "trace");
  }


  /** For {@link ComplianceStatus#UNKNOWN}: the evidence that would settle it; otherwise empty. */
  public List<String> evidenceNeeded() {
    return evidenceNeeded;
  }

  /** For {@link ComplianceStatus#UNKNOWN}: the unknown control facts that decide it. */
  public List<String> openFacts() {
    return openFacts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Compliance c && status == c.status && evidenceNeeded.equals(c.evidenceNeeded)
        && openFacts.equals(c.openFacts) && trace().equals(c.trace());
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, trace(), evidenceNeeded, openFacts);
  }

  /** The status and the open facts' ids: never the trace, whose texts show the facts' values. */
  @Override
  public String toString() {
    return "Compliance[" + status + ", open facts " + openFacts + "]";
  }
}
