package io.budgetkit.testkit;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.StandardRows;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.core.table.SummaryRows;
import java.util.List;
import java.util.Objects;

/**
 * Budgets of a chosen size, for tests and benchmarks of how validation and consolidation time
 * grow with the size of a document: a hostile or merely large input (a 25 MB JSON holds some
 * 200,000 rows) must take time in proportion to its size, not to its square.
 *
 * <p>A budget of {@code rows} rows prints about that many rows in each of the 收入总表, the 支出总表
 * and the 一般公共预算财政拨款支出表 (synthetic functional codes: 类 100 to 999, 20 款 per 类,
 * 10 项 per 款; each 项 prints 基本支出 1.00 and 项目支出 2.00, 合计 3.00), half as many in the 基本支出表 (economic 类 400 to 999, 99 款 each, at most
 * 59,400 rows), one 收支总表 and 财政拨款收支总表 row per 类, and a hundredth or a tenth of
 * {@code rows} projects, 政府采购 lines, asset rows, organisation units and listed project amounts,
 * each with the narrative that states them. Everything adds up, except in {@link
 * #withBrokenRows}, where every row of the 支出总表 prints a 合计 of one 万元 more than its 基本支出
 * and 项目支出: one row-sum finding per row (and, the 合计 column no longer rolling up, one per
 * 类 and 款 and for the 合计 row).
 *
 * <p>The budget year is 2014, before the bundled catalog's first edition, so that the catalog
 * rules report the missing edition once instead of each synthetic code. Building a budget of
 * 200,000 rows takes about a second and some 300 MB of heap.
 *
 * <p>Stateless and thread-safe.
 */
public final class LargeBudgets {

  /** The budget year: before the bundled catalog's first edition (2015). */
  public static final int YEAR = 2014;

  private static final int SECTIONS_PER_CLASS = 20;
  private static final int ITEMS_PER_SECTION = 10;
  private static final int ROWS_PER_CLASS = 1 + SECTIONS_PER_CLASS
      + SECTIONS_PER_CLASS * ITEMS_PER_SECTION;
  private static final int MAX_CLASSES = 900;
  private static final int ECONOMIC_SECTIONS = 99;
  private static final int MAX_ECONOMIC_CLASSES = 600;

  /** One 项's 基本支出 and 项目支出, in 0.01 万元. */
  private static final long ITEM_BASIC = 100;
  private static final long ITEM_PROJECT = 200;

  private LargeBudgets() {}

  /**
   * Returns a budget of about {@code rows} rows per functional table that passes the roll-up,
   * row-sum, balance and cross-table rules.
   *
   * @param rows the rows of each functional table, at least 1
   * @return the budget, department 980
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public static DepartmentBudget consistent(int rows) {
    return consistent(rows, "980", "大型测试部门");
  }

  /**
   * Returns a budget of about {@code rows} rows per functional table that passes the roll-up,
   * row-sum, balance and cross-table rules, for a given department (to consolidate several).
   *
   * @param rows the rows of each functional table, at least 1
   * @param departmentCode letters and digits
   * @param departmentName the department's name
   * @return the budget
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public static DepartmentBudget consistent(int rows, String departmentCode,
      String departmentName) {
    return new Draft(rows, false, departmentCode, departmentName).build();
  }

  /**
   * Returns a budget like {@link #consistent(int)} whose 支出总表 prints, in every row, a 合计 one
   * 万元 above 基本支出 + 项目支出: a finding per row.
   *
   * @param rows the rows of each functional table, at least 1
   * @return the budget, department 980
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public static DepartmentBudget withBrokenRows(int rows) {
    return new Draft(rows, true, "980", "大型测试部门").build();
  }

  /**
   * Returns the number of rows a functional table of a budget of {@code rows} rows prints: the
   * 合计 row and whole 类 of 221 rows each.
   *
   * @param rows the size asked for
   * @return the rows printed in each functional table
   */
  public static int functionalRows(int rows) {
    return 1 + classes(rows) * ROWS_PER_CLASS;
  }

  private static int classes(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("A budget has at least one row, was " + rows);
    }
    return Math.max(1, Math.min(MAX_CLASSES, Math.round(rows / (float) ROWS_PER_CLASS)));
  }

  /** Amounts in 0.01 万元 as printed. */
  private static String cell(long hundredths) {
    return hundredths / 100 + "." + String.format("%02d", hundredths % 100);
  }

  /** One budget being drawn: the sizes, then the printing. */
  private static final class Draft {
    private final boolean broken;
    private final String code;
    private final String name;
    private final int classes;
    private final int items;
    private final int economicClasses;
    private final int projects;
    private final int purchases;
    private final int assets;
    private final int units;
    private final long basicTotal;
    private final long projectTotal;
    private final long total;

    Draft(int rows, boolean broken, String code, String name) {
      this.broken = broken;
      this.code = Objects.requireNonNull(code, "code");
      this.name = Objects.requireNonNull(name, "name");
      this.classes = classes(rows);
      this.items = classes * SECTIONS_PER_CLASS * ITEMS_PER_SECTION;
      this.economicClasses = Math.max(1, Math.min(MAX_ECONOMIC_CLASSES,
          (rows / 2 + ECONOMIC_SECTIONS) / (ECONOMIC_SECTIONS + 1)));
      this.projects = Math.max(1, rows / 100);
      this.purchases = Math.max(1, rows / 10);
      this.assets = Math.max(1, rows / 10);
      this.units = Math.max(1, rows / 100);
      this.basicTotal = items * ITEM_BASIC;
      this.projectTotal = items * ITEM_PROJECT;
      this.total = basicTotal + projectTotal;
    }

    DepartmentBudget build() {
      DisclosureProfile profile = DisclosureProfile.common();
      BudgetBuilder b = DepartmentBudget.builder().department(code, name).year(YEAR)
          .profile(profile);
      b.summary(this::summary);
      b.income(this::income);
      b.expenditure(t -> basicAndProject(t, broken));
      b.fiscalSummary(this::fiscalSummary);
      b.generalPublicExpenditure(t -> basicAndProject(t, false));
      b.basicExpenditure(this::economic);
      b.governmentFundExpenditure(t -> t.note(emptyNote(profile,
          TableKind.GOVERNMENT_FUND_EXPENDITURE)));
      b.stateCapitalExpenditure(t -> t.note(emptyNote(profile,
          TableKind.STATE_CAPITAL_EXPENDITURE)));
      b.threePublic(t -> t.note(emptyNote(profile, TableKind.THREE_PUBLIC)));
      b.organisationTitle("部门机构设置情况");
      for (int i = 1; i <= units; i++) {
        b.organisationUnit(name + "第" + i + "单位", "行政", "正科级", "财政拨款");
      }
      long[] budgets = projectBudgets();
      for (int i = 0; i < projects; i++) {
        b.project(project(i, budgets[i]));
      }
      b.procurement(procurement(budgets));
      b.fixedAssets(fixedAssets());
      b.narrative(narrative(budgets));
      return b.build();
    }

    private static String emptyNote(DisclosureProfile profile, TableKind kind) {
      return profile.requireLayout(kind).emptyNote()
          .orElse("注：无" + kind.baseTitle() + "数据，空表列示。");
    }

    private static String classCode(int c) {
      return Integer.toString(100 + c);
    }

    private static String sectionCode(int c, int s) {
      return classCode(c) + String.format("%02d", s + 1);
    }

    private static String itemCode(int c, int s, int i) {
      return sectionCode(c, s) + String.format("%02d", i + 1);
    }

    /** 合计, 基本支出, 项目支出 of a row summing {@code n} 项; the 合计 one 万元 high if broken. */
    private static String[] basicAndProject(long n, boolean broken) {
      long basic = n * ITEM_BASIC;
      long project = n * ITEM_PROJECT;
      return new String[] {cell(basic + project + (broken ? 100 : 0)), cell(basic),
          cell(project)};
    }

    /** 支出总表 and tables 5: 合计, then every 类 with its 款 and their 项. */
    private void basicAndProject(CodedRows<FunctionCode> t, boolean broken) {
      t.total(basicAndProject(items, broken));
      functionalRows(t, n -> basicAndProject(n, broken));
    }

    /** 收入总表: 合计 = 小计 = 财政拨款收入. */
    private void income(CodedRows<FunctionCode> t) {
      t.total(income(items));
      functionalRows(t, LargeBudgets.Draft::income);
    }

    private static String[] income(long n) {
      String all = cell(n * (ITEM_BASIC + ITEM_PROJECT));
      return new String[] {all, all, all};
    }

    private void functionalRows(CodedRows<FunctionCode> t,
        java.util.function.LongFunction<String[]> cells) {
      for (int c = 0; c < classes; c++) {
        t.row(classCode(c), "支出类" + classCode(c),
            cells.apply((long) SECTIONS_PER_CLASS * ITEMS_PER_SECTION));
        for (int s = 0; s < SECTIONS_PER_CLASS; s++) {
          t.row(sectionCode(c, s), "支出款" + sectionCode(c, s), cells.apply(ITEMS_PER_SECTION));
          for (int i = 0; i < ITEMS_PER_SECTION; i++) {
            t.row(itemCode(c, s, i), "支出项" + itemCode(c, s, i), cells.apply(1));
          }
        }
      }
    }

    /** 基本支出表: 合计 = 人员经费, spread over economic 款 so that it equals table 5's 基本支出. */
    private void economic(CodedRows<EconomicCode> t) {
      int sections = economicClasses * ECONOMIC_SECTIONS;
      long each = basicTotal / sections;
      long first = each + basicTotal % sections;
      t.total(personnel(basicTotal));
      for (int c = 0; c < economicClasses; c++) {
        String cls = Integer.toString(400 + c);
        t.row(cls, "经济类" + cls, personnel(each * ECONOMIC_SECTIONS + (c == 0 ? first - each : 0)));
        for (int s = 0; s < ECONOMIC_SECTIONS; s++) {
          String sec = cls + String.format("%02d", s + 1);
          t.row(sec, "经济款" + sec, personnel(c == 0 && s == 0 ? first : each));
        }
      }
    }

    private static String[] personnel(long amount) {
      return new String[] {cell(amount), cell(amount)};
    }

    /** 收支总表: all income is 一般公共预算拨款收入; one expenditure row per 类. */
    private void summary(SummaryRows t) {
      List<String> incomeItems = StandardRows.incomeItems(TableKind.SUMMARY,
          io.budgetkit.core.profile.BudgetKind.DEPARTMENT);
      long classTotal = (long) SECTIONS_PER_CLASS * ITEMS_PER_SECTION
          * (ITEM_BASIC + ITEM_PROJECT);
      for (int i = 0; i < Math.max(classes, incomeItems.size()); i++) {
        String item = i < incomeItems.size() ? incomeItems.get(i) : "";
        String amount = i == 0 ? cell(total) : "";
        if (i < classes) {
          t.row(item, amount, "支出类" + classCode(i), cell(classTotal));
        } else {
          t.row(item, amount, "");
        }
      }
      List<StandardRows.ClosingRow> closing = StandardRows.closingRows(TableKind.SUMMARY);
      t.row(closing.get(0).incomeItem(), cell(total), closing.get(0).expenditureItem(),
          cell(total));
      t.row(closing.get(1).incomeItem(), "", closing.get(1).expenditureItem());
      t.row(closing.get(2).incomeItem(), cell(total), closing.get(2).expenditureItem(),
          cell(total));
    }

    /** 财政拨款收支总表: everything is 一般公共预算; one expenditure row per 类. */
    private void fiscalSummary(SummaryRows t) {
      List<String> incomeItems = StandardRows.incomeItems(TableKind.FISCAL_SUMMARY,
          io.budgetkit.core.profile.BudgetKind.DEPARTMENT);
      long classTotal = (long) SECTIONS_PER_CLASS * ITEMS_PER_SECTION
          * (ITEM_BASIC + ITEM_PROJECT);
      for (int i = 0; i < Math.max(classes, incomeItems.size()); i++) {
        String item = i < incomeItems.size() ? incomeItems.get(i) : "";
        String amount = i < incomeItems.size() ? cell(i == 0 ? total : 0) : "";
        if (i < classes) {
          t.row(item, amount, "支出类" + classCode(i), cell(classTotal), cell(classTotal),
              "0.00", "0.00");
        } else {
          t.row(item, amount, "");
        }
      }
      String[] totals = {cell(total), cell(total), "0.00", "0.00"};
      List<StandardRows.ClosingRow> closing = StandardRows.closingRows(TableKind.FISCAL_SUMMARY);
      for (int i = 0; i < closing.size(); i++) {
        StandardRows.ClosingRow row = closing.get(i);
        boolean totalRow = i == 0 || i == closing.size() - 1;
        t.row(row.incomeItem(), totalRow ? cell(total) : "", row.expenditureItem(),
            totalRow ? totals : new String[0]);
      }
    }

    /** The projects' 预算数: 项目支出 shared out, the remainder on the first. */
    private long[] projectBudgets() {
      long[] budgets = new long[projects];
      long each = projectTotal / projects;
      java.util.Arrays.fill(budgets, each);
      budgets[0] += projectTotal % projects;
      return budgets;
    }

    private static String projectName(int i) {
      return "第" + (i + 1) + "号专项工作经费项目";
    }

    private static ProjectPerformance project(int i, long budget) {
      ProjectPerformance.Builder b = ProjectPerformance.builder();
      b.title((i + 1) + "、" + projectName(i) + "绩效目标表")
          .name(projectName(i))
          .budget(cell(budget))
          .fiscalFunds(cell(budget))
          .purpose("主要用于" + projectName(i) + "相关支出，保障年度工作任务完成。")
          .quarterlyPlan("资金支出计划（%）", "25%", "50%", "75%", "100%")
          .goal("1.按期完成年度工作任务。");
      b.indicator("产出指标", "数量指标", "完成工作任务数量", "年度内完成的工作任务数量", "≥1项",
          "年初工作计划");
      b.indicator("产出指标", "成本指标", "预算支出金额", "实际支出不超过预算数",
          "≤" + cell(budget) + "万元", "年初工作计划");
      return b.build();
    }

    /**
     * 政府采购预算: one line of 0.01 万元 per purchase, each under a project (in turn) with that
     * project's 预算数 as its 预算资金.
     */
    private Procurement procurement(long[] budgets) {
      Procurement.Builder p = Procurement.builder();
      p.title("部门政府采购预算");
      String sum = cell(purchases);
      String[] totals = {sum, sum, "", "", "", "", "", ""};
      p.total("合计", totals);
      p.subtotal(name + "本级小计", totals);
      for (int i = 0; i < purchases; i++) {
        int project = i % projects;
        p.item(projectName(project), cell(budgets[project]), "办公设备" + (i + 1), "A02010105",
            "台", "1", "0.01", "0.01", "0.01", "", "", "", "", "", "");
      }
      return p.build();
    }

    /** 固定资产占用情况表: 资产总额 and one asset of 1.00 万元 per row. */
    private FixedAssets fixedAssets() {
      FixedAssets.Builder a = FixedAssets.builder();
      a.title("部门固定资产占用情况表").asOf(YEAR - 1 + "-12-31");
      a.row("资产总额", Integer.toString(assets), cell(assets * 100L));
      for (int i = 1; i <= assets; i++) {
        a.row("第" + i + "类资产", "1", "1.00");
      }
      return a.build();
    }

    /** The 情况说明: every figure stated in its section's text; the projects listed by name. */
    private Narrative narrative(long[] budgets) {
      Narrative.Builder n = Narrative.builder();
      n.section(SectionKind.INCOME, "1、收入说明", YEAR + "年预算收入" + cell(total) + "万元。");
      n.figure(FigureKind.INCOME, "预算收入", cell(total) + "万元");
      StringBuilder expenditure = new StringBuilder();
      expenditure.append(YEAR).append("年支出预算").append(cell(total)).append("万元，基本支出")
          .append(cell(basicTotal)).append("万元，项目支出").append(cell(projectTotal))
          .append("万元，主要为");
      n.figure(FigureKind.EXPENDITURE, "支出预算", cell(total) + "万元");
      n.figure(FigureKind.BASIC_EXPENDITURE, "基本支出", cell(basicTotal) + "万元");
      n.figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", cell(projectTotal) + "万元");
      for (int i = 0; i < projects; i++) {
        expenditure.append(i == 0 ? "" : "，").append(projectName(i)).append(cell(budgets[i]))
            .append("万元");
        n.figure(FigureKind.PROJECT_AMOUNT, projectName(i), projectName(i),
            cell(budgets[i]) + "万元");
      }
      n.section(SectionKind.EXPENDITURE, "2、支出说明", expenditure.append("。").toString());
      n.section(SectionKind.CHANGE, "3、比上年增减情况", YEAR + "年预算与上年持平。");
      n.section(SectionKind.OPERATING_COSTS, "二、机关运行经费安排情况",
          "机关运行经费详见基本支出表。");
      n.section(SectionKind.THREE_PUBLIC, "三、财政拨款“三公”经费预算情况及增减变化原因",
          "无财政拨款“三公”经费支出预算，与上年持平。");
      n.section(SectionKind.PROJECTS, "四、项目预算安排情况及绩效目标",
          "共安排项目" + projects + "个，各项目绩效目标详见项目绩效目标表。");
      n.section(SectionKind.PROCUREMENT, "五、政府采购预算情况",
          "政府采购预算总额" + cell(purchases) + "万元，详见政府采购预算表。");
      n.section(SectionKind.ASSETS, "六、国有资产信息",
          "上年末固定资产金额为" + cell(assets * 100L) + "万元。");
      n.figure(FigureKind.FIXED_ASSETS, "上年末固定资产金额为", cell(assets * 100L) + "万元");
      return n.build();
    }
  }
}
