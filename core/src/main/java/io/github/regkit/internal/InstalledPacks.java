package io.github.regkit.internal;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.regkit.RegkitException;
import io.github.regkit.RulePack;
import io.github.regkit.UnknownJurisdictionException;
import io.github.regkit.spi.RulePackProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;

/** Packs found with {@link ServiceLoader}; each provider's pack is loaded once, lazily. */
public final class InstalledPacks {
  private static final Logger log = Logging.logger(InstalledPacks.class);

  private record Installed(String jurisdiction, String provider, Supplier<RulePack> pack) {}

  /** An installed pack, the jurisdiction its provider declares, and the provider class, for messages. */
  public record Found(String jurisdiction, String provider, RulePack pack) {}

  private static final Supplier<List<Installed>> INSTALLED = Suppliers.memoize(InstalledPacks::discover);

  private InstalledPacks() {}

  private static List<Installed> discover() {
    List<Installed> out = new ArrayList<>();
    for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class, InstalledPacks.class.getClassLoader())) {
      log.debug("Found rule pack provider {} for {}", provider.getClass().getName(), provider.jurisdiction());
      out.add(new Installed(provider.jurisdiction(), provider.getClass().getName(), Suppliers.memoize(provider::load)));
    }
    return ImmutableList.copyOf(out);
  }

  /** The jurisdiction ids of installed packs, sorted. */
  public static List<String> jurisdictions() {
    return ImmutableList.copyOf(new TreeSet<>(INSTALLED.get().stream().map(Installed::jurisdiction).toList()));
  }

  /**
   * The installed packs of one jurisdiction, loaded on first use.
   *
   * @throws UnknownJurisdictionException when there are none
   */
  public static List<Found> forJurisdiction(String jurisdiction) {
    List<Found> packs = new ArrayList<>();
    for (Installed installed : INSTALLED.get()) {
      if (installed.jurisdiction().equals(jurisdiction)) {
        packs.add(new Found(installed.jurisdiction(), installed.provider(), installed.pack().get()));
      }
    }
    if (packs.isEmpty()) {
      throw new UnknownJurisdictionException(jurisdiction, jurisdictions());
    }
    return packs;
  }

  /**
   * The installed pack with this id, for a message that says how to add it. Installed packs not yet
   * loaded are loaded (once, as always); one that does not load is passed over.
   */
  public static Optional<Found> withPackId(String packId) {
    for (Installed installed : INSTALLED.get()) {
      try {
        RulePack pack = installed.pack().get();
        if (pack.id().equals(packId)) {
          return Optional.of(new Found(installed.jurisdiction(), installed.provider(), pack));
        }
      } catch (RegkitException e) {
        log.debug("Installed pack of {} does not load: {}", installed.provider(), e.getClass().getSimpleName());
      }
    }
    return Optional.empty();
  }
}
