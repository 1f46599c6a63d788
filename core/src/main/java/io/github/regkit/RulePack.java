package io.github.regkit;

import static java.util.Objects.requireNonNull;

import io.github.regkit.internal.CompiledPack;
import io.github.regkit.internal.PackFiles;
import io.github.regkit.internal.PackReader;
import io.github.regkit.spi.ResourceOpener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One jurisdiction's (or one company's) loaded and validated rule data: regulations, obligations,
 * the fact vocabulary and legal terms, with the pack's own versions.
 *
 * <p>A pack is a JSON manifest ({@code schemaVersion}, {@code id}, {@code jurisdiction}, {@code
 * dataVersion}, {@code answersFrom}, {@code currentAsOf}, optionally {@code pendingLegislation} and
 * {@code buildsOn}) that may list further files under {@code include}; the format is described by
 * the JSON Schema {@code io/github/regkit/rulepack.schema.json} in regkit-core. Loading checks the
 * whole pack and reports every problem at once in an {@link InvalidRulePackException}; a pack
 * object exists only when the whole pack is valid.
 *
 * <p><b>Packs that build on others.</b> A company's policy pack can build on an official pack
 * instead of copying its facts: {@code "buildsOn": [{"id": "us-ma", "dataVersions":
 * ["2026.12.*"]}]} (see {@link BasePack} for the data-version patterns). It then uses the base's
 * facts and terms by id in its conditions, and declares only its own. Loading such a pack checks
 * everything it can without the base; it cannot see the base, so the rest is checked when an
 * {@link Assessor} is built with it ({@link Assessor.Builder#build()}): that the base is among the
 * assessor's packs at an accepted data version ({@link BasePackException} otherwise), and that every
 * fact and term the pack uses is declared by it or its bases and fits (an {@link
 * InvalidRulePackException} naming file and JSON path otherwise). A base's fact declared again with
 * the same type and allowed values is accepted; with others it is an error naming both packs.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RulePack policy = RulePack.fromPath(Path.of("acme-policy/manifest.json"));
 * Assessor combined = Assessor.builder().addJurisdiction("US-MA").addPack(policy).build();
 * }</pre>
 */
public final class RulePack {
  private final CompiledPack compiled;

  private RulePack(CompiledPack compiled) {
    this.compiled = compiled;
  }

  /**
   * Loads a pack whose files are opened by {@code opener}: the way a {@link
   * io.github.regkit.spi.RulePackProvider} hands core its own module's resources.
   *
   * @param manifestName the manifest's name, passed to the opener
   * @throws InvalidRulePackException naming every problem found
   */
  public static RulePack load(String manifestName, ResourceOpener opener) {
    requireNonNull(manifestName, "manifestName");
    requireNonNull(opener, "opener");
    return new RulePack(PackReader.read(manifestName, opener));
  }

  /**
   * Loads a pack from a manifest file; included files are resolved against its folder. The path may
   * be relative or hold {@code ..}; it is resolved to its real path first, and the pack reads only
   * regular files inside the manifest's real folder: an include that is a link to a file outside
   * it, a folder, a device or a named pipe is refused without being read.
   *
   * @throws InvalidRulePackException naming every problem found, including a missing file
   */
  public static RulePack fromPath(Path manifest) {
    requireNonNull(manifest, "manifest");
    Path real;
    try {
      real = manifest.toRealPath();
    } catch (NoSuchFileException e) {
      throw new InvalidRulePackException(manifest.toString(), List.of(manifest + ": not found"));
    } catch (IOException | SecurityException e) {
      throw new InvalidRulePackException(manifest.toString(), List.of(manifest + ": cannot be read: " + e.getClass().getSimpleName()));
    }
    Path fileName = real.getFileName();
    if (real.getParent() == null || fileName == null) {
      throw new InvalidRulePackException(manifest.toString(), List.of(manifest + ": not a file; expected the path of a manifest file"));
    }
    return load(fileName.toString(), PackFiles.inFolder(real));
  }

  /**
   * Loads a pack from a class-path resource, for example {@code "packs/acme/manifest.json"};
   * included files are resolved against the manifest's folder. Resources inside a named module
   * must be in an open package; providers in modules use {@link #load(String, ResourceOpener)}.
   */
  public static RulePack fromResource(ClassLoader loader, String manifestResource) {
    requireNonNull(loader, "loader");
    requireNonNull(manifestResource, "manifestResource");
    int slash = manifestResource.lastIndexOf('/');
    String folder = slash < 0 ? "" : manifestResource.substring(0, slash + 1);
    String name = manifestResource.substring(slash + 1);
    return load(name, PackFiles.onClassPath(loader, folder));
  }

  /**
   * Loads a pack held in one JSON document, with no {@code include}. At most the size limit of a
   * pack file (16,000,000 bytes) and one byte more are read, so an endless stream is rejected as too
   * large; the stream is closed.
   *
   * @param sourceName how error messages name the document, for example a file name
   */
  public static RulePack fromStream(InputStream json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    // The reader reads the manifest once, up to its size limit, and closes it.
    boolean[] opened = new boolean[1];
    try (json) {
      return load(
          sourceName,
          file -> {
            if (!file.equals(sourceName) || opened[0]) {
              return Optional.empty();
            }
            opened[0] = true;
            return Optional.of(json);
          });
    } catch (IOException e) {
      throw new InvalidRulePackException(sourceName, List.of(sourceName + ": cannot be closed: " + e.getClass().getSimpleName()));
    }
  }

  /** The pack id, unique among the packs an assessor combines, for example {@code us-ma}. */
  public String id() {
    return compiled.id();
  }

  /** The jurisdiction the pack covers. */
  public Jurisdiction jurisdiction() {
    return compiled.jurisdiction();
  }

  /** The version of the pack format. */
  public int schemaVersion() {
    return compiled.schemaVersion();
  }

  /**
   * The packs this pack builds on, in manifest order; empty for a pack that builds on none. An
   * assessor with this pack needs each of them too, at an accepted data version.
   */
  public List<BasePack> buildsOn() {
    return compiled.buildsOn();
  }

  /** The version of the pack's content; a data-only change bumps it. */
  public String dataVersion() {
    return compiled.dataVersion();
  }

  /** The date up to which the pack's authors checked the law. */
  public LocalDate currentAsOf() {
    return compiled.currentAsOf();
  }

  /**
   * The earliest as-of date the pack answers for; an assessment as of an earlier date ends in
   * {@link AsOfDateOutOfRangeException}.
   */
  public LocalDate answersFrom() {
    return compiled.answersFrom();
  }

  /**
   * Bills the pack's authors watch but do not encode because they are not law, in pack order. An
   * assessment as of a date after {@link #currentAsOf()} names them in its warning.
   */
  public List<PendingLegislation> pendingLegislation() {
    return compiled.pendingLegislation();
  }

  /** SHA-256 of the pack's files as loaded, in lower-case hex. */
  public String contentHash() {
    return compiled.contentHash();
  }

  /** Where the pack was loaded from. */
  public String source() {
    return compiled.source();
  }

  /** The regulations, in pack order. */
  public List<Regulation> regulations() {
    return compiled.regulationList();
  }

  /** The fact vocabulary, in pack order; not the facts of the packs it builds on. */
  public List<FactDefinition> facts() {
    return compiled.factList();
  }

  /** The legal terms, in pack order; not those of the packs it builds on. */
  public List<Term> terms() {
    return compiled.termList();
  }

  /** The regulation with this id. */
  public Optional<Regulation> findRegulation(String id) {
    return regulations().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The obligation with this id. */
  public Optional<Obligation> findObligation(String id) {
    return regulations().stream()
        .flatMap(r -> r.obligations().stream())
        .filter(o -> o.id().equals(id))
        .findFirst();
  }

  CompiledPack compiled() {
    return compiled;
  }

  @Override
  public String toString() {
    return "RulePack[" + id() + " " + dataVersion() + " (" + jurisdiction().id() + ")]";
  }
}
