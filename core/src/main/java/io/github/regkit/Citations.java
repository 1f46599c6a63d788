package io.github.regkit;

/** Comparing pinpoint citations. */
final class Citations {
  private Citations() {}

  /**
   * Whether {@code pinpoint} is {@code provision} or one of its subdivisions: the same text, or the
   * same text followed by a parenthesised or numbered subdivision.
   */
  static boolean covers(String provision, String pinpoint) {
    if (!pinpoint.startsWith(provision)) {
      return false;
    }
    if (pinpoint.length() == provision.length()) {
      return true;
    }
    char next = pinpoint.charAt(provision.length());
    return next == '(' || (provision.endsWith(")") && Character.isDigit(next));
  }
}
