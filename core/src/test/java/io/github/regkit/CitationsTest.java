package io.github.regkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationsTest {
  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "201 CMR 17.03(2)(f)|201 CMR 17.03(2)(f)|true",
      "201 CMR 17.03(2)|201 CMR 17.03(2)(f)|true",
      "201 CMR 17.03(2)(f)|201 CMR 17.03(2)(f)2|true",
      "201 CMR 17.04|201 CMR 17.04(3)|true",
      "M.G.L. c. 93H, § 3|M.G.L. c. 93H, § 3(a)|true",
      "M.G.L. c. 93H, § 3|M.G.L. c. 93H, § 3A|false",
      "201 CMR 17.0|201 CMR 17.04|false",
      "201 CMR 17.03(1)|201 CMR 17.03(2)|false",
      "M.G.L. c. 272, § 99|M.G.L. c. 272, § 99 C.1|true",
      "M.G.L. c. 272, § 99 C|M.G.L. c. 272, § 99 C.1|true",
      "M.G.L. c. 272, § 99 C.1|M.G.L. c. 272, § 99 C.12|false",
      "M.G.L. c. 272, § 99 B|M.G.L. c. 272, § 99 C.1|false",
      "M.G.L. c. 93H|M.G.L. c. 93H, § 3(b)|true",
      "M.G.L. c. 93|M.G.L. c. 93, § 105(a)|true",
      "M.G.L. c. 93|M.G.L. c. 93H, § 3(b)|false",
      "Test Act|Test Act § 3(b)|true",
      "Test Act|Test Act 2010|false",
      "201 CMR 17.00|201 CMR 17.03(2)(f)|true",
      "201 CMR 17.00|201 CMR 17.00|true",
      "201 CMR 1.00|201 CMR 17.03|false",
      "760 CMR 8.00|201 CMR 8.04(1)|false"
  })
  void citationCoversItsSubdivisionsOnly(String provision, String pinpoint, boolean expected) {
    assertThat(Citations.covers(provision, pinpoint)).isEqualTo(expected);
  }
}
