package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A place whose laws a rule pack carries, identified in ISO 3166-2 style.
 *
 * <pre>{@code
 * Jurisdiction j = pack.jurisdiction();
 * String label = j.name() + " (" + j.id() + ")";
 * }</pre>
 *
 * @param id for example {@code US-MA}
 * @param name for example {@code Massachusetts}
 * @param parent the enclosing jurisdiction's id, for example {@code US}
 */
public record Jurisdiction(String id, String name, Optional<String> parent) {
  public Jurisdiction {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(parent, "parent");
  }
}
