package io.github.regkit.ma;

import io.github.regkit.FactDefinition;
import io.github.regkit.FactDefinition.AllowedValue;
import io.github.regkit.FactType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the Java source of a class of constants for a pack's fact ids and allowed values: one
 * {@code String} constant per fact, and for each enumerated fact a nested class with one constant
 * per allowed value, each documented with the pack's own question, help text and labels.
 */
final class FactConstantsGenerator {
  /** The command that regenerates the checked-in file; repeated in its header. */
  static final String REGENERATE =
      "./mvnw -B -ntp -pl core,regulations-ma test -Dtest=MassachusettsFactsTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dregkit.record=true";

  private static final int WIDTH = 100;

  private final String packageName;
  private final String className;
  private final String description;
  private final StringBuilder out = new StringBuilder();

  private FactConstantsGenerator(String packageName, String className, String description) {
    this.packageName = packageName;
    this.className = className;
    this.description = description;
  }

  /**
   * The source of {@code packageName.className} for these facts.
   *
   * @param description what the facts are, completing "The fact ids and allowed values of ..."
   * @throws IllegalArgumentException if two facts, or two values of one fact, would get the same
   *     Java name
   */
  static String generate(String packageName, String className, String description, List<FactDefinition> facts) {
    FactConstantsGenerator g = new FactConstantsGenerator(packageName, className, description);
    g.write(facts);
    return g.out.toString();
  }

  private void write(List<FactDefinition> facts) {
    Map<String, String> constants = new HashMap<>();
    Map<String, String> classes = new HashMap<>();
    for (FactDefinition f : facts) {
      claim(constants, constantName(f.id()), "fact " + f.id());
      if (enumerated(f)) {
        claim(classes, className(f.id()), "fact " + f.id());
      }
    }

    line("// Generated from the pack's facts by FactConstantsGenerator (regulations-ma tests): do not edit.");
    line("// A test fails when this file is stale. Regenerate with:");
    line("//   " + REGENERATE);
    line("package " + packageName + ";");
    line("");
    List<String> doc = new ArrayList<>();
    doc.add("The fact ids and allowed values of " + description + ", as constants, so the compiler checks the"
        + " names a program uses. Generated from the pack's data: when a fact or a value is renamed or"
        + " removed, code that names it no longer compiles.");
    FactDefinition example = facts.stream().filter(f -> f.type() == FactType.ONE_OF && !f.values().isEmpty())
        .findFirst().orElse(null);
    if (example != null) {
      doc.add("<pre>{@code");
      doc.add("Facts facts = Facts.builder()");
      doc.add("    .set(" + className + "." + constantName(example.id()) + ", " + className + "."
          + className(example.id()) + "." + constantName(example.values().get(0).id()) + ")");
      doc.add("    .build();");
      doc.add("}</pre>");
    }
    javadoc("", doc, true);
    line("public final class " + className + " {");
    line("  private " + className + "() {}");
    for (FactDefinition f : facts) {
      line("");
      List<String> factDoc = new ArrayList<>();
      factDoc.add("{@code " + f.id() + "}, " + typeText(f) + ": " + escape(f.question()));
      factDoc.add("<p>" + escape(f.help()));
      javadoc("  ", factDoc, false);
      line("  public static final String " + constantName(f.id()) + " = " + literal(f.id()) + ";");
    }
    for (FactDefinition f : facts) {
      if (!enumerated(f)) {
        continue;
      }
      line("");
      javadoc("  ", List.of("The allowed values of {@link #" + constantName(f.id()) + "} ({@code " + f.id() + "})."), false);
      line("  public static final class " + className(f.id()) + " {");
      line("    private " + className(f.id()) + "() {}");
      Map<String, String> values = new HashMap<>();
      for (AllowedValue v : f.values()) {
        claim(values, constantName(v.id()), "value " + v.id() + " of fact " + f.id());
        line("");
        javadoc("    ", List.of("{@code " + v.id() + "}: " + sentence(escape(v.label()))), false);
        line("    public static final String " + constantName(v.id()) + " = " + literal(v.id()) + ";");
      }
      line("  }");
    }
    line("}");
  }

  private static boolean enumerated(FactDefinition f) {
    return f.type() == FactType.ONE_OF || f.type() == FactType.SET_OF;
  }

  private static String typeText(FactDefinition f) {
    switch (f.type()) {
      case BOOLEAN:
        return "true or false";
      case ONE_OF:
        return "one of {@link " + className(f.id()) + "}";
      case SET_OF:
        return "a set of {@link " + className(f.id()) + "}";
      case DATE:
        return "a date";
      case NUMBER:
        return "a number";
      default:
        throw new IllegalArgumentException("unknown fact type " + f.type());
    }
  }

  private static void claim(Map<String, String> names, String name, String what) {
    String before = names.putIfAbsent(name, what);
    if (before != null) {
      throw new IllegalArgumentException(before + " and " + what + " would both be named " + name
          + "; rename one of them in the pack data");
    }
  }

  /** {@code entity.data-role} becomes {@code ENTITY_DATA_ROLE}. */
  static String constantName(String id) {
    String name = id.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  /** {@code entity.data-role} becomes {@code EntityDataRole}. */
  static String className(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return Character.isDigit(name.charAt(0)) ? "_" + name : name.toString();
  }

  /** Text from the pack, safe inside a Javadoc comment. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;");
  }

  private static String sentence(String text) {
    return text.matches("(?s).*[.?!]$") ? text : text + ".";
  }

  private static String literal(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** A Javadoc comment: paragraphs wrapped at the line width, {@code <pre>} blocks kept as they are. */
  private void javadoc(String indent, List<String> paragraphs, boolean alwaysBlock) {
    List<String> lines = new ArrayList<>();
    boolean pre = false;
    for (String p : paragraphs) {
      if (p.startsWith("<pre>")) {
        pre = true;
        lines.add("");
      }
      if (pre) {
        lines.add(p);
        pre = !p.endsWith("</pre>");
        continue;
      }
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(wrap(p, WIDTH - indent.length() - 3));
    }
    if (!alwaysBlock && lines.size() == 1 && indent.length() + 8 + lines.get(0).length() <= WIDTH) {
      line(indent + "/** " + lines.get(0) + " */");
      return;
    }
    line(indent + "/**");
    for (String l : lines) {
      line(l.isEmpty() ? indent + " *" : indent + " * " + l);
    }
    line(indent + " */");
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
