package com.example.vendorcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.FactProblem;
import io.github.regkit.Facts;
import io.github.regkit.InvalidFactsException;
import io.github.regkit.RegkitException;
import io.github.regkit.ma.MassachusettsFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a consumer sees when its facts do not fit the pack's vocabulary. */
class InvalidFactsTest {
  static final LocalDate AS_OF = VendorCheckTest.AS_OF;

  @Test
  void aValueOutsideTheVocabularyIsRejectedNamingTheFactAndTheAllowedValues() {
    Facts facts = VendorCheck.helpDeskFacts().toBuilder().replace(MassachusettsFacts.ENTITY_KIND, "bank").build();

    assertThatThrownBy(() -> VendorCheck.assessor().assess(facts, AS_OF))
        .isInstanceOf(RegkitException.class)
        .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              // A form puts this next to its entity-kind field, with the choices it offers.
              assertThat(p.kind()).isEqualTo(FactProblem.Kind.NOT_AN_ALLOWED_VALUE);
              assertThat(p.factId()).contains(MassachusettsFacts.ENTITY_KIND);
              assertThat(p.allowedValues()).contains(MassachusettsFacts.EntityKind.PRIVATE_BUSINESS);
              assertThat(p.message()).contains("not an allowed value");
            }));
  }

  @Test
  void anUnknownFactIsRejected() {
    Facts facts = VendorCheck.helpDeskFacts().toBuilder().set("vendor.records-everything", true).build();

    assertThatThrownBy(() -> VendorCheck.assessor().assess(facts, AS_OF))
        .isInstanceOfSatisfying(InvalidFactsException.class,
            e -> assertThat(e.problems()).anySatisfy(p -> {
              assertThat(p.kind()).isEqualTo(FactProblem.Kind.UNKNOWN_FACT);
              assertThat(p.factId()).contains("vendor.records-everything");
            }));
  }
}
