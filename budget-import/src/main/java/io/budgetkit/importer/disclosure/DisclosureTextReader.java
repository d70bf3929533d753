package io.budgetkit.importer.disclosure;

import io.budgetkit.core.internal.Text;
import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two text extractions of a published disclosure (format {@code disclosure-text}):
 * step 1 of importing for the text the fixtures were made from (LAYOUTS §8).
 *
 * <ul>
 *   <li>The <b>DOCX extraction</b>: one cell a line, each starting with a TAB; the rows of a
 *       table separated by blank lines; a cell's text continued on lines without a TAB (joined
 *       to the cell with {@code \n}, LAYOUTS §8 item 5) unless such a line is a table's title.
 *   <li>The <b>PDF extraction</b>: a row's cells on one line separated by TABs. The spaces the
 *       converter put between CJK characters are removed here, as the PDF reader does: every
 *       whitespace run in a cell becomes nothing, except one space between two ASCII letters or
 *       digits, after a half-width comma, before a numbered item ({@code 2.}, {@code 3、}) and
 *       before a unit in half-width parentheses ({@code 资金支出计划 (%)}), which separate words
 *       and items; {@code 因公出国 (境)费} loses its space. In a line of text LaTeX, HTML and Markdown markup is
 *       dropped too, and a {@code 绩效指标：} line keeps its last space, between the indicator
 *       and its value.
 * </ul>
 *
 * <p>Which extraction a text is is told from its lines: more TAB-led one-cell lines than lines
 * of several TAB-separated cells is the DOCX one. This is the only place the two are told apart:
 * the {@link DisclosureRecognizer} reads the blocks of either as it reads those of any format.
 * Runs of rows of as many cells are {@link TableBlock}s (a row of another number of cells
 * starts another table, so that a header row of merged cells or a row a newline in a cell cut in
 * two keeps its number of cells; a table is cut where it would pass {@link
 * TableBlock#MAX_POSITIONS}), other lines {@link TextBlock} paragraphs; every cell and block
 * carries its line. A paragraph pasted from Excel, {@code "某某…\t\t…"\t\t}, is read without its
 * quotes and TABs (paste debris).
 *
 * <p><b>Against {@code pasted-text}.</b> Both readers take {@code .txt}; text has no signature.
 * This reader claims a file by its content, so it wins over the pasted-text reader, which claims
 * {@code .txt} by its name only, when the text shows an extraction's marks: a {@code
 * [bookmark: …]} mark, or a standard table's title (收支总表 … 三公经费) together with TAB-led
 * cell lines or TAB-separated rows. Any other text is left to the pasted-text reader.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisclosureTextReader implements DocumentReader {

  /** How far into a file {@link #recognizes} looks. */
  private static final int SNIFF_BYTES = 1 << 16;

  /** The format name, recorded in {@link PublishedDocument#formats()}. */
  public static final String FORMAT = "disclosure-text";

  /** The space before a numbered item: kept in PDF text, as it separates items. */
  private static final Pattern NUMBERED = Pattern.compile("[0-9]{1,2}[.．、](?![0-9])");
  /** A unit in half-width parentheses, {@code (%)}: the space before it is the author's. */
  private static final Pattern ASCII_PARENS = Pattern.compile("\\([\\x21-\\x7e&&[^()]]{1,8}\\)");
  private static final Pattern LATEX = Pattern.compile("\\$([^$]*+)\\$");
  private static final Pattern HTML = Pattern.compile("</?p>");

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public DisclosureTextReader() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Match recognizes(SourceFile file) {
    byte[] b = file.bytes();
    int n = Math.min(b.length, SNIFF_BYTES);
    byte[] head = java.util.Arrays.copyOf(b, n);
    TextEncoding.Detected d = TextEncoding.detect(head);
    if (d.problem != null && !d.charset.name().startsWith("UTF-16")) {
      // bytes that no encoding reads are binary, not an extraction
      return Match.NONE;
    }
    String text = new String(head, d.charset);
    if (text.indexOf('\u0000') >= 0) {
      return Match.NONE;
    }
    if (text.contains("[bookmark:")) {
      return Match.CONTENT;
    }
    boolean title = false;
    int docxCells = 0;
    int pdfRows = 0;
    for (String l : text.split("\r\n|\r|\n")) {
      if (l.startsWith("\t") && l.indexOf('\t', 1) < 0) {
        docxCells++;
      } else if (l.indexOf('\t') > 0 && l.indexOf('\t', l.indexOf('\t') + 1) > 0) {
        pdfRows++;
      } else if (!title && TableReader.titleKind(l) != null) {
        title = true;
      }
    }
    return title && docxCells + pdfRows >= 3 ? Match.CONTENT : Match.NONE;
  }

  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    String name = file.name();
    if (file.length() > limits.maxTextChars() * 4) {
      throw new ImportException(name, "limit.text", "has more than " + limits.maxTextChars()
          + " characters of text (ReadLimits.maxTextChars)", null);
    }
    TextEncoding.Detected detected = TextEncoding.detect(file.bytes());
    Reader reader = new InputStreamReader(new ByteArrayInputStream(file.bytes()),
        detected.charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
    DisclosureText.Limits textLimits = DisclosureText.Limits.defaults()
        .withMaxBytes(Math.min(limits.maxTextChars(), Integer.MAX_VALUE - 9));
    TextLines lines;
    try {
      lines = TextLines.read(reader, name, textLimits.maxBytes(), textLimits);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from bytes in memory
    } catch (io.budgetkit.io.BudgetFormatException e) {
      throw new ImportException(name, "limit.text", e.getMessage(), null);
    }
    List<ImportDiagnostic> reading = new ArrayList<>();
    if (detected.problem != null) {
      reading.add(detected.problem);
    }
    reading.addAll(lines.diagnostics);
    PublishedDocument d = document(lines.lines, name, limits.maxCells());
    PublishedDocument.Builder b = PublishedDocument.builder().from(d);
    for (ImportDiagnostic r : reading) {
      Origin o = r.line() > 0 ? Origin.ofLine(name, r.line()) : Origin.of(name);
      b.addNotes(ReadNote.of(r.code(), r.message(), o));
    }
    return b.build();
  }

  /** The two extractions. */
  enum Shape {
    /** One cell a line after a TAB, rows separated by blank lines. */
    DOCX_TEXT,
    /** One row a line, cells separated by TABs. */
    PDF_TEXT
  }

  /**
   * Tells the extraction from the lines: more lines of several TAB-separated cells than TAB-led
   * one-cell lines is the PDF one.
   */
  static Shape shape(List<String> lines) {
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
    return pdfRows > docx ? Shape.PDF_TEXT : Shape.DOCX_TEXT;
  }

  /**
   * The blocks of an extraction's lines.
   *
   * @param lines the lines, as split by {@link TextLines}
   * @param file the name for the origins; a placeholder if empty
   */
  static PublishedDocument document(List<String> lines, String file) {
    return document(lines, file, Integer.MAX_VALUE);
  }

  /**
   * The blocks of an extraction's lines, with at most {@code maxCells} table cells.
   *
   * @throws ImportException if there are more cells
   */
  static PublishedDocument document(List<String> lines, String file, int maxCells) {
    String name = file == null || file.isEmpty() ? "(text)" : file;
    Builder b = new Builder(name, maxCells);
    if (shape(lines) == Shape.PDF_TEXT) {
      b.pdfText(lines);
    } else {
      b.docxText(lines);
    }
    return PublishedDocument.builder().addFiles(name).addFormats(FORMAT)
        .addAllBlocks(b.blocks).build();
  }

  /** Collects the blocks. */
  private static final class Builder {
    final String file;
    final List<Block> blocks = new ArrayList<>();
    /** The rows of the table being read; each a list of cells. */
    final List<List<Cell>> rows = new ArrayList<>();
    int columns;
    final int maxCells;
    long cells;

    Builder(String file, int maxCells) {
      this.file = file;
      this.maxCells = maxCells;
    }

    void docxText(List<String> lines) {
      List<String> cells = null;
      List<Integer> cellLines = null;
      StringBuilder last = null; // the last cell while lines without TAB continue it
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (l.startsWith("\t")) {
          if (cells == null) {
            cells = new ArrayList<>();
            cellLines = new ArrayList<>();
          }
          endCell(cells, last);
          last = null;
          cells.add(TextRows.stripTrailingTabs(l.substring(1)));
          cellLines.add(i + 1);
        } else if (l.isBlank()) {
          endCell(cells, last);
          last = null;
          row(cells, cellLines);
          cells = null;
        } else if (cells != null && !isTitle(l)) {
          if (last == null) {
            last = new StringBuilder(cells.get(cells.size() - 1));
          }
          last.append('\n').append(TextRows.stripTrailingTabs(l));
        } else {
          endCell(cells, last);
          last = null;
          row(cells, cellLines);
          cells = null;
          text(l, i + 1, false);
        }
      }
      endCell(cells, last);
      row(cells, cellLines);
      endTable();
    }

    void pdfText(List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (l.isBlank()) {
          continue;
        }
        if (l.indexOf('\t') < 0 || !unquoteParagraph(l).equals(l)) {
          text(l, i + 1, true);
          continue;
        }
        String[] parts = l.split("\t", -1);
        List<String> cells = new ArrayList<>(parts.length);
        List<Integer> at = new ArrayList<>(parts.length);
        for (String p : parts) {
          cells.add(undoCellSpaces(p));
          at.add(i + 1);
        }
        row(cells, at);
      }
      endTable();
    }

    private static void endCell(List<String> cells, StringBuilder last) {
      if (last != null) {
        cells.set(cells.size() - 1, last.toString());
      }
    }

    private void row(List<String> cells, List<Integer> at) {
      if (cells == null) {
        return;
      }
      // a table is a run of rows of as many cells: a row of another width (a header row of
      // merged cells, a row a newline in a cell cut in two) starts another, so that each row
      // keeps its own number of cells in the grid
      if (!rows.isEmpty() && (cells.size() != columns
          || (rows.size() + 1L) * columns > TableBlock.MAX_POSITIONS)) {
        endTable();
      }
      this.cells += cells.size();
      if (this.cells > maxCells) {
        throw new ImportException(file, "limit.cells", "has more than " + maxCells
            + " table cells (ReadLimits.maxCells)", null);
      }
      int r = rows.size();
      List<Cell> row = new ArrayList<>(cells.size());
      for (int c = 0; c < cells.size(); c++) {
        row.add(Cell.builder().row(r).column(c).text(cells.get(c))
            .origin(Origin.ofLine(file, at.get(c))).build());
      }
      rows.add(row);
      columns = cells.size();
    }

    private void endTable() {
      if (rows.isEmpty()) {
        return;
      }
      TableBlock.Builder t = TableBlock.builder().origin(rows.get(0).get(0).origin().get());
      rows.forEach(t::addAllCells);
      blocks.add(t.build());
      rows.clear();
      columns = 0;
    }

    private void text(String line, int number, boolean pdf) {
      endTable();
      String t = unquoteParagraph(line);
      if (pdf) {
        t = undoLineSpaces(t);
      }
      if (!t.isBlank()) {
        blocks.add(TextBlock.paragraph(t, Origin.ofLine(file, number)));
      }
    }
  }

  /**
   * A DOCX paragraph pasted from Excel, {@code "某某…\t\t…"\t\t\t}: a line not starting with a
   * TAB, wrapped in ASCII quotes once its trailing TAB run is dropped, with a TAB inside. The
   * quotes and TABs are paste debris (as the fixtures' trailing TAB runs are), so the paragraph
   * without them is returned; any other line, an unbalanced quote included, is returned as is.
   */
  static String unquoteParagraph(String raw) {
    if (raw.isEmpty() || raw.charAt(0) != '"') {
      return raw;
    }
    int end = raw.length();
    while (end > 0 && raw.charAt(end - 1) == '\t') {
      end--;
    }
    if (end < 3 || raw.charAt(end - 1) != '"') {
      return raw;
    }
    String inner = raw.substring(1, end - 1);
    if (raw.indexOf('\t') < 0 || inner.indexOf('"') >= 0) {
      return raw;
    }
    return inner.replace("\t", "");
  }
  /** A line that may not continue a DOCX cell: a table's title. */
  private static boolean isTitle(String line) {
    return TableReader.titleKind(line) != null || TextRows.isTitle(line);
  }

  /**
   * A PDF text cell without the converter's spaces: each whitespace run removed, except one
   * space between two ASCII letters or digits, after a half-width comma, before a numbered item
   * and before a unit in half-width parentheses. Bookmarks dropped, trimmed.
   */
  static String undoCellSpaces(String cell) {
    return CjkSpaces.undo(Text.dropBookmarks(cell).strip(), (t, before, j) -> {
      char after = j < t.length() ? t.charAt(j) : ' ';
      // a matcher only where one can match: this runs on every space of every cell
      return before == ','
          || after >= '0' && after <= '9' && NUMBERED.matcher(t).region(j, t.length()).lookingAt()
          || after == '(' && ASCII_PARENS.matcher(t).region(j, t.length()).lookingAt();
    });
  }

  /**
   * A PDF text line without the converter's spaces and markup: LaTeX ({@code $\geq 95\%$}),
   * HTML {@code <p>} and Markdown dropped, every whitespace run removed except one between two
   * ASCII letters or digits; a {@code 绩效指标：} line keeps its last space.
   */
  static String undoLineSpaces(String line) {
    String t = unmark(Text.dropBookmarks(line).strip());
    String squeezed = TableReader.squeezeCjk(t);
    if (!squeezed.startsWith("绩效指标：")) {
      return squeezed;
    }
    int sp = t.lastIndexOf(' ');
    if (sp < 0) {
      return squeezed;
    }
    return TableReader.squeezeCjk(t.substring(0, sp)) + " "
        + TableReader.squeezeCjk(t.substring(sp + 1));
  }

  /** Drops converter markup: LaTeX {@code $\geq 95\%$}, HTML {@code <p>}, Markdown. */
  private static String unmark(String t) {
    Matcher m = LATEX.matcher(t);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String in = m.group(1).replace("\\geq", "≥").replace("\\leq", "≤").replace("\\%", "%")
          .replace("\\ge", "≥").replace("\\le", "≤").replaceAll("\\s+", "");
      m.appendReplacement(b, Matcher.quoteReplacement(in));
    }
    m.appendTail(b);
    String s = HTML.matcher(b.toString()).replaceAll("");
    if (s.startsWith("- ")) {
      s = s.substring(2);
    }
    return s.replace("**", "");
  }
}
