package io.github.regkit.testpack;

import io.github.regkit.RulePack;
import io.github.regkit.spi.RulePackProvider;

/** Installs the core test pack (jurisdiction ZZ-TP) through ServiceLoader, as a real pack would be. */
public final class TestPackProvider implements RulePackProvider {
  public static final String JURISDICTION = "ZZ-TP";

  @Override
  public String jurisdiction() {
    return JURISDICTION;
  }

  @Override
  public RulePack load() {
    return TestPacks.load();
  }
}
