package io.github.regkit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps fact values that could be personal information out of messages. */
public final class Redaction {
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int MAX_SHOWN = 40;

  private Redaction() {}

  /**
   * The value as a message may show it: short vocabulary-like text as is; anything long or holding
   * four or more digits (an SSN, a card number, a phone number) only by its length.
   */
  public static String show(String value) {
    if (ISO_DATE_SHAPE.matcher(value).matches()) {
      return "'" + value + "'";
    }
    if (value.length() > MAX_SHOWN || digits(value) >= 4 || value.indexOf('\'') >= 0) {
      return "a value of " + value.length() + " characters (not shown)";
    }
    return "'" + value + "'";
  }

  /** Replaces every single-quoted part of a parser message that {@link #show} would not show. */
  static String redactQuoted(String message) {
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1);
      String replacement = show(inner).startsWith("'") ? m.group() : "(" + inner.length() + " characters, not shown)";
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static int digits(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isDigit(value.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
