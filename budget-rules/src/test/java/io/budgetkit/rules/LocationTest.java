package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.SummaryTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void aCellOfATwoSidedTableIsLabelledWithItsSidesItem() {
    DepartmentBudget b = DepartmentBudget.builder().department("1", "x").year(2025)
        .summary(t -> t.row("一、一般公共预算拨款收入", "2143.14", "一、一般公共服务支出", "2100.79"))
        .build();
    SummaryTable t = b.summary().orElseThrow();

    assertThat(Location.of(t, t.rows().get(0), 2).code()).contains("一、一般公共预算拨款收入");
    assertThat(Location.of(t, t.rows().get(0), 4).code()).contains("一、一般公共服务支出");
    assertThat(Location.of(t, t.rows().get(0), 4).describe(Locale.ENGLISH))
        .isEqualTo("收支总表 row 1 一、一般公共服务支出 column 4 (预算数)");
  }

  @Test
  void refineCompletesAPrefixWithTheInnerParts() {
    Location prefix = Location.of(TableKind.INCOME);
    Location inner = Location.builder().row(3).code("20103").column(5).build();

    assertThat(prefix.refine(inner)).isEqualTo(Location.builder().table(TableKind.INCOME).row(3)
        .code("20103").column(5).build());
  }

  @Test
  void locationsSortInPrintedOrder() {
    Location income5 = Location.builder().table(TableKind.INCOME).row(5).build();
    Location income12 = Location.builder().table(TableKind.INCOME).row(12).build();
    Location summary = Location.builder().table(TableKind.SUMMARY).row(30).build();
    Location narrative = Location.of(SectionKind.INCOME, "预算收入");
    List<Location> l = new ArrayList<>(List.of(narrative, income12, summary, income5));

    Collections.sort(l);

    assertThat(l).containsExactly(summary, income5, income12, narrative);
  }

  @Test
  void aFindingNamesItsLocationAndRelatedCellsOnly() {
    Location total = Location.builder().table(TableKind.EXPENDITURE).row(1).column(3).build();
    Location part = Location.builder().table(TableKind.EXPENDITURE).row(1).column(4).build();
    Finding f = Finding.builder().ruleId("BK-TEST-001").severity(Severity.ERROR)
        .location(total.refine(Location.builder().code("合计").build())).addRelated(part).build();

    assertThat(f.names(total)).isTrue();
    assertThat(f.names(part)).isTrue();
    assertThat(f.names(Location.builder().table(TableKind.EXPENDITURE).row(1).column(5).build()))
        .isFalse();
    assertThat(f.names(Location.builder().table(TableKind.INCOME).row(1).column(3).build()))
        .isFalse();
  }
}
