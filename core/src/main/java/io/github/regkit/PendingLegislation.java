package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A bill a pack's authors watch but do not encode, because it is not law. Named in the warning of
 * an assessment whose as-of date is after the pack's "current as of" date, since such a bill may
 * have been enacted since.
 *
 * <pre>{@code
 * pack.pendingLegislation().forEach(b -> System.out.println(b.citation() + ": " + b.status()));
 * }</pre>
 *
 * @param id stable id within the pack
 * @param citation the bill numbers, for example {@code S.2619 / H.5479 (194th General Court)}
 * @param title the bill's title
 * @param status its status in the authors' words, for example "not enacted; in conference"
 * @param source the address where its status can be checked
 * @param checked the day its status was last checked
 */
public record PendingLegislation(
    String id, String citation, String title, String status, String source, LocalDate checked) {
  public PendingLegislation {
    requireNonNull(id, "id");
    requireNonNull(citation, "citation");
    requireNonNull(title, "title");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    requireNonNull(checked, "checked");
  }
}
