/**
 * regkit: which laws bind a situation and what they require, as data.
 *
 * <p>Start with {@link io.github.regkit.Assessor#forJurisdiction(String)}, describe the situation
 * with {@link io.github.regkit.Facts#builder()}, and read the {@link io.github.regkit.Assessment}.
 * Every type here is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package io.github.regkit;

import org.jspecify.annotations.NullMarked;
