package io.budgetkit.importer.disclosure;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.CellValues;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.disclosure.TextRows.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nine-table reader behind {@link DisclosureRecognizer}: walks the items of a document (lines
 * of text and rows of cells, whatever the format) through the tables.
 */
final class TableReader {

  /**
   * The department, 预算年度 and 单位 lines under a title, joined: the name runs up to the first
   * {@code 预算年度：} and nothing is given back. A lazy {@code (.*?)} before a greedy {@code
   * (\S+)$} retried the rest of the text at every {@code 预算年度}: quadratic on a hostile header.
   */
  private static final Pattern META = Pattern.compile("^([0-9]{3,6})\\s*+((?:(?!预算年度[：:]).)*+)"
      + "预算年度[：:]\\s*+([0-9]{4})\\s*+单位[：:]\\s*+(\\S++)$");
  private static final Pattern INTEGER = Pattern.compile("[0-9]+");
  private static final Pattern PAGE_META = Pattern.compile("[0-9]{3,6}[^0-9年.].*");
  private static final Pattern PLACEHOLDER = Pattern.compile("-+|—+");

  /**
   * A data row as read, before its cells are parsed; continuation rows are merged into it, each
   * appended to a builder of its cell (copying the cell for each is quadratic in their number).
   */
  private static final class RawRow {
    /** The item the row starts at: its pos, and its cells' origins. */
    final Item item;
    final int pos;
    final String text;
    final List<String> cells;
    /** Where each of {@link #cells} was printed (a row completed by the next has theirs). */
    final List<Origin> origins;
    private List<StringBuilder> continued;

    RawRow(Item item, List<String> cells) {
      this.item = item;
      this.pos = item.pos;
      this.text = item.text;
      this.cells = new ArrayList<>(cells);
      this.origins = new ArrayList<>(cells.size());
      addOrigins(item, cells.size());
    }

    /** Adds the origins of an item's first {@code n} cells. */
    void addOrigins(Item from, int n) {
      for (int i = 0; i < n; i++) {
        origins.add(from.cellOrigin(i));
      }
    }

    /** Where a cell was printed: its own place, else where the row starts. */
    Origin origin(int column) {
      Origin o = column < origins.size() ? origins.get(column) : null;
      return o != null ? o : item.origin;
    }

    /** Appends the cells of a continuation row, from its cell {@code 1} on. */
    void continueWith(List<String> more) {
      if (continued == null) {
        continued = new ArrayList<>();
      }
      for (int i = 1; i < more.size(); i++) {
        while (continued.size() <= i) {
          continued.add(null);
        }
        if (i >= cells.size()) {
          cells.add("");
        }
        if (continued.get(i) == null) {
          continued.set(i, new StringBuilder(cells.get(i)));
        }
        continued.get(i).append(more.get(i));
      }
    }

    /** Puts the continued cells back into {@link #cells}: called before the cells are read. */
    void finish() {
      if (continued != null) {
        for (int i = 0; i < continued.size(); i++) {
          if (continued.get(i) != null) {
            cells.set(i, continued.get(i).toString());
          }
        }
        continued = null;
      }
    }
  }

  private enum Zone { HEADER, DATA }

  /** A table being read. */
  private final class Draft {
    final TableKind kind;
    final TableLayout layout;
    final String title;
    /** The title's item, counted from 1. */
    final int pos;
    final List<RawRow> rows = new ArrayList<>();
    final List<String> meta = new ArrayList<>();
    boolean headerStarted;
    boolean columnsSeen;
    String note;
    RawRow shortRow;

    Draft(TableKind kind, String title, int pos) {
      this.kind = kind;
      this.layout = profile.requireLayout(kind);
      this.title = title;
      this.pos = pos;
    }

    int width() {
      return layout.columns().size() + 1;
    }
  }

  private final TextRows rows;
  private final String source;
  private final Function<Origin, SourceRef> place;
  private final SourceMap.Builder sources = new SourceMap.Builder();
  private final java.util.BitSet placed;
  private final DisclosureProfile profile = DisclosureProfile.common();
  private final List<ImportDiagnostic> diagnostics = new ArrayList<>();
  private final Map<TableKind, DisclosureTable> tables = new LinkedHashMap<>();
  private final Map<TableKind, Integer> tableLines = new LinkedHashMap<>();
  private BudgetKind budgetKind;
  private String departmentCode;
  private String departmentName;
  private Integer year;
  private int cellsRead;

  private Draft current;
  private Zone zone;
  private int outsideStart;
  private int outsideEnd;

  /** With the items (counted from 1) other readers placed, which are not reported as unread. */
  TableReader(TextRows rows, String source, java.util.BitSet placed,
      Function<Origin, SourceRef> place) {
    this.rows = rows;
    this.source = source;
    this.place = place;
    this.placed = placed;
    this.sections = SectionReaders.read(rows);
  }

  private final SectionReaders sections;

  ImportResult read() {
    for (Item e : rows.all) {
      accept(e);
    }
    finishTable();
    closeOutside();
    for (TableKind kind : TableKind.standard()) {
      if (!tables.containsKey(kind)) {
        error("table.missing", 0, "", "表" + kind.standardNumber() + " " + kind.baseTitle()
            + ": the table was not found in " + source);
      }
    }
    if (departmentCode == null) {
      error("department.missing", 0, "", "no line gives the department code and name, "
          + "预算年度 and 单位 under a table title");
    }
    BudgetBuilder b = DepartmentBudget.builder()
        .department(departmentCode == null ? "unknown" : departmentCode,
            departmentName == null ? "" : departmentName)
        .year(year == null ? 0 : year)
        .kind(budgetKind == null ? BudgetKind.DEPARTMENT : budgetKind);
    tables.values().forEach(b::table);
    sections.apply(b);
    diagnostics.addAll(sections.diagnostics);
    return new ImportResult(b.build(), diagnostics, cellsRead, null, sources.build());
  }

  // ---------------------------------------------------------------- the table walk

  private void accept(Item e) {
    if (current == null && sections.claimed().get(e.pos)) {
      closeOutside(); // read by SectionReaders
      return;
    }
    if (!e.isRow()) {
      TableKind kind = titleKind(e.text);
      if (kind != null) {
        startTable(kind, e);
        return;
      }
      String text = clean(e.text);
      if (current == null) {
        outside(e);
        return;
      }
      if (zone == Zone.HEADER) {
        if (!current.headerStarted) {
          current.meta.add(text);
        }
        return;
      }
      if (text.startsWith("注")) {
        if (current.note != null) {
          warn("table.note", e.pos, e.text, current.kind.baseTitle()
              + ": a second note; the first is kept");
        } else {
          current.note = text;
        }
      } else if (INTEGER.matcher(text).matches() && text.length() <= 4) {
        return; // page-number debris (LAYOUTS §8 item 3, 13)
      } else if (isPageMeta(text)) {
        zone = Zone.HEADER; // a PDF page repeats the unit / year lines and the header
      } else {
        finishTable();
        outside(e);
      }
      return;
    }
    if (current == null) {
      outside(e);
      return;
    }
    String first = squeeze(e.cell(0));
    if (first.equals("栏次") || first.equals("档次")) {
      checkColumns(e);
      current.columnsSeen = true;
      zone = Zone.DATA;
      return;
    }
    if (zone == Zone.HEADER) {
      if (first.equals("序号")) {
        current.headerStarted = true;
      } else if (!current.headerStarted) {
        for (int i = 0; i < e.cells.size(); i++) {
          current.meta.add(clean(e.cell(i)));
        }
      } else if (current.columnsSeen && INTEGER.matcher(first).matches()) {
        zone = Zone.DATA; // a page that repeats the header without its 栏次 row
        dataRow(e);
      }
      return;
    }
    if (first.equals("序号")) {
      zone = Zone.HEADER; // the header repeated on a new page
      return;
    }
    dataRow(e);
  }

  private void startTable(TableKind kind, Item e) {
    finishTable();
    closeOutside();
    String title = clean(e.text);
    BudgetKind prefix = title.startsWith("单位预算") ? BudgetKind.UNIT : BudgetKind.DEPARTMENT;
    if (budgetKind == null) {
      budgetKind = prefix;
    } else if (budgetKind != prefix) {
      warn("title.prefix", e.pos, e.text, "the title says " + prefix.titlePrefix()
          + " where earlier titles say " + budgetKind.titlePrefix());
    }
    current = new Draft(kind, title, e.pos);
    zone = Zone.HEADER;
  }

  private void dataRow(Item e) {
    Draft d = current;
    List<String> cells = new ArrayList<>(e.cells.size());
    for (int i = 0; i < e.cells.size(); i++) {
      cells.add(e.cell(i));
    }
    if (cells.size() < d.width()) {
      // a row of fewer cells than the schema's columns: a cell ending in a newline split a row
      // in two (LAYOUTS §8 item 6); the rows that follow complete it
      if (d.shortRow != null) {
        d.shortRow.cells.addAll(cells);
        d.shortRow.addOrigins(e, cells.size());
        if (d.shortRow.cells.size() >= d.width()) {
          RawRow joined = d.shortRow;
          d.shortRow = null;
          addRaw(d, joined);
        }
      } else {
        d.shortRow = new RawRow(e, cells);
      }
      return;
    }
    flushShort(d);
    addRaw(d, new RawRow(e, cells));
  }

  private void addRaw(Draft d, RawRow row) {
    boolean blank = row.cells.stream().allMatch(CellValues::isBlank);
    if (blank) {
      return; // the one row of blank cells of an empty table (LAYOUTS §8 item 11)
    }
    if (CellValues.isBlank(row.cells.get(0))) {
      // a continuation row: a row or a name split across lines or pages (§8 items 16, 17)
      if (d.rows.isEmpty()) {
        error("row.continuation", row.pos, row.text, d.kind.baseTitle()
            + ": a row without 序号 and no row before it to continue");
        return;
      }
      d.rows.get(d.rows.size() - 1).continueWith(row.cells);
      return;
    }
    d.rows.add(row);
  }

  private void flushShort(Draft d) {
    if (d.shortRow != null) {
      RawRow s = d.shortRow;
      d.shortRow = null;
      error("row.short", s.pos, s.text, d.kind.baseTitle() + ": a row of " + s.cells.size()
          + " cells where the table has " + d.width() + " (序号 and 栏次1-"
          + (d.width() - 1) + "); its columns cannot be told, the row is not read");
    }
  }

  private void checkColumns(Item e) {
    int n = current.layout.columns().size();
    List<String> nums = new ArrayList<>();
    for (int i = 1; i < e.cells.size(); i++) {
      String c = squeeze(e.cell(i));
      if (!c.isEmpty()) {
        nums.add(c);
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      expected.add(Integer.toString(i));
    }
    if (!nums.equals(expected)) {
      warn("table.columns", e.pos, e.text, current.kind.baseTitle() + ": the 栏次 row reads "
          + nums + ", the table's schema has 栏次1-" + n + "; cells are read by the schema");
    }
  }

  private void finishTable() {
    Draft d = current;
    if (d == null) {
      return;
    }
    current = null;
    flushShort(d);
    if (!d.columnsSeen) {
      warn("table.no-columns", d.pos, d.title, d.kind.baseTitle()
          + ": no 栏次 row; the header was read up to the end of the table");
    }
    readMeta(d);
    if (tables.containsKey(d.kind)) {
      error("table.duplicate", d.pos, d.title, d.kind.baseTitle() + " is printed again ("
          + d.rows.size() + " rows); the table at L" + tableLines.get(d.kind)
          + " is kept and this one is not read");
      return;
    }
    DisclosureTable t = build(d);
    sources.table(d.kind, placeOf(rows.all.get(d.pos - 1).origin));
    tables.put(d.kind, t);
    tableLines.put(d.kind, lineOf(d.pos));
  }

  private void readMeta(Draft d) {
    String joined = String.join("", d.meta).replaceAll("\\s+", " ").strip();
    Matcher m = META.matcher(joined);
    if (!m.matches()) {
      warn("table.meta", d.pos, d.title, d.kind.baseTitle() + ": the department, 预算年度 "
          + "and 单位 lines under the title do not read as such: '" + TextRows.excerpt(joined)
          + "'");
      return;
    }
    String code = m.group(1);
    String name = squeezeCjk(m.group(2));
    int y = Integer.parseInt(m.group(3));
    if (!m.group(4).equals("万元")) {
      warn("table.unit", d.pos, d.title, d.kind.baseTitle() + ": printed in " + m.group(4)
          + "; amounts are read as printed, in the profile's unit (万元)");
    }
    if (departmentCode == null) {
      departmentCode = code;
      departmentName = name;
      year = y;
    } else if (!departmentCode.equals(code) || !departmentName.equals(name) || year != y) {
      warn("table.department", d.pos, d.title, d.kind.baseTitle() + ": " + code + " " + name
          + " " + y + " differs from " + departmentCode + " " + departmentName + " " + year
          + " of the first table");
    }
  }

  private boolean isPageMeta(String text) {
    String s = squeeze(text);
    if (s.startsWith("预算年") || s.startsWith("单位：") || s.startsWith("单位:")) {
      return true;
    }
    return departmentCode != null ? s.startsWith(departmentCode)
        : PAGE_META.matcher(s).matches();
  }

  private void outside(Item e) {
    if (placed.get(e.pos)) {
      closeOutside(); // read by another reader: the unread region ends here
      return;
    }
    if (outsideStart == 0) {
      outsideStart = e.pos;
    }
    outsideEnd = e.pos;
  }

  private void closeOutside() {
    if (outsideStart != 0) {
      String what = tables.isEmpty() && current == null ? "before the first table"
          : "outside the nine tables";
      Item first = rows.all.get(outsideStart - 1);
      Item last = rows.all.get(outsideEnd - 1);
      diagnostics.add(ImportDiagnostic.of("region.unread", Severity.INFO, first.line,
          first.text, "L" + first.line + "-L" + last.line + " (" + what
              + "): not read by this importer (front matter, or tables of the sections that no "
              + "reader places)").aboutItem(first.pos));
      outsideStart = 0;
      outsideEnd = 0;
    }
  }

  // ---------------------------------------------------------------- building the tables

  private DisclosureTable build(Draft d) {
    d.rows.forEach(RawRow::finish);
    TableShape shape = d.kind.shape();
    switch (shape) {
      case TWO_SIDED:
        return buildSummary(d);
      case ITEM_ROWS:
        return buildThreePublic(d);
      case ECONOMIC_ROWS:
        return buildCoded(d, EconomicCode::parse);
      default:
        return buildCoded(d, FunctionCode::parse);
    }
  }

  /** The cells of a row by 栏次 (index 0 is the 序号), or null if the row cannot be read. */
  private Integer seqOf(Draft d, RawRow r) {
    String seq = squeeze(r.cells.get(0));
    if (!INTEGER.matcher(seq).matches() || seq.length() > 6) {
      error("row.seq", r.pos, r.text, d.kind.baseTitle() + ": '" + r.cells.get(0)
          + "' is not a 序号; the row is not read");
      return null;
    }
    for (int i = d.width(); i < r.cells.size(); i++) {
      if (!CellValues.isBlank(r.cells.get(i))) {
        error("row.wide", r.pos, r.text, d.kind.baseTitle() + " 序号" + seq + ": "
            + (r.cells.size() - 1) + " cells where the table has " + (d.width() - 1)
            + " columns; which cell is in which column cannot be told, the row is not read");
        return null;
      }
    }
    int n = Integer.parseInt(seq);
    sources.row(d.kind, n, placeOf(r.origin(0)));
    for (int c = 1; c < d.width(); c++) {
      sources.cell(d.kind, n, c, placeOf(r.origin(c)));
    }
    return n;
  }

  private String cell(RawRow r, int column) {
    return column < r.cells.size() ? r.cells.get(column) : "";
  }

  private SortedMap<Integer, Amount> amounts(Draft d, RawRow r, int seq) {
    SortedMap<Integer, Amount> cells = new TreeMap<>();
    for (Column c : d.layout.amountColumns()) {
      String text = squeeze(cell(r, c.number()));
      if (text.isEmpty()) {
        continue;
      }
      if (PLACEHOLDER.matcher(text).matches()) {
        diagnostics.add(ImportDiagnostic.of("cell.placeholder", Severity.INFO, lineOf(r.pos),
            r.text, d.kind.baseTitle() + " 序号" + seq + " 栏次" + c.number() + ": '" + text
                + "' read as a blank cell").aboutItem(r.pos)
            .withSource(placeOf(r.origin(c.number()))));
        continue;
      }
      try {
        CellValues.parse(text).ifPresent(a -> cells.put(c.number(), a));
        cellsRead++;
      } catch (IllegalArgumentException | ArithmeticException ex) {
        diagnostics.add(ImportDiagnostic.of("cell.amount", Severity.ERROR, lineOf(r.pos),
            r.text, d.kind.baseTitle() + " 序号" + seq + " 栏次" + c.number() + " (" + c.name()
                + "): '" + text + "' is not an amount (" + ex.getMessage()
                + "); the cell is not read").aboutItem(r.pos)
            .withSource(placeOf(r.origin(c.number()))));
      }
    }
    return cells;
  }

  private String label(RawRow r, int column) {
    String s = clean(cell(r, column));
    if (!s.isEmpty()) {
      cellsRead++;
    }
    return s;
  }

  private SummaryTable buildSummary(Draft d) {
    SummaryTable.Builder t = SummaryTable.builder();
    t.layout(d.layout).title(d.title);
    List<Column> labels = d.layout.labelColumns();
    for (RawRow r : d.rows) {
      Integer seq = seqOf(d, r);
      if (seq == null) {
        continue;
      }
      SummaryRow.Builder row = SummaryRow.builder();
      row.seq(seq);
      String income = label(r, labels.get(0).number());
      String expenditure = label(r, labels.get(1).number());
      if (!income.isEmpty()) {
        row.incomeItem(income);
      }
      if (!expenditure.isEmpty()) {
        row.expenditureItem(expenditure);
      }
      row.putAllCells(amounts(d, r, seq));
      t.addRows(row.build());
    }
    if (d.note != null) {
      t.note(d.note);
    }
    return t.build();
  }

  private ThreePublicTable buildThreePublic(Draft d) {
    ThreePublicTable.Builder t = ThreePublicTable.builder();
    t.layout(d.layout).title(d.title);
    int labelColumn = d.layout.labelColumns().get(0).number();
    for (RawRow r : d.rows) {
      Integer seq = seqOf(d, r);
      if (seq == null) {
        continue;
      }
      t.addRows(ThreePublicRow.builder().seq(seq).item(label(r, labelColumn))
          .putAllCells(amounts(d, r, seq)).build());
    }
    if (d.note != null) {
      t.note(d.note);
    }
    return t.build();
  }

  private <C extends ClassificationCode<C>> CodedTable<C> buildCoded(Draft d,
      Function<String, C> parse) {
    CodedTable.Builder<C> t = CodedTable.builder();
    t.layout(d.layout).title(d.title);
    int codeColumn = columnOf(d.layout, ColumnType.CODE);
    int nameColumn = columnOf(d.layout, ColumnType.NAME);
    for (RawRow r : d.rows) {
      Integer seq = seqOf(d, r);
      if (seq == null) {
        continue;
      }
      String codeText = squeeze(cell(r, codeColumn));
      C code = null;
      if (!codeText.isEmpty()) {
        try {
          code = parse.apply(codeText);
        } catch (IllegalArgumentException ex) {
          error("cell.code", r.pos, r.text, d.kind.baseTitle() + " 序号" + seq + ": '"
              + codeText + "' is not a classification code (" + ex.getMessage()
              + "); the row is not read");
          continue;
        }
        cellsRead++;
      }
      CodedRow.Builder<C> row = CodedRow.builder();
      row.seq(seq).name(label(r, nameColumn)).putAllCells(amounts(d, r, seq));
      if (code != null) {
        row.code(code);
      }
      t.addRows(row.build());
    }
    if (d.note != null) {
      t.note(d.note);
    }
    return t.build();
  }

  private static int columnOf(TableLayout layout, ColumnType type) {
    return layout.columns().stream().filter(c -> c.type() == type).findFirst()
        .map(Column::number).orElseThrow(() -> new IllegalStateException(
            layout.kind() + " has no " + type + " column"));
  }

  // ---------------------------------------------------------------- text

  private static final Map<TableKind, List<String>> TITLE_KEYS = titleKeys();

  private static Map<TableKind, List<String>> titleKeys() {
    Map<TableKind, List<String>> keys = new LinkedHashMap<>();
    for (TableKind k : TableKind.standard()) {
      List<String> list = new ArrayList<>();
      for (BudgetKind b : BudgetKind.values()) {
        list.add(Text.matchKey(k.title(b)));
        if (k.equals(TableKind.GOVERNMENT_FUND_EXPENDITURE)) {
          list.add(Text.matchKey(b.titlePrefix() + "政府基金预算财政拨款支出表"));
        }
      }
      keys.put(k, list);
    }
    return keys;
  }

  static TableKind titleKind(String line) {
    // every title ends in 表: a cheap test first, as this runs on every line
    if (line.indexOf('\t') >= 0 || line.length() > 80 || line.indexOf('表') < 0) {
      return null;
    }
    String key = Text.matchKey(Text.dropBookmarks(line));
    for (Map.Entry<TableKind, List<String>> e : TITLE_KEYS.entrySet()) {
      if (e.getValue().contains(key)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** A label as printed: bookmarks dropped, trimmed. */
  private static String clean(String s) {
    return Text.dropBookmarks(s).strip();
  }

  /** Removes all whitespace: for 序号, codes and amounts split by spaces (§8 items 14, 15). */
  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!CjkSpaces.isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Removes the spaces a PDF converter injects (§8 items 18, 20): every whitespace run except
   * one between two ASCII letters or digits, which is kept as one space.
   */
  static String squeezeCjk(String s) {
    return CjkSpaces.undo(s.strip(), (text, before, next) -> false);
  }

  // ---------------------------------------------------------------- diagnostics

  // Each takes the item (counted from 1) the diagnostic is about, 0 for the whole document: the
  // diagnostic says the item's line, and the recognizer places it in the document's files. A
  // diagnostic about one cell (cell.amount, cell.placeholder) is placed at that cell here.

  private void error(String code, int pos, String text, String message) {
    add(code, Severity.ERROR, pos, text, message);
  }

  private void warn(String code, int pos, String text, String message) {
    add(code, Severity.WARNING, pos, text, message);
  }

  private void add(String code, Severity severity, int pos, String text, String message) {
    diagnostics.add(ImportDiagnostic.of(code, severity, lineOf(pos), text, message)
        .aboutItem(pos));
  }

  private SourceRef placeOf(Origin o) {
    return o == null ? null : place.apply(o);
  }

  /** The line of an item (counted from 1), 0 for none. */
  private int lineOf(int pos) {
    return pos > 0 ? rows.all.get(pos - 1).line : 0;
  }
}
