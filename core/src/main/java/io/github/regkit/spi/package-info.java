/** How rule packs plug into regkit: providers found with {@link java.util.ServiceLoader}. */
@NullMarked
package io.github.regkit.spi;

import org.jspecify.annotations.NullMarked;
