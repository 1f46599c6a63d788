package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A caveat that comes with an assessment: the answer is computed, but a reader should know this
 * about it. Warnings are part of the {@link Receipt}, its JSON and every report.
 *
 * <pre>{@code
 * assessment.warnings().forEach(w -> System.err.println(w.kind() + ": " + w.message()));
 * }</pre>
 *
 * @param kind what sort of caveat it is
 * @param packId the pack it concerns
 * @param message the caveat in a sentence or two, naming dates and citations
 * @param citations the citations it concerns, in natural order (empty where it concerns the whole
 *     pack)
 */
public record Warning(Kind kind, String packId, String message, List<String> citations) {

  /** What sort of caveat a warning is. */
  public enum Kind {
    /**
     * The as-of date is after the date the pack is current as of: law enacted or changed since
     * then is not reflected. The message names the date and any legislation the pack lists as
     * pending.
     */
    AFTER_CURRENT_AS_OF,
    /**
     * Some requirements rest on text that could not be confirmed verbatim against an official or
     * agreeing secondary source ({@link Excerpt#verified()} is false); their citations are listed.
     */
    UNVERIFIED_TEXT
  }

  public Warning {
    requireNonNull(kind, "kind");
    requireNonNull(packId, "packId");
    requireNonNull(message, "message");
    citations = ImmutableList.copyOf(citations);
  }
}
