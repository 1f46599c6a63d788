package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.regkit.internal.DataVersions;
import java.util.List;

/**
 * A pack that another pack builds on, and the data versions of it that the other pack accepts: one
 * entry of a manifest's {@code buildsOn}, for example {@code {"id": "us-ma", "dataVersions":
 * ["2026.12.*"]}}. A pack that builds on another uses its facts and terms by id; an {@link
 * Assessor} with the pack needs the base pack too, at an accepted data version.
 *
 * <p>Each accepted data version is a pattern: either one data version, accepted exactly ({@code
 * 2026.12.0}), or whole dot-separated parts followed by {@code .*}, which accepts every data version
 * that starts with those parts and has at least one part more: {@code 2026.12.*} accepts {@code
 * 2026.12.0} and {@code 2026.12.7.1}, not {@code 2026.12}, {@code 2026.120.0} or {@code 2027.1.0}. A
 * part is letters, digits, {@code -}, {@code _} or {@code +}; a base's data version is accepted
 * when it matches any of the patterns.
 *
 * <pre>{@code
 * for (BasePack base : pack.buildsOn()) {
 *   System.out.println(pack.id() + " builds on " + base.id() + " " + base.dataVersions());
 * }
 * }</pre>
 *
 * @param id the base pack's id, for example {@code us-ma}
 * @param dataVersions the accepted data versions, at least one, in manifest order
 */
public record BasePack(String id, List<String> dataVersions) {
  /**
   * @throws IllegalArgumentException when {@code dataVersions} is empty or holds a text that is not
   *     a pattern as described above
   */
  public BasePack {
    requireNonNull(id, "id");
    dataVersions = ImmutableList.copyOf(dataVersions);
    if (dataVersions.isEmpty()) {
      throw new IllegalArgumentException("no accepted data version of pack " + id + "; expected at least one");
    }
    for (String pattern : dataVersions) {
      DataVersions.problem(pattern).ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
    }
  }

  /** Whether a data version of the base pack is one of those accepted. */
  public boolean accepts(String dataVersion) {
    requireNonNull(dataVersion, "dataVersion");
    return dataVersions.stream().anyMatch(pattern -> DataVersions.matches(pattern, dataVersion));
  }
}
