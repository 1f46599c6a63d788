package io.github.regkit.ma;

import io.github.regkit.RulePack;
import io.github.regkit.spi.RulePackProvider;
import java.util.Optional;

/**
 * Provides the Massachusetts rule pack ({@code US-MA}). Found by {@link java.util.ServiceLoader};
 * most callers use {@code Assessor.forJurisdiction("US-MA")} and never name this class.
 */
public final class MassachusettsPack implements RulePackProvider {
  /** The jurisdiction id this pack covers. */
  public static final String JURISDICTION = "US-MA";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MassachusettsPack() {}

  @Override
  public String jurisdiction() {
    return JURISDICTION;
  }

  /** Loads the bundled pack; this module opens its own resources, so it works on the module path. */
  @Override
  public RulePack load() {
    return RulePack.load(
        "manifest.json",
        name -> Optional.ofNullable(MassachusettsPack.class.getResourceAsStream("pack/" + name)));
  }
}
