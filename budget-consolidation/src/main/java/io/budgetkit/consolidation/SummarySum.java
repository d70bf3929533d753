package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.StandardRows;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The running sums of a two-sided table (收支总表, 财政拨款收支总表). Above the closing rows (from
 * 本年收入合计 on) each side is summed on its own, by item; the closing rows are summed row by
 * row. An item printed twice on one side (the 财政拨款收支总表's 一、一般公共预算拨款 in the
 * carry-over breakdown) is told apart by its occurrence.
 *
 * <p>In a 部门预算 result the 收支总表 income items of a 单位预算 (事业收入, 事业单位经营收入,
 * 上级补助收入, 附属单位上缴收入, 其他收入) are added into 五、单位资金, as the 部门 template prints
 * them.
 */
final class SummarySum extends TableSum {

  private static final String UNIT_FUNDS = "单位资金";
  private static final Set<String> UNIT_FUNDS_PARTS =
      Set.of("事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入");
  private static final String CLOSING_START = "本年收入合计";

  /** An item (or a closing row): its labels and summed cells. */
  private static final class Item {
    String income;
    String expenditure;
    final TreeMap<Integer, Amount> cells = new TreeMap<>();

    void merge(Item other, TableLayout layout, Supplier<String> inputs) {
      income = Cells.min(income, other.income);
      expenditure = Cells.min(expenditure, other.expenditure);
      String label = (income == null ? "" : income.strip())
          + (income != null && expenditure != null ? " / " : "")
          + (expenditure == null ? "" : expenditure.strip());
      Cells.add(cells, other.cells, c -> Cells.cell(layout, label, c), inputs);
    }
  }

  private final BudgetKind resultKind;
  private final TreeMap<String, Item> income = new TreeMap<>();
  private final TreeMap<String, Item> expenditure = new TreeMap<>();
  private final TreeMap<String, Item> closing = new TreeMap<>();
  private final Sample unitFunds = new Sample();

  SummarySum(TableLayout layout, BudgetKind resultKind) {
    super(layout);
    this.resultKind = resultKind;
  }

  @Override
  boolean skipsEmpty() {
    return false;
  }

  static String key(String label) {
    return label == null ? "" : Text.matchKey(Text.stripOrdinal(label));
  }

  @Override
  void addRows(DisclosureTable table, String department, Conflicts conflicts) {
    SummaryTable t = (SummaryTable) table;
    Supplier<String> from = () -> "those of " + department;
    int split = layout.labelColumns().get(1).number();
    Map<String, Integer> seen = new HashMap<>();
    Function<String, Integer> occurrence = k -> seen.merge(k, 1, Integer::sum) - 1;
    boolean closingPart = false;
    for (SummaryRow r : t.rows()) {
      String in = r.incomeItem().orElse(null);
      String out = r.expenditureItem().orElse(null);
      closingPart |= key(in).equals(CLOSING_START);
      if (closingPart) {
        String k = key(in) + "|" + key(out);
        Item item = new Item();
        item.income = in;
        item.expenditure = out;
        item.cells.putAll(r.cells());
        closing.computeIfAbsent(k + "#" + occurrence.apply("C" + k), x -> new Item())
            .merge(item, layout, from);
        continue;
      }
      if (in != null || !r.cells().headMap(split).isEmpty()) {
        String k = key(in);
        String label = in;
        int n = occurrence.apply("I" + k);
        if (layout.kind().equals(TableKind.SUMMARY) && resultKind == BudgetKind.DEPARTMENT
            && UNIT_FUNDS_PARTS.contains(k)) {
          k = UNIT_FUNDS;
          label = StandardRows.incomeItems(TableKind.SUMMARY, BudgetKind.DEPARTMENT).get(4);
        } else if (resultKind == BudgetKind.UNIT && k.equals(UNIT_FUNDS)
            && !r.cells().headMap(split).isEmpty()) {
          unitFunds.add(department);
          conflicts.clash(ConflictKind.INCOME_ITEMS, "a 单位预算 cannot split the 单位资金 "
              + "printed in the 收支总表 of " + department + " into its income items");
        }
        Item item = new Item();
        item.income = label;
        item.cells.putAll(r.cells().headMap(split));
        income.computeIfAbsent(k + "#" + n, x -> new Item()).merge(item, layout, from);
      }
      if (out != null || !r.cells().tailMap(split).isEmpty()) {
        String k = key(out);
        Item item = new Item();
        item.expenditure = out;
        item.cells.putAll(r.cells().tailMap(split));
        expenditure.computeIfAbsent(k + "#" + occurrence.apply("E" + k), x -> new Item())
            .merge(item, layout, from);
      }
    }
  }

  @Override
  void mergeRows(TableSum that, Conflicts conflicts, Supplier<String> inputs) {
    SummarySum other = (SummarySum) that;
    other.income.forEach((k, v) -> income.computeIfAbsent(k, x -> new Item())
        .merge(v, layout, inputs));
    other.expenditure.forEach((k, v) -> expenditure.computeIfAbsent(k, x -> new Item())
        .merge(v, layout, inputs));
    other.closing.forEach((k, v) -> closing.computeIfAbsent(k, x -> new Item())
        .merge(v, layout, inputs));
    unitFunds.merge(other.unitFunds);
  }

  @Override
  DisclosureTable build(BudgetKind kind, CatalogEdition edition, List<Conflict> conflicts) {
    if (unitFunds.count() > 0) {
      conflicts.add(Conflict.about(ConflictKind.INCOME_ITEMS, layout.kind().baseTitle() + " "
          + UNIT_FUNDS, unitFunds, "INCOME_ITEMS", "INCOME_ITEMS.resolution", Map.of()));
    }
    List<String> standardIncome = new ArrayList<>();
    StandardRows.incomeItems(layout.kind(), kind).forEach(i -> standardIncome.add(key(i) + "#0"));
    List<String> standardExpenditure = new ArrayList<>();
    for (SummaryRowName n : edition.summaryRows()) {
      standardExpenditure.add(key(n.printedLabel()) + "#0");
    }
    List<String> standardClosing = new ArrayList<>();
    for (StandardRows.ClosingRow c : StandardRows.closingRows(layout.kind())) {
      String out = c.expenditureItem().isEmpty() ? null : c.expenditureItem();
      standardClosing.add(key(c.incomeItem()) + "|" + key(out) + "#0");
    }
    List<Item> in = ordered(income, standardIncome);
    List<Item> out = ordered(expenditure, standardExpenditure);
    SummaryTable.Builder t = SummaryTable.builder();
    t.layout(layout).title(layout.title(kind));
    note().ifPresent(t::note);
    int seq = 0;
    for (int i = 0; i < Math.max(in.size(), out.size()); i++) {
      SummaryRow.Builder row = SummaryRow.builder().seq(++seq);
      if (i < in.size()) {
        add(row, in.get(i).income, null, in.get(i).cells);
      }
      if (i < out.size()) {
        add(row, null, out.get(i).expenditure, out.get(i).cells);
      }
      t.addRows(row.build());
    }
    for (Item c : ordered(closing, standardClosing)) {
      SummaryRow.Builder row = SummaryRow.builder().seq(++seq);
      add(row, c.income, c.expenditure, c.cells);
      t.addRows(row.build());
    }
    return t.build();
  }

  private static void add(SummaryRow.Builder row, String income, String expenditure,
      Map<Integer, Amount> cells) {
    if (income != null && !income.isBlank()) {
      row.incomeItem(income);
    }
    if (expenditure != null && !expenditure.isBlank()) {
      row.expenditureItem(expenditure);
    }
    row.putAllCells(cells);
  }

  /** The items of the standard order first, in that order, then the others by key. */
  private static List<Item> ordered(TreeMap<String, Item> items, List<String> standard) {
    Map<String, Item> rest = new LinkedHashMap<>(items);
    List<Item> result = new ArrayList<>();
    for (String k : standard) {
      Item item = rest.remove(k);
      if (item != null) {
        result.add(item);
      }
    }
    result.addAll(rest.values());
    return result;
  }
}
