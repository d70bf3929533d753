package io.budgetkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.fixtures.GoldenCells;
import io.budgetkit.io.text.ImportDiagnostic.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisclosureTextTest {

  private static ImportResult read(Fixture f) {
    return DisclosureText.read(f.text(), f.fileName());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theNineTablesEqualTheHandBuiltModel(Fixture f) {
    DepartmentBudget imported = read(f).budget();
    DepartmentBudget golden = f.budget();
    assertThat(imported.departmentCode()).isEqualTo(golden.departmentCode());
    assertThat(imported.departmentName()).isEqualTo(golden.departmentName());
    assertThat(imported.year()).isEqualTo(golden.year());
    assertThat(imported.kind()).isEqualTo(BudgetKind.DEPARTMENT);
    assertThat(imported.tables().stream().map(DisclosureTable::kind))
        .containsExactlyElementsOf(TableKind.standard());
    for (int i = 0; i < 9; i++) {
      DisclosureTable a = imported.tables().get(i);
      DisclosureTable g = golden.tables().get(i);
      assertThat(a.title()).as(g.title()).isEqualTo(g.title());
      assertThat(a.note()).as(g.title()).isEqualTo(g.note());
      assertThat(a.rows().stream().map(Object::toString).collect(Collectors.toList()))
          .as(g.title()).containsExactlyElementsOf(
              g.rows().stream().map(Object::toString).collect(Collectors.toList()));
      assertThat(a).as(g.title()).isEqualTo(g);
    }
    assertThat(imported.tables()).isEqualTo(golden.tables());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theGoldenCellListsAgreeBothWays(Fixture f) {
    DepartmentBudget imported = read(f).budget();
    assertThat(GoldenCells.compare(imported, GoldenCells.of(f))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void diagnostics(Fixture f) {
    List<ImportDiagnostic> d = read(f).diagnostics();
    d.forEach(System.out::println);
    System.out.println(f + " cells read " + read(f).cellsRead() + " golden "
        + GoldenCells.of(f).size());
    assertThat(d).allMatch(x -> x.severity() == Severity.INFO);
  }
}
