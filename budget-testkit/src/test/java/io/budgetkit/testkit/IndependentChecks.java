package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.StandardRows;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Indicator;
import io.budgetkit.core.section.Measure;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.section.SpendingPlan;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The invariants of DOMAIN.md checked by plain arithmetic on a budget, written apart from the
 * generator and from budget-rules: a generated budget must pass all of them.
 *
 * <p>Each check adds a readable problem to a list instead of failing at the first.
 */
final class IndependentChecks {

  private static final Amount ZERO = Amount.ZERO;

  private final DepartmentBudget b;
  private final CatalogEdition edition;
  private final List<String> problems = new ArrayList<>();

  private IndependentChecks(DepartmentBudget b) {
    this.b = b;
    this.edition = ClassificationCatalog.bundled().edition(b.year());
  }

  /** Returns every broken invariant of the budget, empty if it is consistent. */
  static List<String> problems(DepartmentBudget budget) {
    IndependentChecks c = new IndependentChecks(budget);
    try {
      c.run();
    } catch (RuntimeException e) {
      c.problems.add("check threw " + e);
    }
    return c.problems;
  }

  private void expect(boolean ok, String what) {
    if (!ok) {
      problems.add(what);
    }
  }

  private void equal(Amount actual, Amount expected, String what) {
    expect(actual.equals(expected), what + ": " + actual + " ≠ " + expected);
  }

  private void run() {
    CodedTable<FunctionCode> income = b.income().orElseThrow();
    CodedTable<FunctionCode> expenditure = b.expenditure().orElseThrow();
    CodedTable<FunctionCode> general = b.generalPublicExpenditure().orElseThrow();
    CodedTable<FunctionCode> fund = b.governmentFundExpenditure().orElseThrow();
    CodedTable<FunctionCode> capital = b.stateCapitalExpenditure().orElseThrow();
    CodedTable<EconomicCode> basic = b.basicExpenditure().orElseThrow();
    expect(b.tables().size() == 9, "nine tables");
    for (int i = 0; i < b.tables().size(); i++) {
      expect(b.tables().get(i).kind().equals(TableKind.standard().get(i)), "table order");
      expect(b.tables().get(i).title().equals(TableKind.standard().get(i).title(b.kind())),
          "title of table " + (i + 1));
    }

    // Row arithmetic, written out table by table.
    rowSum(income, 3, 4, 12);
    rowSum(income, 4, 5, 6, 7, 8, 9, 10, 11);
    rowSum(expenditure, 3, 4, 5, 6, 7, 8);
    for (CodedTable<?> t : List.of(general, fund, capital, basic)) {
      rowSum(t, 3, 4, 5);
    }
    for (CodedRow<EconomicCode> r : basic.rows()) {
      String cls = r.code().map(c -> c.value().substring(0, 3)).orElse("");
      if (cls.equals("301") || cls.equals("303")) {
        expect(r.cell(5).isEmpty(), r + ": 301/303 in 公用经费");
      } else if (cls.equals("302")) {
        expect(r.cell(4).isEmpty(), r + ": 302 in 人员经费");
      }
    }

    // Hierarchy: every row is its children's sum, names from the catalog, complete paths.
    for (CodedTable<FunctionCode> t : List.of(income, expenditure, general, fund, capital)) {
      hierarchy(t, 3, 12);
      for (CodedRow<FunctionCode> r : t.rows()) {
        r.code().ifPresent(c -> {
          for (FunctionCode a : c.ancestors()) {
            expect(t.row(a).isPresent(), t.kind() + " " + c + " without " + a);
          }
          expect(c.level() != io.budgetkit.core.code.CodeLevel.SECTION
              || t.rows().stream().anyMatch(x -> x.code().filter(c::isParentOf).isPresent()),
              t.kind() + " " + c + ": a 款 without 项");
        });
      }
      expect(t.isEmpty() == t.note().isPresent(), t.kind() + ": note iff empty");
    }
    hierarchy(basic, 3, 5);
    for (CodedRow<EconomicCode> r : basic.rows()) {
      r.code().ifPresent(c -> expect(c.level() == io.budgetkit.core.code.CodeLevel.CLASS
          || basic.row(c.parent().orElseThrow()).isPresent(), "table 6 " + c + " without 类"));
      r.code().filter(c -> c.level() == io.budgetkit.core.code.CodeLevel.CLASS).ifPresent(c ->
          expect(basic.rows().stream().anyMatch(x -> x.code().filter(c::isParentOf).isPresent()),
              "table 6 " + c + " without 款"));
    }

    // Across tables, code by code.
    expect(codes(income).equals(codes(expenditure)), "收入总表 and 支出总表 rows differ");
    for (CodedRow<FunctionCode> r : income.rows()) {
      CodedRow<FunctionCode> e = r.code().isEmpty() ? expenditure.totalRow().orElseThrow()
          : expenditure.row(r.code().get()).orElseThrow();
      equal(r.amount(3), e.amount(3), "收入总表 vs 支出总表 " + r.describe());
      equal(r.amount(5), amount(general, r, 3).plus(amount(fund, r, 3))
          .plus(amount(capital, r, 3)), "财政拨款收入 vs tables 5+7+8 " + r.describe());
    }
    Amount basicTotal = total(general, 4);
    equal(total(expenditure, 4), basicTotal, "支出总表 基本支出 vs table 5");
    equal(total(basic, 3), basicTotal, "table 6 合计 vs table 5 基本支出");

    summary(income, expenditure);
    fiscalSummary(general, fund, capital);
    correspondences(general, basic);
    threePublic(basic);
    projects(expenditure);
    procurement();
    assets();
    narrative(income, expenditure, basic);
  }

  private void rowSum(CodedTable<?> t, int total, int... parts) {
    for (CodedRow<?> r : t.rows()) {
      Amount sum = ZERO;
      for (int p : parts) {
        sum = sum.plus(r.amount(p));
      }
      equal(r.amount(total), sum, t.kind() + " " + r.describe() + " 栏次" + total);
    }
  }

  private <C extends ClassificationCode<C>> void hierarchy(CodedTable<C> t, int from, int to) {
    // Sum each row into its parent's key ("" for a 类, whose parent is the 合计 row).
    Map<String, Amount[]> children = new HashMap<>();
    for (CodedRow<C> r : t.rows()) {
      r.code().ifPresent(c -> {
        String parent = c.parent().map(ClassificationCode::value).orElse("");
        Amount[] sums = children.computeIfAbsent(parent, k -> zeros(to + 1));
        for (int col = from; col <= to; col++) {
          sums[col] = sums[col].plus(r.amount(col));
        }
      });
    }
    for (CodedRow<C> parent : t.rows()) {
      Amount[] sums = children.get(parent.code().map(ClassificationCode::value).orElse(""));
      if (sums != null) {
        for (int col = from; col <= to; col++) {
          equal(parent.amount(col), sums[col], t.kind() + " " + parent.describe() + " 栏次" + col
              + " vs its children");
        }
      }
      parent.code().ifPresent(c -> expect(edition.name(c).filter(parent.name()::equals)
          .isPresent(), t.kind() + " " + c + " named " + parent.name()));
    }
  }

  private static Amount[] zeros(int n) {
    Amount[] a = new Amount[n];
    java.util.Arrays.fill(a, ZERO);
    return a;
  }

  private static List<String> codes(CodedTable<FunctionCode> t) {
    List<String> codes = new ArrayList<>();
    t.rows().forEach(r -> codes.add(r.code().map(Object::toString).orElse("合计")));
    return codes;
  }

  private static Amount amount(CodedTable<FunctionCode> t, CodedRow<FunctionCode> like, int col) {
    Optional<CodedRow<FunctionCode>> r = like.code().isEmpty() ? t.totalRow()
        : t.row(like.code().get());
    return r.map(x -> x.amount(col)).orElse(ZERO);
  }

  private static Amount total(CodedTable<?> t, int col) {
    return t.totalRow().map(r -> r.amount(col)).orElse(ZERO);
  }

  private Amount classAmount(CodedTable<FunctionCode> t, Optional<FunctionCode> cls) {
    return cls.flatMap(t::row).map(r -> r.amount(3)).orElse(ZERO);
  }

  private void summary(CodedTable<FunctionCode> income, CodedTable<FunctionCode> expenditure) {
    SummaryTable t = b.summary().orElseThrow();
    List<String> items = StandardRows.incomeItems(TableKind.SUMMARY, b.kind());
    List<SummaryRowName> classes = edition.summaryRows();
    Amount incomeSum = ZERO;
    Amount classSum = ZERO;
    for (int i = 0; i < classes.size(); i++) {
      SummaryRow r = t.rowBySeq(i + 1).orElseThrow();
      expect(r.expenditureItem().orElse("").equals(classes.get(i).printedLabel()),
          "收支总表 row " + (i + 1) + " label");
      equal(r.amount(4), classAmount(expenditure, classes.get(i).code()),
          "收支总表 " + classes.get(i) + " vs 支出总表");
      classSum = classSum.plus(r.amount(4));
      if (i < items.size()) {
        expect(r.incomeItem().orElse("").equals(items.get(i)), "收支总表 income item " + i);
        incomeSum = incomeSum.plus(r.amount(2));
      }
    }
    // the income items by source, against the columns of the 收入总表
    Function<Integer, Amount> col = c -> total(income, c);
    equal(t.rowBySeq(1).orElseThrow().amount(2), total(b.generalPublicExpenditure().get(), 3),
        "一般公共预算拨款收入");
    equal(t.rowBySeq(4).orElseThrow().amount(2), col.apply(6), "财政专户管理资金收入");
    if (items.size() == 5) {
      equal(t.rowBySeq(5).orElseThrow().amount(2), col.apply(7).plus(col.apply(8))
          .plus(col.apply(9)).plus(col.apply(10)).plus(col.apply(11)), "单位资金");
    } else {
      for (int i = 4; i < 9; i++) {
        equal(t.rowBySeq(i + 1).orElseThrow().amount(2), col.apply(i + 3), items.get(i));
      }
    }
    int n = classes.size();
    SummaryRow yearTotal = t.rowBySeq(n + 1).orElseThrow();
    SummaryRow carry = t.rowBySeq(n + 2).orElseThrow();
    SummaryRow grand = t.rowBySeq(n + 3).orElseThrow();
    expect(yearTotal.incomeItem().orElse("").equals("本年收入合计"), "本年收入合计 label");
    equal(yearTotal.amount(2), incomeSum, "本年收入合计 = Σ income items");
    equal(yearTotal.amount(2), col.apply(4), "本年收入合计 vs 收入总表 小计");
    equal(carry.amount(2), col.apply(12), "上年结转结余");
    equal(yearTotal.amount(4), classSum, "本年支出合计 = Σ 类");
    equal(yearTotal.amount(4), total(expenditure, 3), "本年支出合计 vs 支出总表");
    equal(grand.amount(2), yearTotal.amount(2).plus(carry.amount(2)), "收入总计");
    equal(grand.amount(4), yearTotal.amount(4).plus(carry.amount(4)), "支出总计");
    equal(grand.amount(2), grand.amount(4), "收入总计 = 支出总计");
  }

  private void fiscalSummary(CodedTable<FunctionCode> general, CodedTable<FunctionCode> fund,
      CodedTable<FunctionCode> capital) {
    SummaryTable t = b.fiscalSummary().orElseThrow();
    List<SummaryRowName> classes = edition.summaryRows();
    List<CodedTable<FunctionCode>> sources = List.of(general, fund, capital);
    Amount incomes = ZERO;
    Amount[] sums = {ZERO, ZERO, ZERO, ZERO};
    for (int i = 0; i < classes.size(); i++) {
      SummaryRow r = t.rowBySeq(i + 1).orElseThrow();
      if (i < 3) {
        equal(r.amount(2), total(sources.get(i), 3), "财政拨款收支总表 income " + (i + 1));
        incomes = incomes.plus(r.amount(2));
      }
      for (int s = 0; s < 3; s++) {
        equal(r.amount(5 + s), classAmount(sources.get(s), classes.get(i).code()),
            "财政拨款收支总表 " + classes.get(i) + " 栏次" + (5 + s));
      }
      for (int c = 0; c < 4; c++) {
        sums[c] = sums[c].plus(r.amount(4 + c));
      }
    }
    int n = classes.size();
    for (int seq : new int[] {n + 1, n + 6}) {
      SummaryRow r = t.rowBySeq(seq).orElseThrow();
      equal(r.amount(2), incomes, "财政拨款收支总表 序号" + seq + " income");
      for (int c = 0; c < 4; c++) {
        equal(r.amount(4 + c), sums[c], "财政拨款收支总表 序号" + seq + " 栏次" + (4 + c));
      }
    }
    for (int seq = n + 2; seq <= n + 5; seq++) {
      expect(t.rowBySeq(seq).orElseThrow().cells().isEmpty(), "carry-over rows are blank");
    }
  }

  private void correspondences(CodedTable<FunctionCode> general, CodedTable<EconomicCode> basic) {
    Map<String, List<String>> pairs = Map.of("30108", List.of("2080505"), "30109",
        List.of("2080506"), "30110", List.of("2101101", "2101102"), "30111", List.of("2101103"),
        "30113", List.of("2210201"));
    pairs.forEach((econ, functions) -> {
      Amount f = ZERO;
      for (String code : functions) {
        f = f.plus(general.row(FunctionCode.parse(code)).map(r -> r.amount(4)).orElse(ZERO));
      }
      equal(basic.row(EconomicCode.parse(econ)).map(r -> r.amount(3)).orElse(ZERO), f,
          econ + " vs " + functions);
    });
  }

  private void threePublic(CodedTable<EconomicCode> basic) {
    ThreePublicTable t = b.threePublic().orElseThrow();
    Function<ThreePublicLine, Amount> v = l -> t.row(l).map(r -> r.amount(2)).orElse(ZERO);
    for (var r : t.rows()) {
      equal(r.amount(2), r.amount(3).plus(r.amount(4)).plus(r.amount(5)), "三公 " + r);
    }
    ThreePublicLayout layout = t.rowLayout();
    expect(layout != ThreePublicLayout.OTHER, "三公 layout " + layout);
    expect((layout == ThreePublicLayout.EMPTY) == t.note().isPresent(), "三公 note iff empty");
    equal(v.apply(ThreePublicLine.SUBTOTAL), v.apply(ThreePublicLine.OVERSEAS)
        .plus(v.apply(ThreePublicLine.VEHICLES)).plus(v.apply(ThreePublicLine.RECEPTION)), "小计");
    equal(v.apply(ThreePublicLine.OVERSEAS), v.apply(ThreePublicLine.OVERSEAS_ACADEMIC)
        .plus(v.apply(ThreePublicLine.OVERSEAS_OTHER)), "因公出国（境）费");
    equal(v.apply(ThreePublicLine.VEHICLES), v.apply(ThreePublicLine.VEHICLE_PURCHASE)
        .plus(v.apply(ThreePublicLine.VEHICLE_OPERATION)), "公务用车购置及运维费");
    equal(v.apply(ThreePublicLine.MEETINGS), v.apply(ThreePublicLine.MEETINGS_UNIVERSITY)
        .plus(v.apply(ThreePublicLine.MEETINGS_OTHER)), "会议费");
    if (t.row(ThreePublicLine.TOTAL).isPresent()) {
      equal(v.apply(ThreePublicLine.TOTAL), v.apply(ThreePublicLine.SUBTOTAL)
          .plus(v.apply(ThreePublicLine.MEETINGS)).plus(v.apply(ThreePublicLine.TRAINING)), "合计");
    }
    Map<String, ThreePublicLine> parts = new HashMap<>(Map.of("30212", ThreePublicLine.OVERSEAS,
        "30217", ThreePublicLine.RECEPTION, "30231", ThreePublicLine.VEHICLE_OPERATION,
        "31013", ThreePublicLine.VEHICLE_PURCHASE));
    if (layout == ThreePublicLayout.FULL) {
      parts.put("30215", ThreePublicLine.MEETINGS);
      parts.put("30216", ThreePublicLine.TRAINING);
    } else {
      expect(basic.row(EconomicCode.parse("30215")).isEmpty()
          && basic.row(EconomicCode.parse("30216")).isEmpty(), "会议费/培训费 not counted");
    }
    parts.forEach((econ, line) -> {
      Amount part = basic.row(EconomicCode.parse(econ)).map(r -> r.amount(3)).orElse(ZERO);
      expect(!part.isGreaterThan(v.apply(line)), econ + " " + part + " > " + line);
    });
  }

  private void projects(CodedTable<FunctionCode> expenditure) {
    Amount sum = ZERO;
    for (ProjectPerformance p : b.projects()) {
      Amount budget = p.budget().orElseThrow();
      sum = sum.plus(budget);
      equal(p.fiscalFunds().orElse(ZERO).plus(p.otherFunds().orElse(ZERO)), budget,
          p.name() + " 财政资金 + 其他资金");
      SpendingPlan plan = p.spendingPlan().orElseThrow();
      List<Measure> values = plan.values();
      expect(values.size() == 4, p.name() + " plan has four points");
      BigDecimal last = BigDecimal.ZERO;
      for (Measure m : values) {
        BigDecimal n = m.number().orElseThrow();
        expect(n.compareTo(last) >= 0, p.name() + " plan decreases");
        expect(plan.headerSaysPercent() == m.isPercentage(), p.name() + " plan unit vs header");
        last = n;
      }
      expect(plan.headerSaysPercent() ? last.compareTo(BigDecimal.valueOf(100)) == 0
          : last.compareTo(budget.toWanYuan()) == 0, p.name() + " plan ends at " + last);
      Amount caps = ZERO;
      for (Indicator i : p.costIndicators()) {
        Measure m = i.value();
        expect(m.comparator().filter(Measure.Comparator.AT_MOST::equals).isPresent(), "a cap");
        Amount cap = m.unit().filter("元/月"::equals).isPresent()
            ? Amount.of(m.number().orElseThrow().multiply(BigDecimal.valueOf(12)).movePointLeft(4))
            : m.amount().orElseThrow();
        caps = caps.plus(cap);
      }
      expect(!p.costIndicators().isEmpty(), p.name() + " has a cost indicator");
      expect(!caps.isGreaterThan(budget), p.name() + " caps " + caps + " > " + budget);
    }
    equal(sum, total(expenditure, 5), "Σ project budgets vs 项目支出");
  }

  private void procurement() {
    Procurement p = b.procurement().orElseThrow();
    List<ProcurementLine> items = p.lines().stream()
        .filter(l -> l.kind() == ProcurementLine.Kind.ITEM).toList();
    if (items.isEmpty()) {
      expect(p.lines().isEmpty(), "procurement without items has no lines");
      return;
    }
    Map<String, Amount> byProject = new HashMap<>();
    for (ProcurementLine l : items) {
      Amount amount = l.amount(FundingSource.TOTAL);
      Amount parts = ZERO;
      for (FundingSource s : p.layout().funding()) {
        if (s != FundingSource.TOTAL) {
          parts = parts.plus(l.amount(s));
        }
      }
      equal(amount, parts, l.label() + " funding columns");
      equal(Amount.of(l.unitPrice().orElseThrow().toWanYuan()
          .multiply(l.quantity().orElseThrow())), amount, l.label() + " 数量 × 单价");
      expect(!l.smeReserve().orElse(ZERO).isGreaterThan(amount), "预留份额 ≤ amount");
      byProject.merge(l.label(), amount, Amount::plus);
      ProjectPerformance project = b.projects().stream().filter(x -> x.name().equals(l.label()))
          .findFirst().orElseThrow();
      equal(l.projectBudget().orElseThrow(), project.budget().orElseThrow(), "预算资金");
    }
    byProject.forEach((name, amount) -> expect(!amount.isGreaterThan(b.projects().stream()
        .filter(x -> x.name().equals(name)).findFirst().orElseThrow().budget().orElseThrow()),
        name + " purchases beyond its budget"));
    for (ProcurementLine summary : p.lines()) {
      if (summary.kind() == ProcurementLine.Kind.ITEM) {
        continue;
      }
      for (FundingSource s : p.layout().funding()) {
        equal(summary.amount(s), Amount.sum(items.stream().map(l -> l.amount(s)).toList()),
            summary.label() + " " + s);
      }
      equal(summary.smeReserve().orElse(ZERO), Amount.sum(items.stream()
          .map(l -> l.smeReserve().orElse(ZERO)).toList()), summary.label() + " 预留份额");
    }
  }

  private void assets() {
    var rows = b.fixedAssets().orElseThrow().rows();
    Amount total = rows.get(0).value().orElse(ZERO);
    expect(rows.get(0).isTotal(), "资产总额 first");
    Amount parts = ZERO;
    for (var r : rows.subList(1, rows.size())) {
      if (!r.item().startsWith("其中")) {
        parts = parts.plus(r.value().orElse(ZERO));
      }
    }
    equal(total, parts, "资产总额");
    expect(!rows.get(2).value().orElse(ZERO).isGreaterThan(rows.get(1).value().orElse(ZERO)),
        "办公用房 ≤ 房屋");
  }

  private void narrative(CodedTable<FunctionCode> income, CodedTable<FunctionCode> expenditure,
      CodedTable<EconomicCode> basic) {
    Narrative n = b.narrative();
    for (SectionKind k : SectionKind.values()) {
      Optional<NarrativeSection> s = n.section(k);
      expect(s.isPresent() && !s.get().isEmpty(), "section " + k);
      s.ifPresent(x -> {
        for (String placeholder : List.of("XX", "xx", "××", "某某", "待填写", "待补充")) {
          expect(!x.text().contains(placeholder) && !x.heading().contains(placeholder),
              "placeholder in " + k);
        }
      });
    }
    expect(n.section(SectionKind.THREE_PUBLIC).orElseThrow().text().contains("增减变化的主要原因是"),
        "三公 reason");
    SummaryTable summary = b.summary().orElseThrow();
    int classes = edition.summaryRows().size();
    figure(FigureKind.INCOME, summary.rowBySeq(classes + 3).orElseThrow().amount(2));
    figure(FigureKind.INCOME_GENERAL_PUBLIC, summary.rowBySeq(1).orElseThrow().amount(2));
    figure(FigureKind.INCOME_GOVERNMENT_FUND, summary.rowBySeq(2).orElseThrow().amount(2));
    figure(FigureKind.INCOME_STATE_CAPITAL, summary.rowBySeq(3).orElseThrow().amount(2));
    figure(FigureKind.INCOME_SPECIAL_ACCOUNT, total(income, 6));
    figure(FigureKind.INCOME_UNIT_FUNDS, total(income, 7).plus(total(income, 8))
        .plus(total(income, 9)).plus(total(income, 10)).plus(total(income, 11)));
    figure(FigureKind.INCOME_CARRYOVER, total(income, 12));
    figure(FigureKind.EXPENDITURE, total(expenditure, 3));
    figure(FigureKind.BASIC_EXPENDITURE, total(expenditure, 4));
    figure(FigureKind.PERSONNEL, total(basic, 4));
    figure(FigureKind.PUBLIC_EXPENSES, total(basic, 5));
    figure(FigureKind.PROJECT_EXPENDITURE, total(expenditure, 5));
    figure(FigureKind.OPERATING_COSTS, total(basic, 5));
    figure(FigureKind.CHANGE_BASE, total(expenditure, 3));
    ThreePublicTable t = b.threePublic().orElseThrow();
    Function<ThreePublicLine, Amount> line = l -> t.row(l).map(r -> r.amount(2)).orElse(ZERO);
    figure(FigureKind.THREE_PUBLIC, line.apply(ThreePublicLine.SUBTOTAL));
    figure(FigureKind.THREE_PUBLIC_OVERSEAS, line.apply(ThreePublicLine.OVERSEAS));
    figure(FigureKind.THREE_PUBLIC_VEHICLES, line.apply(ThreePublicLine.VEHICLES));
    figure(FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE, line.apply(ThreePublicLine.VEHICLE_PURCHASE));
    figure(FigureKind.THREE_PUBLIC_VEHICLE_OPERATION, line.apply(ThreePublicLine.VEHICLE_OPERATION));
    figure(FigureKind.THREE_PUBLIC_RECEPTION, line.apply(ThreePublicLine.RECEPTION));
    figure(FigureKind.FIXED_ASSETS, b.fixedAssets().orElseThrow().total().orElseThrow().value()
        .orElseThrow());
    figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, Amount.sum(b.procurement().orElseThrow()
        .lines().stream().filter(l -> l.kind() == ProcurementLine.Kind.ITEM)
        .filter(l -> l.catalogueNumber().orElse("").startsWith("A"))
        .map(l -> l.amount(FundingSource.TOTAL)).toList()));
    // Basic = personnel + public, the narrative's own arithmetic.
    equal(total(expenditure, 4), total(basic, 4).plus(total(basic, 5)), "基本 = 人员 + 公用");
    // Every project listed with its exact name and budget, and nothing else.
    List<NarrativeFigure> listed = n.figures(FigureKind.PROJECT_AMOUNT);
    expect(listed.size() == b.projects().size(), "every project listed");
    for (NarrativeFigure f : listed) {
      ProjectPerformance p = b.projects().stream()
          .filter(x -> x.name().equals(f.subject().orElse(""))).findFirst().orElseThrow();
      equal(f.value().amount().orElseThrow(), p.budget().orElseThrow(), "listed " + p.name());
    }
    // The 机关运行经费 components are the 302 款, by name.
    for (NarrativeFigure f : n.figures(FigureKind.OPERATING_COSTS_COMPONENT)) {
      CodedRow<EconomicCode> r = basic.rows().stream()
          .filter(x -> x.name().equals(f.subject().orElse(""))).findFirst().orElseThrow();
      equal(f.value().amount().orElseThrow(), r.amount(5), "component " + r.name());
    }
    Amount total = n.figure(FigureKind.CHANGE_TOTAL).flatMap(NarrativeFigure::signedValue)
        .orElseThrow();
    equal(total, n.figure(FigureKind.CHANGE_BASIC).flatMap(NarrativeFigure::signedValue)
        .orElseThrow().plus(n.figure(FigureKind.CHANGE_PROJECT)
            .flatMap(NarrativeFigure::signedValue).orElseThrow()), "change = basic + project");
    for (FigureKind k : List.of(FigureKind.CHANGE_TOTAL, FigureKind.CHANGE_BASIC,
        FigureKind.CHANGE_PROJECT, FigureKind.THREE_PUBLIC_CHANGE)) {
      expect(n.figure(k).orElseThrow().direction().isPresent(), k + " has a direction");
    }
    expect(b.organisation().stream().allMatch(u -> u.isAdministrative()), "行政 units");
  }

  private void figure(FigureKind kind, Amount expected) {
    Optional<NarrativeFigure> f = b.narrative().figure(kind);
    expect(f.isPresent(), "figure " + kind);
    f.ifPresent(x -> equal(x.value().amount().orElseThrow(), expected, "figure " + kind));
  }
}
