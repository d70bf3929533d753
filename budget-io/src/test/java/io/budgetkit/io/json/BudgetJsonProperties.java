package io.budgetkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.WithDepartments;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import org.junit.jupiter.api.Test;

/** Round trips and the schema on generated budgets. */
class BudgetJsonProperties {

  private static final int EXAMPLES = 1000;
  private static final BudgetJson JSON = BudgetJson.defaults();

  @Test
  void modelToJsonToModelIsTheSameBudget() {
    qt().withExamples(EXAMPLES).forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
        .checkAssert(b -> assertThat(JSON.read(JSON.write(b))).isEqualTo(b));
  }

  @Test
  void jsonToModelToJsonIsTheSameBytes() {
    qt().withExamples(EXAMPLES).forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
        .checkAssert(b -> {
          String json = JSON.write(b);
          DepartmentBudget back = JSON.read(json);
          assertThat(JSON.write(back)).isEqualTo(json);
        });
  }

  @Test
  void everyWrittenDocumentValidatesAgainstTheSchema() {
    qt().withExamples(EXAMPLES).forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
        .checkAssert(b -> assertThat(BudgetJsonSchemaTest.violations(JSON.write(b))).isEmpty());
  }

  @Test
  void projectsAndLinesOfSeveralDepartmentsRoundTripAndValidate() {
    qt().withExamples(EXAMPLES).forAll(WithDepartments.budgets()).checkAssert(b -> {
      String json = JSON.write(b);
      assertThat(BudgetJsonSchemaTest.violations(json)).isEmpty();
      DepartmentBudget back = JSON.read(json);
      assertThat(back).isEqualTo(b);
      assertThat(JSON.write(back)).isEqualTo(json);
    });
  }
}
