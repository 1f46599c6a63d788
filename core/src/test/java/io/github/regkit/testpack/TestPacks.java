package io.github.regkit.testpack;

import io.github.regkit.RulePack;

/** The core test pack: fictional law that exercises every part of the pack format. */
public final class TestPacks {
  public static final String MANIFEST = "packs/test/manifest.json";

  private TestPacks() {}

  public static RulePack load() {
    return RulePack.fromResource(TestPacks.class.getClassLoader(), MANIFEST);
  }
}
