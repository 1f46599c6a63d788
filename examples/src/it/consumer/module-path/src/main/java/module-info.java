/** The vendor check as a module: regkit's API and the Massachusetts pack from the module path. */
module com.example.vendorcheck {
  requires io.github.regkit;
  // The pack's fact constants (MassachusettsFacts); Assessor finds the pack itself through the
  // pack module's `provides io.github.regkit.spi.RulePackProvider`.
  requires io.github.regkit.ma;

  exports com.example.vendorcheck;
}
