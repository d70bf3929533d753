package io.budgetkit.testkit;

import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Finding rows of a generated budget's tables, and naming them as a finding's location does. */
final class TableLookups {

  private TableLookups() {}

  /** The rows of a coded table at a level of the classification. */
  static <C extends ClassificationCode<C>> List<CodedRow<C>> rows(CodedTable<C> t,
      CodeLevel level) {
    return t.rows().stream().filter(r -> r.code().filter(c -> c.level() == level).isPresent())
        .collect(Collectors.toList());
  }

  /** The rows of a coded table that pass a test. */
  static <C extends ClassificationCode<C>> List<CodedRow<C>> rows(CodedTable<C> t,
      Predicate<CodedRow<C>> which) {
    return t.rows().stream().filter(which).collect(Collectors.toList());
  }

  /** The first row printed with a code. */
  static <C extends ClassificationCode<C>> Optional<CodedRow<C>> row(CodedTable<C> t,
      String code) {
    return t.rows().stream().filter(r -> r.code().filter(c -> c.value().equals(code)).isPresent())
        .findFirst();
  }

  /** A row's printed parent (its 款 for a 项, its 类 for a 款). */
  static <C extends ClassificationCode<C>> Optional<CodedRow<C>> parent(CodedTable<C> t,
      CodedRow<C> row) {
    return row.code().flatMap(ClassificationCode::parent).flatMap(p -> row(t, p.value()));
  }

  /** A row with its printed ancestors, nearest first, and then the 合计 row if asked. */
  static <C extends ClassificationCode<C>> List<CodedRow<C>> chain(CodedTable<C> t,
      CodedRow<C> row, boolean withTotal) {
    List<CodedRow<C>> chain = new ArrayList<>();
    for (Optional<CodedRow<C>> r = Optional.of(row); r.isPresent(); r = parent(t, r.get())) {
      chain.add(r.get());
    }
    if (withTotal) {
      t.totalRow().ifPresent(chain::add);
    }
    return chain;
  }

  /** The code of a row, or its label (合计) where it has none, as a location names it. */
  static String label(CodedRow<?> row) {
    return row.code().map(ClassificationCode::value).orElse(row.name().strip());
  }

  /** The label of a two-sided row on the side of a column. */
  static String label(SummaryTable t, SummaryRow row, int column) {
    boolean income = column < t.layout().labelColumns().get(1).number();
    return (income ? row.incomeItem() : row.expenditureItem()).map(String::strip).orElse("");
  }

  /** A cell of a coded table. */
  static ExpectedLocation cell(TableKind table, CodedRow<?> row, int column) {
    return ExpectedLocation.cell(table, row.seq(), label(row), column);
  }

  /** A cell of a two-sided table. */
  static ExpectedLocation cell(SummaryTable t, SummaryRow row, int column) {
    return ExpectedLocation.cell(t.kind(), row.seq(), label(t, row, column), column);
  }

  /** A cell of the “三公” table. */
  static ExpectedLocation cell(ThreePublicRow row, int column) {
    return ExpectedLocation.cell(TableKind.THREE_PUBLIC, row.seq(), row.item().strip(), column);
  }

  /** Describes a row for a mutation's description: table, 序号 and code or label. */
  static String describe(TableKind table, TableRow row) {
    String label = row instanceof CodedRow ? label((CodedRow<?>) row)
        : row instanceof ThreePublicRow ? ((ThreePublicRow) row).item().strip() : "";
    return table.baseTitle() + " 序号" + row.seq() + (label.isEmpty() ? "" : " " + label);
  }
}
