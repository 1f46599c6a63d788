/** The Massachusetts rule pack provider. */
@NullMarked
package io.github.regkit.ma;

import org.jspecify.annotations.NullMarked;
