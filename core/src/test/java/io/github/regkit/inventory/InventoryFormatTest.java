package io.github.regkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.Facts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventoryFormatTest {
  static final Facts FACTS = Facts.builder().set("org.kind", "company").set("data.kinds", Set.of("name", "email"))
      .set("org.employees", 30).set("contract.signed", LocalDate.of(2009, 6, 1)).build();

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<InventoryLine> lines(InputStream in) {
    List<InventoryLine> out = new ArrayList<>();
    try (InventoryReader reader = InventoryReader.of(in)) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void arrangementWrittenAsOneLineReadsBackEqual() {
    Arrangement a = Arrangement.of("crm-1", LocalDate.of(2012, 3, 1), FACTS);

    String line = a.toJson();

    assertThat(line).doesNotContain("\n").startsWith("{\"id\":\"crm-1\",\"asOf\":\"2012-03-01\",\"facts\":{");
    assertThat(Arrangement.fromJson(line)).isEqualTo(a);
  }

  @Test
  void writerAndReaderRoundTripAnInventoryInOrder() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Arrangement> written = List.of(Arrangement.of("a", FACTS), Arrangement.of("b \"quoted\" é", LocalDate.of(2020, 1, 1), Facts.empty()));
    try (InventoryWriter out = InventoryWriter.of(bytes)) {
      written.forEach(out::write);
    }

    List<Arrangement> read = lines(new ByteArrayInputStream(bytes.toByteArray())).stream().map(Arrangement::fromLine).toList();

    assertThat(read).isEqualTo(written);
  }

  @Test
  void lineNumbersCountBlankLinesAndCrLfEndings() {
    List<InventoryLine> lines = lines(utf8("{\"id\":\"a\",\"facts\":{}}\r\n\n   \n{\"id\":\"b\",\"facts\":{}}"));

    assertThat(lines).extracting(InventoryLine::number).containsExactly(1L, 4L);
    assertThat(lines).extracting(l -> Arrangement.fromLine(l).id()).containsExactly("a", "b");
  }

  @Test
  void malformedJsonNamesTheLineAndColumnButNotTheValue() {
    InventoryLine line = InventoryLine.of(7, "{\"id\":\"a\",\"facts\":{\"org.kind\": John Smith}}");

    assertThatThrownBy(() -> Arrangement.fromLine(line)).isInstanceOf(InvalidArrangementException.class)
        .hasMessageStartingWith("line 7: malformed JSON at column ")
        .hasMessageNotContaining("John").hasMessageNotContaining("Smith");
  }

  @Test
  void missingIdIsReportedWithTheLineNumber() {
    assertThatThrownBy(() -> Arrangement.fromLine(InventoryLine.of(3, "{\"facts\":{}}")))
        .hasMessage("line 3: id: missing; expected a string of 1 to 200 characters");
  }

  @Test
  void malformedAsOfNamesTheIdAndWhatWasExpected() {
    assertThatThrownBy(() -> Arrangement.fromLine(InventoryLine.of(2, "{\"id\":\"crm-2\",\"asOf\":\"2012-02-30\",\"facts\":{}}")))
        .isInstanceOfSatisfying(InvalidArrangementException.class, e -> {
          assertThat(e.line()).hasValue(2);
          assertThat(e.id()).hasValue("crm-2");
        })
        .hasMessage("line 2 (id \"crm-2\"): asOf: expected a date yyyy-MM-dd, found a string that is not one");
  }

  @Test
  void unknownMemberIsRejected() {
    assertThatThrownBy(() -> Arrangement.fromJson("{\"id\":\"x\",\"facts\":{},\"note\":\"hi\"}"))
        .hasMessage("arrangement \"x\": unknown member 'note'; expected only id, asOf and facts");
  }

  @Test
  void factsThatAreNotAnObjectNameTheIdButNotTheValue() {
    assertThatThrownBy(() -> Arrangement.fromJson("{\"id\":\"x\",\"facts\":{\"org.kind\":{\"ssn\":\"123-45-6789\"}}}"))
        .hasMessageStartingWith("arrangement \"x\": Invalid facts: fact 'org.kind': expected")
        .hasMessageNotContaining("123-45-6789");
  }

  @Test
  void factsThatAreNotAnObjectKeepTheirProblemAsAValue() {
    assertThatThrownBy(() -> Arrangement.fromJson("{\"id\":\"x\",\"facts\":{\"org.kind\":{\"ssn\":\"123-45-6789\"}}}"))
        .isInstanceOfSatisfying(InvalidArrangementException.class, e -> assertThat(e.factProblems()).singleElement()
            .satisfies(p -> {
              assertThat(p.kind()).isEqualTo(io.github.regkit.FactProblem.Kind.UNSUPPORTED_VALUE);
              assertThat(p.factIds()).containsExactly("org.kind");
            }));
  }

  @Test
  void anArrangementWhoseIdIsMissingHasNoFactProblems() {
    assertThatThrownBy(() -> Arrangement.fromJson("{\"facts\":{}}"))
        .isInstanceOfSatisfying(InvalidArrangementException.class, e -> assertThat(e.factProblems()).isEmpty());
  }

  @Test
  void lineLongerThanTheLimitIsReportedWithoutBeingKeptAndTheNextLineIsRead() {
    byte[] big = new byte[InventoryReader.MAX_LINE_BYTES + 10];
    java.util.Arrays.fill(big, (byte) 'x');
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(big);
    bytes.writeBytes("\n{\"id\":\"next\",\"facts\":{}}\n".getBytes(StandardCharsets.UTF_8));

    List<InventoryLine> lines = lines(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).problem()).hasValue("a line of " + big.length + " bytes; expected at most " + InventoryReader.MAX_LINE_BYTES);
    assertThat(lines.get(0).text()).isEmpty();
    assertThat(Arrangement.fromLine(lines.get(1)).id()).isEqualTo("next");
  }

  @Test
  void invalidUtf8IsReportedWithItsByteOffsetAndTheNextLineIsRead() {
    byte[] bytes = "{\"id\":\"a\u00ff\",\"facts\":{}}\n{\"id\":\"b\",\"facts\":{}}\n".getBytes(StandardCharsets.ISO_8859_1);

    List<InventoryLine> lines = lines(new ByteArrayInputStream(bytes));

    assertThatThrownBy(() -> Arrangement.fromLine(lines.get(0))).hasMessage("line 1: invalid UTF-8 at byte offset 8; expected UTF-8 text");
    assertThat(Arrangement.fromLine(lines.get(1)).id()).isEqualTo("b");
  }

  @Test
  void toStringShowsNoFactValue() {
    Arrangement a = Arrangement.of("x", Facts.builder().set("person.name", "Jane Roe").build());

    assertThat(a.toString()).contains("person.name").doesNotContain("Jane");
    assertThat(InventoryLine.of(1, a.toJson()).toString()).doesNotContain("Jane");
  }

  @Test
  void idWithAControlCharacterIsRefused() {
    assertThatThrownBy(() -> Arrangement.of("a\nb", Facts.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without control characters");
  }
}
