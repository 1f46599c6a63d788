package io.github.regkit.ma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regkit.FactDefinition;
import io.github.regkit.FactDefinition.AllowedValue;
import io.github.regkit.FactType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link MassachusettsFacts} is generated from the pack's facts and checked in; these tests fail when
 * it no longer matches the data. {@code -Dregkit.record=true} rewrites it (see
 * {@link FactConstantsGenerator#REGENERATE}).
 */
class MassachusettsFactsTest {
  static final Path SOURCE = Path.of("src/main/java/io/github/regkit/ma/MassachusettsFacts.java");
  static final List<FactDefinition> FACTS = new MassachusettsPack().load().facts();

  static String generated() {
    return FactConstantsGenerator.generate("io.github.regkit.ma", "MassachusettsFacts",
        "the Massachusetts pack ({@code US-MA})", FACTS);
  }

  @Test
  void checkedInConstantsMatchThePackData() throws Exception {
    String expected = generated();
    if (Boolean.getBoolean("regkit.record")) {
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("regulations-ma/%s is stale: the pack's facts changed. Regenerate it with:%n%s",
            SOURCE, FactConstantsGenerator.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void everyFactHasAConstantHoldingItsId() throws Exception {
    Map<String, Object> constants = constants(MassachusettsFacts.class);

    assertThat(constants.values()).containsExactlyElementsOf(FACTS.stream().map(FactDefinition::id).toList());
  }

  @Test
  void everyEnumeratedFactHasAClassOfItsAllowedValues() throws Exception {
    for (FactDefinition f : FACTS) {
      if (f.type() != FactType.ONE_OF && f.type() != FactType.SET_OF) {
        continue;
      }
      Class<?> values = Class.forName(MassachusettsFacts.class.getName() + "$" + FactConstantsGenerator.className(f.id()));

      assertThat(constants(values).values()).as(f.id())
          .containsExactlyElementsOf(f.values().stream().map(AllowedValue::id).toList());
    }
  }

  @Test
  void namesAreJavaConstantAndClassNames() {
    assertThat(FactConstantsGenerator.constantName("entity.data-role")).isEqualTo("ENTITY_DATA_ROLE");
    assertThat(FactConstantsGenerator.className("entity.data-role")).isEqualTo("EntityDataRole");
    assertThat(FactConstantsGenerator.constantName("2fa")).isEqualTo("_2FA");
    assertThat(FactConstantsGenerator.className("2fa.method")).isEqualTo("_2faMethod");
  }

  @Test
  void twoFactsWithTheSameJavaNameAreRefused() {
    List<FactDefinition> clash = List.of(
        new FactDefinition("a.b-c", FactType.BOOLEAN, List.of(), "Q?", "Help.", "g"),
        new FactDefinition("a-b.c", FactType.BOOLEAN, List.of(), "Q?", "Help.", "g"));

    assertThatThrownBy(() -> FactConstantsGenerator.generate("p", "C", "test", clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact a.b-c and fact a-b.c would both be named A_B_C; rename one of them in the pack data");
  }

  @Test
  void packTextCannotEndOrBreakTheJavadoc() {
    List<FactDefinition> hostile = List.of(new FactDefinition("x", FactType.ONE_OF,
        List.of(new AllowedValue("v", "ends */ a comment")), "<b>{@code x}</b> & @y?", "Help.", "g"));

    String source = FactConstantsGenerator.generate("p", "C", "test", hostile);

    assertThat(source)
        .contains("&lt;b&gt;&#123;&#64;code x&#125;&lt;/b&gt; &amp; &#64;y?")
        .contains("ends *&#47; a comment")
        .doesNotContain("ends */");
  }

  /** The values of the public static final String fields of a class, in declaration order. */
  static Map<String, Object> constants(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
            && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class)
        .collect(Collectors.toMap(Field::getName, MassachusettsFactsTest::value, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Object value(Field f) {
    try {
      return f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
