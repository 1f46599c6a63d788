package io.github.regkit.internal;

/** Text made safe for HTML element content and quoted attribute values. */
public final class Html {
  private Html() {}

  /** Escapes {@code < > & " '}: enough for element content and double- or single-quoted attributes. */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
