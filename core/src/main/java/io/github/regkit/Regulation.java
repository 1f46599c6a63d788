package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * One legal instrument (a statute chapter, a part of a code of regulations, an executive order, or
 * a company policy) and the obligations a pack encodes from it.
 *
 * <pre>{@code
 * for (Regulation reg : pack.regulations()) {
 *   System.out.println(reg.citation() + ": " + reg.obligations().size() + " obligations");
 * }
 * }</pre>
 *
 * @param id stable id, for example {@code ma.201cmr17}
 * @param citation for example {@code 201 CMR 17.00}
 * @param title the instrument's title
 * @param kind statute, regulation, executive order or policy
 * @param issuer the body that made it
 * @param source the address of the text the pack used
 * @param retrieved the day the text was read
 * @param effective when the instrument is in force; every instrument has a start date and says
 *     where it comes from ({@link EffectivePeriod#basis()})
 * @param scope who the instrument binds, in plain words; the pack's scope condition decides it
 * @param obligations its obligations, in pack order
 */
public record Regulation(
    String id,
    String citation,
    String title,
    Kind kind,
    String issuer,
    String source,
    LocalDate retrieved,
    EffectivePeriod effective,
    String scope,
    List<Obligation> obligations) {

  /** What sort of instrument it is. */
  public enum Kind {
    /** An act of the legislature, for example a chapter of the General Laws. */
    STATUTE,
    /** A rule an agency issued under a statute, for example a CMR chapter. */
    REGULATION,
    /** An order of the governor or another executive. */
    EXECUTIVE_ORDER,
    /** A policy that binds only who adopts it, for example a company's own rule. */
    POLICY
  }

  public Regulation {
    requireNonNull(id, "id");
    requireNonNull(citation, "citation");
    requireNonNull(title, "title");
    requireNonNull(kind, "kind");
    requireNonNull(issuer, "issuer");
    requireNonNull(source, "source");
    requireNonNull(retrieved, "retrieved");
    requireNonNull(effective, "effective");
    requireNonNull(scope, "scope");
    obligations = ImmutableList.copyOf(obligations);
  }
}
