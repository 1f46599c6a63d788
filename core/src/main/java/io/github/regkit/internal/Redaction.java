package io.github.regkit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps fact values that could be personal information out of messages. */
public final class Redaction {
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** The shape of a fact id or an allowed value: the only fact text a message may repeat. */
  private static final Pattern VOCABULARY_SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
  private static final int MAX_SHOWN = 40;

  private Redaction() {}

  /**
   * A fact's text as a message may show it: only text shaped like a fact id or an allowed value
   * (lower-case letters, digits, '.', '_', '-', at most 40, fewer than four digits) is repeated;
   * anything else — a name, an address, an email, a date of birth, an SSN — only by its length.
   */
  public static String show(String value) {
    if (VOCABULARY_SHAPE.matcher(value).matches() && digits(value) < 4) {
      return "'" + value + "'";
    }
    return "a value of " + value.length() + " characters (not shown)";
  }

  /**
   * A fact id the caller gave, as a message may show it after the word "fact": quoted when it is
   * shaped like a fact id (see {@link #show}), otherwise only its length.
   */
  public static String showId(String id) {
    String shown = show(id);
    return shown.startsWith("'") ? shown : "(an id of " + id.length() + " characters, not shown)";
  }

  /**
   * Text a pack author wrote (an id, a citation, an address) as a message may show it: short text as
   * is, so the author can find it; anything long or holding four or more digits by its length.
   */
  static String showAuthored(String value) {
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
    return redactQuoted(message, inner -> show(inner).startsWith("'"));
  }

  /** Replaces every single-quoted part of a parser message that {@code shown} does not accept. */
  static String redactQuoted(String message, java.util.function.Predicate<String> shown) {
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1);
      // A single character (the parser's "unexpected '/'") cannot be personal information.
      boolean show = inner.length() <= 1 || shown.test(inner);
      String replacement = show ? m.group() : "(" + inner.length() + " characters, not shown)";
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
