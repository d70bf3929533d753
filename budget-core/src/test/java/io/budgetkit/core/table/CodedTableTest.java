package io.budgetkit.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import org.junit.jupiter.api.Test;

class CodedTableTest {

  private static final DisclosureProfile COMMON = DisclosureProfile.common();
  private static final TableLayout INCOME = COMMON.requireLayout(TableKind.INCOME);
  private static final TableLayout EXPENDITURE = COMMON.requireLayout(TableKind.EXPENDITURE);
  private static final TableLayout BASIC = COMMON.requireLayout(TableKind.BASIC_EXPENDITURE);

  private static CodedRows<FunctionCode> income() {
    return new CodedRows<>(INCOME, "部门预算收入总表", FunctionCode::parse);
  }

  @Test
  void incomeAmountsFillColumnsThreeToTwelve() {
    CodedTable<FunctionCode> t = income()
        .total("11262.73", "11262.73", "11262.73", "", "", "", "", "", "", "1.00")
        .build();

    CodedRow<FunctionCode> total = t.totalRow().orElseThrow();
    assertThat(total.cells()).containsOnlyKeys(3, 4, 5, 12);
    assertThat(total.cell(12)).contains(Amount.parse("1.00"));
    assertThat(total.isTotal()).isTrue();
    assertThat(total.name()).isEqualTo("合计");
    assertThat(total.describe()).isEqualTo("序号1 合计");
  }

  @Test
  void elevenIncomeAmountsAreRejected() {
    assertThatThrownBy(() -> income()
        .row("204", "公共安全支出", "1", "1", "1", "", "", "", "", "", "", "", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("收入总表 序号1 204")
        .hasMessageContaining("11 amounts given but there are only 10 amount columns");
  }

  @Test
  void malformedAmountNamesRowAndColumn() {
    assertThatThrownBy(() -> income().row("2040201", "行政运行", "5639 .75"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("收入总表 序号1 2040201, 栏次3")
        .hasMessageContaining("contains a space");
  }

  @Test
  void splitCodeIsRejectedSayingWhere() {
    assertThatThrownBy(() -> income().total("1").row("2040 201", "行政运行", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("收入总表 序号2 2040 201")
        .hasMessageContaining("contains a space");
  }

  @Test
  void rowsAreFoundByCodeAndSeq() {
    CodedTable<FunctionCode> t = income()
        .total("10103.75")
        .row("204", "公共安全支出", "10103.75")
        .row("20402", "公安", "10103.75")
        .row(7, "2040201", "行政运行", "5639.75")
        .row("2040299", "其他公安支出", "3295.04")
        .build();

    assertThat(t.row(FunctionCode.parse("20402")).orElseThrow().seq()).isEqualTo(3);
    assertThat(t.row(FunctionCode.parse("2040299")).orElseThrow().seq()).isEqualTo(8);
    assertThat(t.rowBySeq(7).orElseThrow().code()).contains(FunctionCode.parse("2040201"));
    assertThat(t.row(FunctionCode.parse("201"))).isEmpty();
    assertThat(t.rowBySeq(4)).isEmpty();
    assertThat(t.rowBySeq(7).orElseThrow().describe()).isEqualTo("序号7 2040201");
  }

  @Test
  void rowWithExplicitNullCodeIsATotal() {
    CodedTable<FunctionCode> t = income().row(1, null, "合计", "1").build();

    assertThat(t.totalRow().orElseThrow().seq()).isEqualTo(1);
  }

  @Test
  void anEconomicCodeInAFunctionalTableIsRejected() {
    CodedRows<EconomicCode> rows = new CodedRows<>(EXPENDITURE, "部门预算支出总表", EconomicCode::parse)
        .row("302", "商品和服务支出", "1");

    assertThatThrownBy(rows::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("支出总表 序号1 302: a 部门预算支出经济分类科目 code in a table of 支出功能分类科目");
  }

  @Test
  void aFunctionalCodeInTheBasicExpenditureTableIsRejected() {
    CodedRows<FunctionCode> rows = new CodedRows<>(BASIC, "x", FunctionCode::parse)
        .row("301", "工资福利支出", "1");

    assertThatThrownBy(rows::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a 支出功能分类科目 code in a table of 部门预算支出经济分类科目");
  }

  @Test
  void basicExpenditureTableTakesEconomicCodes() {
    CodedTable<EconomicCode> t = new CodedRows<>(BASIC, "部门预算一般公共预算财政拨款基本支出表",
        EconomicCode::parse)
        .total("181.04", "160.00", "21.04")
        .row("301", "工资福利支出", "150.00", "150.00")
        .row("30201", "办公费", "2.40", "", "2.40")
        .build();

    assertThat(t.row(EconomicCode.parse("30201")).orElseThrow().cells()).containsOnlyKeys(3, 5);
    assertThat(t.kind()).isEqualTo(TableKind.BASIC_EXPENDITURE);
  }

  @Test
  void aTwoSidedLayoutIsNoTableOfCodedRows() {
    TableLayout summary = COMMON.requireLayout(TableKind.SUMMARY);

    assertThatThrownBy(() -> new CodedRows<>(summary, "x", FunctionCode::parse).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("收支总表 is not a table of coded rows");
  }

  @Test
  void aCellInAColumnThatHoldsNoAmountsIsRejected() {
    CodedRow<FunctionCode> row = CodedRow.<FunctionCode>builder().seq(1).name("合计")
        .putCells(1, Amount.parse("1")).build();

    assertThatThrownBy(() -> CodedTable.<FunctionCode>builder().layout(INCOME).title("x")
        .addRows(row).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("收入总表 序号1 合计: 栏次1 (功能分类科目/科目编码) holds no amounts");
  }

  @Test
  void aCellBeyondTheLastColumnIsRejected() {
    CodedRow<FunctionCode> row = CodedRow.<FunctionCode>builder().seq(2).name("公安")
        .code(FunctionCode.parse("20402")).putCells(13, Amount.parse("1")).build();

    assertThatThrownBy(() -> CodedTable.<FunctionCode>builder().layout(INCOME).title("x")
        .addRows(row).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("收入总表 序号2 20402: the table has no 栏次13 (it has 1 to 12)");
  }

  @Test
  void aTableOfBlankCellsIsEmptyButKeepsItsNote() {
    TableLayout fund = COMMON.requireLayout(TableKind.GOVERNMENT_FUND_EXPENDITURE);
    CodedTable<FunctionCode> t = new CodedRows<>(fund, "部门预算政府性基金预算财政拨款支出表",
        FunctionCode::parse)
        .total("", "", "")
        .note("注：无政府性基金预算财政拨款预算，空表列示。")
        .build();

    assertThat(t.isEmpty()).isTrue();
    assertThat(t.note()).contains("注：无政府性基金预算财政拨款预算，空表列示。");
    assertThat(t.rows()).hasSize(1);
  }

  @Test
  void aPrintedZeroMakesTheTableNotEmpty() {
    CodedTable<FunctionCode> t = new CodedRows<>(EXPENDITURE, "x", FunctionCode::parse)
        .total("0").build();

    assertThat(t.isEmpty()).isFalse();
  }

  @Test
  void printedTitleCanDifferFromTheProfile() {
    TableLayout fund = COMMON.requireLayout(TableKind.GOVERNMENT_FUND_EXPENDITURE);
    CodedTable<FunctionCode> t = new CodedRows<>(fund, "部门预算政府性基金预算财政拨款支出表",
        FunctionCode::parse).title("部门预算政府基金预算财政拨款支出表").build();

    assertThat(t.title()).isEqualTo("部门预算政府基金预算财政拨款支出表");
  }
}
