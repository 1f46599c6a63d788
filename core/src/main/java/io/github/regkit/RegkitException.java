package io.github.regkit;

/**
 * Root of every exception regkit throws on purpose. All are unchecked: a caller that cannot repair a
 * bad rule pack or bad facts at the call site should not be forced to catch them there.
 *
 * <pre>{@code
 * try {
 *   assessor.assess(facts);
 * } catch (RegkitException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class RegkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what was wrong and what was expected. */
  public RegkitException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the lower-level cause. */
  public RegkitException(String message, Throwable cause) {
    super(message, cause);
  }
}
