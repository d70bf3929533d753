package io.budgetkit.io.csv;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.CsvInput.Row;
import io.budgetkit.io.internal.Excerpts;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the nine tables as a CSV file in its published layout: a header of 序号 and each
 * column's printed name with its 栏次 ({@code 合计(3)}), one line per printed row, a blank cell
 * where the document prints a blank. A reader finds each column by its 栏次, so columns may come
 * in any order and amount columns that are blank throughout may be left out.
 */
final class TableFiles {

  /** The header of the row number column. */
  static final String SEQ = "序号";

  private static final Pattern HEADER = Pattern.compile("(.*)\\(([0-9]{1,4})\\)");

  private TableFiles() {}

  /** The header of a column: its short printed name and 栏次, e.g. {@code 科目编码(1)}. */
  static String header(Column c) {
    return c.shortName() + "(" + c.number() + ")";
  }

  static String key(int number) {
    return "#" + number;
  }

  /** Writes a table. */
  static String write(DisclosureTable table) {
    TableLayout layout = table.layout();
    List<String> header = new ArrayList<>();
    header.add(SEQ);
    layout.columns().forEach(c -> header.add(header(c)));
    List<String[]> rows = Grid.withHeader(header);
    for (TableRow row : table.rows()) {
      String[] cells = new String[header.size()];
      cells[0] = Integer.toString(row.seq());
      int label = 0;
      for (Column c : layout.columns()) {
        String v;
        switch (c.type()) {
          case AMOUNT:
            v = Cells.amount(row.cells().get(c.number()), layout.precision());
            break;
          case CODE:
            v = ((CodedRow<?>) row).code().map(Object::toString).orElse(null);
            break;
          case NAME:
            v = Cells.text(((CodedRow<?>) row).name(), false);
            break;
          default:
            v = labelText(row, label++);
        }
        cells[c.number()] = v;
      }
      rows.add(cells);
    }
    return CsvOutput.write(BudgetCsv.tableFile(table.kind()), rows);
  }

  private static String labelText(TableRow row, int label) {
    if (row instanceof SummaryRow) {
      SummaryRow s = (SummaryRow) row;
      return Cells.text((label == 0 ? s.incomeItem() : s.expenditureItem()).orElse(null), true);
    }
    if (row instanceof ThreePublicRow) {
      return Cells.text(((ThreePublicRow) row).item(), false);
    }
    throw new IllegalArgumentException("A label column in a table of " + row.getClass());
  }

  /** Reads a table of the given layout, title and note. */
  static DisclosureTable read(String source, String text, TableLayout layout, String title,
      String note) {
    String what = layout.kind().baseTitle();
    List<String> required = new ArrayList<>();
    required.add(SEQ);
    layout.columns().stream().filter(c -> c.type() != ColumnType.AMOUNT)
        .forEach(c -> required.add(key(c.number())));
    Grid g = Grid.read(source, text, what + " (" + SEQ + ", "
            + String.join(", ", layout.columns().stream().map(TableFiles::header)
                .toArray(String[]::new)) + ")",
        h -> keyOf(h, layout), required,
        k -> k.equals(SEQ) ? SEQ : header(layout.column(Integer.parseInt(k.substring(1)))
            .orElseThrow()));
    try {
      switch (layout.kind().shape()) {
        case TWO_SIDED:
          return summary(g, layout, title, note);
        case ITEM_ROWS:
          return threePublic(g, layout, title, note);
        case ECONOMIC_ROWS:
          return coded(g, layout, title, note, EconomicCode::parse);
        default:
          return coded(g, layout, title, note, FunctionCode::parse);
      }
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new BudgetFormatException(e.getMessage(), source, null, 0, 0, e);
    }
  }

  private static String keyOf(String header, TableLayout layout) {
    if (header.equals(SEQ)) {
      return SEQ;
    }
    Matcher m = HEADER.matcher(header);
    if (!m.matches()) {
      throw new IllegalArgumentException("Unknown column header " + Excerpts.quote(header)
          + "; expected " + SEQ + " or a column's name with its 栏次, e.g. "
          + header(layout.columns().get(0)));
    }
    int number = Integer.parseInt(m.group(2));
    Column c = layout.column(number).orElseThrow(() -> new IllegalArgumentException(
        "Column header " + Excerpts.quote(header) + ": " + layout.kind().baseTitle()
            + " has no 栏次" + number + " (it has 1 to " + layout.columns().size() + ")"));
    String name = m.group(1);
    if (!name.equals(c.shortName()) && !name.equals(c.name())) {
      throw new IllegalArgumentException("Column header " + Excerpts.quote(header) + ": 栏次"
          + number + " of " + layout.kind().baseTitle() + " is " + header(c));
    }
    return key(number);
  }

  private static SortedMap<Integer, Amount> cells(Grid g, Row r, TableLayout layout) {
    SortedMap<Integer, Amount> cells = new TreeMap<>();
    for (Column c : layout.amountColumns()) {
      g.amount(r, key(c.number()), layout.precision()).ifPresent(a -> cells.put(c.number(), a));
    }
    return cells;
  }

  private static SummaryTable summary(Grid g, TableLayout layout, String title, String note) {
    SummaryTable.Builder t = SummaryTable.builder();
    t.layout(layout).title(title);
    if (note != null) {
      t.note(note);
    }
    String income = key(layout.labelColumns().get(0).number());
    String expenditure = key(layout.labelColumns().get(1).number());
    for (Row r : g.rows()) {
      SummaryRow.Builder row = SummaryRow.builder();
      row.seq(g.integer(r, SEQ)).putAllCells(cells(g, r, layout));
      String in = g.text(r, income, true);
      String out = g.text(r, expenditure, true);
      if (in != null) {
        row.incomeItem(in);
      }
      if (out != null) {
        row.expenditureItem(out);
      }
      t.addRows(row.build());
    }
    return t.build();
  }

  private static ThreePublicTable threePublic(Grid g, TableLayout layout, String title,
      String note) {
    ThreePublicTable.Builder t = ThreePublicTable.builder();
    t.layout(layout).title(title);
    if (note != null) {
      t.note(note);
    }
    String item = key(layout.labelColumns().get(0).number());
    for (Row r : g.rows()) {
      t.addRows(ThreePublicRow.builder().seq(g.integer(r, SEQ)).item(g.text(r, item, false))
          .putAllCells(cells(g, r, layout)).build());
    }
    return t.build();
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> coded(Grid g,
      TableLayout layout, String title, String note, Function<String, C> codes) {
    CodedTable.Builder<C> t = CodedTable.builder();
    t.layout(layout).title(title);
    if (note != null) {
      t.note(note);
    }
    String code = null;
    String name = null;
    for (Column c : layout.columns()) {
      if (c.type() == ColumnType.CODE) {
        code = key(c.number());
      } else if (c.type() == ColumnType.NAME) {
        name = key(c.number());
      }
    }
    for (Row r : g.rows()) {
      CodedRow.Builder<C> row = CodedRow.builder();
      row.seq(g.integer(r, SEQ)).name(g.text(r, name, false)).putAllCells(cells(g, r, layout));
      g.parsed(r, code, "code", codes).ifPresent(row::code);
      t.addRows(row.build());
    }
    return t.build();
  }

}
