package io.budgetkit.testkit;

import static io.budgetkit.testkit.TableLookups.cell;
import static io.budgetkit.testkit.TableLookups.chain;
import static io.budgetkit.testkit.TableLookups.describe;
import static io.budgetkit.testkit.TableLookups.label;
import static io.budgetkit.testkit.TableLookups.parent;
import static io.budgetkit.testkit.TableLookups.row;
import static io.budgetkit.testkit.TableLookups.rows;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The mutations of the cross-table reconciliation and of the “三公” table's own sums (areas XT
 * and TPUB). A table that several others repeat is changed in pairs that cancel out in every sum
 * but the one compared: {@code d} more in one 类 and {@code d} less in another, {@code d} more
 * in one economic 款 and {@code d} less in another of the same 类.
 */
final class CrossTableMutations {

  private static final TableKind INCOME = TableKind.INCOME;
  private static final TableKind GENERAL = TableKind.GENERAL_PUBLIC_EXPENDITURE;
  private static final TableKind BASIC = TableKind.BASIC_EXPENDITURE;
  private static final TableKind THREE = TableKind.THREE_PUBLIC;

  /** Functional 项 whose 基本支出 BK-XT-013 compares with an economic 款. */
  private static final Set<String> SOCIAL_ITEMS = Set.of("2080505", "2080506", "2101101",
      "2101102", "2101103", "2210201");
  private static final Set<String> SOCIAL_ECONOMIC = Set.of("30108", "30109", "30110", "30111",
      "30113");

  /** The economic 款 of table 6 that BK-XT-010 bounds by a “三公” line. */
  static final Map<String, ThreePublicLine> THREE_PUBLIC_ITEMS = Map.of(
      "30212", ThreePublicLine.OVERSEAS, "30217", ThreePublicLine.RECEPTION,
      "30231", ThreePublicLine.VEHICLE_OPERATION, "31013", ThreePublicLine.VEHICLE_PURCHASE);
  /** The economic 款 of table 6 that BK-XT-011 bounds by 会议费 and 培训费. */
  static final Map<String, ThreePublicLine> MEETING_ITEMS = Map.of(
      "30215", ThreePublicLine.MEETINGS, "30216", ThreePublicLine.TRAINING);

  private CrossTableMutations() {}

  // ---- XT -------------------------------------------------------------------------------------

  /**
   * BK-XT-001: 收支总表, {@code d} more in one 类 row of the expenditure side and {@code d} less in
   * another: 本年支出合计 still adds up, the 支出总表 disagrees on both 类.
   */
  static Optional<Broken> summaryClasses(DepartmentBudget b, Source s) {
    Optional<SummaryTable> table = b.summary();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    int column = t.expenditureColumns().get(0).number();
    return shiftBetweenClasses(b, s, t, classRows(b, t), column, List.of(column));
  }

  /**
   * BK-XT-006, 007, 008: 财政拨款收支总表, {@code d} more in one 类 row's fund column (and its
   * 合计) and {@code d} less in another's: 本年支出合计 still adds up, tables 5, 7 or 8 disagree.
   */
  static Optional<Broken> fundClasses(DepartmentBudget b, Source s, int column) {
    Optional<SummaryTable> table = b.fiscalSummary();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    int total = t.expenditureColumns().get(0).number();
    return shiftBetweenClasses(b, s, t, classRows(b, t), column, List.of(total, column));
  }

  private static Optional<Broken> shiftBetweenClasses(DepartmentBudget b, Source s,
      SummaryTable t, List<SummaryRow> classes, int column, List<Integer> columns) {
    List<SummaryRow> lower = classes.stream().filter(r -> Deltas.roomIn(r.amount(column)))
        .collect(Collectors.toList());
    if (lower.isEmpty() || classes.size() < 2) {
      return Optional.empty();
    }
    SummaryRow down = s.pick(lower);
    SummaryRow up = s.pick(classes.stream().filter(r -> r != down).collect(Collectors.toList()));
    Amount d = Deltas.within(s, down.amount(column)).orElseThrow();
    int[] cols = columns.stream().mapToInt(Integer::intValue).toArray();
    DepartmentBudget changed = new CellChanges(b).add(t.kind(), up, d, cols)
        .add(t.kind(), down, d.negated(), cols).apply();
    return Broken.of(changed, cell(t, up, column), t.kind().baseTitle() + " "
        + TableLookups.label(t, up, column) + " 栏次" + column + " " + Deltas.signed(d) + ", "
        + TableLookups.label(t, down, column) + " " + Deltas.signed(d.negated())
        + ": the 类 no longer agree with the detail table");
  }

  /** The 类 rows of a two-sided table's expenditure side, above 本年支出合计. */
  private static List<SummaryRow> classRows(DepartmentBudget b, SummaryTable t) {
    CatalogEdition edition = ClassificationCatalog.bundled().edition(b.year());
    int end = t.expenditureRow("本年支出合计").map(SummaryRow::seq).orElse(Integer.MAX_VALUE);
    return t.rows().stream().filter(r -> r.seq() < end
        && SummaryTable.expenditureClass(r, edition).isPresent()).collect(Collectors.toList());
  }

  /**
   * BK-XT-002: 收入总表, a 项 with its 款 and 类 gets {@code d} more 合计, 本年收入小计 and 财政拨款收入,
   * a 项 of another 类 (with its 款 and 类) {@code d} less: the 合计 row stays, two 类 disagree
   * with the 支出总表.
   */
  static Optional<Broken> incomeClasses(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.income();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    CodedTable<FunctionCode> t = table.get();
    List<CodedRow<FunctionCode>> lower = rows(t, r -> TableMutations.isItem(r)
        && Deltas.roomIn(r.amount(5)));
    if (lower.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> down = s.pick(lower);
    List<CodedRow<FunctionCode>> others = rows(t, r -> TableMutations.isItem(r)
        && !label(r).startsWith(label(down).substring(0, 3)));
    if (others.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> up = s.pick(others);
    Amount d = Deltas.within(s, down.amount(5)).orElseThrow();
    CellChanges c = new CellChanges(b);
    chain(t, up, false).forEach(r -> c.add(INCOME, r, d, 3, 4, 5));
    chain(t, down, false).forEach(r -> c.add(INCOME, r, d.negated(), 3, 4, 5));
    CodedRow<FunctionCode> cls = row(t, label(up).substring(0, 3)).orElseThrow();
    return Broken.of(c.apply(), cell(INCOME, cls, 3), describe(INCOME, up) + " "
        + Deltas.signed(d) + " and " + label(down) + " " + Deltas.signed(d.negated())
        + " (栏次3-5, with their 款 and 类): 类 " + label(cls) + " no longer agrees with the 支出总表");
  }

  /**
   * BK-XT-004: 收入总表, {@code d} of a 项's 财政拨款收入 becomes 财政专户收入, in its 款, 类 and 合计
   * rows too: every sum holds, the 收支总表's income sources disagree.
   */
  static Optional<Broken> incomeSources(DepartmentBudget b, Source s) {
    return moveAlongChain(b, s, INCOME, b.income(), r -> true, 5, 6, "财政拨款收入 to 财政专户收入",
        "the 收支总表's income sources no longer agree");
  }

  /**
   * Moves {@code d} of a 项 from one column to another, in its 款, 类 and 合计 rows too: every
   * row's 合计 and every roll-up stay; the 合计 row's two columns change.
   */
  private static Optional<Broken> moveAlongChain(DepartmentBudget b, Source s, TableKind kind,
      Optional<CodedTable<FunctionCode>> table, Predicate<CodedRow<FunctionCode>> which, int from,
      int to, String columns, String consequence) {
    List<CodedRow<FunctionCode>> items = table.map(t -> rows(t, r -> TableMutations.isItem(r)
        && which.test(r) && Deltas.roomIn(r.amount(from)))).orElse(List.of());
    if (items.isEmpty() || table.get().totalRow().isEmpty()) {
      return Optional.empty();
    }
    CodedTable<FunctionCode> t = table.get();
    CodedRow<FunctionCode> item = s.pick(items);
    Amount d = Deltas.within(s, item.amount(from)).orElseThrow();
    CellChanges c = new CellChanges(b);
    chain(t, item, true).forEach(r -> c.add(kind, r, d.negated(), from).add(kind, r, d, to));
    return Broken.of(c.apply(), cell(kind, t.totalRow().get(), from), describe(kind, item) + " "
        + Deltas.text(d) + " moved from " + columns + " (with its 款, 类 and 合计): " + consequence);
  }

  /**
   * BK-XT-005: 财政拨款收支总表, {@code d} of 一般公共预算拨款 becomes 政府性基金预算拨款: 本年收入合计
   * still adds up, the 收支总表 disagrees on both.
   */
  static Optional<Broken> fiscalIncome(DepartmentBudget b, Source s) {
    Optional<SummaryTable> table = b.fiscalSummary();
    Optional<SummaryRow> general = table.flatMap(t -> t.incomeRow("一般公共预算拨款"));
    Optional<SummaryRow> fund = table.flatMap(t -> t.incomeRow("政府性基金预算拨款"));
    if (general.isEmpty() || fund.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    int column = t.incomeColumns().get(0).number();
    Optional<Amount> d = Deltas.within(s, general.get().amount(column));
    if (d.isEmpty()) {
      return Optional.empty();
    }
    DepartmentBudget changed = new CellChanges(b)
        .add(t.kind(), general.get(), d.get().negated(), column)
        .add(t.kind(), fund.get(), d.get(), column).apply();
    return Broken.of(changed, cell(t, general.get(), column), t.kind().baseTitle() + " "
        + Deltas.text(d.get()) + " moved from 一般公共预算拨款 to 政府性基金预算拨款: the 收支总表"
        + " disagrees");
  }

  /**
   * BK-XT-009: table 5, {@code d} of a 项's 基本支出 becomes 项目支出, in its 款, 类 and 合计 too
   * (合计 unchanged): the 基本支出 合计 no longer equals table 6. Not a 项 that BK-XT-013 reads.
   */
  static Optional<Broken> basicTotal(DepartmentBudget b, Source s) {
    return moveAlongChain(b, s, GENERAL, b.generalPublicExpenditure(),
        r -> !SOCIAL_ITEMS.contains(label(r)), 4, 5, "基本支出 to 项目支出",
        "the 基本支出 合计 no longer equals the 基本支出表's");
  }

  /**
   * BK-XT-010 and 011: 基本支出表, a “三公” economic 款 gets {@code d} more, {@code d} beyond its
   * line of the “三公” table, and another 302 款 {@code d} less (302 and 合计 unchanged); the
   * 机关运行经费 items of the narrative restate both.
   */
  static Optional<Broken> threePublicItem(DepartmentBudget b, Source s,
      Map<String, ThreePublicLine> items) {
    Optional<CodedTable<EconomicCode>> basic = b.basicExpenditure();
    Optional<ThreePublicTable> three = b.threePublic()
        .filter(t -> t.rowLayout() != ThreePublicLayout.EMPTY);
    if (basic.isEmpty() || three.isEmpty()) {
      return Optional.empty();
    }
    CodedTable<EconomicCode> t = basic.get();
    List<CodedRow<EconomicCode>> raise = rows(t, r -> items.containsKey(label(r))
        && three.get().row(items.get(label(r))).isPresent());
    if (raise.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<EconomicCode> up = s.pick(raise);
    ThreePublicRow line = three.get().row(items.get(label(up))).orElseThrow();
    Amount slack = line.amount(3).minus(up.amount(3));
    List<CodedRow<EconomicCode>> lower = rows(t, r -> TableMutations.isSection(r) && r != up
        && label(r).startsWith("302") && Deltas.roomIn(r.amount(3).minus(slack)));
    if (lower.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<EconomicCode> down = s.pick(lower);
    Amount beyond = Deltas.within(s, down.amount(3).minus(slack)).orElseThrow();
    Amount d = slack.plus(beyond);
    DepartmentBudget changed = new CellChanges(b).add(BASIC, up, d, 3, 5)
        .add(BASIC, down, d.negated(), 3, 5).apply();
    Narrative n = changed.narrative();
    n = restateItem(n, up, up.amount(3).plus(d));
    n = restateItem(n, down, down.amount(3).minus(d));
    return Broken.of(BudgetRebuild.withNarrative(changed, n), cell(BASIC, up, 3),
        describe(BASIC, up) + " " + Deltas.signed(d) + " (" + label(down) + " "
            + Deltas.signed(d.negated()) + "): " + Deltas.text(beyond) + " beyond the “三公” line "
            + line.item().strip());
  }

  /** Restates the 机关运行经费 item of an economic 款, if the narrative lists it. */
  private static Narrative restateItem(Narrative n, CodedRow<EconomicCode> row, Amount amount) {
    Optional<NarrativeFigure> f = n.figures(FigureKind.OPERATING_COSTS_COMPONENT).stream()
        .filter(x -> x.words().equals(row.name().strip())).findFirst();
    return f.isPresent() ? NarrativeEdits.restate(n, f.get(), amount) : n;
  }

  /**
   * BK-XT-012 (warning): the narrative's 机关运行经费 and one of the items it lists are both
   * {@code d} higher: the narrative adds up, the 基本支出表's 公用经费 disagrees.
   */
  static Optional<Broken> operatingCosts(DepartmentBudget b, Source s) {
    Narrative n = b.narrative();
    Optional<NarrativeFigure> total = n.figure(FigureKind.OPERATING_COSTS);
    List<NarrativeFigure> parts = n.figures(FigureKind.OPERATING_COSTS_COMPONENT);
    if (total.isEmpty() || parts.isEmpty() || total.get().value().amount().isEmpty()) {
      return Optional.empty();
    }
    NarrativeFigure part = s.pick(parts);
    Amount d = Deltas.any(s);
    n = NarrativeEdits.restate(n, total.get(), total.get().value().amount().get().plus(d));
    n = NarrativeEdits.restate(n, part, part.value().amount().orElseThrow().plus(d));
    return Broken.of(BudgetRebuild.withNarrative(b, n),
        ExpectedLocation.section(io.budgetkit.core.section.SectionKind.OPERATING_COSTS)
            .withWords(total.get().words()), "机关运行经费 and its item " + part.words() + " "
            + Deltas.signed(d) + ": no longer the 基本支出表's 公用经费");
  }

  /**
   * BK-XT-013 (warning): 基本支出表, a pension, medical or housing-fund 款 gets {@code d} more
   * and another 301 款 {@code d} less: 301 and 合计 unchanged, table 5's 项 disagree.
   */
  static Optional<Broken> socialInsurance(DepartmentBudget b, Source s) {
    Optional<CodedTable<EconomicCode>> basic = b.basicExpenditure();
    List<CodedRow<EconomicCode>> social = basic.map(t -> rows(t,
        r -> SOCIAL_ECONOMIC.contains(label(r)))).orElse(List.of());
    if (social.isEmpty()) {
      return Optional.empty();
    }
    CodedTable<EconomicCode> t = basic.get();
    CodedRow<EconomicCode> up = s.pick(social);
    List<CodedRow<EconomicCode>> lower = rows(t, r -> TableMutations.isSection(r) && r != up
        && parent(t, r).equals(parent(t, up)) && Deltas.roomIn(r.amount(3)));
    if (lower.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<EconomicCode> down = s.pick(lower);
    Amount d = Deltas.within(s, down.amount(3)).orElseThrow();
    DepartmentBudget changed = new CellChanges(b).add(BASIC, up, d, 3, 4)
        .add(BASIC, down, d.negated(), 3, 4).apply();
    return Broken.of(changed, cell(BASIC, up, 3), describe(BASIC, up) + " " + Deltas.signed(d)
        + " (" + label(down) + " " + Deltas.signed(d.negated()) + "): no longer table 5's 项");
  }

  // ---- TPUB -----------------------------------------------------------------------------------

  /**
   * BK-TPUB-002 and 004: a 其中 line that the narrative does not state (其他因公出国（境）费,
   * 其他会议费) gets {@code d} more, its line does not.
   */
  static Optional<Broken> threePublicPart(DepartmentBudget b, Source s, ThreePublicLine part,
      ThreePublicLine whole) {
    Optional<ThreePublicTable> table = b.threePublic()
        .filter(t -> t.rowLayout() != ThreePublicLayout.EMPTY);
    Optional<ThreePublicRow> p = table.flatMap(t -> t.row(part));
    Optional<ThreePublicRow> w = table.flatMap(t -> t.row(whole));
    if (p.isEmpty() || w.isEmpty()) {
      return Optional.empty();
    }
    Amount d = Deltas.any(s);
    DepartmentBudget changed = new CellChanges(b).add(THREE, p.get(), d, 2, 3).apply();
    return Broken.of(changed, cell(w.get(), 2), describe(THREE, p.get()) + " "
        + Deltas.signed(d) + ": " + whole.label() + " is no longer the sum of its lines");
  }

  /**
   * BK-TPUB-001 and 003: {@code d} of a line's 一般公共预算财政拨款 (栏次3) is printed as 政府性基金
   * (栏次4) instead, and so in the lines above it (小计, 合计) — the 合计 column, which the narrative
   * and the economic 款 are compared with, stays, and so do the sums the line is part of; the
   * line is no longer the sum of its parts in 栏次3 and 栏次4.
   *
   * @param line {@code SUBTOTAL} (BK-TPUB-001) or {@code VEHICLES} (BK-TPUB-003)
   */
  static Optional<Broken> threePublicColumns(DepartmentBudget b, Source s, ThreePublicLine line) {
    Optional<ThreePublicTable> table = b.threePublic()
        .filter(t -> t.rowLayout() != ThreePublicLayout.EMPTY);
    Optional<ThreePublicRow> row = table.flatMap(t -> t.row(line));
    if (row.isEmpty() || !Deltas.roomIn(row.get().amount(3))) {
      return Optional.empty();
    }
    Amount d = Deltas.within(s, row.get().amount(3)).orElseThrow();
    CellChanges c = new CellChanges(b);
    List<ThreePublicLine> moved = line == ThreePublicLine.SUBTOTAL
        ? List.of(line, ThreePublicLine.TOTAL)
        : List.of(line, ThreePublicLine.SUBTOTAL, ThreePublicLine.TOTAL);
    for (ThreePublicLine l : moved) {
      table.get().row(l).ifPresent(r -> c.add(THREE, r, d.negated(), 3).add(THREE, r, d, 4));
    }
    return Broken.of(c.apply(), cell(row.get(), 3), describe(THREE, row.get()) + " "
        + Deltas.text(d) + " moved from 栏次3 to 栏次4 (and in the lines above it): no longer"
        + " the sum of its lines in those columns");
  }

  /**
   * BK-TPUB-005 and 006: the 合计 row gets {@code d} more (layout B, or D for 006) or {@code d}
   * less (layout D): no longer 小计 + 会议费 + 培训费, or above what the printed rows explain.
   */
  static Optional<Broken> threePublicTotal(DepartmentBudget b, Source s, boolean undisclosed) {
    Optional<ThreePublicTable> table = b.threePublic();
    Optional<ThreePublicRow> total = table.flatMap(t -> t.row(ThreePublicLine.TOTAL));
    if (total.isEmpty()) {
      return Optional.empty();
    }
    ThreePublicLayout layout = table.get().rowLayout();
    Optional<Amount> d;
    if (undisclosed) {
      d = layout == ThreePublicLayout.TOTAL_WITHOUT_MEETINGS ? Optional.of(Deltas.any(s))
          : Optional.empty();
    } else if (layout == ThreePublicLayout.FULL) {
      d = Optional.of(Deltas.any(s));
    } else if (layout == ThreePublicLayout.TOTAL_WITHOUT_MEETINGS) {
      d = Deltas.within(s, total.get().amount(2)).map(Amount::negated);
    } else {
      d = Optional.empty();
    }
    if (d.isEmpty()) {
      return Optional.empty();
    }
    DepartmentBudget changed = new CellChanges(b).add(THREE, total.get(), d.get(), 2, 3).apply();
    return Broken.of(changed, cell(total.get(), 2), describe(THREE, total.get()) + " "
        + Deltas.signed(d.get()) + (undisclosed ? ": 合计 holds amounts no row discloses"
            : ": 合计 is no longer 小计 + 会议费 + 培训费"));
  }
}
