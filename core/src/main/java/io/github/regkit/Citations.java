package io.github.regkit;

import java.util.regex.Pattern;

/** Comparing pinpoint citations. */
final class Citations {
  /** A lettered paragraph after a space, as in {@code M.G.L. c. 272, § 99 C.1}. */
  private static final Pattern PARAGRAPH = Pattern.compile(" [A-Z](?:[.(\\s]|$)");

  private Citations() {}

  /**
   * Whether {@code pinpoint} is {@code provision} or one of its subdivisions: the same text, or the
   * same text followed by
   *
   * <ul>
   *   <li>a parenthesised subdivision: {@code 201 CMR 17.03(2)} covers {@code 201 CMR 17.03(2)(f)};
   *   <li>a numbered one after a parenthesis: {@code 201 CMR 17.03(2)(f)} covers {@code 201 CMR
   *       17.03(2)(f)2};
   *   <li>a section: {@code M.G.L. c. 93H} covers {@code M.G.L. c. 93H, § 3(b)};
   *   <li>a lettered paragraph: {@code M.G.L. c. 272, § 99} covers {@code M.G.L. c. 272, § 99 C.1},
   *       and {@code M.G.L. c. 272, § 99 C} covers {@code M.G.L. c. 272, § 99 C.1}.
   * </ul>
   *
   * <p>A regulation's part, {@code 201 CMR 17.00}, covers its sections ({@code 201 CMR 17.03(2)}).
   * A different number is never covered: {@code M.G.L. c. 93H, § 3} does not cover {@code M.G.L. c.
   * 93H, § 3A}, nor {@code 201 CMR 17.0} {@code 201 CMR 17.04}.
   */
  static boolean covers(String provision, String pinpoint) {
    if (pinpoint.equals(provision)) {
      return true;
    }
    if (provision.endsWith(".00")) {
      String part = provision.substring(0, provision.length() - 2);
      if (pinpoint.length() > part.length() && pinpoint.startsWith(part)
          && Character.isDigit(pinpoint.charAt(part.length()))) {
        return true;
      }
    }
    if (provision.isEmpty() || !pinpoint.startsWith(provision)) {
      return false;
    }
    String rest = pinpoint.substring(provision.length());
    char last = provision.charAt(provision.length() - 1);
    return rest.startsWith("(")
        || (last == ')' && Character.isDigit(rest.charAt(0)))
        || rest.startsWith(", §")
        || rest.startsWith(" §")
        || PARAGRAPH.matcher(rest).lookingAt()
        || (Character.isLetter(last) && rest.length() > 1 && rest.charAt(0) == '.' && Character.isDigit(rest.charAt(1)));
  }
}
