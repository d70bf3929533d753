package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicRows;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Consolidation of small hand-built budgets: sums, blanks, conflicts and errors. */
class ConsolidatorTest {

  private static final Consolidator FAIL = Consolidator.builder().department("000", "海港区")
      .build();
  private static final Consolidator REPORT = Consolidator.builder().department("000", "海港区")
      .conflicts(ConflictPolicy.REPORT).build();

  private static BudgetBuilder budget(String code, String name) {
    return DepartmentBudget.builder().department(code, name).year(2025);
  }

  private static List<String> described(CodedTable<?> t) {
    return t.rows().stream().map(r -> r.seq() + " " + r.code().map(Object::toString).orElse("")
        + " " + r.name() + " " + r.cells()).collect(Collectors.toList());
  }

  @Test
  void rowsAreSummedCodeByCodeAndMergedThroughTheHierarchy() {
    DepartmentBudget a = budget("101", "甲局").expenditure(t -> t
        .total("10.00", "6.00", "4.00")
        .row("201", "一般公共服务支出", "10.00", "6.00", "4.00")
        .row("20103", "政府办公厅（室）及相关机构事务", "10.00", "6.00", "4.00")
        .row("2010301", "行政运行", "10.00", "6.00", "4.00")).build();
    DepartmentBudget b = budget("102", "乙局").expenditure(t -> t
        .total("5.50", "5.50")
        .row("201", "一般公共服务支出", "3.25", "3.25")
        .row("20101", "人大事务", "3.25", "3.25")
        .row("2010101", "行政运行", "3.25", "3.25")
        .row("208", "社会保障和就业支出", "2.25", "2.25")
        .row("20805", "行政事业单位养老支出", "2.25", "2.25")
        .row("2080505", "机关事业单位基本养老保险缴费支出", "2.25", "2.25")).build();

    CodedTable<FunctionCode> e = FAIL.consolidate(List.of(a, b)).budget().expenditure()
        .orElseThrow();

    // 合计 first, then by code string: a parent before its children, 20101… before 20103….
    assertThat(described(e)).containsExactly(
        "1  合计 {3=15.50, 4=11.50, 5=4.00}",
        "2 201 一般公共服务支出 {3=13.25, 4=9.25, 5=4.00}",
        "3 20101 人大事务 {3=3.25, 4=3.25}",
        "4 2010101 行政运行 {3=3.25, 4=3.25}",
        "5 20103 政府办公厅（室）及相关机构事务 {3=10.00, 4=6.00, 5=4.00}",
        "6 2010301 行政运行 {3=10.00, 4=6.00, 5=4.00}",
        "7 208 社会保障和就业支出 {3=2.25, 4=2.25}",
        "8 20805 行政事业单位养老支出 {3=2.25, 4=2.25}",
        "9 2080505 机关事业单位基本养老保险缴费支出 {3=2.25, 4=2.25}");
    assertThat(e.title()).isEqualTo("部门预算支出总表");
  }

  @Test
  void aBlankCellStaysBlankOnlyWhereEveryInputLeavesItBlank() {
    DepartmentBudget a = budget("101", "甲局").expenditure(t -> t
        .total("1.00", "1.00", "", "")
        .row("201", "一般公共服务支出", "1.00", "1.00", "", "")).build();
    DepartmentBudget b = budget("102", "乙局").expenditure(t -> t
        .total("0.001", "0.001", "0", "")
        .row("201", "一般公共服务支出", "0.001", "0.001", "0", "")).build();

    CodedRow<FunctionCode> total = FAIL.consolidate(List.of(a, b)).budget().expenditure()
        .orElseThrow().totalRow().orElseThrow();

    assertThat(total.cell(3)).contains(Amount.parse("1.001")); // exact, not rounded
    assertThat(total.cell(5)).contains(Amount.ZERO); // blank + printed 0 = printed 0
    assertThat(total.cell(6)).isEmpty(); // blank everywhere
  }

  @Test
  void aCodePrintedWithTwoNamesFailsNamingCodeNamesAndDepartments() {
    DepartmentBudget a = budget("101", "甲局").expenditure(t -> t.total("1.00", "1.00")
        .row("2010301", "行政运行", "1.00", "1.00")).build();
    DepartmentBudget b = budget("102", "乙局").expenditure(t -> t.total("2.00", "2.00")
        .row("2010301", "行政运行支出", "2.00", "2.00")).build();

    assertThatThrownBy(() -> FAIL.consolidate(List.of(a, b)))
        .isInstanceOf(ConsolidationException.class)
        .hasMessageContaining("NAME").hasMessageContaining("2010301")
        .hasMessageContaining("行政运行").hasMessageContaining("行政运行支出")
        .hasMessageContaining("101 甲局").hasMessageContaining("102 乙局");
  }

  @Test
  void reportedNameConflictsTakeTheCatalogsNameOrElseTheSmallestWhateverTheOrder() {
    DepartmentBudget a = budget("101", "甲局").expenditure(t -> t.total("1.00", "1.00")
        .row("2010301", "行政运行支出", "1.00", "1.00")
        .row("2010399", "乙项", "1.00", "1.00")).build();
    DepartmentBudget b = budget("102", "乙局").expenditure(t -> t.total("2.00", "2.00")
        .row("2010301", "行政 运行", "2.00", "2.00")
        .row("2010399", "甲项", "1.00", "1.00")).build();
    DepartmentBudget c = budget("103", "丙局").expenditure(t -> t.total("2.00", "2.00")
        .row("2010301", "行政运行", "2.00", "2.00")).build();

    Consolidation r = REPORT.consolidate(List.of(a, b, c));

    CodedTable<FunctionCode> e = r.budget().expenditure().orElseThrow();
    assertThat(e.row(FunctionCode.parse("2010301")).orElseThrow().name()).isEqualTo("行政运行");
    // 甲 (U+7532) < 乙 (U+4E59)? No: 乙 is the smaller code point.
    assertThat(e.row(FunctionCode.parse("2010399")).orElseThrow().name()).isEqualTo("乙项");
    // no input states a change or an asset figure: nothing is missing, nothing reported
    assertThat(r.conflicts()).extracting(Conflict::kind)
        .containsExactly(ConflictKind.NAME, ConflictKind.NAME);
    Conflict first = r.conflicts().get(0);
    assertThat(first.where()).isEqualTo("支出总表 2010301");
    assertThat(first.departments()).containsExactly("101 甲局", "102 乙局", "103 丙局");
    assertThat(first.resolutionKey()).isEqualTo("NAME.resolution.catalog");
    assertThat(first.arguments()).containsEntry("chosen", List.of("行政运行"));
    assertThat(REPORT.consolidate(List.of(c, b, a)).budget()).isEqualTo(r.budget());
  }

  @Test
  void budgetsOfDifferentYearsAreAnErrorNamingDepartmentsAndYears() {
    DepartmentBudget a = budget("101", "甲局").build();
    DepartmentBudget b = DepartmentBudget.builder().department("102", "乙局").year(2024).build();

    assertThatThrownBy(() -> FAIL.consolidate(List.of(a, b)))
        .isInstanceOf(ConsolidationException.class)
        .hasMessageContaining("different years").hasMessageContaining("102 乙局")
        .hasMessageContaining("2024").hasMessageContaining("101 甲局")
        .hasMessageContaining("2025");
    assertThatThrownBy(() -> Consolidator.builder().department("000", "海港区").year(2024).build()
        .consolidate(List.of(a))).hasMessageContaining("101 甲局 is of 2025");
  }

  @Test
  void budgetsOfDifferentProfilesAreAnError() {
    DepartmentBudget a = budget("101", "甲局").build();
    DepartmentBudget b = budget("102", "乙局").profile(DisclosureProfile.common(
        io.budgetkit.core.amount.Precision.FEN)).build();

    assertThatThrownBy(() -> FAIL.consolidate(List.of(a, b)))
        .isInstanceOf(ConsolidationException.class).hasMessageContaining("different profiles")
        .hasMessageContaining("101 甲局").hasMessageContaining("102 乙局");
  }

  @Test
  void theSameDepartmentCodeTwiceIsAnError() {
    DepartmentBudget a = budget("101", "甲局").build();
    DepartmentBudget b = budget("101", "甲局（重复）").build();

    assertThatThrownBy(() -> REPORT.consolidate(List.of(a, b)))
        .isInstanceOf(ConsolidationException.class).hasMessageContaining("101 甲局")
        .hasMessageContaining("101 甲局（重复）").hasMessageContaining("twice");
    assertThatThrownBy(() -> REPORT.consolidate(List.of())).isInstanceOf(
        IllegalArgumentException.class);
  }

  static Consumer<ThreePublicRows> subtotalOnly(String v) {
    return t -> t.row("“三公”经费小计", v, v).row("一、因公出国（境）费", "", "")
        .row("二、公务用车购置及运维费", v, v).row("其中：公务用车购置费", "", "")
        .row("公务用车运行维护费", v, v).row("三、公务接待费", "", "")
        .row("其中：教学科研人员因公出国（境）费", "", "").row("其他因公出国（境）费", "", "");
  }

  @Test
  void threePublicTablesOfDifferentLayoutsConflict() {
    DepartmentBudget a = budget("101", "甲局").threePublic(subtotalOnly("1.00")).build();
    DepartmentBudget b = budget("102", "乙局").threePublic(t -> {
      subtotalOnly("2.00").accept(t);
      t.row("合计", "2.00", "2.00");
    }).build();
    DepartmentBudget empty = budget("103", "丙局").threePublic(t -> t.note("注：无。")).build();
    assertThat(a.threePublic().orElseThrow().rowLayout()).isEqualTo(ThreePublicLayout.SUBTOTAL_ONLY);
    assertThat(b.threePublic().orElseThrow().rowLayout())
        .isEqualTo(ThreePublicLayout.TOTAL_WITHOUT_MEETINGS);

    assertThatThrownBy(() -> FAIL.consolidate(List.of(a, b)))
        .isInstanceOf(ConsolidationException.class).hasMessageContaining("THREE_PUBLIC_LAYOUT")
        .hasMessageContaining("101 甲局").hasMessageContaining("102 乙局");

    Consolidation r = REPORT.consolidate(List.of(a, b, empty));
    ThreePublicTable t = r.budget().threePublic().orElseThrow();
    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.SUBTOTAL_ONLY); // TOTAL left out
    assertThat(t.row(ThreePublicLine.SUBTOTAL).orElseThrow().cell(2)).contains(Amount.parse("3"));
    assertThat(t.row(ThreePublicLine.OVERSEAS).orElseThrow().cells()).isEmpty();
    assertThat(r.conflicts()).extracting(Conflict::kind)
        .contains(ConflictKind.THREE_PUBLIC_LAYOUT);
    assertThat(r.conflicts().stream().filter(c -> c.kind() == ConflictKind.THREE_PUBLIC_LAYOUT)
        .findFirst().orElseThrow().arguments()).containsEntry("dropped", List.of("合计"));
    // an empty table agrees with any layout: no conflict
    assertThat(FAIL.consolidate(List.of(a, empty)).budget().threePublic().orElseThrow()
        .row(ThreePublicLine.SUBTOTAL).orElseThrow().cell(2)).contains(Amount.parse("1"));
  }

  @Test
  void fundTablesPrintedEmptyEverywhereStayEmptyWithTheProfilesNote() {
    String note = DisclosureProfile.common().requireLayout(TableKind.GOVERNMENT_FUND_EXPENDITURE)
        .emptyNote().orElseThrow();
    DepartmentBudget a = budget("101", "甲局").governmentFundExpenditure(t -> t.note(note)).build();
    DepartmentBudget b = budget("102", "乙局").governmentFundExpenditure(t -> t.note("注：空表。"))
        .build();
    DepartmentBudget c = budget("103", "丙局").governmentFundExpenditure(t -> t
        .total("4.00", "", "4.00").row("212", "城乡社区支出", "4.00", "", "4.00")).build();

    CodedTable<FunctionCode> empty = FAIL.consolidate(List.of(a, b)).budget()
        .governmentFundExpenditure().orElseThrow();
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.note()).contains(note);

    CodedTable<FunctionCode> filled = FAIL.consolidate(List.of(a, c, b)).budget()
        .governmentFundExpenditure().orElseThrow();
    assertThat(filled.note()).isEmpty();
    assertThat(filled.totalRow().orElseThrow().cell(5)).contains(Amount.parse("4"));
  }

  private static Consumer<io.budgetkit.core.table.SummaryRows> summary(List<String> items,
      List<String> amounts) {
    return t -> {
      for (int i = 0; i < items.size(); i++) {
        t.row(items.get(i), amounts.get(i), i == 0 ? "一、一般公共服务支出" : "");
      }
      t.row("本年收入合计", "10.00", "本年支出合计", "10.00");
    };
  }

  @Test
  void unitIncomeItemsAreAddedIntoUnitFundsOfADepartmentResult() {
    DepartmentBudget department = budget("101", "甲局").summary(summary(
        List.of("一、一般公共预算拨款收入", "五、单位资金"), List.of("4.00", "6.00"))).build();
    DepartmentBudget unit = budget("102", "乙中心").kind(BudgetKind.UNIT).summary(summary(
        List.of("一、一般公共预算拨款收入", "五、事业收入", "七、上级补助收入"),
        List.of("7.00", "2.00", "1.00"))).build();

    SummaryTable s = FAIL.consolidate(List.of(unit, department)).budget().summary().orElseThrow();

    assertThat(s.rows()).extracting(SummaryRow::incomeItem).containsExactly(
        java.util.Optional.of("一、一般公共预算拨款收入"), java.util.Optional.of("五、单位资金"),
        java.util.Optional.of("本年收入合计"));
    assertThat(s.incomeRow("单位资金").orElseThrow().cell(2)).contains(Amount.parse("9"));
    assertThat(s.incomeRow("一般公共预算拨款收入").orElseThrow().cell(2))
        .contains(Amount.parse("11"));
    assertThat(s.expenditureRow("一般公共服务支出").orElseThrow().seq()).isEqualTo(1);
    assertThat(s.incomeRow("本年收入合计").orElseThrow().cell(2)).contains(Amount.parse("20"));
    assertThat(s.title()).isEqualTo("部门预算收支总表");

    Consolidator asUnit = Consolidator.builder().department("000", "海港区")
        .kind(BudgetKind.UNIT).build();
    SummaryTable u = asUnit.consolidate(List.of(unit, unit(unit))).budget().summary()
        .orElseThrow();
    assertThat(u.incomeRow("事业收入").orElseThrow().cell(2)).contains(Amount.parse("4"));
    assertThatThrownBy(() -> asUnit.consolidate(List.of(unit, department)))
        .hasMessageContaining("INCOME_ITEMS").hasMessageContaining("101 甲局");
  }

  private static DepartmentBudget unit(DepartmentBudget b) {
    return DepartmentBudget.builder().from(b).department("103", "丙中心").build();
  }

  @Test
  void aFigureNoTableHoldsIsSummedOrLeftOutWhenAnInputDoesNotStateIt() {
    DepartmentBudget a = budget("101", "甲局").narrative(Narrative.builder()
        .figure(FigureKind.THREE_PUBLIC_CHANGE, "与2024年相比增加", "3.00万元")
        .figure(FigureKind.FIXED_ASSETS, "上年末固定资产金额为", "10.00万元").build()).build();
    DepartmentBudget b = budget("102", "乙局").narrative(Narrative.builder()
        .figure(FigureKind.THREE_PUBLIC_CHANGE, "与2024年相比减少", "5.00万元").build()).build();

    Consolidation r = FAIL.consolidate(List.of(a, b));

    Narrative n = r.budget().narrative();
    assertThat(n.figure(FigureKind.THREE_PUBLIC_CHANGE).orElseThrow().signedValue())
        .contains(Amount.parse("-2"));
    assertThat(n.figure(FigureKind.THREE_PUBLIC_CHANGE).orElseThrow().words())
        .isEqualTo("与2024年相比减少");
    assertThat(n.figure(FigureKind.FIXED_ASSETS)).isEmpty();
    assertThat(r.conflicts()).anyMatch(c -> c.kind() == ConflictKind.MISSING_FIGURE
        && c.where().contains("FIXED_ASSETS") && c.departments().equals(List.of("102 乙局")));
  }

  @Test
  void theAccumulatorTheCollectorAndAParallelStreamAgree() {
    List<DepartmentBudget> budgets = Stream.of("101", "102", "103", "104", "105").map(code ->
        budget(code, "局" + code).expenditure(t -> t.total("1.0" + code.charAt(2), "1.00")
            .row("201", "一般公共服务支出", "1.0" + code.charAt(2), "1.00")).build())
        .collect(Collectors.toList());
    ConsolidationBuilder acc = FAIL.start();
    budgets.forEach(acc::add);
    Consolidation one = acc.result();

    assertThat(budgets.parallelStream().collect(FAIL.collector()).budget())
        .isEqualTo(one.budget());
    assertThat(FAIL.consolidate(budgets.stream()).budget()).isEqualTo(one.budget());
    assertThat(one.departments()).containsKeys("101", "105").hasSize(5);
    assertThat(one.budget().expenditure().orElseThrow().totalRow().orElseThrow().cell(3))
        .contains(Amount.parse("5.15"));
  }
}
