package io.budgetkit.rules.bal;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.StandardRows.ClosingRow;
import io.budgetkit.core.profile.StandardRows;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The balance of the two-sided tables, the 收支总表 and the 财政拨款收支总表 (area {@code BAL}).
 *
 * <ul>
 *   <li>{@code BK-BAL-001}: 本年收入合计 equals the sum of the income items printed above it;</li>
 *   <li>{@code BK-BAL-002}: 收入总计 equals 本年收入合计 + 上年结转结余 (in the 财政拨款收支总表:
 *       年初财政拨款结转和结余);</li>
 *   <li>{@code BK-BAL-003}: in the 财政拨款收支总表, 年初财政拨款结转和结余 equals the sum of its
 *       breakdown by source printed below it (rows 34-36 of the template);</li>
 *   <li>{@code BK-BAL-004}: 本年支出合计 equals the sum of the functional 类 rows (the 31 rows of the
 *       catalog edition of the budget year, 人行科目 included), in every expenditure column;</li>
 *   <li>{@code BK-BAL-005}: 支出总计 equals 本年支出合计 + 年终结转结余 (年末财政拨款结转和结余), in
 *       every expenditure column;</li>
 *   <li>{@code BK-BAL-006}: 收入总计 equals 支出总计.</li>
 * </ul>
 *
 * <p>Rows are found by their printed labels ({@link StandardRows}), ignoring spacing, the
 * ordinal and the width of punctuation, so that PDF text such as {@code 本年收入 合计} matches. A
 * carry-over row printed under another label is taken to be the first labelled row between the
 * year's total and the grand total. A row that cannot be found is skipped. A sum compares the
 * cells that are printed: a blank cell is an exact zero and does not widen the rounding tolerance.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BalanceRules {

  /** BK-BAL-001: 本年收入合计 = Σ income items. */
  public static final Rule INCOME_OF_THE_YEAR = Rule.of("BK-BAL-001", Severity.ERROR,
      "本年收入合计 equals the sum of the income items",
      forEachSummary(BalanceRules::checkIncomeOfTheYear));

  /** BK-BAL-002: 收入总计 = 本年收入合计 + 上年结转结余. */
  public static final Rule TOTAL_INCOME = Rule.of("BK-BAL-002", Severity.ERROR,
      "收入总计 equals 本年收入合计 + 上年结转结余 (年初财政拨款结转和结余)",
      forEachSummary(BalanceRules::checkTotalIncome));

  /** BK-BAL-003: 年初财政拨款结转和结余 = Σ its breakdown by source. */
  public static final Rule CARRY_OVER_BY_SOURCE = Rule.of("BK-BAL-003", Severity.ERROR,
      "年初财政拨款结转和结余 equals the sum of its breakdown by source",
      forEachSummary(BalanceRules::checkCarryOverBySource));

  /** BK-BAL-004: 本年支出合计 = Σ 类 rows. */
  public static final Rule EXPENDITURE_OF_THE_YEAR = Rule.of("BK-BAL-004", Severity.ERROR,
      "本年支出合计 equals the sum of the functional 类 rows, in every expenditure column",
      forEachSummary(BalanceRules::checkExpenditureOfTheYear));

  /** BK-BAL-005: 支出总计 = 本年支出合计 + 年终结转结余. */
  public static final Rule TOTAL_EXPENDITURE = Rule.of("BK-BAL-005", Severity.ERROR,
      "支出总计 equals 本年支出合计 + 年终结转结余 (年末财政拨款结转和结余), in every expenditure"
          + " column",
      forEachSummary(BalanceRules::checkTotalExpenditure));

  /** BK-BAL-006: 收入总计 = 支出总计. */
  public static final Rule BALANCED = Rule.of("BK-BAL-006", Severity.ERROR,
      "收入总计 equals 支出总计",
      forEachSummary(BalanceRules::checkBalanced));

  private BalanceRules() {}

  /**
   * Returns the rules of this area, in id order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(INCOME_OF_THE_YEAR, TOTAL_INCOME, CARRY_OVER_BY_SOURCE,
        EXPENDITURE_OF_THE_YEAR, TOTAL_EXPENDITURE, BALANCED);
  }

  /** A check of one two-sided table, with its closing rows located. */
  @FunctionalInterface
  private interface SideCheck {
    void check(Sides sides, Findings findings);
  }

  private static Validator<DepartmentBudget> forEachSummary(SideCheck check) {
    return (budget, findings) -> {
      budget.summary().ifPresent(t -> check.check(new Sides(t), findings));
      budget.fiscalSummary().ifPresent(t -> check.check(new Sides(t), findings));
    };
  }

  private static void checkIncomeOfTheYear(Sides s, Findings findings) {
    s.yearIncome.ifPresent(total -> checkColumns(s, s.table.incomeColumns(), total,
        s.incomeItemsAbove(total), findings));
  }

  private static void checkTotalIncome(Sides s, Findings findings) {
    if (s.yearIncome.isEmpty() || s.totalIncome.isEmpty()) {
      return;
    }
    List<Integer> parts = new ArrayList<>();
    parts.add(s.yearIncome.get());
    s.carryIncome.ifPresent(parts::add);
    checkColumns(s, s.table.incomeColumns(), s.totalIncome.get(), parts, findings);
  }

  private static void checkCarryOverBySource(Sides s, Findings findings) {
    if (s.carryIncome.isEmpty() || s.totalIncome.isEmpty()) {
      return;
    }
    List<Integer> breakdown = s.labelled(s.carryIncome.get() + 1, s.totalIncome.get(),
        SummaryRow::incomeItem);
    if (!breakdown.isEmpty()) {
      checkColumns(s, s.table.incomeColumns(), s.carryIncome.get(), breakdown, findings);
    }
  }

  private static void checkExpenditureOfTheYear(Sides s, Findings findings) {
    s.yearExpenditure.ifPresent(total -> checkColumns(s, s.table.expenditureColumns(), total,
        s.classRowsAbove(total, findings), findings));
  }

  private static void checkTotalExpenditure(Sides s, Findings findings) {
    if (s.yearExpenditure.isEmpty() || s.totalExpenditure.isEmpty()) {
      return;
    }
    List<Integer> parts = new ArrayList<>();
    parts.add(s.yearExpenditure.get());
    s.carryExpenditure.ifPresent(parts::add);
    checkColumns(s, s.table.expenditureColumns(), s.totalExpenditure.get(), parts, findings);
  }

  private static void checkBalanced(Sides s, Findings findings) {
    List<Column> in = s.table.incomeColumns();
    List<Column> out = s.table.expenditureColumns();
    if (s.totalIncome.isEmpty() || s.totalExpenditure.isEmpty() || in.isEmpty()
        || out.isEmpty()) {
      return;
    }
    SummaryRow income = s.row(s.totalIncome.get());
    SummaryRow expenditure = s.row(s.totalExpenditure.get());
    int ci = in.get(0).number();
    int ce = out.get(0).number();
    if (income.cell(ci).isEmpty() && expenditure.cell(ce).isEmpty()) {
      return;
    }
    findings.checkEqual(Location.of(s.table, expenditure, ce), expenditure.amount(ce),
        Location.of(s.table, income, ci), income.amount(ci), s.table.layout().precision(),
        Map.of("total", label(expenditure, ce, s), "other", label(income, ci, s)));
  }

  /**
   * Compares a total row with part rows in each of the given columns where anything is printed,
   * the parts being the printed cells.
   */
  private static void checkColumns(Sides s, List<Column> columns, int total, List<Integer> parts,
      Findings findings) {
    SummaryRow totalRow = s.row(total);
    for (Column column : columns) {
      int c = column.number();
      List<Location> cells = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      StringBuilder items = new StringBuilder();
      for (int p : parts) {
        SummaryRow part = s.row(p);
        Optional<Amount> a = part.cell(c);
        if (a.isPresent()) {
          cells.add(Location.of(s.table, part, c));
          amounts.add(a.get());
          items.append(items.length() == 0 ? "" : " + ").append(label(part, c, s));
        }
      }
      if (totalRow.cell(c).isEmpty() && amounts.isEmpty()) {
        continue;
      }
      findings.checkSum(Location.of(s.table, totalRow, c), totalRow.amount(c), cells, amounts,
          s.table.layout().precision(), Map.of("total", label(totalRow, c, s),
              "items", items.length() == 0 ? "—" : items.toString()));
    }
  }

  /** The label of the side of a row that a column is on, without its ordinal. */
  private static String label(SummaryRow row, int column, Sides s) {
    boolean income = s.table.incomeColumns().stream().anyMatch(c -> c.number() == column);
    return (income ? row.incomeItem() : row.expenditureItem())
        .map(l -> Text.stripOrdinal(l).replaceAll("\\s+", "")).orElse("—");
  }

  private static String key(String label) {
    return Text.matchKey(Text.stripOrdinal(label));
  }

  /** A two-sided table with its closing rows located, by index into its rows. */
  private static final class Sides {
    final SummaryTable table;
    final Optional<Integer> yearIncome;
    final Optional<Integer> totalIncome;
    final Optional<Integer> carryIncome;
    final Optional<Integer> yearExpenditure;
    final Optional<Integer> totalExpenditure;
    final Optional<Integer> carryExpenditure;

    Sides(SummaryTable table) {
      this.table = table;
      List<ClosingRow> closing = StandardRows.closingRows(table.kind());
      ClosingRow year = closing.get(0);
      ClosingRow carry = closing.get(1);
      ClosingRow grand = closing.get(closing.size() - 1);
      int n = table.rows().size();
      yearIncome = find(0, n, year.incomeItem(), SummaryRow::incomeItem);
      totalIncome = find(yearIncome.map(i -> i + 1).orElse(0), n, grand.incomeItem(),
          SummaryRow::incomeItem);
      carryIncome = carry(yearIncome, totalIncome, carry.incomeItem(), SummaryRow::incomeItem);
      yearExpenditure = find(0, n, year.expenditureItem(), SummaryRow::expenditureItem);
      totalExpenditure = find(yearExpenditure.map(i -> i + 1).orElse(0), n,
          grand.expenditureItem(), SummaryRow::expenditureItem);
      carryExpenditure = carry(yearExpenditure, totalExpenditure, carry.expenditureItem(),
          SummaryRow::expenditureItem);
    }

    SummaryRow row(int index) {
      return table.rows().get(index);
    }

    /** The income items: the rows above 本年收入合计 with an income label. */
    List<Integer> incomeItemsAbove(int total) {
      return labelled(0, total, SummaryRow::incomeItem);
    }

    /**
     * The 类 rows: the rows above 本年支出合计 whose expenditure label is a 类 row of the catalog
     * edition (人行科目 included); if none is, every labelled row above it.
     */
    List<Integer> classRowsAbove(int total, Findings findings) {
      Set<String> names = new HashSet<>();
      for (SummaryRowName name : findings.context().edition().summaryRows()) {
        names.add(Text.matchKey(name.name()));
      }
      List<Integer> rows = new ArrayList<>();
      for (int i : labelled(0, total, SummaryRow::expenditureItem)) {
        if (names.contains(key(row(i).expenditureItem().get()))) {
          rows.add(i);
        }
      }
      return rows.isEmpty() ? labelled(0, total, SummaryRow::expenditureItem) : rows;
    }

    /** The rows from {@code from} (inclusive) to {@code to} (exclusive) with a label on a side. */
    List<Integer> labelled(int from, int to, Function<SummaryRow, Optional<String>> side) {
      List<Integer> rows = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (side.apply(row(i)).filter(l -> !l.isBlank()).isPresent()) {
          rows.add(i);
        }
      }
      return rows;
    }

    private Optional<Integer> find(int from, int to, String label,
        Function<SummaryRow, Optional<String>> side) {
      if (label.isEmpty()) {
        return Optional.empty();
      }
      String wanted = key(label);
      for (int i = from; i < to; i++) {
        if (side.apply(row(i)).map(l -> key(l).equals(wanted)).orElse(false)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    /**
     * The carry-over row between the year's total and the grand total: by its label, else the
     * first labelled row between them.
     */
    private Optional<Integer> carry(Optional<Integer> year, Optional<Integer> grand, String label,
        Function<SummaryRow, Optional<String>> side) {
      if (year.isEmpty() || grand.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> byLabel = find(year.get() + 1, grand.get(), label, side);
      if (byLabel.isPresent()) {
        return byLabel;
      }
      return labelled(year.get() + 1, grand.get(), side).stream().findFirst();
    }
  }
}
