package io.budgetkit.rules.hier;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HierarchyRulesTest {

  private static final RuleSet RULES = RuleSet.of("hier", HierarchyRules.rules());

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  /** A cell of the 支出总表: 栏次 3 合计, 4 基本支出, 5 项目支出. */
  private static Location expenditure(int row, String code, int column) {
    String[] names = {"", "", "", "合计", "基本支出", "项目支出"};
    return Location.builder().table(TableKind.EXPENDITURE).row(row).code(code).column(column)
        .columnName(names[column]).build();
  }

  private static Location expenditureRow(int row, String code) {
    return Location.builder().table(TableKind.EXPENDITURE).row(row).code(code).build();
  }

  @Test
  void rulesAreInIdOrder() {
    assertThat(HierarchyRules.rules()).extracting(Rule::id).containsExactly("BK-HIER-001",
        "BK-HIER-002", "BK-HIER-003", "BK-HIER-004", "BK-HIER-005", "BK-HIER-006");
    assertThat(HierarchyRules.rules()).extracting(Rule::severity).containsOnly(Severity.ERROR);
  }

  @Test
  void aConsistentTablePassesEveryRule() {
    // 合计 100 = 201 70 + 208 30, 60 = 40 + 20, 40 = 30 + 10; each 类 = its 款 = its 项.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("100.00", "60.00", "40.00")
            .row("201", "一般公共服务支出", "70.00", "40.00", "30.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "70.00", "40.00", "30.00")
            .row("2010301", "行政运行", "40.00", "40.00")
            .row("2010302", "一般行政管理事务", "30.00", "", "30.00")
            .row("208", "社会保障和就业支出", "30.00", "20.00", "10.00")
            .row("20805", "行政事业单位养老支出", "30.00", "20.00", "10.00")
            .row("2080505", "机关事业单位基本养老保险缴费支出", "30.00", "20.00", "10.00"))
        .build();

    assertThat(RULES.validate(b).findings()).isEmpty();
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).isEmpty();
  }

  @Test
  void totalFiresInEachColumnWhereTheClassesDoNotAddUp() {
    // 栏次3: 100.00 printed, 201 70.00 + 208 20.00 = 90.00 (the 款 rows are not 类 rows).
    // 栏次4: 60.00 = 40.00 + 20.00 holds. 栏次5: 40.00 printed, only 201's 30.00 is printed.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("100.00", "60.00", "40.00")
            .row("201", "一般公共服务支出", "70.00", "40.00", "30.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "70.00", "40.00", "30.00")
            .row("208", "社会保障和就业支出", "20.00", "20.00")
            .row("20805", "行政事业单位养老支出", "20.00", "20.00"))
        .build();

    List<Finding> found = RULES.validate(b).findings();

    assertThat(found).hasSize(2);
    Finding first = found.get(0);
    assertThat(first.ruleId()).isEqualTo("BK-HIER-001");
    assertThat(first.severity()).isEqualTo(Severity.ERROR);
    assertThat(first.location()).isEqualTo(expenditure(1, "合计", 3));
    assertThat(first.related()).containsExactly(expenditure(2, "201", 3),
        expenditure(4, "208", 3));
    assertThat(first.actual()).contains(Amount.parse("100.00"));
    assertThat(first.expected()).contains(Amount.parse("90.00"));
    assertThat(first.difference()).contains(Amount.parse("10.00"));
    assertThat(first.message(Locale.ENGLISH)).isEqualTo("The 合计 (total) row prints 100.00,"
        + " but its 类 (class) rows 201 + 208 add up to 90.00 (difference 10.00).");
    assertThat(first.message(Locale.CHINESE))
        .isEqualTo("合计行印刷 100.00，但各类级科目 201 + 208 之和为 90.00（相差 10.00）。");

    Finding second = found.get(1);
    assertThat(second.location()).isEqualTo(expenditure(1, "合计", 5));
    assertThat(second.related()).containsExactly(expenditure(2, "201", 5));
    assertThat(second.actual()).contains(Amount.parse("40.00"));
    assertThat(second.expected()).contains(Amount.parse("30.00"));
  }

  @Test
  void aDifferenceThatRoundingExplainsIsAnInfoNoteUnlessStrict() {
    // 10.01 vs 5.00 + 5.00: 0.01 ≤ 0.005 × (2 + 1) = 0.015.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("10.01")
            .row("201", "一般公共服务支出", "5.00")
            .row("208", "社会保障和就业支出", "5.00"))
        .build();

    assertThat(RULES.validate(b).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-HIER-001");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.messageKey()).isEqualTo("rounding");
      assertThat(f.location()).isEqualTo(expenditure(1, "合计", 3));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("Differs by 0.01 from 10.00, within the"
          + " rounding of 2 printed figure(s) (tolerance 0.015): a rounding note.");
    });
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.messageKey()).isEqualTo("BK-HIER-001");
        });
  }

  @Test
  void aDifferenceBeyondRoundingIsAnErrorEvenWhenRoundingAware() {
    // 10.02 vs 5.00 + 5.00: 0.02 > 0.015.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("10.02")
            .row("201", "一般公共服务支出", "5.00")
            .row("208", "社会保障和就业支出", "5.00"))
        .build();

    assertThat(RULES.validate(b).findings()).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void blankCellsAreExactZerosAndDoNotWidenTheTolerance() {
    // Two more 类 rows print nothing: still 2 rounded terms, tolerance 0.015 < 0.02. Counting
    // the blanks as terms would allow 0.005 × 5 = 0.025 and make this a rounding note.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("10.02")
            .row("201", "一般公共服务支出", "5.00")
            .row("204", "公共安全支出")
            .row("208", "社会保障和就业支出", "5.00")
            .row("210", "卫生健康支出"))
        .build();

    assertThat(RULES.validate(b).findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.arguments()).containsEntry("terms", "2").containsEntry("tolerance", "0.015");
      assertThat(f.related()).containsExactly(expenditure(2, "201", 3), expenditure(4, "208", 3));
    });
  }

  @Test
  void classFiresWhenItsSectionsDoNotAddUpAndCountsNoItems() {
    // 201 prints 100.00 in 栏次3 and 5; its 款 20101 60.00 + 20103 30.00 = 90.00. The 项
    // 2010101 is not a 款 of 201 and is not counted. 栏次4 is blank throughout: no finding.
    DepartmentBudget b = budget()
        .expenditure(t -> t
            .row("201", "一般公共服务支出", "100.00", "", "100.00")
            .row("20101", "人大事务", "60.00", "", "60.00")
            .row("2010101", "行政运行", "60.00", "", "60.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "30.00", "", "30.00"))
        .build();

    List<Finding> found = RULES.validate(b).findings();

    assertThat(found).extracting(Finding::ruleId).containsExactly("BK-HIER-002", "BK-HIER-002");
    assertThat(found).extracting(Finding::location)
        .containsExactly(expenditure(1, "201", 3), expenditure(1, "201", 5));
    Finding f = found.get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.related()).containsExactly(expenditure(2, "20101", 3),
        expenditure(4, "20103", 3));
    assertThat(f.actual()).contains(Amount.parse("100.00"));
    assertThat(f.expected()).contains(Amount.parse("90.00"));
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("类 (class) 201 prints 100.00, but its"
        + " 款 (section) rows 20101 + 20103 add up to 90.00 (difference 10.00).");
    assertThat(f.message(Locale.CHINESE)).isEqualTo(
        "类级科目 201 印刷 100.00，但其款级科目 20101 + 20103 之和为 90.00（相差 10.00）。");
  }

  @Test
  void sectionFiresWhenItsItemsDoNotAddUp() {
    // 20103 prints 50.00; 2010301 20.00 + 2010302 20.01 = 40.01. 201 = 20103 holds.
    DepartmentBudget b = budget()
        .expenditure(t -> t
            .row("201", "一般公共服务支出", "50.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "50.00")
            .row("2010301", "行政运行", "20.00")
            .row("2010302", "一般行政管理事务", "20.01"))
        .build();

    assertThat(RULES.validate(b).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-HIER-003");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(expenditure(2, "20103", 3));
      assertThat(f.related()).containsExactly(expenditure(3, "2010301", 3),
          expenditure(4, "2010302", 3));
      assertThat(f.actual()).contains(Amount.parse("50.00"));
      assertThat(f.expected()).contains(Amount.parse("40.01"));
      assertThat(f.difference()).contains(Amount.parse("9.99"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("款 (section) 20103 prints 50.00, but its"
          + " 项 (item) rows 2010301 + 2010302 add up to 40.01 (difference 9.99).");
    });
  }

  @Test
  void economicClassesRollUpTheirSectionsInTheBasicExpenditureTable() {
    // 基本支出表 301 prints 10.00 in 合计 and 人员经费; 30101 4.00 + 30102 5.00 = 9.00.
    DepartmentBudget b = budget()
        .basicExpenditure(t -> t.total("10.00", "10.00")
            .row("301", "工资福利支出", "10.00", "10.00")
            .row("30101", "基本工资", "4.00", "4.00")
            .row("30102", "津贴补贴", "5.00", "5.00"))
        .build();

    List<Finding> found = RULES.validate(b).findings();

    assertThat(found).extracting(Finding::ruleId).containsExactly("BK-HIER-002", "BK-HIER-002");
    assertThat(found).extracting(Finding::location).containsExactly(
        Location.builder().table(TableKind.BASIC_EXPENDITURE).row(2).code("301").column(3)
            .columnName("合计").build(),
        Location.builder().table(TableKind.BASIC_EXPENDITURE).row(2).code("301").column(4)
            .columnName("人员经费").build());
    assertThat(found).extracting(Finding::expected).containsOnly(
        java.util.Optional.of(Amount.parse("9.00")));
  }

  @Test
  void everyCodedTableIsChecked() {
    // The same inconsistency (合计 5.00, 201 4.00) in tables 2, 5, 7 and 8.
    DepartmentBudget b = budget()
        .income(t -> t.total("5.00").row("201", "一般公共服务支出", "4.00"))
        .generalPublicExpenditure(t -> t.total("5.00").row("201", "一般公共服务支出", "4.00"))
        .governmentFundExpenditure(t -> t.total("5.00").row("201", "一般公共服务支出", "4.00"))
        .stateCapitalExpenditure(t -> t.total("5.00").row("201", "一般公共服务支出", "4.00"))
        .build();

    assertThat(RULES.validate(b).findings()).extracting(f -> f.location().table().orElseThrow())
        .containsExactly(TableKind.INCOME, TableKind.GENERAL_PUBLIC_EXPENDITURE,
            TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE);
  }

  @Test
  void aParentWithoutPrintedChildrenIsNotChecked() {
    // A table disclosed to 类 only: 201 has no 款 rows, so nothing to roll up (completeness is
    // another rule's matter); 合计 = 201 holds.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("5.00").row("201", "一般公共服务支出", "5.00"))
        .build();

    assertThat(RULES.validate(b).findings()).isEmpty();
  }

  @Test
  void emptyTablesAndMissingTablesGiveNothing() {
    DepartmentBudget b = budget()
        .governmentFundExpenditure(t -> t.note("注：无政府性基金预算财政拨款预算，空表列示。"))
        .expenditure(t -> t.row("201", "一般公共服务支出"))
        .build();

    assertThat(RULES.validate(b).findings()).isEmpty();
    assertThat(RULES.validate(budget().build()).findings()).isEmpty();
  }

  @Test
  void parentPrintedFiresForAnItemWithoutItsSectionAndASectionWithoutItsClass() {
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("30.00")
            .row("201", "一般公共服务支出", "10.00")
            .row("2010301", "行政运行", "10.00")
            .row("20805", "行政事业单位养老支出", "20.00"))
        .build();

    List<Finding> found = run(HierarchyRules.PARENT_PRINTED, b);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).ruleId()).isEqualTo("BK-HIER-004");
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).location()).isEqualTo(expenditureRow(3, "2010301"));
    assertThat(found.get(0).messageKey()).isEqualTo("BK-HIER-004.item");
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The 项 (item) row 2010301 is printed without its 款 (section) row 20103.");
    assertThat(found.get(0).message(Locale.CHINESE))
        .isEqualTo("项级科目 2010301 已列示，但其款级科目 20103 未列示。");
    assertThat(found.get(1).location()).isEqualTo(expenditureRow(4, "20805"));
    assertThat(found.get(1).messageKey()).isEqualTo("BK-HIER-004.section");
    assertThat(found.get(1).arguments()).containsEntry("code", "20805")
        .containsEntry("parent", "208");
  }

  @Test
  void parentPrintedPassesWhenEveryParentIsPrintedWhereverItStands() {
    DepartmentBudget b = budget()
        .expenditure(t -> t
            .row("2010301", "行政运行")
            .row("20103", "政府办公厅（室）及相关机构事务")
            .row("201", "一般公共服务支出"))
        .build();

    assertThat(run(HierarchyRules.PARENT_PRINTED, b)).isEmpty();
  }

  @Test
  void duplicateCodeFiresAtTheSecondPrintingWithTheFirstRelated() {
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("30.00")
            .row("201", "一般公共服务支出", "30.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "10.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "20.00")
            .row(5, null, "合计", "30.00"))
        .build();

    List<Finding> found = run(HierarchyRules.NO_DUPLICATE_CODE, b);

    assertThat(found).hasSize(2);
    Finding code = found.get(0);
    assertThat(code.ruleId()).isEqualTo("BK-HIER-005");
    assertThat(code.severity()).isEqualTo(Severity.ERROR);
    assertThat(code.location()).isEqualTo(expenditureRow(4, "20103"));
    assertThat(code.related()).containsExactly(expenditureRow(3, "20103"));
    assertThat(code.message(Locale.ENGLISH))
        .isEqualTo("Code 20103 is printed twice in this table; it first appears at row 3.");
    assertThat(code.message(Locale.CHINESE)).isEqualTo("科目 20103 在本表中重复列示，首次出现在序号 3。");
    Finding total = found.get(1);
    assertThat(total.location()).isEqualTo(expenditureRow(5, "合计"));
    assertThat(total.related()).containsExactly(expenditureRow(1, "合计"));
  }

  @Test
  void duplicateCodePassesWhenTheSameCodeIsInTwoTables() {
    DepartmentBudget b = budget()
        .income(t -> t.row("201", "一般公共服务支出"))
        .expenditure(t -> t.row("201", "一般公共服务支出"))
        .build();

    assertThat(run(HierarchyRules.NO_DUPLICATE_CODE, b)).isEmpty();
  }

  @Test
  void printedUnderParentFiresForRowsOutsideTheirParentsGroup() {
    // 2010302 follows 20805 (not in 20103's group); 20899 follows the 类 221 (not in 208's).
    DepartmentBudget b = budget()
        .expenditure(t -> t.total()
            .row("201", "一般公共服务支出")
            .row("20103", "政府办公厅（室）及相关机构事务")
            .row("2010301", "行政运行")
            .row("208", "社会保障和就业支出")
            .row("20805", "行政事业单位养老支出")
            .row("2010302", "一般行政管理事务")
            .row("221", "住房保障支出")
            .row("20899", "其他社会保障和就业支出")
            .row("2089901", "其他社会保障和就业支出"))
        .build();

    List<Finding> found = run(HierarchyRules.PRINTED_UNDER_PARENT, b);

    assertThat(found).hasSize(2);
    Finding item = found.get(0);
    assertThat(item.ruleId()).isEqualTo("BK-HIER-006");
    assertThat(item.severity()).isEqualTo(Severity.ERROR);
    assertThat(item.location()).isEqualTo(expenditureRow(7, "2010302"));
    assertThat(item.related()).containsExactly(expenditureRow(6, "20805"));
    assertThat(item.messageKey()).isEqualTo("BK-HIER-006.item");
    assertThat(item.message(Locale.ENGLISH)).isEqualTo("The 项 (item) row 2010302 is printed"
        + " after 20805, outside the rows of its 款 (section) 20103.");
    assertThat(item.message(Locale.CHINESE))
        .isEqualTo("项级科目 2010302 列在 20805 之后，不在其款级科目 20103 之下。");
    Finding section = found.get(1);
    assertThat(section.location()).isEqualTo(expenditureRow(9, "20899"));
    assertThat(section.related()).containsExactly(expenditureRow(8, "221"));
    assertThat(section.message(Locale.ENGLISH)).isEqualTo("The 款 (section) row 20899 is printed"
        + " after 221, outside the rows of its 类 (class) 208.");
  }

  @Test
  void printedUnderParentFiresForAChildPrintedBeforeItsParent() {
    DepartmentBudget b = budget()
        .expenditure(t -> t.row("20103", "政府办公厅（室）及相关机构事务")
            .row("201", "一般公共服务支出"))
        .build();

    assertThat(run(HierarchyRules.PRINTED_UNDER_PARENT, b)).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(expenditureRow(1, "20103"));
      assertThat(f.related()).isEmpty();
      assertThat(f.arguments()).containsEntry("after", "—");
    });
  }

  @Test
  void printedUnderParentAcceptsSiblingsInAnyOrderAndASectionAfterASiblingsItems() {
    // 20101 follows 2010302, an item of its sibling 20103: still inside 201's group.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total()
            .row("201", "一般公共服务支出")
            .row("20103", "政府办公厅（室）及相关机构事务")
            .row("2010302", "一般行政管理事务")
            .row("2010301", "行政运行")
            .row("20101", "人大事务")
            .row("2010101", "行政运行")
            .row("208", "社会保障和就业支出")
            .row("20805", "行政事业单位养老支出"))
        .build();

    assertThat(run(HierarchyRules.PRINTED_UNDER_PARENT, b)).isEmpty();
  }

  @Test
  void printedUnderParentLeavesOrphansToParentPrinted() {
    // 2010301's 款 20103 is not printed: BK-HIER-004 reports it, not BK-HIER-006.
    DepartmentBudget b = budget()
        .expenditure(t -> t.row("201", "一般公共服务支出")
            .row("208", "社会保障和就业支出")
            .row("2010301", "行政运行"))
        .build();

    assertThat(run(HierarchyRules.PRINTED_UNDER_PARENT, b)).isEmpty();
    assertThat(run(HierarchyRules.PARENT_PRINTED, b)).extracting(Finding::ruleId)
        .containsExactly("BK-HIER-004");
  }

  @Test
  void aDisabledRuleAndASeverityOverrideApply() {
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("5.00").row("201", "一般公共服务支出", "4.00"))
        .build();

    assertThat(RULES.disable("BK-HIER-001").validate(b).findings()).isEmpty();
    assertThat(RULES.withSeverity("BK-HIER-001", Severity.WARNING).validate(b).findings())
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  // --- The three fixture budgets ---------------------------------------------------------------

  @Test
  void theFixturesRollUpInEveryCodedTable() {
    // haigang-development-service-center-2025.docx.txt: 收入总表 合计 (L271) 2143.14 = 201
    // 2100.79 (L284) + 208 17.88 + 210 10.56 + 221 13.91 (L452); 201 = 20103 1962.10 (L298) +
    // 20199 138.69; 21011 10.56 = 2101102 6.06 + 2101103 4.50; the same codes and amounts in the
    // 支出总表 (L531-687) and table 5 (L1080-1188), split 基本/项目 the same way down the tree;
    // 基本支出表 合计 181.04 (L1217) = 301 175.46 (L1223) + 302 5.58 (L1286), 302 = 30201 2.40 +
    // 30217 0.05 + 30228 1.80 + 30229 1.18 + 30299 0.15 (L1321). Tables 7 and 8 are empty
    // (L1329-1396). Every 项 follows its 款 and every 款 its 类; no code repeats.
    // haigang-government-office-2024.docx.txt: 合计 1417.69 (L271) = 1191.38 + 103.58 + 62.47 +
    // 60.26; 20103 1191.38 = 2010301 657.98 + 2010302 533.40; 基本支出表 884.29 (L1217) = 301
    // 741.89 (L1223) + 302 111.81 + 303 30.59 (L1363), 303 = 30302 29.15 + 30309 1.44 (L1377).
    // etdz-public-security-bureau-2024.pdf.txt: 合计 11262.73 (L120, "1126 2.73") = 204 10103.75
    // + 208 665.73 + 210 267.16 + 221 226.09; 20402 10103.75 = 5639.75 + 55.08 + 997.10 + 116.78
    // + 3295.04 (2040299 split over a page break, L127/L139); 20805 663.55 = 171.37 + 301.45 +
    // 190.73; 基本支出表 6798.73 (L411) = 5694.13 + 935.92 + 168.68, 302's fifteen 款 add up to
    // 935.92 exactly. So no finding at all, not even a rounding note.
    for (Fixture fixture : Fixture.values()) {
      assertThat(RULES.tolerance(Tolerance.STRICT).validate(fixture.budget()).findings())
          .as(fixture.name()).isEmpty();
      assertThat(RULES.validate(fixture.budget()).findings()).as(fixture.name()).isEmpty();
    }
  }

  @Test
  void everyPrintedCellOfTheFixturesCodedTablesIsChecked() {
    // In the fixtures every 类 has its 款 and every functional 款 its 项, so each printed cell of a
    // coded table is a parent or a child in some roll-up: changing it by 0.01 (STRICT) or by
    // 1.00 (beyond any rounding) must give an ERROR that names that very cell.
    List<Integer> checked = new java.util.ArrayList<>();
    for (Fixture fixture : Fixture.values()) {
      DepartmentBudget budget = fixture.budget();
      int cells = 0;
      for (DisclosureTable table : budget.tables()) {
        if (table instanceof CodedTable) {
          cells += checkEveryCell(budget, (CodedTable<?>) table);
        }
      }
      checked.add(cells);
    }
    // haigang-development-service-center-2025: 收入总表 16 rows × 3 printed columns = 48;
    // 支出总表 and table 5: 合计 and 201 print 3 cells, the other 14 rows 2 = 34 each; 基本支出表:
    // 合计 3 + 15 coded rows (301 and its 8 款, 302 and its 5 款) × 2 = 33; tables 7 and 8 print
    // nothing. 48 + 34 + 34 + 33 = 149. The other two documents likewise: 167 and 225.
    assertThat(checked).containsExactly(149, 167, 225);
  }

  private static <C extends ClassificationCode<C>> int checkEveryCell(DepartmentBudget budget,
      CodedTable<C> table) {
    int checked = 0;
    for (CodedRow<C> row : table.rows()) {
      for (Map.Entry<Integer, Amount> cell : row.cells().entrySet()) {
        Location where = Location.of(table, row, cell.getKey());
        for (Tolerance tolerance : Tolerance.values()) {
          Amount by = Amount.parse(tolerance == Tolerance.STRICT ? "0.01" : "1.00");
          DepartmentBudget changed = replace(budget,
              withCell(table, row, cell.getKey(), cell.getValue().plus(by)));
          assertThat(RULES.tolerance(tolerance).validate(changed).findings(Severity.ERROR))
              .as("%s %s %s", budget.departmentName(), where, tolerance)
              .anySatisfy(f -> assertThat(f.names(where)).isTrue());
        }
        checked++;
      }
    }
    return checked;
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> withCell(CodedTable<C> table,
      CodedRow<C> changed, int column, Amount amount) {
    CodedTable.Builder<C> b = CodedTable.builder();
    b.layout(table.layout()).title(table.title());
    table.note().ifPresent(b::note);
    for (CodedRow<C> row : table.rows()) {
      if (row == changed) {
        SortedMap<Integer, Amount> cells = new TreeMap<>(row.cells());
        cells.put(column, amount);
        CodedRow.Builder<C> r = CodedRow.builder();
        r.from(row);
        b.addRows(r.cells(cells).build());
      } else {
        b.addRows(row);
      }
    }
    return b.build();
  }

  /** The budget with one table replaced (the other sections are left out: no rule here reads them). */
  static DepartmentBudget replace(DepartmentBudget budget, DisclosureTable table) {
    BudgetBuilder b = DepartmentBudget.builder()
        .department(budget.departmentCode(), budget.departmentName()).year(budget.year())
        .kind(budget.kind()).profile(budget.profile());
    for (DisclosureTable t : budget.tables()) {
      b.table(t.kind().equals(table.kind()) ? table : t);
    }
    return b.build();
  }
}
