package io.github.regkit.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * regkit's SLF4J loggers. An application that has chosen an SLF4J provider gets regkit's debug lines
 * through it, as usual; one that has none gets silence, instead of the three lines SLF4J prints on
 * standard error when a library asks it for a logger and no provider is installed. regkit only ever
 * logs at debug level, so nothing is lost.
 */
public final class Logging {
  private static final boolean PROVIDED = providerInstalled(LoggerFactory.class.getClassLoader());

  private Logging() {}

  /** A logger named for {@code type}: SLF4J's when a provider is installed, else a silent one. */
  public static Logger logger(Class<?> type) {
    return PROVIDED ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
  }

  /**
   * Whether SLF4J would find a provider where it looks for one: the {@code slf4j.provider} system
   * property, or a {@link SLF4JServiceProvider} visible to {@code loader}. When the question cannot
   * be answered, SLF4J is asked, so that it reports whatever is wrong itself.
   */
  static boolean providerInstalled(ClassLoader loader) {
    try {
      if (System.getProperty("slf4j.provider") != null) {
        return true;
      }
      return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent();
    } catch (ServiceConfigurationError | SecurityException e) {
      return true;
    }
  }
}
