package io.github.regkit;

import java.util.Collection;
import java.util.List;

/**
 * No installed rule pack covers the requested jurisdiction.
 *
 * <pre>{@code
 * try {
 *   Assessor.forJurisdiction("US-XX");
 * } catch (UnknownJurisdictionException e) {
 *   System.err.println(e.getMessage()); // Unknown jurisdiction: US-XX; installed: [US-MA]
 * }
 * }</pre>
 */
public final class UnknownJurisdictionException extends RegkitException {
  private static final long serialVersionUID = 1L;

  /** The jurisdiction id that was asked for. */
  private final String jurisdiction;

  /**
   * @param jurisdiction the id that was asked for
   * @param installed the ids that are installed, named in the message
   */
  public UnknownJurisdictionException(String jurisdiction, Collection<String> installed) {
    super("Unknown jurisdiction: " + jurisdiction + "; installed: " + List.copyOf(installed));
    this.jurisdiction = jurisdiction;
  }

  /** The jurisdiction id that was asked for. */
  public String jurisdiction() {
    return jurisdiction;
  }
}
