package io.budgetkit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import io.budgetkit.rules.ValidationReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArithmeticRulesTest {

  private static final RuleSet RULES = RuleSet.of("arith", ArithmeticRules.rules());

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  @Test
  void rowSumPassesWhenEveryTotalColumnIsTheSumOfItsParts() {
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("2143.14", "181.04", "1962.10")
            .row("201", "一般公共服务支出", "2100.79", "138.69", "1962.10"))
        .income(t -> t.total("2143.14", "2143.14", "2143.14"))
        .build();

    assertThat(RULES.validate(b).findings()).isEmpty();
  }

  @Test
  void rowSumFiresAtTheTotalCellWithThePartsRelated() {
    // 合计 2143.14 printed, but 181.04 + 1962.00 = 2143.04.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("2143.14", "181.04", "1962.00"))
        .build();

    ValidationReport r = RULES.validate(b);

    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.ruleId()).isEqualTo("BK-ARITH-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.EXPENDITURE).row(1)
        .code("合计").column(3).columnName("合计").build());
    assertThat(f.actual()).contains(Amount.parse("2143.14"));
    assertThat(f.expected()).contains(Amount.parse("2143.04"));
    assertThat(f.difference()).contains(Amount.parse("0.10"));
    // The printed parts are related; the three blank columns are exact zeros, not terms.
    assertThat(f.related()).hasSize(2).first().isEqualTo(Location.builder()
        .table(TableKind.EXPENDITURE).row(1).code("合计").column(4).columnName("基本支出").build());
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("The printed total 2143.14 is not the sum of"
        + " 栏次4基本支出 + 栏次5项目支出 + 栏次6经营支出 + 栏次7上解上级支出 + 栏次8对附属单位补助支出,"
        + " which is 2143.04 (difference 0.10).");
    assertThat(f.message(Locale.CHINESE)).startsWith("印刷合计 2143.14 不等于 栏次4基本支出");
  }

  @Test
  void aDifferenceThatRoundingExplainsIsAnInfoNoteUnlessStrict() {
    // 10.01 vs 5.00 + 5.00: 0.01 ≤ 0.005 × (2 printed parts + 1) = 0.015.
    DepartmentBudget b = budget().expenditure(t -> t.total("10.01", "5.00", "5.00")).build();

    List<Finding> aware = RULES.validate(b).findings();
    assertThat(aware).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.messageKey()).isEqualTo("rounding");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("Differs by 0.01 from 10.00, within the"
          + " rounding of 2 printed figure(s) (tolerance 0.015): a rounding note.");
    });
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings())
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void rowSumChecksBothSumsOfTheIncomeTable() {
    // 小计 (4) = 5..11 holds; 合计 (3) = 小计 + 上年结转 (12) does not: 100 ≠ 90 + 5.
    DepartmentBudget b = budget()
        .income(t -> t.total("100.00", "90.00", "90.00", "", "", "", "", "", "", "5.00"))
        .build();

    assertThat(RULES.validate(b).findings()).singleElement().satisfies(f -> {
      assertThat(f.location().column()).hasValue(3);
      assertThat(f.expected()).contains(Amount.parse("95.00"));
    });
  }

  @Test
  void rowSumSkipsRowsWithNothingPrinted() {
    DepartmentBudget b = budget().threePublic(t -> t.row("一、因公出国（境）费")).build();

    assertThat(RULES.validate(b).findings()).isEmpty();
  }

  @Test
  void personnelOrPublicFiresWhenA302RowHasPersonnelCosts() {
    DepartmentBudget b = budget()
        .basicExpenditure(t -> t.total("10.00", "3.00", "7.00")
            .row("302", "商品和服务支出", "7.00", "", "7.00")
            .row("30201", "办公费", "7.00", "3.00", "4.00"))
        .build();

    ValidationReport r = RuleSet.of("x", List.of(ArithmeticRules.PERSONNEL_OR_PUBLIC)).validate(b);

    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-ARITH-002");
      assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.BASIC_EXPENDITURE)
          .row(3).code("30201").column(4).columnName("人员经费").build());
      assertThat(f.actual()).contains(Amount.parse("3.00"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
  }

  @Test
  void personnelOrPublicPassesOnACleanTable() {
    DepartmentBudget b = budget()
        .basicExpenditure(t -> t.total("10.00", "3.00", "7.00")
            .row("301", "工资福利支出", "3.00", "3.00")
            .row("302", "商品和服务支出", "7.00", "", "7.00"))
        .build();

    assertThat(RuleSet.of("x", List.of(ArithmeticRules.PERSONNEL_OR_PUBLIC)).validate(b)
        .findings()).isEmpty();
  }
}
