package com.example.vendorcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Assessor;
import io.github.regkit.ma.MassachusettsFacts;
import org.junit.jupiter.api.Test;

/** Each variant's pom says where its tests run (vendorcheck.modulePath); this checks they really do. */
class RuntimePathTest {
  @Test
  void runsOnThePathTheBuildChose() {
    String expected = System.getProperty("vendorcheck.modulePath");
    assertThat(expected).as("system property vendorcheck.modulePath, set by the variant's pom").isIn("true", "false");
    if (Boolean.parseBoolean(expected)) {
      assertThat(VendorCheck.class.getModule().getName()).isEqualTo("com.example.vendorcheck");
      assertThat(Assessor.class.getModule().getName()).isEqualTo("io.github.regkit");
      assertThat(MassachusettsFacts.class.getModule().getName()).isEqualTo("io.github.regkit.ma");
    } else {
      assertThat(VendorCheck.class.getModule().isNamed()).isFalse();
      assertThat(Assessor.class.getModule().isNamed()).isFalse();
      assertThat(MassachusettsFacts.class.getModule().isNamed()).isFalse();
    }
    // Found by ServiceLoader: META-INF/services on the class path, `provides` on the module path.
    assertThat(Assessor.installedJurisdictions()).containsExactly("US-MA");
  }
}
