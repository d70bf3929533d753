package io.budgetkit.importer.office;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;

/**
 * The shown texts and merged regions of one worksheet, whatever the workbook format, and how
 * they become blocks.
 *
 * <p>Layout, the same for XLSX and XLS:
 * <ul>
 *   <li>Only cells whose shown text is not blank count; text under a merged region but not at
 *       its top-left corner is not shown by Excel and is left out, as is a merged region
 *       whose top-left cell is blank (an empty box carries nothing to read).
 *   <li>Leading title rows — a row whose only text is one cell in the first used column or one
 *       merged region wider than a column — become {@link TextBlock.Kind#HEADING headings}, so
 *       that recognition finds a table's title as it does in a PDF.
 *   <li>The rest of the used range (wholly empty edge rows and columns dropped) is one {@link
 *       TableBlock}; merged regions become row and column spans. Rows of text below a table stay
 *       in it: a 合计 row with only its label is a single-cell row too.
 *   <li>A sheet of title rows alone is text (a cover, a narrative part): its first row is a
 *       heading, the others paragraphs, one per line of the cell (a line break in a cell is
 *       the author's).
 * </ul>
 *
 * <p>Instances are used by one thread, for one sheet.
 */
final class SheetGrid {

  /** Excel's widest sheet: column indices stay below it, so a key packs row and column. */
  private static final long COLUMNS = 1L << 14;

  private final String file;
  private final String sheet;
  private final Map<Long, String> texts = new TreeMap<>();
  private final List<int[]> merged = new ArrayList<>();

  SheetGrid(String file, String sheet) {
    this.file = file;
    this.sheet = sheet;
  }

  /** Returns the sheet's name. */
  String sheet() {
    return sheet;
  }

  /** Returns the origin of a cell of this sheet. */
  Origin origin(int row, int column) {
    return Origin.ofCell(file, sheet, new CellReference(row, column).formatAsString(false));
  }

  /** Records the shown text of a cell; a blank one is not recorded. */
  void put(int row, int column, String text) {
    if (text != null && !text.isBlank()) {
      texts.put(key(row, column), text);
    }
  }

  /** Records a merged region, given inclusively. */
  void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    if (firstRow >= 0 && firstColumn >= 0 && lastRow >= firstRow && lastColumn >= firstColumn
        && lastColumn < COLUMNS) {
      merged.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
    }
  }

  /**
   * Returns the sheet's blocks: headings, then a table; or a heading and paragraphs.
   *
   * @throws ImportException if the used range is larger than {@link TableBlock#MAX_POSITIONS}
   */
  List<Block> blocks(List<ReadNote> notes) {
    List<Item> items = items(notes);
    List<Block> blocks = new ArrayList<>();
    if (items.isEmpty()) {
      return blocks;
    }
    // title rows: one item starting in the row, nothing from above reaching into it
    int firstColumn = items.stream().mapToInt(i -> i.column).min().getAsInt();
    int next = 0;
    int coveredTo = -1;
    List<Item> titles = new ArrayList<>();
    while (next < items.size()) {
      Item item = items.get(next);
      boolean alone = next + 1 == items.size() || items.get(next + 1).row > item.lastRow();
      boolean titleLike = item.row > coveredTo && alone
          && (item.column == firstColumn || item.columnSpan > 1);
      if (!titleLike) {
        break;
      }
      titles.add(item);
      coveredTo = item.lastRow();
      next++;
    }
    List<Item> table = items.subList(next, items.size());
    if (table.isEmpty()) {
      Item heading = titles.get(0);
      blocks.add(TextBlock.heading(heading.text.strip(), origin(heading.row, heading.column)));
      for (Item paragraph : titles.subList(1, titles.size())) {
        for (String line : paragraph.text.split("\\R")) {
          if (!line.isBlank()) {
            blocks.add(TextBlock.paragraph(line.strip(), origin(paragraph.row,
                paragraph.column)));
          }
        }
      }
      return blocks;
    }
    for (Item title : titles) {
      blocks.add(TextBlock.heading(title.text.strip(), origin(title.row, title.column)));
    }
    blocks.add(table(table));
    return blocks;
  }

  private TableBlock table(List<Item> items) {
    int top = items.get(0).row;
    int left = Integer.MAX_VALUE;
    for (Item i : items) {
      left = Math.min(left, i.column);
    }
    TableBlock.Builder table = TableBlock.builder().origin(origin(top, left));
    for (Item i : items) {
      table.addCells(Cell.builder().row(i.row - top).column(i.column - left)
          .rowSpan(i.rowSpan).columnSpan(i.columnSpan).text(i.text)
          .origin(origin(i.row, i.column)).build());
    }
    return table.build();
  }

  /**
   * Returns the cells to show, ordered by row and column: each text, with the span of the
   * merged region it starts; merged regions that overlap one taken before are left out.
   */
  private List<Item> items(List<ReadNote> notes) {
    Map<Long, int[]> regionAt = new TreeMap<>();
    long top = Long.MAX_VALUE;
    long bottom = -1;
    long left = Long.MAX_VALUE;
    long right = -1;
    for (int[] m : merged) {
      if (texts.containsKey(key(m[0], m[1])) && !regionAt.containsKey(key(m[0], m[1]))) {
        regionAt.put(key(m[0], m[1]), m);
      }
    }
    for (long k : texts.keySet()) {
      int[] m = regionAt.get(k);
      int row = (int) (k / COLUMNS);
      int column = (int) (k % COLUMNS);
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, m == null ? row : m[2]);
      right = Math.max(right, m == null ? column : m[3]);
    }
    List<Item> items = new ArrayList<>();
    if (bottom < 0) {
      return items;
    }
    long rows = bottom - top + 1;
    long columns = right - left + 1;
    if (rows * columns > TableBlock.MAX_POSITIONS) {
      throw new ImportException(file, "limit.table-size", "sheet '" + sheet + "' spans "
          + rows + " rows and " + columns + " columns (" + origin((int) top, (int) left) + " to "
          + new CellReference((int) bottom, (int) right).formatAsString(false) + "), more than"
          + " the " + TableBlock.MAX_POSITIONS + " positions a table may have", null);
    }
    boolean[][] taken = new boolean[(int) rows][(int) columns];
    for (Map.Entry<Long, String> e : texts.entrySet()) {
      long k = e.getKey();
      int row = (int) (k / COLUMNS);
      int column = (int) (k % COLUMNS);
      int[] m = regionAt.get(k);
      int lastRow = m == null ? row : m[2];
      int lastColumn = m == null ? column : m[3];
      if (taken[row - (int) top][column - (int) left]) {
        continue;
      }
      if (m != null && !free(taken, row - (int) top, column - (int) left, lastRow - (int) top,
          lastColumn - (int) left)) {
        notes.add(ReadNote.of("office.overlapping-merge", "the merged region starting at "
            + new CellReference(row, column).formatAsString(false) + " overlaps another and"
            + " is read as a single cell", origin(row, column)));
        lastRow = row;
        lastColumn = column;
      }
      for (int r = row; r <= lastRow; r++) {
        for (int c = column; c <= lastColumn; c++) {
          taken[r - (int) top][c - (int) left] = true;
        }
      }
      items.add(new Item(row, column, lastRow - row + 1, lastColumn - column + 1, e.getValue()));
    }
    return items;
  }

  private static boolean free(boolean[][] taken, int r0, int c0, int r1, int c1) {
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        if (taken[r][c]) {
          return false;
        }
      }
    }
    return true;
  }

  private static long key(int row, int column) {
    return row * COLUMNS + column;
  }

  /** A cell to show: where it starts, its span and its text. */
  private static final class Item {
    final int row;
    final int column;
    final int rowSpan;
    final int columnSpan;
    final String text;

    Item(int row, int column, int rowSpan, int columnSpan, String text) {
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.columnSpan = columnSpan;
      this.text = text;
    }

    int lastRow() {
      return row + rowSpan - 1;
    }
  }

  /** Refuses a workbook over the cell or text limits; counts as cells are read. */
  static final class Budget {
    private final String file;
    private final ReadLimits limits;
    private long cells;
    private long chars;

    Budget(String file, ReadLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    /** Counts one cell read, with its text. */
    void count(String text) {
      if (++cells > limits.maxCells()) {
        throw new ImportException(file, "limit.cells", "holds more than " + limits.maxCells()
            + " cells (ReadLimits.maxCells); reading stopped there", null);
      }
      chars += text == null ? 0 : text.length();
      if (chars > limits.maxTextChars()) {
        throw new ImportException(file, "limit.text", "holds more than "
            + limits.maxTextChars() + " characters of text (ReadLimits.maxTextChars)", null);
      }
    }
  }
}
