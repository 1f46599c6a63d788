/**
 * regkit core: the engine and public API. Knows no jurisdiction; packs plug in through {@link
 * io.github.regkit.spi.RulePackProvider}.
 */
module io.github.regkit {
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires org.slf4j;
  requires static org.jspecify;
  requires static org.assertj.core;

  exports io.github.regkit;
  exports io.github.regkit.spi;
  exports io.github.regkit.json;
  exports io.github.regkit.testing;
  exports io.github.regkit.report;
  exports io.github.regkit.inventory;

  uses io.github.regkit.spi.RulePackProvider;
  // Only to tell whether the application has an SLF4J provider (internal.Logging).
  uses org.slf4j.spi.SLF4JServiceProvider;
}
