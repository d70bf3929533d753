package io.budgetkit.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.io.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the amounts of budgets in the long ("tidy") format for analytics: one line per printed
 * amount, with a Frictionless Tabular Data Package descriptor ({@code datapackage.json}) in the
 * style of the Fiscal Data Package, so that pandas, R, Excel and OpenSpending-style tools open it
 * as is. Writing only: read budgets back from {@link BudgetCsv}'s folder format, which is
 * lossless; this one keeps only the tables' amounts.
 *
 * <p>Columns: {@code department_code, department_name, year, budget_kind, table_id,
 * table_title, row_seq, row_code, row_name, column_number, column_name, amount}. A blank cell
 * has no line; a printed 0 has one. {@code amount} is in 万元 as {@link
 * io.budgetkit.core.amount.Amount#toString()} prints it, whatever unit the table is printed in.
 * {@code row_name} is the printed name of the row on the side of the column (收入 or 支出 in a
 * two-sided table). Text cells follow {@link BudgetCsv}'s formula guard. Lines come in the order
 * of the budgets, their tables, rows and columns. A text is written as it is, a U+FEFF inside a
 * name included (this file is never read back as a budget, and a CSV reader keeps it as data).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TidyCsv {

  /** The name of the data file. */
  public static final String DATA = "budget-amounts.csv";

  /** The name of the descriptor. */
  public static final String DESCRIPTOR = "datapackage.json";

  private static final List<String> HEADER = List.of("department_code", "department_name", "year",
      "budget_kind", "table_id", "table_title", "row_seq", "row_code", "row_name",
      "column_number", "column_name", "amount");

  private TidyCsv() {}

  /**
   * Returns the tidy CSV of the budgets' tables.
   *
   * @param budgets the budgets
   * @return the CSV text, "\n" line ends
   * @throws IllegalArgumentException if a text holds an unpaired surrogate, which UTF-8 cannot
   *     encode; the message names the row and column
   */
  public static String write(List<DepartmentBudget> budgets) {
    List<String[]> rows = Grid.withHeader(HEADER);
    for (DepartmentBudget b : budgets) {
      for (DisclosureTable t : b.tables()) {
        for (TableRow r : t.rows()) {
          for (Map.Entry<Integer, io.budgetkit.core.amount.Amount> cell : r.cells().entrySet()) {
            Column c = t.layout().column(cell.getKey()).orElseThrow();
            rows.add(new String[] {b.departmentCode(), Cells.text(b.departmentName(), false),
                Integer.toString(b.year()), b.kind().name().toLowerCase(Locale.ROOT),
                t.kind().id(), Cells.text(t.title(), false), Integer.toString(r.seq()),
                code(r), Cells.text(name(t, r, c), false), Integer.toString(c.number()),
                Cells.text(c.name(), false), cell.getValue().toString()});
          }
        }
      }
    }
    return CsvOutput.write(DATA, rows, true);
  }

  private static String code(TableRow r) {
    return r instanceof CodedRow ? ((CodedRow<?>) r).code().map(Object::toString).orElse(null)
        : null;
  }

  private static String name(DisclosureTable t, TableRow r, Column c) {
    if (r instanceof CodedRow) {
      return ((CodedRow<?>) r).name();
    }
    if (r instanceof ThreePublicRow) {
      return ((ThreePublicRow) r).item();
    }
    SummaryRow s = (SummaryRow) r;
    List<Column> labels = t.layout().labelColumns();
    boolean income = c.number() < labels.get(1).number();
    return (income ? s.incomeItem() : s.expenditureItem()).orElse("");
  }

  /**
   * Returns the {@code datapackage.json} that describes {@link #DATA}.
   *
   * @return the descriptor, "\n" line ends
   */
  public static String descriptor() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode pkg = f.objectNode();
    pkg.put("profile", "tabular-data-package");
    pkg.put("name", "budgetkit-budget-amounts");
    pkg.put("title", "部门预算公开 amounts (BudgetKit tidy CSV)");
    ArrayNode resources = pkg.putArray("resources");
    ObjectNode r = resources.addObject();
    r.put("profile", "tabular-data-resource");
    r.put("name", "budget-amounts");
    r.put("path", DATA);
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    field(fields, "department_code", "string", "预算单位编码", "administrative-classification:generic:code");
    field(fields, "department_name", "string", "预算单位名称", "administrative-classification:generic:label");
    field(fields, "year", "integer", "预算年度", "date:fiscal-year");
    field(fields, "budget_kind", "string", "department (部门预算) or unit (单位预算)", null);
    field(fields, "table_id", "string", "the table: summary, income, expenditure, fiscal-summary, "
        + "general-public-expenditure, basic-expenditure, government-fund-expenditure, "
        + "state-capital-expenditure, three-public", null);
    field(fields, "table_title", "string", "the table's printed title", null);
    field(fields, "row_seq", "integer", "序号 of the row", null);
    field(fields, "row_code", "string", "科目编码: functional (功能分类) or, in basic-expenditure, "
        + "economic (经济分类); empty for 合计 and label rows", null);
    field(fields, "row_name", "string", "the row's printed name (科目名称 or 项目)", null);
    field(fields, "column_number", "integer", "栏次 of the column", null);
    field(fields, "column_name", "string", "the column's printed name, group/name", null);
    field(fields, "amount", "number", "amount in 万元 (10,000 CNY), exact", "value");
    ArrayNode key = schema.putArray("primaryKey");
    for (String k : List.of("department_code", "year", "budget_kind", "table_id", "row_seq",
        "column_number")) {
      key.add(k);
    }
    try {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      return Manifest.mapper().writer(pretty).writeValueAsString(pkg) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void field(ArrayNode fields, String name, String type, String description,
      String columnType) {
    ObjectNode f = fields.addObject();
    f.put("name", name);
    f.put("type", type);
    f.put("description", description);
    if (columnType != null) {
      f.put("columnType", columnType);
    }
    if (name.equals("amount")) {
      f.put("decimalChar", ".");
      f.put("groupChar", "");
    }
    if (name.equals("year") || name.equals("amount") || name.equals("table_id")) {
      f.putObject("constraints").put("required", true);
    }
  }

  /**
   * Writes {@link #DATA} and {@link #DESCRIPTOR} into a folder, creating it if needed. Both are
   * produced first and written to temporary files in the folder, then moved over the old ones:
   * if anything fails, the previous files are left as they were.
   *
   * @param budgets the budgets
   * @param folder the folder
   * @throws IllegalArgumentException as {@link #write(List)} does
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void writeFolder(List<DepartmentBudget> budgets, Path folder) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(DATA, write(new ArrayList<>(budgets)).getBytes(StandardCharsets.UTF_8));
    files.put(DESCRIPTOR, descriptor().getBytes(StandardCharsets.UTF_8));
    try {
      AtomicFiles.writeAll(folder, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
