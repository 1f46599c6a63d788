package io.github.regkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The problems found in one input, of which at most {@link #MAX_LISTED} are kept and the rest only
 * counted, so that hostile input cannot grow the list (and the exception that carries it) without
 * bound.
 */
public final class Problems {
  /** The most problems an exception lists; the rest are counted. */
  public static final int MAX_LISTED = 100;
  /** The most items of a list of ids or values a message shows; the rest are counted. */
  static final int MAX_ITEMS_SHOWN = 20;

  private final List<String> kept = new ArrayList<>();
  private long count;

  public void add(String problem) {
    count++;
    if (kept.size() < MAX_LISTED) {
      kept.add(problem);
    }
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** Whether another problem would be listed rather than only counted. */
  public boolean listsMore() {
    return count < MAX_LISTED;
  }

  /** The problems kept, and a last line counting those that were not. */
  public List<String> list() {
    List<String> out = new ArrayList<>(kept);
    if (count > kept.size()) {
      out.add("and " + (count - kept.size()) + " more problems, not listed");
    }
    return out;
  }

  /**
   * Ids or values as a message lists them: {@code [a, b, c]}, or the first {@value
   * #MAX_ITEMS_SHOWN} and how many more, so that a message stays short however large the pack.
   */
  public static String listed(Collection<String> items) {
    StringBuilder sb = new StringBuilder("[");
    Iterator<String> it = items.iterator();
    for (int i = 0; it.hasNext() && i < MAX_ITEMS_SHOWN; i++) {
      sb.append(i == 0 ? "" : ", ").append(it.next());
    }
    if (items.size() > MAX_ITEMS_SHOWN) {
      sb.append(", ... ").append(items.size() - MAX_ITEMS_SHOWN).append(" more");
    }
    return sb.append(']').toString();
  }
}
