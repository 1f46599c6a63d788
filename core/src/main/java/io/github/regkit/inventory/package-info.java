/**
 * Whole vendor inventories: many arrangements (an id, an optional as-of date and the facts) read
 * and written as newline-delimited JSON in constant memory, assessed on every core with the results
 * in input order ({@link io.github.regkit.inventory.BatchAssessor}), compared between two dates or
 * two versions of a pack ({@link io.github.regkit.inventory.ImpactAnalyzer}), and drawn as a matrix
 * of arrangements by instruments ({@link io.github.regkit.inventory.InventoryReport}).
 *
 * <p>One line of an inventory:
 *
 * <pre>
 * {"id": "helpdesk-eu", "asOf": "2026-11-28", "facts": {"entity.kind": "private-business"}}
 * </pre>
 *
 * <p>A bad line never stops the others: it becomes a {@link io.github.regkit.inventory.LineFailure}
 * naming its line number, its id when one could be read, and what was expected. No message repeats
 * a fact's value, since facts can be personal information. Every type here is immutable; no method
 * accepts or returns {@code null}.
 */
@NullMarked
package io.github.regkit.inventory;

import org.jspecify.annotations.NullMarked;
