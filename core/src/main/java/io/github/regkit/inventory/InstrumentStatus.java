package io.github.regkit.inventory;

/**
 * How one instrument stands for one arrangement: the most pressing compliance of the requirements
 * it gives the arrangement, or {@link #NOT_APPLICABLE} when it gives none. The cells of {@link
 * InventoryReport}'s matrix.
 *
 * <pre>{@code
 * ArrangementResult r = ArrangementResult.of(1, "crm", assessment);
 * boolean work = r.instrument("201 CMR 17.00") == InstrumentStatus.OUTSTANDING;
 * }</pre>
 */
public enum InstrumentStatus {
  /** At least one requirement under it is not met. */
  OUTSTANDING,
  /** None is known to be unmet, and at least one is not known to be met. */
  UNKNOWN,
  /** Every requirement under it is met. */
  SATISFIED,
  /** It gives no requirement: ruled out, not in force, or every obligation ruled out. */
  NOT_APPLICABLE
}
