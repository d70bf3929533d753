package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.ExpectedLocation;
import io.budgetkit.testkit.Mutation;
import io.budgetkit.testkit.Mutator;
import io.budgetkit.testkit.Mutators;
import io.budgetkit.testkit.SeededSource;
import io.budgetkit.testkit.Source;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every mutation of the testkit's catalogue ({@link Mutators}) is reported by the rule it names,
 * at the location it names, at ERROR or WARNING severity, and by no other rule at those
 * severities: the standard rules tell each broken invariant apart.
 */
class MutationProperties {

  private static final int EXAMPLES = 1000;
  private static final ConsistentBudgets BUDGETS = ConsistentBudgets.standard();
  private static final RuleSet RULES = RuleSet.standard();
  /** Budgets drawn for a mutator before the next one takes over. */
  private static final int TRIES = 20;

  @Test
  void everyMutationIsReportedByItsRuleAtItsLocationAndByNoOtherRule() {
    Map<String, Integer> examples = new LinkedHashMap<>();
    Mutators.all().forEach(m -> examples.put(m.name(), 0));
    long start = System.nanoTime();

    qt().withExamples(EXAMPLES).forAll(mutations()).checkAssert(m -> {
      examples.merge(m.mutator(), 1, Integer::sum);
      assertDetected(m);
    });

    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("MutationProperties: %d mutations by %d mutators in %d ms; examples per"
        + " mutator %s%n", examples.values().stream().mapToInt(Integer::intValue).sum(),
        Mutators.all().size(), millis, examples);
    assertThat(examples.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThanOrEqualTo(EXAMPLES);
  }

  @Test
  void everyMutatorAppliesToSomeBudgetsAndIsDetectedThere() {
    Map<String, Integer> applied = new TreeMap<>();
    for (Mutator mutator : Mutators.all()) {
      int count = 0;
      for (long seed = 1; seed <= 400 && count < 5; seed++) {
        DepartmentBudget b = BUDGETS.generate(SeededSource.of(seed));
        Optional<Mutation> m = mutator.mutate(b, SeededSource.of(seed * 7919));
        if (m.isPresent()) {
          assertThat(m.get().ruleId()).isEqualTo(mutator.ruleId());
          assertThat(m.get().mutator()).isEqualTo(mutator.name());
          assertThat(m.get().original()).isSameAs(b);
          assertDetected(m.get());
          count++;
        }
      }
      applied.put(mutator.name(), count);
    }
    assertThat(applied).as("mutations made on seeds 1-400, at most 5 each")
        .allSatisfy((name, count) -> assertThat(count).as(name).isPositive());
  }

  /**
   * A mutator drawn from the catalogue and a generated budget it applies to: up to {@link
   * #TRIES} budgets are drawn for it (a 三公 table of layout B, a second project… are not in
   * every one), then the next mutator of the catalogue takes over.
   */
  private static Gen<Mutation> mutations() {
    return BudgetGens.of(MutationProperties::mutate).describedAs(Mutation::toString);
  }

  private static Mutation mutate(Source s) {
    List<Mutator> all = Mutators.all();
    int first = s.intBetween(0, all.size() - 1);
    for (int i = 0; ; i++) {
      Mutator mutator = all.get((first + i / TRIES) % all.size());
      Optional<Mutation> m = mutator.mutate(BUDGETS.generate(s), s);
      if (m.isPresent()) {
        return m.get();
      }
    }
  }

  /** The mutation's rule at its location, at ERROR or WARNING; no other rule at those. */
  static void assertDetected(Mutation m) {
    ValidationReport report = RULES.validate(m.budget());
    List<Finding> serious = report.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .collect(Collectors.toList());
    assertThat(serious).as(() -> m + "\n" + report.render(Locale.CHINESE))
        .anyMatch(f -> f.ruleId().equals(m.ruleId()) && isAt(f.location(), m.location()));
    List<String> others = new ArrayList<>();
    for (Finding f : serious) {
      if (!f.ruleId().equals(m.ruleId()) && !m.alsoFires().contains(f.ruleId())) {
        others.add(f.ruleId() + " " + f.location());
      }
    }
    assertThat(others).as(() -> m + "\n" + report.render(Locale.CHINESE)).isEmpty();
  }

  /** Whether a finding's location has every field the expected location names. */
  static boolean isAt(Location l, ExpectedLocation e) {
    return (e.table().isEmpty() || e.table().equals(l.table()))
        && (e.row().isEmpty() || e.row().equals(l.row()))
        && (e.code().isEmpty() || e.code().equals(l.code()))
        && (e.column().isEmpty() || e.column().equals(l.column()))
        && (e.section().isEmpty() || e.section().equals(l.section()))
        && (e.subject().isEmpty() || e.subject().equals(l.subject()))
        && (e.words().isEmpty() || e.words().equals(l.words()));
  }
}
