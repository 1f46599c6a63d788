package io.github.regkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regkit.Assessor;
import io.github.regkit.Facts;
import io.github.regkit.testpack.TestPacks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InventoryReportTest {
  static final Assessor ASSESSOR = Assessor.builder().addPack(TestPacks.load()).build();

  @Test
  void idsAreEscapedSoAHostileInventoryCannotInjectMarkup() {
    ArrangementResult r = BatchAssessor.builder(ASSESSOR).asOf(LocalDate.of(2024, 1, 1)).build()
        .assess(Arrangement.of("<script>alert(1)</script>", Facts.empty()), 1);

    String html = InventoryReport.html("<b>t</b>", ASSESSOR, List.of(r), List.of(new LineFailure(2, Optional.of("\"><img src=x>"), "bad")));

    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>t</b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void contentSecurityPolicyAllowsExactlyThePagesOwnScript() throws Exception {
    String html = InventoryReport.html("t", ASSESSOR, List.of(), List.of());

    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(script.find()).isTrue();
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'");
  }
}
