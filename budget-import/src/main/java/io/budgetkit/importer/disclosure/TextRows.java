package io.budgetkit.importer.disclosure;

import io.budgetkit.core.internal.Text;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a disclosure grouped into rows of cells and plain lines, for the readers of the
 * sections after the nine tables (projects, procurement, fixed assets). A DOCX cell continued on
 * lines without a TAB keeps its lines apart, joined by {@code \n} (LAYOUTS §8 item 5).
 */
final class TextRows {

  /** A row of cells, or a plain line (cells null), with the lines it spans (1-based). */
  static final class Item {
    final int line;
    int endLine;
    final String text;
    final List<String> cells;

    Item(int line, String text, List<String> cells) {
      this.line = line;
      this.endLine = line;
      this.text = text;
      this.cells = cells;
    }

    boolean isRow() {
      return cells != null;
    }

    /** A cell with its lines joined, or "" past the end. */
    String cell(int i) {
      return i < cells.size() ? cells.get(i).replace("\n", "") : "";
    }

    /** A cell's lines (DOCX multi-line cells), or the one line. */
    List<String> cellLines(int i) {
      return i < cells.size() ? List.of(cells.get(i).split("\n", -1)) : List.of();
    }
  }

  final List<String> lines;
  final boolean pdf;
  final BitSet claimed = new BitSet();

  TextRows(List<String> lines) {
    this.lines = lines;
    this.pdf = detectPdf(lines);
  }

  static boolean detectPdf(List<String> lines) {
    long docx = 0;
    long pdfRows = 0;
    for (String l : lines) {
      int tab = l.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      if (tab == 0 && l.indexOf('\t', 1) < 0) {
        docx++;
      } else if (tab > 0 && l.indexOf('\t', tab + 1) > 0) {
        pdfRows++;
      }
    }
    return pdfRows > docx;
  }

  /**
   * The plain text of a line: bookmarks dropped, trimmed. The bookmarks go by a linear scan
   * ({@link Text#dropBookmarks}), not by {@code \[bookmark:[^\]]*\]}, which is quadratic on a
   * line of unclosed ones.
   */
  static String plain(String line) {
    return Text.dropBookmarks(line).strip();
  }

  /** The items from line index {@code from} (0-based) up to (excluding) {@code to}. */
  List<Item> items(int from, int to) {
    List<Item> out = new ArrayList<>();
    Item row = null;
    // The last cell of the DOCX row being read, while lines without TAB continue it: appended
    // to a builder, as copying the cell for each line is quadratic in the number of lines.
    StringBuilder last = null;
    for (int i = from; i < to; i++) {
      String l = lines.get(i);
      if (pdf) {
        if (l.isBlank()) {
          continue;
        }
        out.add(l.indexOf('\t') >= 0 ? new Item(i + 1, l, new ArrayList<>(List.of(l.split("\t", -1))))
            : new Item(i + 1, l, null));
        continue;
      }
      if (l.startsWith("\t")) {
        if (row == null) {
          row = new Item(i + 1, l, new ArrayList<>());
          out.add(row);
        }
        endCell(row, last);
        last = null;
        row.cells.add(stripTrailingTabs(l.substring(1)));
        row.endLine = i + 1;
      } else if (l.isBlank()) {
        endCell(row, last);
        last = null;
        row = null;
      } else if (row != null && !isTitle(l)) {
        if (last == null) {
          last = new StringBuilder(row.cells.get(row.cells.size() - 1));
        }
        last.append('\n').append(stripTrailingTabs(l));
        row.endLine = i + 1;
      } else {
        endCell(row, last);
        last = null;
        row = null;
        out.add(new Item(i + 1, l, null));
      }
    }
    endCell(row, last);
    return out;
  }

  /** Puts the continued last cell of a row back, if a line continued it. */
  private static void endCell(Item row, StringBuilder last) {
    if (last != null) {
      row.cells.set(row.cells.size() - 1, last.toString());
    }
  }

  /** The longest text quoted whole in a message; longer text is shortened by {@link #excerpt}. */
  static final int MAX_QUOTED = 80;

  /**
   * Text to quote in a message: as it is up to {@link #MAX_QUOTED} characters, else its start and
   * end around an ellipsis with its length, so that a hostile cell of a million characters does
   * not make a message of a million.
   */
  static String excerpt(String s) {
    if (s.length() <= MAX_QUOTED) {
      return s;
    }
    int head = Character.isHighSurrogate(s.charAt(49)) ? 49 : 50; // never half a pair
    int tail = Character.isLowSurrogate(s.charAt(s.length() - 20)) ? 19 : 20;
    return s.substring(0, head) + "…" + s.substring(s.length() - tail) + " (" + s.length()
        + " characters)";
  }

  /** A line without the TAB runs that Excel-pasted cells leave at its end. */
  static String stripTrailingTabs(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\t') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Matched only on lines under 120 characters: its backtracking is bounded by that. */
  static final Pattern PROJECT_TITLE = Pattern.compile("[0-9]+[、.．].{1,80}绩效目标表");

  // Each title test starts with a character the title has, however it is spaced: cheap, and
  // they run on every line.

  static boolean isProcurementTitle(String line) {
    return line.indexOf('采') >= 0 && line.indexOf('\t') < 0
        && isPrefixed(SPACES.matcher(plain(line)).replaceAll(""), "政府采购预算");
  }

  static boolean isAssetTitle(String line) {
    return line.indexOf('资') >= 0 && line.indexOf('\t') < 0
        && isPrefixed(SPACES.matcher(plain(line)).replaceAll(""), "固定资产占用情况表");
  }

  /** Tells whether a squeezed title is 部门 or 单位 followed by the title. */
  private static boolean isPrefixed(String squeezed, String title) {
    return squeezed.length() == title.length() + 2
        && (squeezed.startsWith("部门") || squeezed.startsWith("单位"))
        && squeezed.endsWith(title);
  }

  static boolean isProjectTitle(String line) {
    return line.length() < 120 && line.indexOf('表') >= 0 && line.indexOf('\t') < 0
        && PROJECT_TITLE.matcher(SPACES.matcher(plain(line)).replaceAll("")).matches();
  }

  static boolean isTitle(String line) {
    return isProcurementTitle(line) || isAssetTitle(line) || isProjectTitle(line);
  }

  /** A label as printed: bookmarks dropped, trimmed; in PDF text, converter spaces removed. */
  String label(String s) {
    String t = plain(s);
    return pdf ? TableReader.squeezeCjk(t) : t;
  }

  /**
   * All whitespace removed: for amounts, codes and numbers. The ASCII whitespace of {@code \s},
   * the full-width space and the no-break space, by a loop: it runs on every cell.
   */
  static String squeeze(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000' || c == '\u00a0';
      if (space && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!space && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** ASCII whitespace runs, removed from a title before it is compared. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  void claim(int fromLine, int toLine) {
    claimed.set(fromLine, toLine + 1);
  }
}
