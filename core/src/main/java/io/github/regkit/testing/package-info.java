/**
 * AssertJ assertions for code that uses regkit: {@link io.github.regkit.testing.AssessmentAssert}.
 * Needs {@code assertj-core} on the class path.
 */
@NullMarked
package io.github.regkit.testing;

import org.jspecify.annotations.NullMarked;
