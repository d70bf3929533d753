package io.budgetkit.importer.text;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads text a person copied from a web page or a PDF viewer (format {@code pasted-text}): lines
 * whose cells are separated by TABs (a browser's copy of a table), by {@code |} (a Markdown-like
 * table, its {@code |---|} rule lines dropped) or by runs of two or more spaces (a PDF viewer's or
 * {@code pdftotext -layout}'s copy) are tables; the other lines are paragraphs, one a line.
 *
 * <p>Consecutive lines split the same way make one table. In a table of space-aligned lines the
 * columns are the runs of character positions at which the lines with the most cells (the body
 * rows) have text, and each cell of a line goes to the columns it overlaps: so a cell left empty
 * in a row stays in its column, and a header cell over several columns spans them. Blank lines inside such a table (which
 * {@code pdftotext} leaves between rows) do not end it. A table is at least two lines.
 *
 * <p>A line with no separator that is short and ends with 表, or is a numbered title like {@code
 * 二、收入总表}, or a Markdown heading ({@code ## 三公经费}), is a heading. Text copied with one cell a line (what some PDF viewers give for a
 * table) cannot be told from paragraphs without knowing the column count: it is read as
 * paragraphs.
 *
 * <p>Text has no signature, so this reader knows a file only by its name ({@code .txt}, {@code
 * .text}, {@code .tsv}, {@code .md}): other readers that claim {@code .txt} by content win. The
 * encoding is a byte order mark's, else UTF-16 by its NUL bytes, else UTF-8 if valid, else
 * GB18030.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PastedTextReader implements DocumentReader {

  private static final Set<String> EXTENSIONS = Set.of("txt", "text", "tsv", "md");

  /** A Markdown table rule: pipes, dashes, colons and spaces only, with a dash. */
  private static final Pattern RULE = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*"
      + "\\|?");

  private static final Pattern SPACES = Pattern.compile("[ \u3000]{2,}");

  /** 一、… or （一）… titles without a sentence's full stop. */
  private static final Pattern NUMBERED_TITLE = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；;]{1,24}$");

  /** A Markdown heading: {@code ## title}. */
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(\\S.*?)\\s*#*");

  /** Titles: at most this long. */
  private static final int TITLE_CHARS = 40;

  /** How a line splits into cells. */
  private enum Kind {
    BLANK, TEXT, TAB, PIPE, RULE, SPACES
  }

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public PastedTextReader() {}

  @Override
  public String format() {
    return "pasted-text";
  }

  @Override
  public Match recognizes(SourceFile file) {
    return EXTENSIONS.contains(file.extension()) ? Match.EXTENSION : Match.NONE;
  }

  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    String name = file.name();
    if (file.length() == 0) {
      throw new ImportException(name, "pasted-text.empty", "is empty: there is no text to read",
          null);
    }
    PastedTextEncoding.Detected enc = PastedTextEncoding.detect(file.bytes());
    if (enc.skip == 0 && !enc.charset.name().startsWith("UTF-16")) {
      for (int i = 0; i < Math.min(file.length(), 1 << 16); i++) {
        if (file.bytes()[i] == 0) {
          throw new ImportException(name, "pasted-text.not-text", "is not text: it holds binary"
              + " data (the byte 00 at byte offset " + i + ")", null);
        }
      }
    }
    String text = new String(file.bytes(), enc.skip, file.length() - enc.skip, enc.charset);
    if (text.length() > limits.maxTextChars()) {
      throw new ImportException(name, "limit.text", "has more than " + limits.maxTextChars()
          + " characters of text (ReadLimits.maxTextChars)", null);
    }
    List<String> lines = text.lines().collect(java.util.stream.Collectors.toList());
    List<Block> blocks = new Reading(name, lines, limits).blocks();
    if (blocks.isEmpty()) {
      throw new ImportException(name, "pasted-text.no-content", "has no text, only blank lines",
          null);
    }
    return PublishedDocument.builder().addFiles(name).addFormats(format()).addAllBlocks(blocks)
        .build();
  }

  /** One reading of the lines: the blocks, and the cells counted against the limit. */
  private static final class Reading {
    private final String file;
    private final List<String> lines;
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private long cells;

    Reading(String file, List<String> lines, ReadLimits limits) {
      this.file = file;
      this.lines = lines;
      this.limits = limits;
    }

    List<Block> blocks() {
      int i = 0;
      while (i < lines.size()) {
        Kind k = kind(lines.get(i));
        if (k == Kind.TAB || k == Kind.PIPE || k == Kind.SPACES) {
          int end = tableEnd(i, k);
          if (rowsIn(i, end) >= 2) {
            table(i, end, k);
            i = end;
            continue;
          }
        }
        if (k != Kind.BLANK) {
          text(i);
        }
        i++;
      }
      return blocks;
    }

    /** One past the last line of the table starting at {@code start}. */
    private int tableEnd(int start, Kind k) {
      int end = start + 1;
      int i = start + 1;
      while (i < lines.size()) {
        Kind next = kind(lines.get(i));
        if (next == k || k == Kind.PIPE && next == Kind.RULE) {
          end = ++i;
        } else if (next == Kind.BLANK && k == Kind.SPACES) {
          i++; // pdftotext leaves blank lines between rows; the table goes on if rows follow
        } else {
          break;
        }
      }
      return end;
    }

    private int rowsIn(int start, int end) {
      int n = 0;
      for (int i = start; i < end; i++) {
        Kind k = kind(lines.get(i));
        n += k == Kind.BLANK || k == Kind.RULE ? 0 : 1;
      }
      return n;
    }

    private void text(int i) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        return;
      }
      Origin o = Origin.ofLine(file, i + 1);
      java.util.regex.Matcher markdown = MARKDOWN_HEADING.matcher(s);
      if (markdown.matches()) {
        blocks.add(TextBlock.heading(markdown.group(1), o));
        return;
      }
      boolean title = s.length() <= TITLE_CHARS && (s.endsWith("表")
          || NUMBERED_TITLE.matcher(s).matches());
      blocks.add(title ? TextBlock.heading(s, o) : TextBlock.paragraph(s, o));
    }

    private void table(int start, int end, Kind k) {
      List<Cell> out = new ArrayList<>();
      int[][] columns = k == Kind.SPACES ? columns(start, end) : null;
      int row = 0;
      for (int i = start; i < end; i++) {
        String line = lines.get(i);
        Kind lk = kind(line);
        if (lk == Kind.BLANK || lk == Kind.RULE) {
          continue;
        }
        Origin o = Origin.ofLine(file, i + 1);
        if (columns == null) {
          List<String> parts = split(line, k);
          for (int c = 0; c < parts.size(); c++) {
            if (!parts.get(c).isEmpty()) {
              out.add(cell(row, c, 1, parts.get(c), o));
            }
          }
        } else {
          placeAligned(line, columns, row, o, out);
        }
        row++;
      }
      if (out.isEmpty()) {
        return;
      }
      long positions = (long) row * columnsOf(out);
      if (positions > TableBlock.MAX_POSITIONS) {
        throw new ImportException(file, "limit.cells", "has a table of more than "
            + TableBlock.MAX_POSITIONS + " positions at line " + (start + 1)
            + " (TableBlock.MAX_POSITIONS)", null);
      }
      blocks.add(TableBlock.builder().origin(Origin.ofLine(file, start + 1)).addAllCells(out)
          .build());
    }

    private static int columnsOf(List<Cell> cells) {
      int n = 0;
      for (Cell c : cells) {
        n = Math.max(n, c.column() + c.columnSpan());
      }
      return n;
    }

    private Cell cell(int row, int column, int span, String text, Origin o) {
      if (++cells > limits.maxCells()) {
        throw new ImportException(file, "limit.cells", "has more than " + limits.maxCells()
            + " table cells (ReadLimits.maxCells)", null);
      }
      return Cell.builder().row(row).column(column).columnSpan(span).text(text).origin(o)
          .build();
    }

    /**
     * The columns of space-aligned lines: the runs of character positions that the lines with
     * the most cells have text at. Those are the body rows; a header cell wider than a column
     * then overlaps two and spans them, instead of merging them.
     */
    private int[][] columns(int start, int end) {
      int most = 0;
      int width = 0;
      for (int i = start; i < end; i++) {
        most = Math.max(most, cellSpans(lines.get(i)).size());
        width = Math.max(width, lines.get(i).length());
      }
      boolean[] used = new boolean[width];
      for (int i = start; i < end; i++) {
        List<int[]> spans = cellSpans(lines.get(i));
        if (spans.size() == most) {
          for (int[] span : spans) {
            for (int p = span[0]; p < span[1]; p++) {
              used[p] = true;
            }
          }
        }
      }
      List<int[]> columns = new ArrayList<>();
      int p = 0;
      while (p < width) {
        if (!used[p]) {
          p++;
          continue;
        }
        int from = p;
        while (p < width && used[p]) {
          p++;
        }
        columns.add(new int[] {from, p});
      }
      return columns.toArray(new int[0][]);
    }

    /**
     * Places a line's cells in the columns each overlaps, left to right; a cell in a gap goes to
     * the nearest free column, and one right of the last free column joins the cell before it.
     */
    private void placeAligned(String line, int[][] columns, int row, Origin o, List<Cell> out) {
      int next = 0; // the first column this line's next cell may take
      List<int[]> placed = new ArrayList<>(); // first column, last column
      List<String> texts = new ArrayList<>();
      for (int[] span : cellSpans(line)) {
        String text = line.substring(span[0], span[1]);
        int first = -1;
        int last = -1;
        int nearest = -1;
        int distance = Integer.MAX_VALUE;
        for (int c = next; c < columns.length; c++) {
          if (columns[c][0] < span[1] && span[0] < columns[c][1]) {
            first = first < 0 ? c : first;
            last = c;
          }
          int d = Math.max(columns[c][0] - span[1], span[0] - columns[c][1]);
          if (d < distance) {
            distance = d;
            nearest = c;
          }
        }
        if (first < 0 && nearest >= 0) {
          first = nearest;
          last = nearest;
        }
        if (first < 0) {
          if (!texts.isEmpty()) {
            texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + text);
          }
          continue;
        }
        placed.add(new int[] {first, last});
        texts.add(text);
        next = last + 1;
      }
      for (int i = 0; i < placed.size(); i++) {
        int[] c = placed.get(i);
        out.add(cell(row, c[0], c[1] - c[0] + 1, texts.get(i), o));
      }
    }
  }

  /** The cells of a space-aligned line, as [start, end) character positions. */
  private static List<int[]> cellSpans(String line) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && isSpace(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int from = i;
      int end = i;
      while (i < n) {
        if (isSpace(line.charAt(i))) {
          // one space is inside a cell (1. 一般公共预算资金); two or more end it
          if (i + 1 < n && !isSpace(line.charAt(i + 1)) && line.charAt(i) == ' ') {
            i++;
            continue;
          }
          break;
        }
        end = ++i;
      }
      spans.add(new int[] {from, end});
    }
    return spans;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\t';
  }

  private static Kind kind(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return Kind.BLANK;
    }
    if (s.indexOf('|') >= 0 && RULE.matcher(s).matches()) {
      return Kind.RULE;
    }
    if (s.indexOf('|') >= 0 && split(line, Kind.PIPE).size() >= 2) {
      return Kind.PIPE;
    }
    if (line.indexOf('\t') >= 0 && split(line, Kind.TAB).stream().filter(c -> !c.isEmpty())
        .count() >= 2) {
      return Kind.TAB;
    }
    if (SPACES.matcher(s).find()) {
      return Kind.SPACES;
    }
    return Kind.TEXT;
  }

  /** The cells of a TAB- or pipe-separated line, trimmed, empty ones kept in place. */
  private static List<String> split(String line, Kind k) {
    String s = line.strip();
    if (k == Kind.PIPE) {
      if (s.startsWith("|")) {
        s = s.substring(1);
      }
      if (s.endsWith("|")) {
        s = s.substring(0, s.length() - 1);
      }
    } else {
      s = line.replaceAll("[\r\n]", "");
    }
    String[] parts = s.split(k == Kind.PIPE ? "\\|" : "\t", -1);
    List<String> cells = new ArrayList<>(parts.length);
    for (String p : parts) {
      cells.add(p.strip());
    }
    return cells;
  }
}
