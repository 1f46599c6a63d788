/** Massachusetts data-protection law as a regkit rule pack (jurisdiction US-MA). */
module io.github.regkit.ma {
  requires transitive io.github.regkit;
  requires static org.jspecify;

  exports io.github.regkit.ma;

  provides io.github.regkit.spi.RulePackProvider with io.github.regkit.ma.MassachusettsPack;
}
