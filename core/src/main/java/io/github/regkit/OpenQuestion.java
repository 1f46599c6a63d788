package io.github.regkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A fact nobody supplied whose answer could change at least one verdict.
 *
 * <pre>{@code
 * assessment.openQuestions().stream().findFirst()
 *     .ifPresent(q -> System.out.println("Next, ask: " + q.question()));
 * }</pre>
 *
 * @param factId the fact to supply
 * @param question the question to put to a person
 * @param help what the question means
 * @param applicabilityVerdicts how many MAY_APPLY verdicts the answer could settle
 * @param complianceVerdicts how many UNKNOWN compliance verdicts the answer could settle
 * @param citations the citations of those verdicts, sorted, without repeats
 */
public record OpenQuestion(
    String factId,
    String question,
    String help,
    int applicabilityVerdicts,
    int complianceVerdicts,
    List<String> citations) {
  public OpenQuestion {
    requireNonNull(factId, "factId");
    requireNonNull(question, "question");
    requireNonNull(help, "help");
    citations = ImmutableList.copyOf(citations);
  }
}
