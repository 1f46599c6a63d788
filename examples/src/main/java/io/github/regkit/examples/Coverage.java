package io.github.regkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.regkit.Obligation;
import io.github.regkit.PendingLegislation;
import io.github.regkit.Provenance;
import io.github.regkit.Regulation;
import io.github.regkit.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage table of a pack, generated from its data: for each instrument, the provisions encoded
 * with verified text, those encoded with secondary or paraphrased text, and those not encoded and
 * why (from the pack's {@code not-encoded.json}, which sits beside its manifest).
 */
public final class Coverage {
  private Coverage() {}

  public static String markdown(RulePack pack) {
    Map<String, List<String>> gaps = notEncoded();
    StringBuilder md = new StringBuilder();
    md.append("# Coverage of the ").append(pack.jurisdiction().name()).append(" pack\n\n");
    md.append("Generated from the pack data (`").append(pack.id()).append("` ").append(pack.dataVersion())
        .append(", current as of ").append(pack.currentAsOf()).append(") by\n")
        .append("`java -jar examples/target/regkit-examples.jar coverage`; a test fails when it is stale.\n\n");
    md.append("| instrument | encoded, verified text | encoded, secondary or paraphrased text (unverified) | not encoded (why) |\n");
    md.append("| --- | --- | --- | --- |\n");
    for (Regulation r : pack.regulations()) {
      Map<String, Boolean> verifiedByCitation = new LinkedHashMap<>();
      Map<String, Provenance> provenance = new LinkedHashMap<>();
      for (Obligation o : r.obligations()) {
        verifiedByCitation.merge(o.citation(), o.excerpt().verified(), Boolean::logicalAnd);
        provenance.putIfAbsent(o.citation(), o.excerpt().provenance());
      }
      String verified = String.join("<br>", verifiedByCitation.entrySet().stream()
          .filter(Map.Entry::getValue).map(e -> e.getKey() + " (" + label(provenance.getOrDefault(e.getKey(), Provenance.PARAPHRASE)) + ")").toList());
      String unverified = String.join("<br>", verifiedByCitation.entrySet().stream()
          .filter(e -> !e.getValue()).map(e -> e.getKey() + " (" + label(provenance.getOrDefault(e.getKey(), Provenance.PARAPHRASE)) + ")").toList());
      String missing = String.join("<br>", gaps.getOrDefault(r.citation(), List.of()));
      md.append("| ").append(r.citation()).append(" — ").append(r.title()).append(" | ")
          .append(dash(verified)).append(" | ").append(dash(unverified)).append(" | ").append(dash(missing)).append(" |\n");
    }
    // Gaps named for instruments the pack does not encode at all (penalty statutes, torts).
    java.util.Set<String> encoded = new java.util.HashSet<>();
    pack.regulations().forEach(r -> encoded.add(r.citation()));
    gaps.forEach((instrument, why) -> {
      if (!encoded.contains(instrument)) {
        md.append("| ").append(instrument).append(" | — | — | ").append(dash(String.join("<br>", why))).append(" |\n");
      }
    });
    if (!pack.pendingLegislation().isEmpty()) {
      md.append("\n## Watched, not encoded\n\n");
      md.append("Bills the pack's authors watch. They are not law, so nothing in them is encoded; an assessment as of a date after ")
          .append(pack.currentAsOf()).append(" names them in its warning.\n\n");
      md.append("| bill | title | status | checked | source |\n| --- | --- | --- | --- | --- |\n");
      for (PendingLegislation bill : pack.pendingLegislation()) {
        md.append("| ").append(bill.citation()).append(" | ").append(dash(bill.title())).append(" | ").append(dash(bill.status()))
            .append(" | ").append(bill.checked()).append(" | ").append(bill.source()).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String label(Provenance p) {
    return switch (p) {
      case OFFICIAL -> "official";
      case SECONDARY_QUOTATION -> "secondary quotation";
      case PARAPHRASE -> "paraphrase";
      case POLICY -> "policy text";
    };
  }

  private static String dash(String s) {
    return s.isEmpty() ? "—" : s.replace("|", "\\|");
  }

  private static Map<String, List<String>> notEncoded() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = io.github.regkit.ma.MassachusettsPack.class.getResourceAsStream("not-encoded.json")) {
      if (in == null) {
        return out;
      }
      JsonNode root = new ObjectMapper().readTree(in);
      for (JsonNode gap : root.get("notEncoded")) {
        out.computeIfAbsent(gap.get("instrument").asText(), k -> new java.util.ArrayList<>())
            .add(gap.get("provision").asText() + ": " + gap.get("why").asText());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
