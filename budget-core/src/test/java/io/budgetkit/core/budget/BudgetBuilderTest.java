package io.budgetkit.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import org.junit.jupiter.api.Test;

class BudgetBuilderTest {

  private static BudgetBuilder small() {
    return DepartmentBudget.builder()
        .department("980", "秦皇岛市海港区发展服务中心")
        .year(2025)
        .summary(t -> t
            .row("一、一般公共预算拨款收入", "2143.14", "一、一般公共服务支出", "2100.79")
            .row("二、政府性基金预算拨款收入", "", "二、外交支出"))
        .expenditure(t -> t
            .total("2143.14", "181.04", "1962.10")
            .row("201", "一般公共服务支出", "2100.79", "138.69", "1962.10")
            .row("20103", "政府办公厅（室）及相关机构事务", "1962.10", "", "1962.10"));
  }

  @Test
  void buildsTablesWithTheProfileLayoutAndTitles() {
    DepartmentBudget b = small().build();

    assertThat(b.tables()).extracting(t -> t.kind())
        .containsExactly(TableKind.SUMMARY, TableKind.EXPENDITURE);
    assertThat(b.expenditure().orElseThrow().title()).isEqualTo("部门预算支出总表");
    var row = b.expenditure().orElseThrow().row(FunctionCode.parse("20103")).orElseThrow();
    assertThat(row.seq()).isEqualTo(3);
    assertThat(row.cell(4)).isEmpty();
    assertThat(row.amount(4)).isEqualTo(Amount.ZERO);
    assertThat(row.cell(5)).contains(Amount.parse("1962.10"));
    assertThat(b.summary().orElseThrow().rowBySeq(2).orElseThrow().expenditureItem())
        .contains("二、外交支出");
  }

  @Test
  void titlesFollowTheKindWhateverTheOrderOfCalls() {
    DepartmentBudget b = small().unitBudget().build();

    assertThat(b.kind()).isEqualTo(BudgetKind.UNIT);
    assertThat(b.expenditure().orElseThrow().title()).isEqualTo("单位预算支出总表");
  }

  @Test
  void rejectsACellInAColumnTheTableDoesNotHave() {
    assertThatThrownBy(() -> small()
        .generalPublicExpenditure(t -> t.total("1", "2", "3", "4"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("一般公共预算财政拨款支出表 序号1")
        .hasMessageContaining("4 amounts given but there are only 3 amount columns");
  }

  @Test
  void rejectsAMalformedCodeSayingWhere() {
    assertThatThrownBy(() -> small().income(t -> t.row("2O1", "x", "1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("收入总表 序号1 2O1")
        .hasMessageContaining("contains the letter 'O'");
  }

  @Test
  void rejectsTwoTablesOfOneKind() {
    assertThatThrownBy(() -> small().expenditure(t -> t.total("1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two tables of kind 支出总表");
  }

  @Test
  void keepsInconsistentFiguresAsPrinted() {
    // 合计 is not the sum of its parts: the model holds it anyway; the rules report it.
    DepartmentBudget b = DepartmentBudget.builder().department("1", "x").year(2024)
        .expenditure(t -> t.total("10.00", "1.00", "2.00")).build();
    assertThat(b.expenditure().orElseThrow().totalRow().orElseThrow().amount(3))
        .isEqualTo(Amount.parse("10"));
  }

  @Test
  void recognisesThreePublicLinesAndLayout() {
    DepartmentBudget b = DepartmentBudget.builder().department("312", "x").year(2024)
        .threePublic(t -> t
            .row("合计", "124.59", "124.59")
            .row("“三公”经费 小计", "104.07", "104.07")
            .row("一、因公出国 (境)费")
            .row("其中：教学 科研人员因公 出国(境)费")
            .row("其他因 公出国(境) 费")
            .row("二、公务用车 购置及运维费", "97.26", "97.26")
            .row("其中：公务 用车购置费")
            .row("公务用 车运行维护费", "97.26", "97.26")
            .row("三、公务接待 费", "6.81", "6.81"))
        .build();
    var table = b.threePublic().orElseThrow();
    assertThat(table.rowLayout()).isEqualTo(ThreePublicLayout.TOTAL_WITHOUT_MEETINGS);
    assertThat(table.row(ThreePublicLine.VEHICLE_OPERATION).orElseThrow().seq()).isEqualTo(8);
  }

  @Test
  void holdsSectionsAndFigures() {
    DepartmentBudget b = DepartmentBudget.builder().department("980", "x").year(2025)
        .narrative(n -> n
            .section(SectionKind.OPERATING_COSTS, "三、机关运行经费安排情况", "…5.58万元…")
            .figure(FigureKind.OPERATING_COSTS, "机关运行经费共计安排", "5.58万元")
            .figure(FigureKind.CHANGE_BASIC, "基本支出减少", "31.83万元"))
        .project(p -> p.name("数字网格化管理平台项目").code("13030225P000031100056")
            .budget("34.60").fiscalFunds("34.60")
            .quarterlyPlan("资金支出计划（%）", "8.00", "17.00", "20.00", "34.60")
            .indicator("产出指标", "成本指标", "平台系统费用", "平台系统费用", "≤34.6万元", "年初工作计划"))
        .build();

    assertThat(b.narrative().figure(FigureKind.CHANGE_BASIC).orElseThrow().signedValue())
        .contains(Amount.parse("-31.83"));
    assertThat(b.projects().get(0).costIndicators().get(0).value().amount())
        .contains(Amount.parse("34.6"));
  }
}
