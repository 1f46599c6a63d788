package io.github.regkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.regkit.Applicability;
import io.github.regkit.Assessment;
import io.github.regkit.Assessor;
import io.github.regkit.ComplianceStatus;
import io.github.regkit.FactDefinition;
import io.github.regkit.Facts;
import io.github.regkit.OpenQuestion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An interactive questionnaire built from the vocabulary: ask the most decisive open question,
 * re-assess, and repeat until nothing is left to ask. Answer {@code skip} to leave a question
 * unanswered. Prompts and progress go to {@code prompts} (standard error on the command line), so
 * standard output carries only the report.
 */
public final class Questionnaire {
  private Questionnaire() {}

  /**
   * What the questionnaire ends with.
   *
   * @param facts the facts it started from with every answer given
   * @param assessment the assessment of those facts
   * @param asked how many questions were put
   */
  public record Result(Facts facts, Assessment assessment, int asked) {}

  /** Runs the questionnaire; {@code asOf} empty means today. */
  public static Result run(Assessor assessor, Facts start, Optional<LocalDate> asOf, InputStream in, PrintStream prompts) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Facts facts = assessor.validate(start);
    Set<String> skipped = new HashSet<>();
    int asked = 0;
    while (true) {
      Assessment assessment = asOf.isPresent() ? assessor.assess(facts, asOf.get()) : assessor.assess(facts);
      Optional<OpenQuestion> next = assessment.openQuestions().stream()
          .filter(q -> !skipped.contains(q.factId())).findFirst();
      if (next.isEmpty()) {
        return new Result(facts, assessment, asked);
      }
      asked++;
      long open = assessment.openQuestions().stream().filter(q -> !skipped.contains(q.factId())).count();
      long undecided = assessment.requirements().stream().filter(r -> r.applicability() == Applicability.MAY_APPLY
          || r.compliance().status() == ComplianceStatus.UNKNOWN).count();
      prompts.print("\nQuestion " + asked + " (" + TextReport.count((int) open, "question", "questions") + " left); "
          + TextReport.count((int) undecided, "requirement", "requirements") + " still undecided\n");
      FactDefinition fact = assessor.findFact(next.get().factId()).orElseThrow();
      Optional<Object> answer = ask(fact, next.get(), reader, prompts);
      if (answer.isEmpty()) {
        skipped.add(fact.id());
      } else {
        facts = facts.toBuilder().setValue(fact.id(), answer.get()).build();
      }
    }
  }

  private static Optional<Object> ask(FactDefinition fact, OpenQuestion q, BufferedReader reader, PrintStream out) {
    while (true) {
      StringBuilder prompt = new StringBuilder();
      TextReport.wrap(prompt, "", q.question() + " [" + fact.id() + "]");
      TextReport.wrap(prompt, "  ", q.help());
      for (int i = 0; i < fact.values().size(); i++) {
        TextReport.wrap(prompt, "  ", (i + 1) + ". " + fact.values().get(i).label() + " (" + fact.values().get(i).id() + ")");
      }
      prompt.append(switch (fact.type()) {
        case BOOLEAN -> "yes/no";
        case ONE_OF -> "a number";
        case SET_OF -> "numbers separated by commas, or none";
        case DATE -> "a date yyyy-MM-dd";
        case NUMBER -> "a number";
      }).append(", or skip> ");
      out.print(prompt);
      out.flush();
      String line;
      try {
        line = reader.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null || line.strip().equalsIgnoreCase("skip")) {
        if (line == null) {
          out.println();
        }
        return Optional.empty();
      }
      try {
        return Optional.of(parse(fact, line.strip()));
      } catch (IllegalArgumentException e) {
        out.println("  Not understood: " + e.getMessage());
      }
    }
  }

  static Object parse(FactDefinition fact, String answer) {
    return switch (fact.type()) {
      case BOOLEAN -> switch (answer.toLowerCase(Locale.ROOT)) {
        case "y", "yes", "true" -> true;
        case "n", "no", "false" -> false;
        default -> throw new IllegalArgumentException("expected yes or no");
      };
      case ONE_OF -> value(fact, answer);
      case SET_OF -> {
        List<String> values = new ArrayList<>();
        if (!answer.equalsIgnoreCase("none")) {
          for (String part : answer.split(",", -1)) {
            values.add(value(fact, part.strip()));
          }
        }
        yield values;
      }
      case DATE -> {
        try {
          yield LocalDate.parse(answer);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("expected a date yyyy-MM-dd");
        }
      }
      case NUMBER -> {
        try {
          yield new BigDecimal(answer);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("expected a number");
        }
      }
    };
  }

  private static String value(FactDefinition fact, String answer) {
    try {
      int index = Integer.parseInt(answer);
      if (index >= 1 && index <= fact.values().size()) {
        return fact.values().get(index - 1).id();
      }
    } catch (NumberFormatException e) {
      if (fact.findValue(answer).isPresent()) {
        return answer;
      }
    }
    throw new IllegalArgumentException("expected a number from 1 to " + fact.values().size());
  }

  /** The vocabulary as JSON, for building a form: id, type, group, question, help and allowed values. */
  public static String vocabularyJson(Assessor assessor) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode facts = mapper.createArrayNode();
    for (FactDefinition f : assessor.vocabulary()) {
      ObjectNode o = facts.addObject();
      o.put("id", f.id());
      o.put("type", f.type().name());
      o.put("group", f.group());
      o.put("question", f.question());
      o.put("help", f.help());
      ArrayNode values = o.putArray("values");
      f.values().forEach(v -> values.addObject().put("id", v.id()).put("label", v.label()));
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(facts) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
