/** Jackson support: {@link io.github.regkit.json.RegkitModule}. */
@NullMarked
package io.github.regkit.json;

import org.jspecify.annotations.NullMarked;
