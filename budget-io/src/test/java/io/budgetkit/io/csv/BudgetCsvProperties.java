package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.io.WithDepartments;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Lossless CSV round trips for generated budgets and for texts that are hard to put in CSV. */
class BudgetCsvProperties {

  private static final int EXAMPLES = 1000;

  private static final BudgetCsv CSV = BudgetCsv.standard();

  /** Characters that CSV, Excel and the apostrophe rule each treat specially. */
  private static final String TRICKY = "=+-@\t\r\n'\",; a中\u3000#0.";

  @Test
  void generatedBudgetsRoundTripEqualAndByteIdentical() {
    qt().withExamples(EXAMPLES).forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
        .checkAssert(b -> {
          Map<String, byte[]> files = CSV.write(b);
          DepartmentBudget back = CSV.read(files);
          assertThat(back).isEqualTo(b);
          BudgetCsvRoundTripTest.assertSameFiles(CSV.write(back), files);
        });
  }

  @Test
  void projectsAndLinesOfSeveralDepartmentsRoundTrip() {
    qt().withExamples(EXAMPLES).forAll(WithDepartments.budgets()).checkAssert(b -> {
      Map<String, byte[]> files = CSV.write(b);
      DepartmentBudget back = CSV.read(files);
      assertThat(back).isEqualTo(b);
      BudgetCsvRoundTripTest.assertSameFiles(CSV.write(back), files);
    });
  }

  @Test
  void anyTextRoundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(BudgetGens.budgets(ConsistentBudgets.builder().projects(0, 1).items(1, 3).build()),
            lists().of(tricky()).ofSize(6))
        .checkAssert((b, t) -> {
          DepartmentBudget odd = DepartmentBudget.builder().from(b)
              .organisationTitle(t.get(0))
              .organisationUnit(t.get(1), t.get(2), t.get(3), t.get(4))
              .narrative(Narrative.builder().from(b.narrative()).preamble(t.get(5)).build())
              .build();
          Map<String, byte[]> files = CSV.write(odd);
          assertThat(CSV.read(files)).isEqualTo(odd);
          BudgetCsvRoundTripTest.assertSameFiles(CSV.write(CSV.read(files)), files);
        });
  }

  private static Gen<String> tricky() {
    return lists().of(integers().between(0, TRICKY.length() - 1)).ofSizeBetween(0, 6)
        .map((List<Integer> xs) -> {
          StringBuilder s = new StringBuilder();
          xs.forEach(i -> s.append(TRICKY.charAt(i)));
          return s.toString();
        });
  }
}
