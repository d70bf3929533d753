package io.budgetkit.io.text;

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

  static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");

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

  /** The plain text of a line: bookmarks dropped, trimmed. */
  static String plain(String line) {
    return BOOKMARK.matcher(line).replaceAll("").strip();
  }

  /** The items from line index {@code from} (0-based) up to (excluding) {@code to}. */
  List<Item> items(int from, int to) {
    List<Item> out = new ArrayList<>();
    Item row = null;
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
        row.cells.add(stripTrailingTabs(l.substring(1)));
        row.endLine = i + 1;
      } else if (l.isBlank()) {
        row = null;
      } else if (row != null && !isTitle(l)) {
        int last = row.cells.size() - 1;
        row.cells.set(last, row.cells.get(last) + "\n" + stripTrailingTabs(l));
        row.endLine = i + 1;
      } else {
        row = null;
        out.add(new Item(i + 1, l, null));
      }
    }
    return out;
  }

  /** A line without the TAB runs that Excel-pasted cells leave at its end. */
  static String stripTrailingTabs(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\t') {
      end--;
    }
    return s.substring(0, end);
  }

  static final Pattern PROJECT_TITLE = Pattern.compile("[0-9]+[、.．].{1,80}绩效目标表");

  static boolean isProcurementTitle(String line) {
    return line.indexOf('\t') < 0
        && plain(line).replaceAll("\\s+", "").matches("(部门|单位)政府采购预算");
  }

  static boolean isAssetTitle(String line) {
    return line.indexOf('\t') < 0
        && plain(line).replaceAll("\\s+", "").matches("(部门|单位)固定资产占用情况表");
  }

  static boolean isProjectTitle(String line) {
    return line.indexOf('\t') < 0 && line.length() < 120
        && PROJECT_TITLE.matcher(plain(line).replaceAll("\\s+", "")).matches();
  }

  static boolean isTitle(String line) {
    return isProcurementTitle(line) || isAssetTitle(line) || isProjectTitle(line);
  }

  /** A label as printed: bookmarks dropped, trimmed; in PDF text, converter spaces removed. */
  String label(String s) {
    String t = plain(s);
    return pdf ? TableReader.squeezeCjk(t) : t;
  }

  /** All whitespace removed: for amounts, codes and numbers. */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
  }

  void claim(int fromLine, int toLine) {
    claimed.set(fromLine, toLine + 1);
  }
}
