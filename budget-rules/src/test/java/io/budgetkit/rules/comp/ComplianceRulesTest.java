package io.budgetkit.rules.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

  private static final RuleSet RULES = RuleSet.of("comp", ComplianceRules.rules());

  private static final String THREE_PUBLIC_TEXT = "2025年，我部门财政拨款“三公”经费预算安排1.00万元。"
      + "与2024年相比减少0.50万元，增减变化的主要原因是压减公务接待。";

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  /** The nine tables of the common profile, consistent and disclosed to 项 / 款. */
  private static BudgetBuilder nineTables(BudgetBuilder b) {
    return b
        .summary(t -> t
            .row("一、一般公共预算拨款收入", "10.00", "一、一般公共服务支出", "10.00")
            .row("本年收入合计", "10.00", "本年支出合计", "10.00"))
        .income(t -> t.total("10.00", "10.00", "10.00")
            .row("201", "一般公共服务支出", "10.00", "10.00", "10.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "10.00", "10.00", "10.00")
            .row("2010301", "行政运行", "10.00", "10.00", "10.00"))
        .expenditure(t -> t.total("10.00", "10.00")
            .row("201", "一般公共服务支出", "10.00", "10.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "10.00", "10.00")
            .row("2010301", "行政运行", "10.00", "10.00"))
        .fiscalSummary(t -> t
            .row("一、一般公共预算拨款", "10.00", "一、一般公共服务支出", "10.00", "10.00"))
        .generalPublicExpenditure(t -> t.total("10.00", "10.00")
            .row("201", "一般公共服务支出", "10.00", "10.00")
            .row("20103", "政府办公厅（室）及相关机构事务", "10.00", "10.00")
            .row("2010301", "行政运行", "10.00", "10.00"))
        .basicExpenditure(t -> t.total("10.00", "", "10.00")
            .row("302", "商品和服务支出", "10.00", "", "10.00")
            .row("30201", "办公费", "10.00", "", "10.00"))
        .governmentFundExpenditure(t -> t.note("注：无政府性基金预算财政拨款预算，空表列示。"))
        .stateCapitalExpenditure(t -> t.note("注：无国有资本经营预算财政拨款预算，空表列示。"))
        .threePublic(t -> t.row("“三公”经费小计", "1.00", "1.00")
            .row("三、公务接待费", "1.00", "1.00"));
  }

  /** Every required section written, the three public costs' change explained. */
  private static void sections(Narrative.Builder n) {
    n.section(SectionKind.OVERVIEW, "二、部门预算安排的总体情况", "按照预算管理有关规定……")
        .section(SectionKind.INCOME, "1、收入说明", "2025年预算收入10.00万元。")
        .section(SectionKind.EXPENDITURE, "2、支出说明", "2025年支出预算10.00万元。")
        .section(SectionKind.CHANGE, "3、比上年增减情况", "较2024年预算增加1.00万元。")
        .section(SectionKind.OPERATING_COSTS, "三、机关运行经费安排情况", "机关运行经费10.00万元。")
        .section(SectionKind.THREE_PUBLIC, "四、财政拨款“三公”经费预算情况及增减变化原因",
            THREE_PUBLIC_TEXT)
        .section(SectionKind.SPECIAL_FUNDS, "六、部门主管专项资金预算安排情况及绩效目标", "")
        .section(SectionKind.PROJECTS, "七、部门项目预算安排情况及绩效目标", "")
        .section(SectionKind.PROCUREMENT, "八、政府采购预算情况", "")
        .section(SectionKind.ASSETS, "九、国有资产信息", "上年末固定资产金额为1.00万元。");
  }

  /** A complete, compliant budget: nine tables, the narrative, a project, procurement, assets. */
  private static BudgetBuilder complete() {
    return nineTables(budget())
        .narrative(ComplianceRulesTest::sections)
        .project(p -> p.name("项目甲").budget("5.00"))
        .procurement(p -> p.item("项目甲", "5.00", "复印纸", "A05040101", "包", "10", "0.10",
            "1.00", "1.00"))
        .fixedAssets(a -> a.row("资产总额", "", "1.00").row("4、其他固定资产", "1", "1.00"));
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  private static Location table(TableKind kind) {
    return Location.of(kind);
  }

  private static Location section(SectionKind kind) {
    return Location.builder().section(kind).build();
  }

  @Test
  void aCompleteCompliantBudgetPassesEveryRule() {
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(complete().build()).findings())
        .isEmpty();
  }

  @Test
  void rulesAreInIdOrder() {
    List<String> ids = ComplianceRules.rules().stream().map(Rule::id).collect(Collectors.toList());
    assertThat(ids).hasSize(14).isSorted().first().isEqualTo("BK-COMP-001");
    assertThat(ids).last().isEqualTo("BK-COMP-014");
  }

  // --- BK-COMP-001 ------------------------------------------------------------------------------

  @Test
  void tablesPresentFiresForEachMissingTable() {
    DepartmentBudget full = complete().build();
    BudgetBuilder b = budget();
    full.tables().stream().filter(t -> !t.kind().equals(TableKind.GOVERNMENT_FUND_EXPENDITURE))
        .forEach(b::table);

    assertThat(run(ComplianceRules.TABLES_PRESENT, b.build())).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(table(TableKind.GOVERNMENT_FUND_EXPENDITURE));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The table 部门预算政府性基金预算财政拨款支出表"
          + " is not published; every table of the profile must be, with a note if it is empty.");
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("未公开部门预算政府性基金预算财政拨款支出表；公开模板中的每张表都必须公开，无数据的表应附注说明。");
    });
  }

  @Test
  void tablesPresentNamesTheUnitBudgetsTitle() {
    DepartmentBudget b = budget().unitBudget()
        .income(t -> t.total("1.00", "1.00", "1.00")).build();

    List<Finding> found = run(ComplianceRules.TABLES_PRESENT, b);

    assertThat(found).hasSize(8);
    assertThat(found.get(0).location()).isEqualTo(table(TableKind.SUMMARY));
    assertThat(found.get(0).message(Locale.CHINESE)).startsWith("未公开单位预算收支总表；");
  }

  @Test
  void tablesPresentFollowsTheProfileNotTheNineTables() {
    // A jurisdiction publishing eight tables (no 国有资本经营 table) builds its own profile.
    DisclosureProfile eight = DisclosureProfile.builder().name("eight")
        .addAllTables(DisclosureProfile.common().tables().stream()
            .filter(l -> !l.kind().equals(TableKind.STATE_CAPITAL_EXPENDITURE))
            .collect(Collectors.toList()))
        .build();
    BudgetBuilder b = budget().profile(eight);
    complete().build().tables().stream()
        .filter(t -> !t.kind().equals(TableKind.STATE_CAPITAL_EXPENDITURE)).forEach(b::table);

    assertThat(run(ComplianceRules.TABLES_PRESENT, b.build())).isEmpty();
    assertThat(run(ComplianceRules.TABLES_IN_ORDER, b.build())).isEmpty();
  }

  // --- BK-COMP-002 ------------------------------------------------------------------------------

  @Test
  void tablesInOrderFiresAtATablePrintedTooLate() {
    // Printed 1, 3, 2, 4…9: 收入总表 comes after 支出总表.
    List<DisclosureTable> tables = new ArrayList<>(complete().build().tables());
    DisclosureTable income = tables.remove(1);
    tables.add(2, income);
    BudgetBuilder b = budget();
    tables.forEach(b::table);

    assertThat(run(ComplianceRules.TABLES_IN_ORDER, b.build())).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-002");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(table(TableKind.INCOME));
      assertThat(f.related()).containsExactly(table(TableKind.EXPENDITURE));
      assertThat(f.message(Locale.CHINESE)).isEqualTo("部门预算收入总表排在部门预算支出总表之后，而公开模板规定其在前。");
    });
  }

  // --- BK-COMP-003, 004, 005 --------------------------------------------------------------------

  @Test
  void emptyTableNoteFiresWhenAnEmptyTableHasNoNote() {
    DepartmentBudget b = budget().stateCapitalExpenditure(t -> { })
        .governmentFundExpenditure(t -> t.note("注：无政府性基金预算财政拨款预算，空表列示。")).build();

    assertThat(run(ComplianceRules.EMPTY_TABLE_NOTE, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-003");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(table(TableKind.STATE_CAPITAL_EXPENDITURE));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The table 部门预算国有资本经营预算财政拨款支出表"
          + " prints nothing and carries no note saying so; an empty table is published with a"
          + " note such as “注：无国有资本经营预算财政拨款预算，空表列示。”.");
    });
  }

  @Test
  void emptyTableNoteFiresWhenTheNoteSaysSomethingElse() {
    DepartmentBudget b = budget().basicExpenditure(t -> t.note("注：单位：万元")).build();

    assertThat(run(ComplianceRules.EMPTY_TABLE_NOTE, b)).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(table(TableKind.BASIC_EXPENDITURE));
      assertThat(f.arguments()).containsEntry("note", "注：无…，空表列示。");
    });
  }

  @Test
  void emptyTableNoteAcceptsANoteThatSaysNothingIsThere() {
    // Table 6 has no standard note in the profile; an empty one whose note says 无 passes, and so
    // does a 三公 table that prints explicit zeros (not empty: something is printed).
    DepartmentBudget b = budget()
        .basicExpenditure(t -> t.note("注：本部门无基本支出。"))
        .threePublic(t -> t.row("“三公”经费小计", "0", "0"))
        .build();

    assertThat(run(ComplianceRules.EMPTY_TABLE_NOTE, b)).isEmpty();
    assertThat(run(ComplianceRules.NO_EMPTY_NOTE_ON_DATA, b)).isEmpty();
  }

  @Test
  void noEmptyNoteOnDataFiresWhenATableWithAmountsSaysItIsEmpty() {
    String note = "注：无财政拨款“三公”经费支出预算，空表列示。";
    DepartmentBudget b = budget()
        .threePublic(t -> t.row("三、公务接待费", "0.68", "0.68").note(note)).build();

    assertThat(run(ComplianceRules.NO_EMPTY_NOTE_ON_DATA, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-004");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.THREE_PUBLIC)
          .words(note).build());
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("部门预算财政拨款“三公”经费支出表填列了金额，却附有空表说明“" + note + "”。");
    });
  }

  @Test
  void noEmptyNoteOnDataAcceptsAnExplanatoryNote() {
    DepartmentBudget b = budget()
        .threePublic(t -> t.row("三、公务接待费", "0.68", "0.68").note("注：本表含会议费。")).build();

    assertThat(run(ComplianceRules.NO_EMPTY_NOTE_ON_DATA, b)).isEmpty();
  }

  @Test
  void emptyNoteWordingIsAnInfoWhenTheNoteDiffersFromTheProfile() {
    // 海港区人民政府办公室 2024 L1418: 政府基金 where the profile (and the title) say 政府性基金.
    String printed = "注：无政府基金预算财政拨款预算，空表列示。";
    DepartmentBudget b = budget().governmentFundExpenditure(t -> t.note(printed)).build();

    assertThat(run(ComplianceRules.EMPTY_NOTE_WORDING, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-005");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location()).isEqualTo(Location.builder()
          .table(TableKind.GOVERNMENT_FUND_EXPENDITURE).words(printed).build());
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The empty-table note “" + printed
          + "” differs from the profile's “注：无政府性基金预算财政拨款预算，空表列示。”.");
    });
    // The same note is still a 空表 note: no error of BK-COMP-003.
    assertThat(run(ComplianceRules.EMPTY_TABLE_NOTE, b)).isEmpty();
  }

  @Test
  void emptyNoteWordingIgnoresSpacingAndHalfWidthPunctuation() {
    DepartmentBudget b = budget()
        .governmentFundExpenditure(t -> t.note("注:无政府性基金预算财政拨款预算，空表列示。 ")).build();

    assertThat(run(ComplianceRules.EMPTY_NOTE_WORDING, b)).isEmpty();
  }

  // --- BK-COMP-006, 007 -------------------------------------------------------------------------

  @Test
  void functionalToItemFiresAtEachClassOrSectionWithoutRowsBelow() {
    // 20103 has 项 below; 20199 (款) and 208 (类) stop short of 项.
    DepartmentBudget b = budget().expenditure(t -> t.total("30.00", "30.00")
        .row("201", "一般公共服务支出", "20.00", "20.00")
        .row("20103", "政府办公厅（室）及相关机构事务", "10.00", "10.00")
        .row("2010301", "行政运行", "10.00", "10.00")
        .row("20199", "其他一般公共服务支出", "10.00", "10.00")
        .row("208", "社会保障和就业支出", "10.00", "10.00")).build();

    List<Finding> found = run(ComplianceRules.FUNCTIONAL_TO_ITEM, b);

    assertThat(found).extracting(Finding::location).containsExactly(
        Location.builder().table(TableKind.EXPENDITURE).row(5).code("20199").build(),
        Location.builder().table(TableKind.EXPENDITURE).row(6).code("208").build());
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("款 20199 其他一般公共服务支出 has"
        + " no rows below it: the functional classification must be disclosed to 项 (7 digits).");
    assertThat(found.get(1).message(Locale.CHINESE)).isEqualTo(
        "类级科目 208 社会保障和就业支出 下没有细化科目：支出功能分类应公开到项级（7位）。");
  }

  @Test
  void functionalToItemIgnoresTheEconomicTable() {
    DepartmentBudget b = budget().basicExpenditure(t -> t.total("1.00", "", "1.00")
        .row("302", "商品和服务支出", "1.00", "", "1.00")
        .row("30201", "办公费", "1.00", "", "1.00")).build();

    assertThat(run(ComplianceRules.FUNCTIONAL_TO_ITEM, b)).isEmpty();
    assertThat(run(ComplianceRules.ECONOMIC_TO_SECTION, b)).isEmpty();
  }

  @Test
  void economicToSectionFiresAtAClassWithoutSections() {
    DepartmentBudget b = budget().basicExpenditure(t -> t.total("2.00", "1.00", "1.00")
        .row("302", "商品和服务支出", "1.00", "", "1.00")
        .row("30201", "办公费", "1.00", "", "1.00")
        .row("303", "对个人和家庭的补助", "1.00", "1.00")).build();

    assertThat(run(ComplianceRules.ECONOMIC_TO_SECTION, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-007");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(
          Location.builder().table(TableKind.BASIC_EXPENDITURE).row(4).code("303").build());
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("类 303 对个人和家庭的补助 has no rows below"
          + " it: the basic expenditure must be disclosed to 款 (5 digits).");
    });
  }

  // --- BK-COMP-008 ------------------------------------------------------------------------------

  @Test
  void sectionsFireForAMissingSectionAndAnEmptyHeading() {
    // No 收入说明 at all; 政府采购 an empty heading and no procurement table.
    DepartmentBudget b = nineTables(budget())
        .narrative(n -> n
            .section(SectionKind.EXPENDITURE, "2、支出说明", "支出10.00万元。")
            .section(SectionKind.CHANGE, "3、比上年增减情况", "增加1.00万元。")
            .section(SectionKind.OPERATING_COSTS, "三、机关运行经费安排情况", "10.00万元。")
            .section(SectionKind.THREE_PUBLIC, "四、“三公”经费", THREE_PUBLIC_TEXT)
            .section(SectionKind.PROJECTS, "七、部门项目预算安排情况及绩效目标", "无项目。")
            .section(SectionKind.PROCUREMENT, "八、政府采购预算情况", "  ")
            .section(SectionKind.ASSETS, "九、国有资产信息", "无。"))
        .build();

    List<Finding> found = run(ComplianceRules.SECTIONS_PRESENT, b);

    assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::messageKey,
        Finding::location).containsExactly(
        tuple("BK-COMP-008", Severity.ERROR, "BK-COMP-008", section(SectionKind.INCOME)),
        tuple("BK-COMP-008", Severity.ERROR, "BK-COMP-008.empty",
            Location.of(SectionKind.PROCUREMENT, "八、政府采购预算情况")));
    assertThat(found.get(0).message(Locale.CHINESE)).isEqualTo("情况说明缺少必备部分：情况说明·收入说明。");
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The narrative lacks a required section: narrative: income.");
    assertThat(found.get(1).message(Locale.CHINESE)).isEqualTo("“八、政府采购预算情况”只有标题，下面没有内容。");
  }

  @Test
  void sectionsAcceptTablesAsTheContentOfTheirSectionAndFiguresStatedElsewhere() {
    // 项目 / 政府采购 / 国有资产 headings stand alone over their tables (all three fixtures);
    // 收入, 支出 and 比上年 are stated in section 二's single paragraph, as figures.
    DepartmentBudget b = complete().narrative(n -> n
        .section(SectionKind.OVERVIEW, "二、部门预算安排的总体情况",
            "收入10.00万元，支出10.00万元，较上年增加1.00万元。")
        .figure(FigureKind.INCOME, "收入", "10.00万元")
        .figure(FigureKind.EXPENDITURE, "支出", "10.00万元")
        .figure(FigureKind.CHANGE_TOTAL, "较上年增加", "1.00万元")
        .section(SectionKind.OPERATING_COSTS, "三、机关运行经费安排情况", "10.00万元。")
        .section(SectionKind.THREE_PUBLIC, "四、“三公”经费", THREE_PUBLIC_TEXT)
        .section(SectionKind.SPECIAL_FUNDS, "六、部门主管专项资金预算安排情况及绩效目标", "")
        .section(SectionKind.PROJECTS, "七、部门项目预算安排情况及绩效目标", "")
        .section(SectionKind.PROCUREMENT, "八、政府采购预算情况", "")
        .section(SectionKind.ASSETS, "九、国有资产信息", "")).build();

    assertThat(run(ComplianceRules.SECTIONS_PRESENT, b)).isEmpty();
  }

  @Test
  void sectionsReportAMissingNarrativeOnce() {
    assertThat(run(ComplianceRules.SECTIONS_PRESENT, complete().narrative(Narrative.empty())
        .build())).singleElement().satisfies(f -> {
          assertThat(f.messageKey()).isEqualTo("BK-COMP-008.narrative");
          assertThat(f.location()).isEqualTo(Location.builder().build());
          assertThat(f.message(Locale.ENGLISH))
              .isEqualTo("The disclosure has no narrative (情况说明) at all.");
        });
  }

  // --- BK-COMP-009 ------------------------------------------------------------------------------

  @Test
  void threePublicReasonFiresWhenOnlyTheAmountsAreStated() {
    // 海港区人民政府办公室 2024 L1583-1584.
    String heading = "四、财政拨款“三公”经费预算情况及增减变化原因";
    DepartmentBudget b = budget().narrative(n -> n.section(SectionKind.THREE_PUBLIC, heading,
        "2024年，我部门财政拨款“三公”经费预算安排9.69万元，其中：因公出国（境）费0万元；"
            + "公务用车购置及运维费9.01万元，（其中：公务用车购置费0万元，公务用车运行维护费9.01万元）；"
            + "公务接待费0.68万元。")).build();

    assertThat(run(ComplianceRules.THREE_PUBLIC_REASON, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-009");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(Location.of(SectionKind.THREE_PUBLIC, heading));
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("“" + heading + "”未说明“三公”经费比上年增减变化的原因。");
    });
  }

  @Test
  void threePublicReasonPassesWithAReasonAndSkipsAMissingSection() {
    DepartmentBudget b = budget().narrative(n -> n.section(SectionKind.THREE_PUBLIC, "四、",
        THREE_PUBLIC_TEXT)).build();

    assertThat(run(ComplianceRules.THREE_PUBLIC_REASON, b)).isEmpty();
    assertThat(run(ComplianceRules.THREE_PUBLIC_REASON, budget().build())).isEmpty();
  }

  @Test
  void changeReasonHeuristic() {
    // 海港区发展服务中心 2025 L1463 and 公安局经济技术开发区分局 2024 L567.
    assertThat(ChangeReason.isExplained("与2024年相比增加0.00万元，增减变化的主要原因是我部门无“三公”经费。"))
        .isTrue();
    assertThat(ChangeReason.isExplained("与2023年相比减少0.13万元，增减变化的主要原因是：公务接待费是以工资为"
        + "基数计算的，因我部门2023年退休2人，人员减少。")).isTrue();
    assertThat(ChangeReason.isExplained("比上年减少2.00万元，主要是公务用车减少。")).isTrue();
    assertThat(ChangeReason.isExplained("由于机构改革，“三公”经费比上年下降1.00万元。")).isTrue();
    assertThat(ChangeReason.isExplained("“三公”经费与上年持平。")).isTrue();
    assertThat(ChangeReason.isExplained("增减变化原因如下：\n人员减少，压减公务接待。")).isTrue();
    // Amounts only; 因公出国 is no cause; a reason of one word is none; a change without cause.
    assertThat(ChangeReason.isExplained("其中：因公出国（境）费0万元；公务接待费0.68万元。")).isFalse();
    assertThat(ChangeReason.isExplained("增减变化原因：无。")).isFalse();
    assertThat(ChangeReason.isExplained("比上年增加1.00万元。")).isFalse();
    assertThat(ChangeReason.isExplained("")).isFalse();
  }

  // --- BK-COMP-010 ------------------------------------------------------------------------------

  @Test
  void placeholdersFireWhereverTemplateTextIsLeft() {
    DepartmentBudget b = budget()
        .income(t -> t.total("1.00", "1.00", "1.00")
            .row("2010399", "某某支出", "1.00", "1.00", "1.00"))
        .narrative(n -> n.section(SectionKind.INCOME, "1、收入说明", "20XX年预算收入××万元。"))
        .project(p -> p.name("项目甲").goal("（填写绩效目标）"))
        .build();

    List<Finding> found = run(ComplianceRules.NO_PLACEHOLDERS, b);

    assertThat(found).extracting(f -> f.arguments().get("placeholder"), Finding::location)
        .containsExactly(
            tuple("某某", Location.builder().table(TableKind.INCOME).row(2).code("2010399")
                .column(2).columnName("科目名称").words("某某支出").build()),
            tuple("XX", Location.builder().section(SectionKind.INCOME)
                .words("20XX年预算收入××万元。").build()),
            tuple("××", Location.builder().section(SectionKind.INCOME)
                .words("20XX年预算收入××万元。").build()),
            tuple("填写", Location.builder().section(SectionKind.PROJECTS).subject("项目甲")
                .words("（填写绩效目标）").build()));
    assertThat(found).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-010");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(found.get(0).message(Locale.CHINESE)).isEqualTo("文中遗留模板占位符“某某”。");
  }

  @Test
  void placeholderPatternsAvoidOrdinaryText() {
    assertThat(Placeholders.find("XXL号服装、某项工作按要求填写，80元/人/年 × 143人，电话138****1234"))
        .isEmpty();
    assertThat(Placeholders.find("www.xxx.gov.cn 请填写 *** 待填写 ＸＸ单位"))
        .extracting(h -> h.placeholder)
        .containsExactly("xxx", "请填写", "***", "待填写", "ＸＸ");
  }

  @Test
  void placeholderContextStaysOnItsLine() {
    assertThat(Placeholders.find("第一行很长很长很长很长很长很长\n预算XX万元\n第三行"))
        .singleElement().satisfies(h -> assertThat(h.context).isEqualTo("预算XX万元"));
  }

  // --- BK-COMP-011, 012, 013 --------------------------------------------------------------------

  @Test
  void catalogNamesFireOnANameTheEditionDoesNotUse() {
    // PDF spacing and half-width parentheses are no difference; 行政运行支出 is.
    DepartmentBudget b = budget().expenditure(t -> t.total("2.00", "2.00")
        .row("2010301", "行政运行支出", "1.00", "1.00")
        .row("20103", "政府办公厅 (室) 及相关 机构事务", "1.00", "1.00")).build();

    assertThat(run(ComplianceRules.CATALOG_NAMES, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-011");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.EXPENDITURE).row(2)
          .code("2010301").column(2).columnName("科目名称").build());
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("Code 2010301 is printed as “行政运行支出”;"
          + " the 2025 edition of the classification names it “行政运行”.");
    });
  }

  @Test
  void catalogNamesUseTheEditionOfTheBudgetYear() {
    // 210 was 医疗卫生与计划生育支出 until the 2018 edition, 卫生健康支出 since 2019.
    DepartmentBudget old = DepartmentBudget.builder().department("1", "x").year(2018)
        .expenditure(t -> t.row("210", "医疗卫生与计划生育支出", "1.00")).build();
    DepartmentBudget current = DepartmentBudget.builder().department("1", "x").year(2025)
        .expenditure(t -> t.row("210", "医疗卫生与计划生育支出", "1.00")).build();

    assertThat(run(ComplianceRules.CATALOG_NAMES, old)).isEmpty();
    assertThat(run(ComplianceRules.CATALOG_NAMES, current)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("official", "卫生健康支出"));
  }

  @Test
  void knownCodesNotesACodeTheEditionLacks() {
    DepartmentBudget b = budget().expenditure(t -> t.total("1.00", "1.00")
        .row("2010301", "行政运行", "1.00", "1.00")
        .row("2010308", "信访事务", "1.00", "1.00")).build();

    assertThat(run(ComplianceRules.KNOWN_CODES, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-012");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.EXPENDITURE).row(3)
          .code("2010308").column(2).columnName("科目名称").build());
      assertThat(f.message(Locale.CHINESE)).isEqualTo("科目 2010308（信访事务）不在所用科目表的2025年版中。");
    });
    assertThat(run(ComplianceRules.CATALOG_NAMES, b)).isEmpty();
  }

  @Test
  void knownCodesNotesOnceWhenTheCatalogHasNoEditionForTheYear() {
    ClassificationCatalog recent = ClassificationCatalog.load(new StringReader(
        "scheme\tcode\tname\tsince\tuntil\tsummary_row\n"
            + "functional\t2010301\t行政运行\t2024\t\t\n"), "recent");
    DepartmentBudget b = DepartmentBudget.builder().department("1", "x").year(2015)
        .expenditure(t -> t.row("2010301", "行政运行", "1.00").row("2010302", "一般", "1.00"))
        .build();

    assertThat(RuleSet.of("x", List.of(ComplianceRules.KNOWN_CODES)).catalog(recent).validate(b)
        .findings()).singleElement().satisfies(f -> {
          assertThat(f.messageKey()).isEqualTo("BK-COMP-012.edition");
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message(Locale.ENGLISH))
              .isEqualTo("The catalog in use has no edition for 2015: code names were not checked.");
        });
  }

  @Test
  void sameNameAcrossTablesFiresAtTheLaterPrinting() {
    DepartmentBudget b = budget()
        .income(t -> t.row("2010301", "行政运行", "1.00"))
        .expenditure(t -> t.row("2010301", "行政运行支出", "1.00"))
        .generalPublicExpenditure(t -> t.row("2010301", "行政 运行", "1.00"))
        .build();

    assertThat(run(ComplianceRules.SAME_NAME_ACROSS_TABLES, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-COMP-013");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.EXPENDITURE).row(1)
          .code("2010301").column(2).columnName("科目名称").build());
      assertThat(f.related()).containsExactly(Location.builder().table(TableKind.INCOME).row(1)
          .code("2010301").column(2).columnName("科目名称").build());
      assertThat(f.message(Locale.CHINESE)).isEqualTo("科目 2010301 此处印为“行政运行支出”，在收入总表中印为“行政运行”。");
    });
  }

  @Test
  void sameNameAcrossTablesKeepsFunctionalAndEconomicCodesApart() {
    // The same digits in the functional and in the economic classification are two codes.
    DepartmentBudget b = budget()
        .expenditure(t -> t.row("302", "某功能类", "1.00"))
        .basicExpenditure(t -> t.row("302", "商品和服务支出", "1.00", "", "1.00"))
        .build();

    assertThat(run(ComplianceRules.SAME_NAME_ACROSS_TABLES, b)).isEmpty();
  }

  // --- BK-COMP-014 ------------------------------------------------------------------------------

  @Test
  void negativeAmountsFireInTablesProcurementAssetsAndProjects() {
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("-1.00", "-1.00"))
        .project(p -> p.name("项目甲").budget("-5.00"))
        .procurement(p -> p.item("项目甲", "5.00", "纸", "A", "包", "-2", "0.10", "-0.20",
            "-0.20"))
        .fixedAssets(a -> a.row("资产总额", "", "-3.00"))
        .build();

    List<Finding> found = run(ComplianceRules.NO_NEGATIVE_AMOUNTS, b);

    assertThat(found).extracting(Finding::messageKey, Finding::location).containsExactly(
        tuple("BK-COMP-014", Location.builder().table(TableKind.EXPENDITURE).row(1).code("合计")
            .column(3).columnName("合计").build()),
        tuple("BK-COMP-014", Location.builder().table(TableKind.EXPENDITURE).row(1).code("合计")
            .column(4).columnName("基本支出").build()),
        tuple("BK-COMP-014", Location.builder().section(SectionKind.PROJECTS).subject("项目甲")
            .words("预算数").build()),
        tuple("BK-COMP-014.quantity", procurement(6, "数量")),
        tuple("BK-COMP-014", procurement(8, "合计")),
        tuple("BK-COMP-014", procurement(9, "一般公共预算拨款")),
        tuple("BK-COMP-014", Location.builder().section(SectionKind.ASSETS).subject("资产总额")
            .column(3).columnName("价值").build()));
    assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(found.get(0).actual()).contains(Amount.parse("-1.00"));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The amount -1.00 is negative; a budget prints no negative amounts.");
    assertThat(found.get(3).message(Locale.CHINESE)).isEqualTo("数量 -2 为负数。");
  }

  private static Location procurement(int column, String name) {
    return Location.builder().section(SectionKind.PROCUREMENT).subject("项目甲").words("纸")
        .column(column).columnName(name).build();
  }

  @Test
  void negativeAmountsPassOnZeroAndPositiveAmounts() {
    DepartmentBudget b = budget().threePublic(t -> t.row("“三公”经费小计", "0", "0")).build();

    assertThat(run(ComplianceRules.NO_NEGATIVE_AMOUNTS, b)).isEmpty();
  }

  // --- messages ---------------------------------------------------------------------------------

  @Test
  void everyMessageHasItsPlaceholdersFilled() {
    List<Finding> all = new ArrayList<>();
    for (Fixture f : Fixture.values()) {
      all.addAll(RULES.validate(f.budget()).findings());
    }
    all.addAll(RULES.validate(budget().unitBudget().build()).findings());
    for (Finding f : all) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertThat(f.message(l)).as("%s %s", f, l).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  // --- the fixtures -----------------------------------------------------------------------------

  @Test
  void developmentServiceCenter2025() {
    // All nine tables in order (L1-1428); tables 7, 8, 9 are empty with the profile's notes
    // (L1362, L1396, L1428); tables 2, 3, 5 reach 项 and table 6 款; every required section is
    // written, 六 (L1490) is an empty heading but not required, 七 and 八 (L1491, L1967) stand
    // over their tables; the 三公 paragraph gives a reason (L1463: 主要原因是我部门无“三公”经费);
    // names match the 2025 edition and one another; nothing negative, no placeholder.
    DepartmentBudget b = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).isEmpty();
  }

  @Test
  void governmentOffice2024() {
    DepartmentBudget b = Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget();
    String note = "注：无政府基金预算财政拨款预算，空表列示。";
    String heading = "四、财政拨款“三公”经费预算情况及增减变化原因";

    List<Finding> found = RULES.validate(b).findings();

    assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::location)
        .containsExactly(
            // L1418: table 7's note reads 政府基金 where the title (L1385) and the profile say
            // 政府性基金; still an unmistakable 空表 note: informational.
            tuple("BK-COMP-005", Severity.INFO, Location.builder()
                .table(TableKind.GOVERNMENT_FUND_EXPENDITURE).words(note).build()),
            // L1577-1579: section 二 is one paragraph with no 1、收入说明, 2、支出说明 or
            // 3、比上年增减情况 and states no figure: the three required paragraphs are missing.
            tuple("BK-COMP-008", Severity.ERROR, section(SectionKind.INCOME)),
            tuple("BK-COMP-008", Severity.ERROR, section(SectionKind.EXPENDITURE)),
            tuple("BK-COMP-008", Severity.ERROR, section(SectionKind.CHANGE)),
            // L1583-1584: the heading promises 增减变化原因, the paragraph gives amounts only.
            tuple("BK-COMP-009", Severity.WARNING, Location.of(SectionKind.THREE_PUBLIC, heading)));
  }

  @Test
  void publicSecurityBureau2024() {
    // L479: the same 政府基金 note as the government office (informational). Everything else
    // holds: 六 says 无。 (L673) and 十一 is an empty heading (L1049), neither required; the 三公
    // paragraph explains its decrease (L567: 主要原因是：公务接待费是以工资为基数计算的…).
    DepartmentBudget b = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget();

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::location)
        .containsExactly(tuple("BK-COMP-005", Severity.INFO, Location.builder()
            .table(TableKind.GOVERNMENT_FUND_EXPENDITURE)
            .words("注：无政府基金预算财政拨款预算，空表列示。").build()));
  }
}
