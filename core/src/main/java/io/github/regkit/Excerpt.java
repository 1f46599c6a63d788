package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The source text an obligation or term rests on, copied verbatim, and where it came from.
 *
 * <pre>{@code
 * Excerpt e = requirement.obligation().excerpt();
 * String badge = e.provenance() + (e.verified() ? "" : ", unverified");
 * }</pre>
 *
 * @param text the words as the source shows them
 * @param source the address the text was copied from
 * @param retrieved the day it was copied
 * @param provenance official text, a secondary quotation, a paraphrase, or a company's own policy
 *     text
 * @param verified whether the text was checked against the official text (for policy text, the
 *     policy document) or confirmed by several independent sources; an unverified excerpt is
 *     flagged in every report
 * @param note what a reader should know about the text, for example what is missing from it
 */
public record Excerpt(
    String text,
    String source,
    LocalDate retrieved,
    Provenance provenance,
    boolean verified,
    Optional<String> note) {
  public Excerpt {
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    requireNonNull(retrieved, "retrieved");
    requireNonNull(provenance, "provenance");
    requireNonNull(note, "note");
  }
}
