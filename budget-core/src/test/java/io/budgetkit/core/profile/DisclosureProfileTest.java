package io.budgetkit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DisclosureProfileTest {

  private static final DisclosureProfile COMMON = DisclosureProfile.common();

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
  }

  private static List<Integer> amountColumns(TableKind kind) {
    return COMMON.requireLayout(kind).amountColumns().stream().map(Column::number)
        .collect(Collectors.toList());
  }

  @Test
  void commonProfileHasTheNineStandardTablesInOrder() {
    assertThat(COMMON.name()).isEqualTo("common");
    assertThat(COMMON.tables()).extracting(TableLayout::kind).containsExactly(
        TableKind.SUMMARY, TableKind.INCOME, TableKind.EXPENDITURE, TableKind.FISCAL_SUMMARY,
        TableKind.GENERAL_PUBLIC_EXPENDITURE, TableKind.BASIC_EXPENDITURE,
        TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE,
        TableKind.THREE_PUBLIC);
    assertThat(COMMON.tables()).extracting(t -> t.kind().standardNumber())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  // Column counts and amount columns from the 栏次 of LAYOUTS.md §2.
  @Test
  void summaryHasFourColumnsWithAmountsInTwoAndFour() {
    assertThat(COMMON.requireLayout(TableKind.SUMMARY).columns()).hasSize(4);
    assertThat(amountColumns(TableKind.SUMMARY)).containsExactly(2, 4);
    assertThat(COMMON.requireLayout(TableKind.SUMMARY).labelColumns()).extracting(Column::number)
        .containsExactly(1, 3);
  }

  @Test
  void incomeHasTwelveColumnsWithAmountsThreeToTwelve() {
    TableLayout income = COMMON.requireLayout(TableKind.INCOME);

    assertThat(income.columns()).hasSize(12);
    assertThat(amountColumns(TableKind.INCOME)).isEqualTo(range(3, 12));
    assertThat(income.column(1).orElseThrow().type()).isEqualTo(ColumnType.CODE);
    assertThat(income.column(2).orElseThrow().type()).isEqualTo(ColumnType.NAME);
    assertThat(income.column(3).orElseThrow().name()).isEqualTo("合计");
    assertThat(income.column(5).orElseThrow().name()).isEqualTo("本年收入/财政拨款收入");
    assertThat(income.column(5).orElseThrow().shortName()).isEqualTo("财政拨款收入");
    assertThat(income.column(12).orElseThrow().name()).isEqualTo("上年结转");
    assertThat(income.column(13)).isEmpty();
  }

  @Test
  void expenditureHasEightColumnsWithAmountsThreeToEight() {
    TableLayout expenditure = COMMON.requireLayout(TableKind.EXPENDITURE);

    assertThat(expenditure.columns()).hasSize(8);
    assertThat(amountColumns(TableKind.EXPENDITURE)).isEqualTo(range(3, 8));
    assertThat(expenditure.columns()).extracting(Column::shortName).containsExactly(
        "科目编码", "科目名称", "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出");
  }

  @Test
  void fiscalSummaryHasSevenColumns() {
    assertThat(COMMON.requireLayout(TableKind.FISCAL_SUMMARY).columns()).hasSize(7);
    assertThat(amountColumns(TableKind.FISCAL_SUMMARY)).containsExactly(2, 4, 5, 6, 7);
  }

  @Test
  void tablesFiveToEightHaveFiveColumns() {
    for (TableKind kind : List.of(TableKind.GENERAL_PUBLIC_EXPENDITURE, TableKind.BASIC_EXPENDITURE,
        TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE)) {
      assertThat(COMMON.requireLayout(kind).columns()).as("%s", kind).hasSize(5);
      assertThat(amountColumns(kind)).as("%s", kind).containsExactly(3, 4, 5);
    }
    assertThat(COMMON.requireLayout(TableKind.BASIC_EXPENDITURE).columns())
        .extracting(Column::shortName).containsExactly("科目编码", "科目名称", "合计", "人员经费", "公用经费");
  }

  @Test
  void threePublicHasFiveColumnsWithAmountsTwoToFive() {
    TableLayout three = COMMON.requireLayout(TableKind.THREE_PUBLIC);

    assertThat(three.columns()).hasSize(5);
    assertThat(amountColumns(TableKind.THREE_PUBLIC)).containsExactly(2, 3, 4, 5);
    assertThat(three.isAmountColumn(1)).isFalse();
    assertThat(three.isAmountColumn(2)).isTrue();
    assertThat(three.isAmountColumn(6)).isFalse();
  }

  @Test
  void everyStandardLayoutNumbersItsColumnsOneToN() {
    for (TableLayout layout : COMMON.tables()) {
      assertThat(layout.columns()).extracting(Column::number).as("%s", layout.kind())
          .isEqualTo(range(1, layout.columns().size()));
    }
  }

  @Test
  void emptyNotesOfTheTablesThatAreOftenEmpty() {
    assertThat(COMMON.requireLayout(TableKind.GOVERNMENT_FUND_EXPENDITURE).emptyNote())
        .contains("注：无政府性基金预算财政拨款预算，空表列示。");
    assertThat(COMMON.requireLayout(TableKind.STATE_CAPITAL_EXPENDITURE).emptyNote())
        .contains("注：无国有资本经营预算财政拨款预算，空表列示。");
    assertThat(COMMON.requireLayout(TableKind.THREE_PUBLIC).emptyNote())
        .contains("注：无财政拨款“三公”经费支出预算，空表列示。");
    assertThat(COMMON.requireLayout(TableKind.INCOME).emptyNote()).isEmpty();
  }

  @Test
  void titlesTakeThePrefixOfTheBudgetKind() {
    TableLayout income = COMMON.requireLayout(TableKind.INCOME);

    assertThat(income.title(BudgetKind.DEPARTMENT)).isEqualTo("部门预算收入总表");
    assertThat(income.title(BudgetKind.UNIT)).isEqualTo("单位预算收入总表");
    assertThat(COMMON.requireLayout(TableKind.THREE_PUBLIC).title(BudgetKind.DEPARTMENT))
        .isEqualTo("部门预算财政拨款“三公”经费支出表");
  }

  @Test
  void commonProfilePrintsInHundredthsOfWan() {
    assertThat(COMMON.tables()).allMatch(t -> t.precision().equals(Precision.HUNDREDTHS_OF_WAN));
  }

  @Test
  void commonProfileInFenFormatsInYuan() {
    DisclosureProfile yuan = DisclosureProfile.common(Precision.FEN);

    assertThat(yuan.tables()).hasSize(9);
    assertThat(yuan.tables()).allMatch(t -> t.precision().equals(Precision.FEN));
    assertThat(yuan.name()).isEqualTo("common-yuan-2");
    Precision p = yuan.requireLayout(TableKind.INCOME).precision();
    assertThat(p.format(Amount.parse("2143.14"), RoundingMode.UNNECESSARY))
        .isEqualTo("21431400.00");
    assertThat(p.parse("21431400.00")).isEqualTo(Amount.parse("2143.14"));
  }

  @Test
  void commonProfileWithItsOwnPrecisionIsTheCommonProfile() {
    assertThat(DisclosureProfile.common(Precision.HUNDREDTHS_OF_WAN)).isEqualTo(COMMON);
  }

  @Test
  void aProfileListingATableTwiceIsRejected() {
    TableLayout income = COMMON.requireLayout(TableKind.INCOME);

    assertThatThrownBy(() -> DisclosureProfile.builder().name("twice")
        .addTables(income, COMMON.requireLayout(TableKind.EXPENDITURE), income).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Profile 'twice' lists 收入总表 twice");
  }

  @Test
  void aProfileOfEightTablesHasNoLayoutForTheMissingOne() {
    DisclosureProfile eight = DisclosureProfile.builder().name("eight")
        .addAllTables(COMMON.tables().subList(0, 8)).build();

    assertThat(eight.layout(TableKind.THREE_PUBLIC)).isEmpty();
    assertThatThrownBy(() -> eight.requireLayout(TableKind.THREE_PUBLIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Profile 'eight' has no table 财政拨款“三公”经费支出表 (three-public)");
  }

  @Test
  void aProfileCanAddACustomTable() {
    TableKind operating = TableKind.custom("operating-costs", "机关运行经费表", TableShape.ITEM_ROWS);
    TableLayout layout = TableLayout.builder().kind(operating)
        .column("项目", ColumnType.LABEL).amount("金额").build();
    DisclosureProfile twelve = DisclosureProfile.builder().from(COMMON).name("ten")
        .addTables(layout).build();

    assertThat(twelve.tables()).hasSize(10);
    assertThat(twelve.requireLayout(operating).title(BudgetKind.UNIT)).isEqualTo("单位预算机关运行经费表");
  }
}
