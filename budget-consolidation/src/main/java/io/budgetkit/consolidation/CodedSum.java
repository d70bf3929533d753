package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The running sums of one table of coded rows: rows keyed by code (the rows without a code, the
 * 合计, by their name), cells summed per 栏次, and the names each code is printed with.
 */
final class CodedSum extends TableSum {

  /** A row: its names and summed cells. */
  private static final class Row {
    final Names names = new Names();
    final TreeMap<Integer, Amount> cells = new TreeMap<>();
  }

  private final TreeMap<String, Row> uncoded = new TreeMap<>();
  private final TreeMap<String, Row> coded = new TreeMap<>();

  CodedSum(TableLayout layout) {
    super(layout);
  }

  @Override
  void addRows(DisclosureTable table, String department, Conflicts conflicts) {
    for (CodedRow<?> r : ((CodedTable<?>) table).rows()) {
      Row row = r.code().isPresent() ? coded.computeIfAbsent(r.code().get().value(), k -> new Row())
          : uncoded.computeIfAbsent(Text.matchKey(r.name()), k -> new Row());
      Optional<Names.Variant> other = row.names.add(r.name(), department);
      if (other.isPresent() && r.code().isPresent()) {
        conflicts.nameClash(where(r.code().get().value()), other.get().printed,
            other.get().departments.toString(), r.name(), department);
      }
      String label = r.code().map(c -> c.value()).orElse(r.name().strip());
      Cells.add(row.cells, r.cells(), c -> Cells.cell(layout, label, c),
          () -> "those of " + department);
    }
  }

  @Override
  void mergeRows(TableSum that, Conflicts conflicts, Supplier<String> inputs) {
    CodedSum other = (CodedSum) that;
    mergeInto(uncoded, other.uncoded, null, inputs, false);
    mergeInto(coded, other.coded, conflicts, inputs, true);
  }

  private void mergeInto(TreeMap<String, Row> into, TreeMap<String, Row> from,
      Conflicts conflicts, Supplier<String> inputs, boolean byCode) {
    for (Map.Entry<String, Row> e : from.entrySet()) {
      Row row = into.computeIfAbsent(e.getKey(), k -> new Row());
      Optional<Names.Variant[]> clash = row.names.merge(e.getValue().names);
      if (clash.isPresent() && conflicts != null) {
        conflicts.nameClash(where(e.getKey()), clash.get()[0].printed,
            clash.get()[0].departments.toString(), clash.get()[1].printed,
            clash.get()[1].departments.toString());
      }
      String label = byCode ? e.getKey() : e.getValue().names.chosen(Optional.empty());
      Cells.add(row.cells, e.getValue().cells, c -> Cells.cell(layout, label, c), inputs);
    }
  }

  private String where(String code) {
    return layout.kind().baseTitle() + " " + code;
  }

  @Override
  DisclosureTable build(BudgetKind kind, CatalogEdition edition, List<Conflict> conflicts) {
    if (layout.kind().shape() == TableShape.ECONOMIC_ROWS) {
      return build(kind, edition, conflicts, EconomicCode::parse);
    }
    return build(kind, edition, conflicts, FunctionCode::parse);
  }

  private <C extends ClassificationCode<C>> CodedTable<C> build(BudgetKind kind,
      CatalogEdition edition, List<Conflict> conflicts, Function<String, C> parse) {
    CodedTable.Builder<C> t = CodedTable.builder();
    t.layout(layout).title(layout.title(kind));
    note().ifPresent(t::note);
    List<CodedRow<C>> rows = new ArrayList<>();
    for (Row row : uncoded.values()) {
      rows.add(CodedRow.<C>builder().seq(rows.size() + 1).name(row.names.chosen(Optional.empty()))
          .putAllCells(row.cells).build());
    }
    for (Map.Entry<String, Row> e : coded.entrySet()) {
      C code = parse.apply(e.getKey());
      Names names = e.getValue().names;
      String name = names.chosen(edition.name(code));
      if (names.conflicting()) {
        conflicts.add(Conflicts.name(where(e.getKey()), names, name, edition.name(code)));
      }
      rows.add(CodedRow.<C>builder().seq(rows.size() + 1).code(code).name(name)
          .putAllCells(e.getValue().cells).build());
    }
    if (isEmpty()) {
      rows.clear();
    }
    return t.rows(rows).build();
  }
}
