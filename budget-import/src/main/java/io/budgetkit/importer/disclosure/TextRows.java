package io.budgetkit.importer.disclosure;

import io.budgetkit.core.internal.Text;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A published document as the recognizer reads it, whatever its format: its blocks flattened to
 * items in reading order, each a row of cells (a row of a {@link TableBlock}'s grid) or a line of
 * text (a {@link TextBlock}), with the line it came from for diagnostics. A cell continued over
 * several lines keeps them apart, joined by {@code \n} (LAYOUTS §8 item 5).
 *
 * <p>Items are counted from 1 ({@link Item#pos}): the readers claim them by that count, which is
 * unique also in a document read from several files, whose line numbers start again in each.
 */
final class TextRows {

  /**
   * A row of cells, or a plain line (cells null), with its line (0 if unknown) and where it came
   * from: the origin of its block (a line) or of its first cell (a row), and of each of its
   * cells (a position a merged cell covers has the origin of that cell).
   */
  static final class Item {
    final int pos;
    final int line;
    final String text;
    final List<String> cells;
    final Origin origin;
    /** The origin of each cell, by position; null for a line. */
    final List<Origin> cellOrigins;

    Item(int pos, int line, String text, List<String> cells, Origin origin,
        List<Origin> cellOrigins) {
      this.pos = pos;
      this.line = line;
      this.text = text;
      this.cells = cells;
      this.origin = origin;
      this.cellOrigins = cellOrigins;
    }

    /** The origin of the cell at a position, or the row's past the end. */
    Origin cellOrigin(int i) {
      return cellOrigins != null && i < cellOrigins.size() ? cellOrigins.get(i) : origin;
    }

    boolean isRow() {
      return cells != null;
    }

    /** A cell with its lines joined, or "" past the end. */
    String cell(int i) {
      return i < cells.size() ? cells.get(i).replace("\n", "") : "";
    }

    /** A cell's lines (multi-line cells), or the one line. */
    List<String> cellLines(int i) {
      return i < cells.size() ? List.of(cells.get(i).split("\n", -1)) : List.of();
    }
  }

  /** All items, in reading order; item {@code pos} is at index {@code pos - 1}. */
  final List<Item> all;
  /** The text of each item, by index: a line's text, a row's cells joined by TABs. */
  final List<String> lines;
  final BitSet claimed = new BitSet();

  private TextRows(List<Item> all) {
    this.all = all;
    List<String> texts = new ArrayList<>(all.size());
    for (Item it : all) {
      texts.add(it.text);
    }
    this.lines = texts;
  }

  /**
   * Flattens a document's blocks to items: a text block is a line; each row of a table's grid
   * is a row of the texts of its {@link TableBlock#columnCount()} positions, a cell's text where
   * it starts (a position a merged cell covers, or no cell, is empty); a row where no cell
   * starts is left out.
   */
  static TextRows of(PublishedDocument document) {
    List<Item> items = new ArrayList<>();
    for (Block b : document.blocks()) {
      int blockLine = b.origin().line().orElse(0);
      if (b instanceof TextBlock) {
        items.add(new Item(items.size() + 1, blockLine, ((TextBlock) b).text(), null,
            b.origin(), null));
        continue;
      }
      TableBlock t = (TableBlock) b;
      List<Cell> cells = t.cells();
      int i = 0;
      while (i < cells.size()) {
        int row = cells.get(i).row();
        List<String> texts = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        int line = -1;
        Origin first = null;
        for (; i < cells.size() && cells.get(i).row() == row; i++) {
          Cell c = cells.get(i);
          Origin o = c.origin().orElse(b.origin());
          while (texts.size() < c.column()) {
            texts.add("");
            origins.add(o);
          }
          texts.add(c.text());
          origins.add(o);
          for (int k = 1; k < c.columnSpan(); k++) {
            texts.add("");
            origins.add(o);
          }
          if (line < 0) {
            line = c.origin().flatMap(co -> co.line().isPresent()
                ? Optional.of(co.line().getAsInt()) : Optional.<Integer>empty()).orElse(blockLine);
            first = o;
          }
        }
        while (texts.size() < t.columnCount()) {
          texts.add("");
          origins.add(first);
        }
        items.add(new Item(items.size() + 1, line, String.join("\t", texts), texts, first,
            origins));
      }
    }
    return new TextRows(items);
  }

  /**
   * The plain text of a line: bookmarks dropped, trimmed. The bookmarks go by a linear scan
   * ({@link Text#dropBookmarks}), not by {@code \[bookmark:[^\]]*\]}, which is quadratic on a
   * line of unclosed ones.
   */
  static String plain(String line) {
    return Text.dropBookmarks(line).strip();
  }

  /** The items from index {@code from} (0-based) up to (excluding) {@code to}. */
  List<Item> items(int from, int to) {
    return all.subList(from, to);
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

  /** A label as printed: bookmarks dropped, trimmed. */
  String label(String s) {
    return plain(s);
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

  /** Marks items {@code from} to {@code to} (counted from 1) as read. */
  void claim(int from, int to) {
    claimed.set(from, to + 1);
  }
}
