package io.github.regkit.spi;

import io.github.regkit.RulePack;

/**
 * Supplies one rule pack, found with {@link java.util.ServiceLoader}. Register an implementation
 * with {@code provides io.github.regkit.spi.RulePackProvider with ...} in {@code module-info.java}
 * and in {@code META-INF/services/io.github.regkit.spi.RulePackProvider} for class-path users.
 *
 * <p>regkit calls {@link #load()} at most once per provider and caches the result, so loading may
 * be slow but must be repeatable and thread-safe.
 *
 * <pre>{@code
 * public final class AcmePolicyPack implements RulePackProvider {
 *   public String jurisdiction() {
 *     return "US-MA";
 *   }
 *
 *   public RulePack load() {
 *     return RulePack.load("manifest.json",
 *         name -> Optional.ofNullable(AcmePolicyPack.class.getResourceAsStream("pack/" + name)));
 *   }
 * }
 * }</pre>
 */
public interface RulePackProvider {
  /** The jurisdiction id of the pack, for example {@code US-MA}, known without loading it. */
  String jurisdiction();

  /** Loads and validates the pack, typically with {@link RulePack#load(String, ResourceOpener)}. */
  RulePack load();
}
