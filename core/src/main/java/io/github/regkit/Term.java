package io.github.regkit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A named legal definition, such as "personal information" as M.G.L. c. 93H, § 1 defines it. A
 * pack encodes its meaning as a condition over facts; conditions refer to it by id, and traces name
 * it with its citation.
 *
 * <pre>{@code
 * pack.terms().forEach(t -> System.out.println(t.name() + " (" + t.citation() + ")"));
 * }</pre>
 *
 * @param id stable id, for example {@code ma.93h.personal-information}
 * @param name the defined words, for example {@code personal information}
 * @param citation where the definition is, for example {@code M.G.L. c. 93H, § 1(a)}
 * @param summary what the definition covers, in plain words
 * @param excerpt the definition's text, where the pack has it
 */
public record Term(String id, String name, String citation, String summary, Optional<Excerpt> excerpt) {
  public Term {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(citation, "citation");
    requireNonNull(summary, "summary");
    requireNonNull(excerpt, "excerpt");
  }
}
