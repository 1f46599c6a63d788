package io.github.regkit.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Opens the files of a rule pack by name. A pack provider implements it with its own class's
 * {@code getResourceAsStream}, so that its module's resources stay encapsulated and core never
 * needs to read another module's resources.
 *
 * <pre>{@code
 * RulePack loaded = RulePack.load("manifest.json",
 *     name -> Optional.ofNullable(getClass().getResourceAsStream("pack/" + name)));
 * }</pre>
 */
@FunctionalInterface
public interface ResourceOpener {
  /**
   * Opens the named file of the pack.
   *
   * @param name the name as the manifest writes it, for example {@code instruments/201-cmr-17.json}
   * @return the file's bytes, or empty when there is no such file
   * @throws IOException when the file exists but cannot be read
   */
  Optional<InputStream> open(String name) throws IOException;
}
