package io.github.regkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** regkit-core's own version, recorded in every receipt. */
final class Version {
  static final String CURRENT = read();

  private Version() {}

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
