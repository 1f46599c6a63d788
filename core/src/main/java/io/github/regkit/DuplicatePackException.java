package io.github.regkit;

/**
 * Two rule packs with the same id were combined into one {@link Assessor}.
 *
 * <pre>{@code
 * try {
 *   Assessor.builder().addJurisdiction("US-MA").addPack(pack).build();
 * } catch (DuplicatePackException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class DuplicatePackException extends RegkitException {
  private static final long serialVersionUID = 1L;

  /**
   * @param packId the id both packs declare
   * @param firstSource where the first pack came from
   * @param secondSource where the second pack came from
   */
  public DuplicatePackException(String packId, String firstSource, String secondSource) {
    super(
        "Duplicate rule pack id '"
            + packId
            + "': loaded from "
            + firstSource
            + " and from "
            + secondSource
            + "; expected each pack id once");
  }
}
