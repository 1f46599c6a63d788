package io.github.regkit.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The data versions a pack accepts of a pack it builds on. A pattern is one data version, accepted
 * exactly ({@code 2026.12.0}), or whole dot-separated parts followed by {@code .*}, which accepts
 * every data version that starts with those parts and has at least one part more ({@code 2026.12.*}
 * accepts {@code 2026.12.0} and {@code 2026.12.7.1}, not {@code 2026.12}, {@code 2026.120.0} or
 * {@code 2027.1.0}). A part is letters, digits, {@code -}, {@code _} or {@code +}.
 */
public final class DataVersions {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_+-]+(\\.[A-Za-z0-9_+-]+)*(\\.\\*)?");
  /** How a message says what a pattern should look like. */
  public static final String EXPECTED = "a data version such as 2026.12.0, or its leading parts and .* such as 2026.12.*";

  private DataVersions() {}

  /** What is wrong with the pattern, or empty when it is one. */
  public static Optional<String> problem(String pattern) {
    if (pattern.length() <= 100 && PATTERN.matcher(pattern).matches()) {
      return Optional.empty();
    }
    return Optional.of(PackReader.quote(pattern) + " is not a data-version pattern; expected " + EXPECTED);
  }

  /** Whether the data version matches the pattern, which {@link #problem} accepts. */
  public static boolean matches(String pattern, String dataVersion) {
    if (pattern.endsWith(".*")) {
      String prefix = pattern.substring(0, pattern.length() - 1);
      return dataVersion.length() > prefix.length() && dataVersion.startsWith(prefix);
    }
    return pattern.equals(dataVersion);
  }
}
