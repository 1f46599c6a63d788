package io.github.regkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

class LoggingTest {
  @Test
  void aProviderOnTheClassPathIsFound() {
    // core's tests install a capturing SLF4J provider (io.github.regkit.logging)
    assertThat(Logging.providerInstalled(LoggingTest.class.getClassLoader())).isTrue();
  }

  @Test
  void noProviderWhereTheLoaderSeesNone() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(Logging.providerInstalled(empty)).isFalse();
    }
  }

  @Test
  void withAProviderLoggersAreSlf4jsOwn() {
    assertThat(Logging.logger(LoggingTest.class)).isNotSameAs(NOPLogger.NOP_LOGGER)
        .extracting(org.slf4j.Logger::getName).isEqualTo(LoggingTest.class.getName());
  }
}
