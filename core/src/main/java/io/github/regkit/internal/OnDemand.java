package io.github.regkit.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds a value held on demand in one volatile field of a public value class: the field holds the
 * value, or until it is first asked for the {@code Supplier} that builds it. No wrapper object per
 * value (an assessment has a hundred of them, and most are never asked for); the lambdas below are
 * made only on the first call, under the owner's lock, so the supplier runs at most once and the
 * facts it holds are released after.
 */
public final class OnDemand {
  private OnDemand() {}

  /**
   * The value of the field, built now if it still holds its supplier.
   *
   * @param owner the object whose field it is; locked while building
   * @param field reads the field
   * @param store writes the field
   * @param type the value's class
   * @param name the value's name, for the message when the supplier gives null
   */
  public static <T> T build(Object owner, Supplier<Object> field, Consumer<Object> store, Class<T> type, String name) {
    synchronized (owner) {
      Object current = field.get();
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      T built = type.cast(requireNonNull(((Supplier<?>) current).get(), name));
      store.accept(built);
      return built;
    }
  }
}
