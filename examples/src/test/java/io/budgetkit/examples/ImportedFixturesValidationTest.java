package io.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.importer.disclosure.DisclosureText;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The published text, imported and validated, gives exactly the findings asserted for the
 * hand-built models in budget-rules' StandardRulesFixturesTest.
 */
class ImportedFixturesValidationTest {

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void importedTextGivesTheFindingsOfTheHandBuiltModel(Fixture f) {
    DepartmentBudget imported = DisclosureText.read(f.text(), f.fileName()).budget();

    for (Tolerance t : Tolerance.values()) {
      assertThat(RuleSet.standard().tolerance(t).validate(imported).findings())
          .isEqualTo(RuleSet.standard().tolerance(t).validate(f.budget()).findings());
    }
    // The counts asserted, finding by finding, in StandardRulesFixturesTest (ROUNDING_AWARE).
    Map<Fixture, int[]> counts = Map.of(
        Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025, new int[] {1, 6, 3},
        Fixture.HAIGANG_GOVERNMENT_OFFICE_2024, new int[] {3, 1, 1},
        Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024, new int[] {3, 6, 4});
    Map<Severity, Integer> c = RuleSet.standard().validate(imported).counts();
    assertThat(new int[] {c.get(Severity.ERROR), c.get(Severity.WARNING), c.get(Severity.INFO)})
        .isEqualTo(counts.get(f));
  }
}
