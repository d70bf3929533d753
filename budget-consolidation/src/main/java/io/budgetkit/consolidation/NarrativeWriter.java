package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes the consolidated budget's 情况说明: plain sentences stating the figures of the
 * consolidated tables (收入, 支出, 基本, 项目, 人员经费, 公用经费, 机关运行经费, “三公” lines, project
 * amounts) and the sums of the inputs' figures that no table holds ({@link FigureSum}). Each
 * figure is written right after its words, in its own sentence, so that the narrative rules find
 * it; a figure that cannot be stated is left out with its sentence.
 */
final class NarrativeWriter {

  /** Who is added when the narrative adds up consolidated amounts, for an overflow's message. */
  private static final Supplier<String> CONSOLIDATED = () -> "all the consolidated budgets'";

  /** At most this many projects are listed with their amounts. */
  static final int LISTED_PROJECTS = 50;

  private final DepartmentBudget b;
  private final FigureSum sums;
  private final Narrative.Builder n = Narrative.builder();
  private final String k;

  NarrativeWriter(DepartmentBudget tablesAndSections, FigureSum sums) {
    this.b = tablesAndSections;
    this.sums = sums;
    this.k = b.kind().label();
  }

  Narrative write() {
    n.preamble(b.departmentName() + b.year() + "年" + k + "预算汇总情况说明");
    n.section(SectionKind.OVERVIEW, "一、" + k + "预算安排的总体情况", "本说明汇总" + b.departmentName()
        + "所属各部门（单位）" + b.year() + "年预算，收支数为各部门（单位）预算之和。");
    income();
    expenditure();
    change();
    operatingCosts();
    threePublic();
    projects();
    procurement();
    assets();
    return n.build();
  }

  private static String wan(Amount a) {
    return a + "万元";
  }

  private void income() {
    StringBuilder text = new StringBuilder();
    Optional<Amount> total = summaryIncome("收入总计");
    total.ifPresent(t -> {
      text.append(b.year()).append("年预算收入").append(wan(t));
      n.figure(FigureKind.INCOME, "预算收入", wan(t));
    });
    List<String> parts = new ArrayList<>();
    source(parts, FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入", summaryIncome("一般公共预算拨款收入"));
    source(parts, FigureKind.INCOME_GOVERNMENT_FUND, "基金预算收入", summaryIncome("政府性基金预算拨款收入"));
    source(parts, FigureKind.INCOME_STATE_CAPITAL, "国有资本经营预算收入",
        summaryIncome("国有资本经营预算拨款收入"));
    source(parts, FigureKind.INCOME_SPECIAL_ACCOUNT, "财政专户核拨收入", summaryIncome("财政专户管理资金收入"));
    Optional<Amount> unitFunds = summaryIncome("单位资金");
    if (unitFunds.isEmpty()) {
      unitFunds = sumOf(List.of("事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"));
    }
    source(parts, FigureKind.INCOME_UNIT_FUNDS, "单位资金收入", unitFunds);
    source(parts, FigureKind.INCOME_CARRYOVER, "上年结转结余", summaryIncome("上年结转结余"));
    if (!parts.isEmpty()) {
      text.append(text.length() == 0 ? "其中：" : "，其中：").append(String.join("，", parts));
    }
    n.section(SectionKind.INCOME, "1、收入说明", text.length() == 0 ? "收入情况详见收支总表。"
        : text.append("。").toString());
  }

  private void source(List<String> parts, FigureKind kind, String words, Optional<Amount> value) {
    value.ifPresent(v -> {
      parts.add(words + wan(v));
      n.figure(kind, words, wan(v));
    });
  }

  private Optional<Amount> sumOf(List<String> items) {
    Amount sum = null;
    for (String item : items) {
      Optional<Amount> a = summaryIncome(item);
      if (a.isPresent()) {
        sum = sum == null ? a.get() : Cells.plus(sum, a.get(), () -> "收支总表 单位资金",
            CONSOLIDATED);
      }
    }
    return Optional.ofNullable(sum);
  }

  private void expenditure() {
    Optional<Amount> total = expenditureTotal("合计");
    Optional<Amount> basic = expenditureTotal("基本支出");
    Optional<Amount> personnel = basicTotal("人员经费");
    Optional<Amount> publicExpenses = basicTotal("公用经费");
    Optional<Amount> project = expenditureTotal("项目支出");
    List<String> parts = new ArrayList<>();
    total.ifPresent(t -> {
      parts.add(b.year() + "年支出预算" + wan(t));
      n.figure(FigureKind.EXPENDITURE, "支出预算", wan(t));
    });
    basic.ifPresent(v -> {
      StringBuilder s = new StringBuilder("基本支出" + wan(v));
      n.figure(FigureKind.BASIC_EXPENDITURE, "基本支出", wan(v));
      if (personnel.isPresent() && publicExpenses.isPresent()) {
        s.append("，包括人员经费").append(wan(personnel.get())).append("和日常公用经费")
            .append(wan(publicExpenses.get()));
        n.figure(FigureKind.PERSONNEL, "人员经费", wan(personnel.get()));
        n.figure(FigureKind.PUBLIC_EXPENSES, "日常公用经费", wan(publicExpenses.get()));
      }
      parts.add(s.toString());
    });
    project.ifPresent(v -> {
      StringBuilder s = new StringBuilder("项目支出" + wan(v));
      n.figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", wan(v));
      List<ProjectPerformance> listed = listedProjects(v);
      for (int i = 0; i < listed.size(); i++) {
        ProjectPerformance p = listed.get(i);
        s.append(i == 0 ? "，主要为" : "，").append(p.name()).append(wan(p.budget().get()));
        n.figure(FigureKind.PROJECT_AMOUNT, p.name(), p.name(), wan(p.budget().get()));
      }
      parts.add(s.toString());
    });
    n.section(SectionKind.EXPENDITURE, "2、支出说明", parts.isEmpty() ? "支出情况详见支出总表。"
        : String.join("；", parts) + "。");
  }

  /**
   * The projects listed with their amounts: all of them when their names tell them apart, each
   * has a 预算数 and together they make up the 项目支出; none otherwise.
   */
  private List<ProjectPerformance> listedProjects(Amount projectExpenditure) {
    List<ProjectPerformance> projects = b.projects();
    Set<String> names = new HashSet<>();
    Amount sum = Amount.ZERO;
    for (ProjectPerformance p : projects) {
      if (!names.add(Text.matchKey(p.name())) || p.budget().isEmpty()) {
        return List.of();
      }
      sum = Cells.plus(sum, p.budget().get(), () -> "项目绩效目标表 预算数", CONSOLIDATED);
    }
    if (projects.size() > LISTED_PROJECTS || !sum.equals(projectExpenditure)) {
      return List.of();
    }
    return projects;
  }

  private void change() {
    int last = b.year() - 1;
    StringBuilder text = new StringBuilder();
    summaryIncome("收入总计").ifPresent(t -> {
      text.append(b.year()).append("年预算收支安排").append(wan(t));
      n.figure(FigureKind.CHANGE_BASE, "预算收支安排", wan(t));
    });
    List<String> parts = new ArrayList<>();
    stated(parts, FigureKind.CHANGE_TOTAL, "较" + last + "年预算");
    List<String> details = new ArrayList<>();
    stated(details, FigureKind.CHANGE_BASIC, "基本支出");
    stated(details, FigureKind.CHANGE_PROJECT, "项目支出");
    if (!details.isEmpty()) {
      parts.add((parts.isEmpty() ? "" : "其中：") + String.join("，", details));
    }
    if (!parts.isEmpty()) {
      text.append(text.length() == 0 ? "" : "，").append(String.join("，", parts));
    }
    n.section(SectionKind.CHANGE, "3、比上年增减情况", text.length() == 0
        ? "比上年增减情况详见各部门（单位）预算。" : text.append("。").toString());
  }

  /** States a summed change: its words with the direction of the sign, then the amount. */
  private void stated(List<String> parts, FigureKind kind, String subject) {
    sums.sum(kind).ifPresent(v -> {
      String words = subject + (v.isNegative() ? "减少" : "增加");
      parts.add(words + wan(v.abs()));
      n.figure(kind, words, wan(v.abs()));
    });
  }

  private void operatingCosts() {
    Optional<Amount> costs = basicTotal("公用经费");
    StringBuilder text = new StringBuilder(b.year() + "年，" + b.departmentName());
    if (costs.isEmpty()) {
      n.section(SectionKind.OPERATING_COSTS, "二、机关运行经费安排情况",
          text.append("机关运行经费详见基本支出表。").toString());
      return;
    }
    text.append("机关运行经费共计安排").append(wan(costs.get()));
    n.figure(FigureKind.OPERATING_COSTS, "机关运行经费共计安排", wan(costs.get()));
    List<CodedRow<EconomicCode>> parts = new ArrayList<>();
    Amount sum = Amount.ZERO;
    OptionalInt total = b.basicExpenditure().map(t -> column(t, "合计")).orElse(OptionalInt.empty());
    if (total.isPresent()) {
      for (CodedRow<EconomicCode> r : b.basicExpenditure().get().rows()) {
        if (r.code().filter(c -> c.level() == CodeLevel.SECTION && c.value().startsWith("302"))
            .isPresent() && r.cell(total.getAsInt()).isPresent()) {
          parts.add(r);
          sum = Cells.plus(sum, r.amount(total.getAsInt()), () -> "基本支出表 302 合计",
              CONSOLIDATED);
        }
      }
    }
    if (!parts.isEmpty() && sum.equals(costs.get())) {
      for (int i = 0; i < parts.size(); i++) {
        CodedRow<EconomicCode> r = parts.get(i);
        String value = wan(r.amount(total.getAsInt()));
        text.append(i == 0 ? "，其中：" : "，").append(r.name()).append(value);
        n.figure(FigureKind.OPERATING_COSTS_COMPONENT, r.name(), r.name(), value);
      }
    }
    n.section(SectionKind.OPERATING_COSTS, "二、机关运行经费安排情况", text.append("。").toString());
  }

  private void threePublic() {
    int last = b.year() - 1;
    StringBuilder text = new StringBuilder(b.year() + "年，" + b.departmentName());
    Optional<ThreePublicTable> table = b.threePublic();
    Optional<Amount> subtotal = threePublicLine(ThreePublicLine.SUBTOTAL)
        .or(() -> threePublicLine(ThreePublicLine.TOTAL));
    if (subtotal.isPresent()) {
      text.append("财政拨款“三公”经费预算安排").append(wan(subtotal.get()));
      n.figure(FigureKind.THREE_PUBLIC, "财政拨款“三公”经费预算安排", wan(subtotal.get()));
      List<String> parts = new ArrayList<>();
      line(parts, FigureKind.THREE_PUBLIC_OVERSEAS, "因公出国（境）费", ThreePublicLine.OVERSEAS);
      line(parts, FigureKind.THREE_PUBLIC_VEHICLES, "公务用车购置及运维费", ThreePublicLine.VEHICLES);
      line(parts, FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费",
          ThreePublicLine.VEHICLE_PURCHASE);
      line(parts, FigureKind.THREE_PUBLIC_VEHICLE_OPERATION, "公务用车运行维护费",
          ThreePublicLine.VEHICLE_OPERATION);
      line(parts, FigureKind.THREE_PUBLIC_RECEPTION, "公务接待费", ThreePublicLine.RECEPTION);
      if (!parts.isEmpty()) {
        text.append("，其中").append(String.join("，", parts));
      }
      text.append("。");
    } else {
      text.append("财政拨款“三公”经费预算详见“三公”经费支出表。");
    }
    if (table.isPresent() && !table.get().isEmpty()) {
      List<String> others = new ArrayList<>();
      threePublicLine(ThreePublicLine.MEETINGS).ifPresent(v -> others.add("会议费" + wan(v)));
      threePublicLine(ThreePublicLine.TRAINING).ifPresent(v -> others.add("培训费" + wan(v)));
      if (!others.isEmpty()) {
        text.append("另安排").append(String.join("，", others)).append("。");
      }
    }
    sums.sum(FigureKind.THREE_PUBLIC_CHANGE).ifPresent(v -> {
      String words = "与" + last + "年相比" + (v.isNegative() ? "减少" : "增加");
      text.append(words).append(wan(v.abs())).append("。");
      n.figure(FigureKind.THREE_PUBLIC_CHANGE, words, wan(v.abs()));
    });
    text.append("增减变化的主要原因是所属各部门（单位）“三公”经费预算安排的变化。");
    n.section(SectionKind.THREE_PUBLIC, "三、财政拨款“三公”经费预算情况及增减变化原因",
        text.toString());
  }

  private void line(List<String> parts, FigureKind kind, String words, ThreePublicLine line) {
    threePublicLine(line).ifPresent(v -> {
      parts.add(words + wan(v));
      n.figure(kind, words, wan(v));
    });
  }

  /** A line's 合计 in the “三公” table; every line is zero in a table printed empty. */
  private Optional<Amount> threePublicLine(ThreePublicLine line) {
    Optional<ThreePublicTable> table = b.threePublic();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    if (table.get().isEmpty()) {
      return line == ThreePublicLine.SUBTOTAL || line.compareTo(ThreePublicLine.RECEPTION) <= 0
          ? Optional.of(Amount.ZERO) : Optional.empty();
    }
    OptionalInt c = column(table.get(), "合计");
    if (c.isEmpty()) {
      return Optional.empty();
    }
    return table.get().row(line).map(r -> r.amount(c.getAsInt()));
  }

  private void projects() {
    int count = b.projects().size();
    n.section(SectionKind.PROJECTS, "四、" + k + "项目预算安排情况及绩效目标", count == 0
        ? b.departmentName() + b.year() + "年无项目支出预算。"
        : b.year() + "年共安排项目" + count + "个，各项目绩效目标详见项目绩效目标表。");
  }

  private void procurement() {
    Optional<Amount> total = b.procurement().flatMap(p -> p.total())
        .map(l -> l.amount(FundingSource.TOTAL));
    boolean lines = b.procurement().map(p -> p.lines().stream()
        .anyMatch(l -> l.kind() == ProcurementLine.Kind.ITEM)).orElse(false);
    n.section(SectionKind.PROCUREMENT, "五、政府采购预算情况", total.isPresent() && lines
        ? b.year() + "年" + b.departmentName() + "政府采购预算总额" + wan(total.get())
            + "，详见政府采购预算表。"
        : b.departmentName() + b.year() + "年无政府采购预算。");
  }

  private void assets() {
    List<String> sentences = new ArrayList<>();
    sums.sum(FigureKind.FIXED_ASSETS).ifPresent(v -> {
      sentences.add(b.departmentName() + "上年末固定资产金额为" + wan(v) + "（详见固定资产占用情况表）。");
      n.figure(FigureKind.FIXED_ASSETS, "上年末固定资产金额为", wan(v));
    });
    sums.sum(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES).ifPresent(v -> {
      sentences.add("本年度拟购置固定资产总额为" + wan(v) + "。");
      n.figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, "本年度拟购置固定资产总额为", wan(v));
    });
    n.section(SectionKind.ASSETS, "六、国有资产信息", sentences.isEmpty()
        ? "固定资产情况详见固定资产占用情况表。" : String.join("", sentences));
  }

  // ---- table cells

  private Optional<Amount> summaryIncome(String item) {
    Optional<SummaryTable> t = b.summary();
    if (t.isEmpty() || t.get().incomeColumns().isEmpty()) {
      return Optional.empty();
    }
    int c = t.get().incomeColumns().get(0).number();
    return t.get().incomeRow(item).map((SummaryRow r) -> r.amount(c));
  }

  private Optional<Amount> expenditureTotal(String column) {
    return b.expenditure().flatMap(t -> total(t, column));
  }

  private Optional<Amount> basicTotal(String column) {
    return b.basicExpenditure().flatMap(t -> total(t, column));
  }

  private static Optional<Amount> total(CodedTable<?> t, String column) {
    OptionalInt c = column(t, column);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    return t.totalRow().map(r -> r.amount(c.getAsInt()));
  }

  private static OptionalInt column(DisclosureTable t, String shortName) {
    for (Column c : t.layout().columns()) {
      if (c.type() == ColumnType.AMOUNT && c.shortName().equals(shortName)) {
        return OptionalInt.of(c.number());
      }
    }
    return OptionalInt.empty();
  }
}
