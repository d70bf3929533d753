package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnSum;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks of single generated tables by plain arithmetic, written apart from the generators: the
 * sums are recomputed here from the printed cells. Each returns the problems found, empty if none.
 */
final class BlockChecks {

  private BlockChecks() {}

  /**
   * A coded table: one 合计 row first; codes of the edition named as it names them, each printed
   * once after its parent; 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every amount column; every row
   * satisfies the layout's column sums.
   */
  static <C extends ClassificationCode<C>> List<String> codedTable(CodedTable<C> t,
      CatalogEdition edition) {
    List<String> problems = new ArrayList<>(columnSums(t));
    List<CodedRow<C>> rows = t.rows();
    if (rows.isEmpty() || !rows.get(0).isTotal()) {
      problems.add("the first row is not the 合计 row");
      return problems;
    }
    List<String> seen = new ArrayList<>();
    for (CodedRow<C> row : rows.subList(1, rows.size())) {
      if (row.code().isEmpty()) {
        problems.add(row + ": a second row without code");
        continue;
      }
      C code = row.code().get();
      if (!edition.name(code).equals(Optional.of(row.name()))) {
        problems.add(row + ": named '" + row.name() + "', the edition says " + edition.name(code));
      }
      if (seen.contains(code.value())) {
        problems.add(row + ": printed twice");
      }
      code.parent().ifPresent(p -> {
        if (!seen.contains(p.value())) {
          problems.add(row + ": printed before (or without) its parent " + p);
        }
      });
      seen.add(code.value());
    }
    for (Column column : t.layout().amountColumns()) {
      int c = column.number();
      Amount classes = Amount.ZERO;
      for (CodedRow<C> row : rows) {
        if (row.code().isEmpty()) {
          continue;
        }
        C code = row.code().get();
        if (code.level() == CodeLevel.CLASS) {
          classes = classes.plus(row.amount(c));
        }
        if (code.level() != CodeLevel.ITEM && hasChildren(rows, code)) {
          Amount children = Amount.ZERO;
          for (CodedRow<C> other : rows) {
            if (other.code().flatMap(ClassificationCode::parent).filter(code::equals)
                .isPresent()) {
              children = children.plus(other.amount(c));
            }
          }
          if (!children.equals(row.amount(c))) {
            problems.add(row + ": 栏次" + c + " is not the sum of its rows below, " + children);
          }
        }
      }
      if (!classes.equals(rows.get(0).amount(c))) {
        problems.add("合计 栏次" + c + " is not the sum of the 类 rows, " + classes);
      }
    }
    return problems;
  }

  private static <C extends ClassificationCode<C>> boolean hasChildren(List<CodedRow<C>> rows,
      C code) {
    return rows.stream().anyMatch(r -> r.code().flatMap(ClassificationCode::parent)
        .filter(code::equals).isPresent());
  }

  /** Every row of a table satisfies each column sum of its layout. */
  static List<String> columnSums(DisclosureTable t) {
    List<String> problems = new ArrayList<>();
    for (TableRow row : t.rows()) {
      for (ColumnSum sum : t.layout().columnSums()) {
        Amount parts = Amount.ZERO;
        for (int p : sum.parts()) {
          parts = parts.plus(row.amount(p));
        }
        if (!parts.equals(row.amount(sum.total()))) {
          problems.add(row + ": " + sum + " does not hold, the parts add up to " + parts);
        }
      }
    }
    return problems;
  }

  /** A “三公” table: printed in its layout, its lines add up in every column, column sums hold. */
  static List<String> threePublic(ThreePublicTable t, ThreePublicLayout layout) {
    List<String> problems = new ArrayList<>(columnSums(t));
    if (t.rowLayout() != layout) {
      problems.add("printed in layout " + t.rowLayout() + ", not " + layout);
    }
    if (layout == ThreePublicLayout.EMPTY) {
      if (t.note().isEmpty()) {
        problems.add("an empty table without its note");
      }
      return problems;
    }
    line(t, problems, ThreePublicLine.SUBTOTAL, ThreePublicLine.OVERSEAS,
        ThreePublicLine.VEHICLES, ThreePublicLine.RECEPTION);
    line(t, problems, ThreePublicLine.OVERSEAS, ThreePublicLine.OVERSEAS_ACADEMIC,
        ThreePublicLine.OVERSEAS_OTHER);
    line(t, problems, ThreePublicLine.VEHICLES, ThreePublicLine.VEHICLE_PURCHASE,
        ThreePublicLine.VEHICLE_OPERATION);
    if (layout == ThreePublicLayout.FULL) {
      line(t, problems, ThreePublicLine.MEETINGS, ThreePublicLine.MEETINGS_UNIVERSITY,
          ThreePublicLine.MEETINGS_OTHER);
      line(t, problems, ThreePublicLine.TOTAL, ThreePublicLine.SUBTOTAL,
          ThreePublicLine.MEETINGS, ThreePublicLine.TRAINING);
    } else if (layout == ThreePublicLayout.TOTAL_WITHOUT_MEETINGS) {
      line(t, problems, ThreePublicLine.TOTAL, ThreePublicLine.SUBTOTAL);
    }
    return problems;
  }

  private static void line(ThreePublicTable t, List<String> problems, ThreePublicLine total,
      ThreePublicLine... parts) {
    for (Column column : t.layout().amountColumns()) {
      int c = column.number();
      Amount sum = Amount.ZERO;
      for (ThreePublicLine p : parts) {
        sum = sum.plus(t.row(p).map(r -> r.amount(c)).orElse(Amount.ZERO));
      }
      Amount printed = t.row(total).map(r -> r.amount(c)).orElse(null);
      if (!sum.equals(printed)) {
        problems.add(total + " 栏次" + c + " is " + printed + ", its lines add up to " + sum);
      }
    }
  }

  /** The 项 rows of a coded table. */
  static <C extends ClassificationCode<C>> long items(CodedTable<C> t) {
    return t.rows().stream().filter(r -> r.code().filter(c -> c.level() == CodeLevel.ITEM)
        .isPresent()).count();
  }

  /** Rows of a “三公” table that print no cell, for counting. */
  static long blankRows(ThreePublicTable t) {
    return t.rows().stream().map(ThreePublicRow::cells).filter(java.util.Map::isEmpty).count();
  }
}
