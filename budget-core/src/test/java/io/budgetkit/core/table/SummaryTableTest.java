package io.budgetkit.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

  private static final TableLayout SUMMARY =
      DisclosureProfile.common().requireLayout(TableKind.SUMMARY);
  private static final TableLayout FISCAL =
      DisclosureProfile.common().requireLayout(TableKind.FISCAL_SUMMARY);
  private static final CatalogEdition E2025 = ClassificationCatalog.bundled().edition(2025);

  /** Rows of etdz-public-security-bureau-2024 (PDF), with its spacing. */
  private static SummaryTable pdfSummary() {
    return new SummaryRows(SUMMARY, "部门预算收支总表")
        .row("一、一般公共预算拨款收入", "11262.73", "一、一般公共服务支出")
        .row("二、政府性基金预算拨款收入", "", "二、外交支出")
        .row(4, "四、财政专户管理资金收入", "", "四、公共安全支出", "10103.75")
        .row(10, "", "", "十、卫生健康支出", "267.16")
        .row(20, "", "", "二十、住房保障支出", "226.09")
        .row(29, "", "", "二十九、 债务发行 费用支出")
        .row(31, "", "", "三十一、人行科目")
        .row(32, "本年收入 合计", "11262.73", "本年支出合计", "11262.73")
        .row(33, "上年结转结余", "", "年终结转结余")
        .build();
  }

  @Test
  void incomeAndExpenditureColumnsSplitAtTheSecondLabel() {
    SummaryTable summary = pdfSummary();
    SummaryTable fiscal = new SummaryRows(FISCAL, "部门预算财政拨款收支总表").build();

    assertThat(summary.incomeColumns()).extracting(Column::number).containsExactly(2);
    assertThat(summary.expenditureColumns()).extracting(Column::number).containsExactly(4);
    assertThat(fiscal.incomeColumns()).extracting(Column::number).containsExactly(2);
    assertThat(fiscal.expenditureColumns()).extracting(Column::number).containsExactly(4, 5, 6, 7);
  }

  @Test
  void cellsGoToTheirSideColumns() {
    SummaryRow r = pdfSummary().rowBySeq(32).orElseThrow();

    assertThat(r.cells()).containsOnlyKeys(2, 4);
    assertThat(r.cell(2)).contains(Amount.parse("11262.73"));
    assertThat(r.cell(4)).contains(Amount.parse("11262.73"));
  }

  @Test
  void fiscalSummaryRowFillsTheFourExpenditureColumns() {
    SummaryTable t = new SummaryRows(FISCAL, "部门预算财政拨款收支总表")
        .row("一、一般公共预算拨款", "2143.14", "一、一般公共服务支出", "2100.79", "2100.79", "", "")
        .build();

    SummaryRow r = t.rows().get(0);
    assertThat(r.cells()).containsOnlyKeys(2, 4, 5);
    assertThat(r.amount(6)).isEqualTo(Amount.ZERO);
  }

  @Test
  void tooManyExpenditureAmountsAreRejected() {
    assertThatThrownBy(() -> new SummaryRows(SUMMARY, "x").row("a", "1", "b", "1", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("收支总表 序号1 (支出)")
        .hasMessageContaining("2 amounts given but there are only 1 amount columns");
  }

  @Test
  void blankLabelsAreAbsent() {
    SummaryRow r = pdfSummary().rowBySeq(10).orElseThrow();

    assertThat(r.incomeItem()).isEmpty();
    assertThat(r.expenditureItem()).contains("十、卫生健康支出");
    assertThat(r.describe()).isEqualTo("序号10");
  }

  @Test
  void sequenceContinuesFromAnExplicitSeq() {
    SummaryTable t = new SummaryRows(SUMMARY, "x").row(5, "", "", "五、教育支出")
        .row("", "", "六、科学技术支出").build();

    assertThat(t.rows()).extracting(SummaryRow::seq).containsExactly(5, 6);
  }

  @Test
  void incomeRowMatchesAcrossSpacingAndOrdinal() {
    SummaryTable t = pdfSummary();

    assertThat(t.incomeRow("一般公共预算拨款收入").orElseThrow().seq()).isEqualTo(1);
    assertThat(t.incomeRow("一、一般公共预算拨款收入").orElseThrow().seq()).isEqualTo(1);
    assertThat(t.incomeRow(" 一般 公共预算 拨款收入 ").orElseThrow().seq()).isEqualTo(1);
    assertThat(t.incomeRow("本年收入合计").orElseThrow().seq()).isEqualTo(32);
    assertThat(t.incomeRow("单位资金")).isEmpty();
  }

  @Test
  void expenditureRowMatchesAcrossSpacingAndOrdinal() {
    SummaryTable t = pdfSummary();

    assertThat(t.expenditureRow("住房保障支出").orElseThrow().seq()).isEqualTo(20);
    assertThat(t.expenditureRow("二十、住房保障支出").orElseThrow().seq()).isEqualTo(20);
    assertThat(t.expenditureRow("债务发行费用支出").orElseThrow().seq()).isEqualTo(29);
    assertThat(t.expenditureRow("本年支出 合计").orElseThrow().seq()).isEqualTo(32);
    assertThat(t.expenditureRow("教育支出")).isEmpty();
  }

  @Test
  void expenditureClassIsFoundByTheNameOfTheEdition() {
    SummaryTable t = pdfSummary();

    assertThat(SummaryTable.expenditureClass(t.rowBySeq(4).orElseThrow(), E2025))
        .contains(FunctionCode.parse("204"));
    assertThat(SummaryTable.expenditureClass(t.rowBySeq(10).orElseThrow(), E2025))
        .contains(FunctionCode.parse("210"));
    assertThat(SummaryTable.expenditureClass(t.rowBySeq(20).orElseThrow(), E2025))
        .contains(FunctionCode.parse("221"));
    assertThat(SummaryTable.expenditureClass(t.rowBySeq(29).orElseThrow(), E2025))
        .contains(FunctionCode.parse("233"));
  }

  @Test
  void rowsThatAreNoClassHaveNoExpenditureClass() {
    SummaryTable t = pdfSummary();

    assertThat(SummaryTable.expenditureClass(t.rowBySeq(31).orElseThrow(), E2025)).isEmpty();
    assertThat(SummaryTable.expenditureClass(t.rowBySeq(32).orElseThrow(), E2025)).isEmpty();
    SummaryRow blank = new SummaryRows(SUMMARY, "x").row("五、单位资金", "", "").build().rows().get(0);
    assertThat(SummaryTable.expenditureClass(blank, E2025)).isEmpty();
  }

  @Test
  void anOldNameIsNoClassInANewEditionButIsInItsOwn() {
    SummaryRow old = new SummaryRows(SUMMARY, "x").row(10, "", "", "十、医疗卫生与计划生育支出")
        .build().rows().get(0);
    ClassificationCatalog catalog = ClassificationCatalog.load(new StringReader(
        "scheme\tcode\tname\tsince\tuntil\tsummary_row\n"
            + "functional\t210\t医疗卫生与计划生育支出\t2015\t2018\t10\n"
            + "functional\t210\t卫生健康支出\t2019\t\t10\n"), "editions.tsv");

    assertThat(SummaryTable.expenditureClass(old, E2025)).isEmpty();
    assertThat(SummaryTable.expenditureClass(old, catalog.edition(2018)))
        .contains(FunctionCode.parse("210"));
    assertThat(SummaryTable.expenditureClass(old, catalog.edition(2019))).isEmpty();
  }

  @Test
  void aLayoutThatIsNotTwoSidedIsRejected() {
    TableLayout expenditure = DisclosureProfile.common().requireLayout(TableKind.EXPENDITURE);

    assertThatThrownBy(() -> new SummaryRows(expenditure, "x").row("a", "", "b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("支出总表 is not a two-sided table");
    assertThatThrownBy(() -> new SummaryRows(expenditure, "x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not a two-sided table with two label columns");
  }
}
