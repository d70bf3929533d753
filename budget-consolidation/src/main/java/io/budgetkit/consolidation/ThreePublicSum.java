package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The running sums of the “三公” table, line by line ({@link ThreePublicLine}; a row of no known
 * line by its label). An empty table (layout A) contributes zeros. Non-empty tables printing
 * different sets of lines conflict ({@link ConflictKind#THREE_PUBLIC_LAYOUT}); under REPORT the
 * result prints the lines all of them print.
 */
final class ThreePublicSum extends TableSum {

  /** A line: its label (the smallest printed) and summed cells. */
  private static final class Line {
    String label;
    final TreeMap<Integer, Amount> cells = new TreeMap<>();
  }

  /** Lines by sort key: the line's ordinal (two digits), or "99" and the label's key. */
  private final TreeMap<String, Line> lines = new TreeMap<>();
  /** The sets of lines printed (a layout), with who printed them. */
  private final TreeMap<String, Sample> layouts = new TreeMap<>();
  private final TreeMap<String, TreeSet<String>> layoutLines = new TreeMap<>();

  ThreePublicSum(TableLayout layout) {
    super(layout);
  }

  private static String key(ThreePublicRow r) {
    return r.line().map(l -> String.format("%02d", l.ordinal()))
        .orElse("99" + Text.matchKey(r.item()));
  }

  @Override
  void addRows(DisclosureTable table, String department, Conflicts conflicts) {
    TreeSet<String> keys = new TreeSet<>();
    for (ThreePublicRow r : ((ThreePublicTable) table).rows()) {
      String k = key(r);
      keys.add(k);
      Line line = lines.computeIfAbsent(k, x -> new Line());
      line.label = Cells.min(line.label, r.item());
      String label = r.item().strip();
      Cells.add(line.cells, r.cells(), c -> Cells.cell(layout, label, c),
          () -> "those of " + department);
    }
    String signature = describe(keys);
    if (!layouts.isEmpty() && !layouts.containsKey(signature)) {
      Map.Entry<String, Sample> other = layouts.firstEntry();
      conflicts.clash(ConflictKind.THREE_PUBLIC_LAYOUT, "the “三公” table of " + department
          + " prints the lines " + signature + ", that of " + other.getValue() + " "
          + other.getKey());
    }
    layouts.computeIfAbsent(signature, x -> new Sample()).add(department);
    layoutLines.putIfAbsent(signature, keys);
  }

  @Override
  void mergeRows(TableSum that, Conflicts conflicts, Supplier<String> inputs) {
    ThreePublicSum other = (ThreePublicSum) that;
    for (Map.Entry<String, Line> e : other.lines.entrySet()) {
      Line line = lines.computeIfAbsent(e.getKey(), x -> new Line());
      line.label = Cells.min(line.label, e.getValue().label);
      String label = line.label.strip();
      Cells.add(line.cells, e.getValue().cells, c -> Cells.cell(layout, label, c), inputs);
    }
    for (Map.Entry<String, Sample> e : other.layouts.entrySet()) {
      if (!layouts.isEmpty() && !layouts.containsKey(e.getKey())) {
        Map.Entry<String, Sample> mine = layouts.firstEntry();
        conflicts.clash(ConflictKind.THREE_PUBLIC_LAYOUT, "the “三公” tables of " + e.getValue()
            + " print the lines " + e.getKey() + ", those of " + mine.getValue() + " "
            + mine.getKey());
      }
      layouts.computeIfAbsent(e.getKey(), x -> new Sample()).merge(e.getValue());
      layoutLines.putIfAbsent(e.getKey(), other.layoutLines.get(e.getKey()));
    }
  }

  private static String describe(TreeSet<String> keys) {
    return labels(keys).toString();
  }

  /** The labels of lines by their keys: a known line's label, else the printed label's key. */
  private static List<String> labels(TreeSet<String> keys) {
    List<String> names = new ArrayList<>();
    for (String k : keys) {
      names.add(k.startsWith("99") ? k.substring(2)
          : ThreePublicLine.values()[Integer.parseInt(k)].label());
    }
    return names;
  }

  @Override
  DisclosureTable build(BudgetKind kind, CatalogEdition edition, List<Conflict> conflicts) {
    ThreePublicTable.Builder t = ThreePublicTable.builder();
    t.layout(layout).title(layout.title(kind));
    note().ifPresent(t::note);
    if (isEmpty()) {
      return t.build();
    }
    TreeSet<String> printed = new TreeSet<>(lines.keySet());
    if (layouts.size() > 1) {
      List<Conflict.Variant> variants = new ArrayList<>();
      for (Map.Entry<String, Sample> e : layouts.entrySet()) {
        printed.retainAll(layoutLines.get(e.getKey()));
        variants.add(e.getValue().printed(labels(layoutLines.get(e.getKey()))));
      }
      TreeSet<String> dropped = new TreeSet<>(lines.keySet());
      dropped.removeAll(printed);
      conflicts.add(Conflict.between(ConflictKind.THREE_PUBLIC_LAYOUT, layout.kind().baseTitle(),
          variants, "THREE_PUBLIC_LAYOUT.resolution",
          Map.of("printed", labels(printed), "dropped", labels(dropped))));
    }
    int seq = 0;
    for (String k : printed) {
      Line line = lines.get(k);
      t.addRows(ThreePublicRow.builder().seq(++seq).item(line.label).putAllCells(line.cells)
          .build());
    }
    return t.build();
  }
}
