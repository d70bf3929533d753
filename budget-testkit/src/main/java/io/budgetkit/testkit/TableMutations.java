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
import io.budgetkit.core.catalog.CatalogEntry;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The mutations of the row arithmetic, the classification roll-up and the two-sided tables
 * (areas ARITH, HIER and BAL). Each changes cells that no cross-table, narrative or other rule
 * reads, or changes them so that those still agree; the comments say how.
 */
final class TableMutations {

  private static final TableKind EXPENDITURE = TableKind.EXPENDITURE;
  private static final TableKind BASIC = TableKind.BASIC_EXPENDITURE;

  /** 支出总表 栏次: 合计, and 上解上级支出, which only its own row sum and roll-up read. */
  private static final int TOTAL = 3;
  private static final int UPWARD = 7;

  /** Economic 款 that cross-table rules compare (“三公” lines, social insurance 项). */
  static final Set<String> WATCHED_ECONOMIC = Set.of("30212", "30215", "30216", "30217",
      "30231", "31013", "30108", "30109", "30110", "30111", "30113");

  private TableMutations() {}

  // ---- ARITH ----------------------------------------------------------------------------------

  /**
   * BK-ARITH-001: 支出总表, a 项 and its 款, 类 and 合计 rows get {@code d} more 上解上级支出 (栏次7)
   * but the same 合计 (栏次3). The roll-up still holds in every column; nothing else reads 栏次7
   * (the narrative's 支出 = 基本 + 项目 becomes “at least”, which still holds).
   */
  static Optional<Broken> rowSum(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    List<CodedRow<FunctionCode>> items = table.map(t -> rows(t, CodeLevel.ITEM))
        .orElse(List.of());
    if (items.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> item = s.pick(items);
    Amount d = Deltas.any(s);
    CellChanges c = new CellChanges(b);
    chain(table.get(), item, true).forEach(r -> c.add(EXPENDITURE, r, d, UPWARD));
    return Broken.of(c.apply(), cell(EXPENDITURE, item, TOTAL), describe(EXPENDITURE, item)
        + " 栏次7 " + Deltas.signed(d) + " (with its 款, 类 and 合计 rows): 栏次3 合计 is no"
        + " longer the sum of 栏次4-8");
  }

  /**
   * BK-ARITH-002: 基本支出表, {@code d} moves from 人员经费 to 公用经费 in a 301/303 款 and its 类,
   * and back from 公用经费 to 人员经费 in a 302 款 and its 类: every row's 合计 and every column's
   * roll-up, the 合计 row included, stay as they were.
   */
  static Optional<Broken> personnelOrPublic(DepartmentBudget b, Source s) {
    Optional<CodedTable<EconomicCode>> table = b.basicExpenditure();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    CodedTable<EconomicCode> t = table.get();
    List<CodedRow<EconomicCode>> personnel = rows(t, r -> isSection(r)
        && !label(r).startsWith("302") && Deltas.roomIn(r.amount(4)));
    List<CodedRow<EconomicCode>> publicSide = rows(t, r -> isSection(r)
        && label(r).startsWith("302") && Deltas.roomIn(r.amount(5)));
    if (personnel.isEmpty() || publicSide.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<EconomicCode> p = s.pick(personnel);
    CodedRow<EconomicCode> q = s.pick(publicSide);
    Amount d = Deltas.within(s, min(p.amount(4), q.amount(5))).orElseThrow();
    CellChanges c = new CellChanges(b);
    for (CodedRow<EconomicCode> r : chain(t, p, false)) {
      c.add(BASIC, r, d.negated(), 4).add(BASIC, r, d, 5);
    }
    for (CodedRow<EconomicCode> r : chain(t, q, false)) {
      c.add(BASIC, r, d, 4).add(BASIC, r, d.negated(), 5);
    }
    return Broken.of(c.apply(), cell(BASIC, p, 5), describe(BASIC, p) + " " + Deltas.text(d)
        + " moved from 人员经费 to 公用经费 (and back in " + label(q) + "): class "
        + label(p).substring(0, 3) + " prints 公用经费");
  }

  // ---- HIER -----------------------------------------------------------------------------------

  /**
   * BK-HIER-001: 基本支出表, an economic 款 that no cross-table rule reads and its 类 get {@code d}
   * more in 合计 and in their side (人员经费 or 公用经费); the 合计 row stays.
   */
  static Optional<Broken> totalNotSumOfClasses(DepartmentBudget b, Source s) {
    return raiseEconomicSection(b, s, true);
  }

  /** BK-HIER-002: as {@link #totalNotSumOfClasses} but the 类 row stays too. */
  static Optional<Broken> classNotSumOfSections(DepartmentBudget b, Source s) {
    return raiseEconomicSection(b, s, false);
  }

  private static Optional<Broken> raiseEconomicSection(DepartmentBudget b, Source s,
      boolean withClass) {
    Optional<CodedTable<EconomicCode>> table = b.basicExpenditure();
    List<CodedRow<EconomicCode>> free = table.map(t -> rows(t, r -> isSection(r)
        && !WATCHED_ECONOMIC.contains(label(r)) && parent(t, r).isPresent()))
        .orElse(List.of());
    if (free.isEmpty() || table.get().totalRow().isEmpty()) {
      return Optional.empty();
    }
    CodedTable<EconomicCode> t = table.get();
    CodedRow<EconomicCode> section = s.pick(free);
    CodedRow<EconomicCode> cls = parent(t, section).orElseThrow();
    int side = label(section).startsWith("302") ? 5 : 4;
    Amount d = Deltas.any(s);
    CellChanges c = new CellChanges(b).add(BASIC, section, d, TOTAL, side);
    if (withClass) {
      c.add(BASIC, cls, d, TOTAL, side);
    }
    CodedRow<EconomicCode> at = withClass ? t.totalRow().get() : cls;
    return Broken.of(c.apply(), cell(BASIC, at, TOTAL), describe(BASIC, section)
        + (withClass ? " and its 类" : "") + " " + Deltas.signed(d) + " in 栏次3 and 栏次" + side
        + ": " + (withClass ? "合计 is no longer the sum of the 类 rows"
            : "类 " + label(cls) + " is no longer the sum of its 款"));
  }

  /**
   * BK-HIER-003: 支出总表, a 项 gets {@code d} more in 合计 and 上解上级支出, its 款 does not. The
   * cross-table rules compare 类 and 合计 rows only, and the row sum holds.
   */
  static Optional<Broken> sectionNotSumOfItems(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    List<CodedRow<FunctionCode>> items = table.map(t -> rows(t, r -> isItem(r)
        && parent(t, r).isPresent())).orElse(List.of());
    if (items.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> item = s.pick(items);
    CodedRow<FunctionCode> section = parent(table.get(), item).orElseThrow();
    Amount d = Deltas.any(s);
    DepartmentBudget changed = new CellChanges(b).add(EXPENDITURE, item, d, TOTAL, UPWARD)
        .apply();
    return Broken.of(changed, cell(EXPENDITURE, section, TOTAL), describe(EXPENDITURE, item)
        + " 栏次3 and 栏次7 " + Deltas.signed(d) + ": 款 " + label(section)
        + " no longer equals the sum of its 项");
  }

  /**
   * BK-HIER-004: 支出总表, a 项 of the catalog edition whose 款 the table does not print is added
   * at the end, its amounts (合计 = 上解上级支出) adding up; an orphan is added nowhere, and at the
   * end no row follows it.
   */
  static Optional<Broken> orphanItem(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    CodedTable<FunctionCode> t = table.get();
    List<CatalogEntry> orphans = ClassificationCatalog.bundled().edition(b.year()).entries()
        .stream().filter(e -> e.code().scheme() == CodeScheme.FUNCTIONAL
            && e.code().level() == CodeLevel.ITEM
            && row(t, e.code().parent().orElseThrow().value()).isEmpty())
        .collect(Collectors.toList());
    if (orphans.isEmpty()) {
      return Optional.empty();
    }
    CatalogEntry orphan = s.pick(orphans);
    Amount d = Deltas.any(s);
    List<CodedRow<FunctionCode>> rows = new ArrayList<>(t.rows());
    rows.add(CodedRow.<FunctionCode>builder().seq(0)
        .code(FunctionCode.parse(orphan.code().value())).name(orphan.name())
        .cells(new TreeMap<>(Map.of(TOTAL, d, UPWARD, d))).build());
    CodedTable<FunctionCode> changed = BudgetRebuild.withRows(t, rows);
    CodedRow<FunctionCode> added = changed.rows().get(changed.rows().size() - 1);
    return Broken.of(BudgetRebuild.withTable(b, changed),
        ExpectedLocation.row(EXPENDITURE, added.seq(), label(added)),
        describe(EXPENDITURE, added) + " added with " + Deltas.text(d) + ": its 款 "
            + orphan.code().parent().orElseThrow().value() + " is not printed");
  }

  /**
   * BK-HIER-005: 支出总表, a 项 is printed twice, right below itself: {@code d} of one of its
   * columns (and of its 合计) moves to the copy, so every sum still holds.
   */
  static Optional<Broken> duplicateItem(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    CodedTable<FunctionCode> t = table.get();
    List<CodedRow<FunctionCode>> items = rows(t, r -> isItem(r)
        && r.cells().entrySet().stream().anyMatch(e -> e.getKey() > TOTAL
            && Deltas.roomIn(e.getValue())));
    if (items.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> item = s.pick(items);
    List<Integer> columns = item.cells().entrySet().stream()
        .filter(e -> e.getKey() > TOTAL && Deltas.roomIn(e.getValue())).map(Map.Entry::getKey)
        .collect(Collectors.toList());
    int column = s.pick(columns);
    Amount d = Deltas.within(s, item.amount(column)).orElseThrow();
    TreeMap<Integer, Amount> kept = BudgetRebuild.cellsOf(item);
    kept.put(TOTAL, item.amount(TOTAL).minus(d));
    kept.put(column, item.amount(column).minus(d));
    List<CodedRow<FunctionCode>> rows = new ArrayList<>();
    for (CodedRow<FunctionCode> r : t.rows()) {
      if (r == item) {
        rows.add(CodedRow.<FunctionCode>builder().from(r).cells(kept).build());
        rows.add(CodedRow.<FunctionCode>builder().from(r)
            .cells(new TreeMap<>(Map.of(TOTAL, d, column, d))).build());
      } else {
        rows.add(r);
      }
    }
    CodedTable<FunctionCode> changed = BudgetRebuild.withRows(t, rows);
    CodedRow<FunctionCode> copy = changed.rows().get(t.rows().indexOf(item) + 1);
    return Broken.of(BudgetRebuild.withTable(b, changed),
        ExpectedLocation.row(EXPENDITURE, copy.seq(), label(copy)), describe(EXPENDITURE, item)
            + " printed again below itself with " + Deltas.text(d) + " of 栏次" + column
            + " moved to the copy");
  }

  /**
   * BK-HIER-006: 支出总表, a 项 of another 款 than the last row's is moved to the end of the
   * table, below the last 款's rows; the table's sums do not depend on the order.
   */
  static Optional<Broken> itemOutOfPlace(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    if (table.isEmpty() || table.get().rows().isEmpty()) {
      return Optional.empty();
    }
    CodedTable<FunctionCode> t = table.get();
    CodedRow<FunctionCode> last = t.rows().get(t.rows().size() - 1);
    String lastParent = last.code().flatMap(FunctionCode::parent).map(FunctionCode::value)
        .orElse("");
    List<CodedRow<FunctionCode>> movable = rows(t, r -> isItem(r) && parent(t, r).isPresent()
        && !label(r).startsWith(lastParent));
    if (movable.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> item = s.pick(movable);
    List<CodedRow<FunctionCode>> rows = new ArrayList<>(t.rows());
    rows.remove(item);
    rows.add(item);
    CodedTable<FunctionCode> changed = BudgetRebuild.withRows(t, rows);
    CodedRow<FunctionCode> moved = changed.rows().get(changed.rows().size() - 1);
    return Broken.of(BudgetRebuild.withTable(b, changed),
        ExpectedLocation.row(EXPENDITURE, moved.seq(), label(moved)), describe(EXPENDITURE, item)
            + " moved to the end, below 款 " + lastParent);
  }

  // ---- BAL ------------------------------------------------------------------------------------

  /**
   * BK-BAL-001: 收支总表, an income item that no cross-table or narrative rule reads
   * (用事业基金弥补收支差额) is printed with {@code d} beside a 类 row, 本年收入合计 is not raised.
   */
  static Optional<Broken> incomeItemsNotSum(DepartmentBudget b, Source s) {
    Optional<SummaryTable> table = b.summary();
    Optional<SummaryRow> year = table.flatMap(t -> t.incomeRow("本年收入合计"));
    if (year.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    List<SummaryRow> free = t.rows().stream()
        .filter(r -> r.seq() < year.get().seq() && r.incomeItem().isEmpty())
        .collect(Collectors.toList());
    if (free.isEmpty()) {
      return Optional.empty();
    }
    SummaryRow row = s.pick(free);
    Amount d = Deltas.any(s);
    int column = t.incomeColumns().get(0).number();
    TreeMap<Integer, Amount> cells = BudgetRebuild.cellsOf(row);
    cells.put(column, d);
    List<SummaryRow> rows = new ArrayList<>();
    for (SummaryRow r : t.rows()) {
      rows.add(r != row ? r
          : SummaryRow.builder().from(r).incomeItem("用事业基金弥补收支差额").cells(cells).build());
    }
    return Broken.of(BudgetRebuild.withTable(b, BudgetRebuild.withRows(t, rows)),
        cell(t, year.get(), column), t.kind().baseTitle() + " 序号" + row.seq()
            + " income item 用事业基金弥补收支差额 " + Deltas.text(d) + " added: 本年收入合计 is no"
            + " longer the sum of the income items");
  }

  /**
   * BK-BAL-004: 收支总表, a 类 row printed a second time, just above 本年支出合计, with {@code d}:
   * the cross-table rules take a 类's first row, the sum of the 类 rows takes both.
   */
  static Optional<Broken> classRowsNotSum(DepartmentBudget b, Source s) {
    Optional<SummaryTable> table = b.summary();
    Optional<SummaryRow> year = table.flatMap(t -> t.expenditureRow("本年支出合计"));
    if (year.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    List<SummaryRow> classes = t.rows().stream()
        .filter(r -> r.seq() < year.get().seq() && r.expenditureItem().isPresent())
        .collect(Collectors.toList());
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    SummaryRow again = s.pick(classes);
    int column = t.expenditureColumns().get(0).number();
    Amount d = Deltas.any(s);
    List<SummaryRow> rows = new ArrayList<>(t.rows());
    int at = rows.indexOf(year.get());
    rows.add(at, SummaryRow.builder().seq(0).expenditureItem(again.expenditureItem().get())
        .cells(new TreeMap<>(Map.of(column, d))).build());
    SummaryTable changed = BudgetRebuild.withRows(t, rows);
    SummaryRow total = changed.rows().get(at + 1);
    return Broken.of(BudgetRebuild.withTable(b, changed), cell(changed, total, column),
        t.kind().baseTitle() + " " + again.expenditureItem().get().strip() + " printed again with "
            + Deltas.text(d) + ": 本年支出合计 is no longer the sum of the 类 rows");
  }

  /**
   * BK-BAL-002: 财政拨款收支总表, {@code d} of 年初财政拨款结转和结余, broken down as 一般公共预算拨款
   * below it, but 收入总计 not raised.
   */
  static Optional<Broken> totalIncomeNotSum(DepartmentBudget b, Source s) {
    return fiscalCarryOver(b, s, true);
  }

  /**
   * BK-BAL-003: 财政拨款收支总表, the breakdown of 年初财政拨款结转和结余 prints {@code d} of
   * 一般公共预算拨款, the 结转和结余 itself nothing.
   */
  static Optional<Broken> carryOverNotSumOfSources(DepartmentBudget b, Source s) {
    return fiscalCarryOver(b, s, false);
  }

  private static Optional<Broken> fiscalCarryOver(DepartmentBudget b, Source s,
      boolean carryToo) {
    Optional<SummaryTable> table = b.fiscalSummary();
    Optional<SummaryRow> carry = table.flatMap(t -> t.incomeRow("年初财政拨款结转和结余"));
    Optional<SummaryRow> total = table.flatMap(t -> t.incomeRow("收入总计"));
    if (carry.isEmpty() || total.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    Optional<SummaryRow> breakdown = t.rows().stream()
        .filter(r -> r.seq() > carry.get().seq() && r.seq() < total.get().seq()
            && r.incomeItem().filter(i -> i.contains("一般公共预算")).isPresent()).findFirst();
    if (breakdown.isEmpty()) {
      return Optional.empty();
    }
    int column = t.incomeColumns().get(0).number();
    Amount d = Deltas.any(s);
    CellChanges c = new CellChanges(b).set(t.kind(), breakdown.get(), column, d);
    if (carryToo) {
      c.set(t.kind(), carry.get(), column, d);
    }
    return Broken.of(c.apply(), cell(t, carryToo ? total.get() : carry.get(), column),
        t.kind().baseTitle() + (carryToo ? " 年初财政拨款结转和结余 and its" : " the")
            + " 一般公共预算拨款 breakdown " + Deltas.text(d) + ": " + (carryToo
            ? "收入总计 is no longer 本年收入合计 + 年初结转和结余"
            : "年初财政拨款结转和结余 is no longer the sum of its breakdown"));
  }

  /** BK-BAL-005: 收支总表, 年终结转结余 prints {@code d}, 支出总计 is not raised. */
  static Optional<Broken> totalExpenditureNotSum(DepartmentBudget b, Source s) {
    return yearEndCarryOver(b, s, false);
  }

  /**
   * BK-BAL-006: 收支总表, 年终结转结余 prints {@code d} and 支出总计 is raised by it, so that it is
   * still 本年支出合计 + 年终结转结余; 收入总计 is not.
   */
  static Optional<Broken> unbalanced(DepartmentBudget b, Source s) {
    return yearEndCarryOver(b, s, true);
  }

  private static Optional<Broken> yearEndCarryOver(DepartmentBudget b, Source s,
      boolean totalToo) {
    Optional<SummaryTable> table = b.summary();
    Optional<SummaryRow> carry = table.flatMap(t -> t.expenditureRow("年终结转结余"));
    Optional<SummaryRow> total = table.flatMap(t -> t.expenditureRow("支出总计"));
    if (carry.isEmpty() || total.isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    int column = t.expenditureColumns().get(0).number();
    Amount d = Deltas.any(s);
    CellChanges c = new CellChanges(b).set(t.kind(), carry.get(), column,
        carry.get().amount(column).plus(d));
    if (totalToo) {
      c.add(t.kind(), total.get(), d, column);
    }
    return Broken.of(c.apply(), cell(t, total.get(), column), t.kind().baseTitle()
        + " 年终结转结余 " + Deltas.signed(d) + (totalToo
            ? " and 支出总计 with it: 支出总计 no longer equals 收入总计"
            : ": 支出总计 is no longer 本年支出合计 + 年终结转结余"));
  }

  // ---- helpers --------------------------------------------------------------------------------

  static boolean isSection(CodedRow<?> r) {
    return r.code().filter(c -> c.level() == CodeLevel.SECTION).isPresent();
  }

  static boolean isItem(CodedRow<?> r) {
    return r.code().filter(c -> c.level() == CodeLevel.ITEM).isPresent();
  }

  static Amount min(Amount a, Amount b) {
    return a.isLessThan(b) ? a : b;
  }
}
