package io.github.regkit.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.event.Level;

/**
 * Every line logged in core's tests, at every level from TRACE to ERROR, as the capturing SLF4J
 * backend ({@link CapturingServiceProvider}) formatted it, with the stack trace of any throwable.
 */
public final class CapturingLogs {
  private static final List<String> LINES = new ArrayList<>();

  private CapturingLogs() {}

  static void record(Level level, String logger, String message, Throwable t) {
    StringBuilder line = new StringBuilder(level.name()).append(' ').append(logger).append(": ").append(message);
    if (t != null) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      line.append('\n').append(trace);
    }
    synchronized (LINES) {
      LINES.add(line.toString());
    }
  }

  /** Everything logged so far. */
  public static List<String> lines() {
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  /** Forgets everything logged so far. */
  public static void clear() {
    synchronized (LINES) {
      LINES.clear();
    }
  }
}
