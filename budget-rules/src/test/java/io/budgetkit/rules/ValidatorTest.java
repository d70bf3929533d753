package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The composition of validators: all-of, for-each, nested, when and severity override. */
class ValidatorTest {

  private static final DepartmentBudget BUDGET = DepartmentBudget.builder()
      .department("980", "测试单位").year(2025)
      .expenditure(t -> t.total("3.00", "3.00").row("201", "一般公共服务支出", "3.00", "3.00"))
      .generalPublicExpenditure(t -> t.total("3.00", "3.00"))
      .build();

  /** Reports one finding per row it is given, at the row. */
  private static final Validator<TableRow> EVERY_ROW =
      (row, f) -> f.report(Location.builder().row(row.seq()).build(), b -> { });

  private static List<Finding> run(Validator<DepartmentBudget> v) {
    return RuleSet.of("t", List.of(Rule.of("BK-TEST-001", Severity.WARNING, "test", v)))
        .validate(BUDGET).findings();
  }

  @Test
  void forEachVisitsEveryItemAndAccumulates() {
    List<Finding> found = run(Validator.forEach(b -> b.expenditure().orElseThrow().rows(),
        EVERY_ROW));

    assertThat(found).extracting(f -> f.location().row().getAsInt()).containsExactly(1, 2);
    assertThat(found).allMatch(f -> f.severity() == Severity.WARNING
        && f.ruleId().equals("BK-TEST-001"));
  }

  @Test
  void nestedCompletesTheInnerLocationsWithTheSubjects() {
    Validator<DisclosureTable> rows = Validator.forEach(DisclosureTable::rows, EVERY_ROW);
    List<Finding> found = run(Validator.forEach(DepartmentBudget::tables,
        Validator.nested(t -> Optional.of(t), t -> Location.of(t.kind()), rows)));

    // The inner validator knows only rows; nesting adds the table each row belongs to.
    assertThat(found).extracting(Finding::location).containsExactly(
        Location.builder().table(TableKind.EXPENDITURE).row(1).build(),
        Location.builder().table(TableKind.EXPENDITURE).row(2).build(),
        Location.builder().table(TableKind.GENERAL_PUBLIC_EXPENDITURE).row(1).build());
  }

  @Test
  void nestedSkipsAnAbsentPart() {
    assertThat(run(Validator.nested(DepartmentBudget::threePublic, t -> Location.of(t.kind()),
        (t, f) -> f.report(Location.builder().build(), b -> { })))).isEmpty();
  }

  @Test
  void whenRunsOnlyIfTheConditionHolds() {
    Validator<DepartmentBudget> report = (b, f) -> f.report(Location.builder().build(), x -> { });

    assertThat(run(Validator.when(b -> b.kind() == BudgetKind.UNIT, report))).isEmpty();
    assertThat(run(Validator.when(b -> b.kind() == BudgetKind.DEPARTMENT, report))).hasSize(1);
  }

  @Test
  void allOfRunsEveryValidatorInOrderAndWithSeverityOverrides() {
    Validator<DepartmentBudget> a = (b, f) -> f.report(Location.builder().code("a").build(),
        x -> { });
    Validator<DepartmentBudget> c = (b, f) -> f.report(Location.builder().code("c").build(),
        x -> { });

    List<Finding> found = run(Validator.allOf(a, c.withSeverity(Severity.ERROR)));

    assertThat(found).extracting(f -> f.location().code().orElseThrow() + ":" + f.severity())
        .containsExactly("a:WARNING", "c:ERROR");
  }

  @Test
  void forEachOverCodedRowsTypesTheItems() {
    List<Finding> found = run(Validator.forEach(b -> b.expenditure().orElseThrow().rows(),
        (CodedRow<?> row, Findings f) -> {
          if (row.code().isPresent()) {
            f.report(Location.builder().code(row.code().get().value()).build(), b -> { });
          }
        }));

    assertThat(found).singleElement().extracting(f -> f.location().code().orElseThrow())
        .isEqualTo("201");
  }
}
