package io.budgetkit.importer.pdf;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import io.budgetkit.io.internal.Excerpts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with a text layer into headings, paragraphs and table grids, with Apache PDFBox.
 *
 * <p>From the position of every glyph it makes lines (glyphs on one baseline) and from the
 * ruling lines the page draws it makes tables: a grid cut by the rulings, merged cells where a
 * ruling is missing, a cell's text wrapped over several lines joined. A page without rulings
 * gets its tables from the alignment of its text columns. A table that goes on at the top of
 * the next page with the same columns is one table, its repeated header rows dropped and a row
 * that the page break cut in two joined again. A paragraph that runs on over the page break is
 * one paragraph. Lines repeated at the same place on many pages (running headers and footers)
 * and page numbers are dropped; a gap between two CJK characters is never a space.
 *
 * <p>A PDF that needs a password to open, one that is corrupt or truncated, one without any
 * text (a scan, which needs OCR) and one over the {@link ReadLimits} is an {@link
 * ImportException} with a stable key: {@code pdf.encrypted}, {@code pdf.corrupt}, {@code
 * pdf.no-text-layer}, {@code limit.pages}, {@code limit.cells}, {@code limit.text}. A page
 * without text among pages with text is a {@link ReadNote} {@code pdf.page-without-text}.
 *
 * <p>This class is immutable and thread-safe; each read uses its own PDFBox objects.
 */
public final class PdfReader implements DocumentReader {

  /** A qualified Java class name in a library's message: its package is cut. */
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*+\\.)++([A-Z][A-Za-z0-9_$]*+)");

  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  /** How far from the start and the end the markers may be, as Acrobat allows. */
  private static final int MARKER_WINDOW = 1024;
  /** PDFBox's own memory for streams it creates; past it, a temporary file. */
  private static final long MAIN_MEMORY = 16L << 20;
  /**
   * A page number as printed alone: {@code 3}, {@code - 3 -}, {@code ─ 3 ─} (box-drawing
   * rules, as WPS sets them), {@code 第3页}, {@code 3/13}.
   */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-—–－─━\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4})?(\\s*共\\s*\\d{1,4}\\s*页)?"
          + "[-—–－─━\\s]*");
  /** The share of the page height at its foot that a table cut by the page break reaches. */
  private static final float FOOT_ZONE = 0.25f;
  /** How many text blocks above a table a continuation page may repeat as its title. */
  private static final int LEAD_IN_BLOCKS = 4;
  private static final Pattern WHITE = Pattern.compile("\\s+");
  /** The share of the page height at top and bottom where running heads and feet sit. */
  private static final float MARGIN_ZONE = 0.12f;

  /** Creates the reader. */
  public PdfReader() {}

  /**
   * Returns {@code pdf}.
   *
   * @return the format's name
   */
  @Override
  public String format() {
    return "pdf";
  }

  /**
   * Recognises a PDF by {@code %PDF-} in its first 1024 bytes (where Acrobat looks for it;
   * some producers put a few bytes before it), else by the extension {@code .pdf}.
   *
   * @param file the file
   * @return the match
   */
  @Override
  public Match recognizes(SourceFile file) {
    if (indexOf(file.bytes(), HEADER, 0, Math.min(file.length(), MARKER_WINDOW)) >= 0) {
      return Match.CONTENT;
    }
    return "pdf".equals(file.extension()) ? Match.EXTENSION : Match.NONE;
  }

  /**
   * Reads the PDF.
   *
   * @param file the file
   * @param limits the limits: pages, table cells and characters of text
   * @return the document: its headings, paragraphs and tables in reading order
   * @throws ImportException if the PDF needs a password ({@code pdf.encrypted}), is damaged or
   *     truncated ({@code pdf.corrupt}), has no text on any page ({@code pdf.no-text-layer}) or
   *     is over a limit ({@code limit.pages}, {@code limit.cells}, {@code limit.text})
   */
  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    byte[] bytes = file.bytes();
    String name = file.name();
    if (indexOf(bytes, HEADER, 0, Math.min(bytes.length, MARKER_WINDOW)) < 0) {
      throw new ImportException(name, "pdf.corrupt", "is not a PDF: it does not start with"
          + " %PDF-", null);
    }
    if (indexOf(bytes, END, Math.max(0, bytes.length - MARKER_WINDOW), bytes.length) < 0) {
      // PDFBox would rebuild what it can of a cut file and read part of it without a word;
      // a download that stopped half-way must say so instead of giving half the tables
      throw new ImportException(name, "pdf.corrupt", "is truncated or damaged: it does not end"
          + " with the %%EOF marker of a complete PDF (was the download cut short?)", null);
    }
    try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
        MemoryUsageSetting.setupMixed(MAIN_MEMORY).streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new ImportException(name, "limit.pages", "has " + pages + " pages, more than "
            + limits.maxPages() + " (ReadLimits.maxPages)", null);
      }
      if (pages == 0) {
        throw new ImportException(name, "pdf.corrupt", "is damaged: it has no pages", null);
      }
      return read(name, document, limits);
    } catch (InvalidPasswordException e) {
      throw new ImportException(name, "pdf.encrypted", "is encrypted and needs a password to"
          + " open; save an unprotected copy (or ask the publisher for one) and read that", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportException) {
        throw (ImportException) e;
      }
      throw new ImportException(name, "pdf.corrupt", "is damaged: PDFBox cannot read it ("
          + libraryMessage(e) + ")", e);
    }
  }

  /**
   * What PDFBox said, for a person: its message (which often quotes a cause as {@code
   * java.lang.IllegalArgumentException: …}) with class names cut to their simple names, at most
   * 200 characters, escaped like any excerpt of a file; the exception's simple name when it has
   * no message.
   */
  static String libraryMessage(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return Excerpts.shorten(QUALIFIED.matcher(m).replaceAll("$1"), 200);
  }

  private PublishedDocument read(String name, PDDocument document, ReadLimits limits)
      throws IOException {
    List<List<Glyph>> glyphs = new GlyphCollector(name, limits.maxTextChars())
        .collect(document);
    int pageCount = glyphs.size();
    List<ReadNote> notes = new ArrayList<>();
    List<Integer> empty = new ArrayList<>();
    for (int p = 0; p < pageCount; p++) {
      if (glyphs.get(p).isEmpty()) {
        empty.add(p + 1);
      }
    }
    if (empty.size() == pageCount) {
      throw new ImportException(name, "pdf.no-text-layer", "has no text layer: OCR is needed"
          + " (none of its " + pageCount + (pageCount == 1 ? " page" : " pages")
          + " has any text; it is probably a scan)", null);
    }
    for (int p : empty) {
      notes.add(ReadNote.of("pdf.page-without-text", "page " + p + " has no text layer (a"
          + " scanned or image-only page?); what it shows is not read", Origin.ofPage(name, p,
          1)));
    }
    List<PageContent> contents = new ArrayList<>();
    for (int p = 0; p < pageCount; p++) {
      PDPage page = document.getPage(p);
      PDRectangle box = page.getCropBox();
      List<Glyph> g = glyphs.get(p);
      numberLines(g);
      List<Grid> grids = List.of();
      if (!g.isEmpty()) {
        RulingCollector rulings = new RulingCollector(page);
        List<Segment> segments = rulings.collect();
        rulings.clip(g);
        grids = RuledTables.find(p + 1, g, segments);
      }
      // the page as shown: a page turned by a quarter shows its box on its side
      boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
      contents.add(new PageContent(p + 1, turned ? box.getHeight() : box.getWidth(),
          turned ? box.getWidth() : box.getHeight(), grids, Line.of(g)));
    }
    dropRunningLines(contents);
    float bodySize = bodySize(contents);
    List<Object> items = new ArrayList<>();
    boolean endsWithTable = false;
    boolean endsAtFoot = false;
    boolean endsOpen = false;
    int cells = 0;
    for (PageContent page : contents) {
      Object tail = items.isEmpty() ? null : items.get(items.size() - 1);
      boolean[] open = new boolean[2];
      List<Object> onPage;
      int first;
      boolean continues;
      while (true) {
        List<Grid> grids = new ArrayList<>(page.grids);
        grids.addAll(AlignedTables.find(page.number, page.lines));
        onPage = layout(name, page, grids, bodySize, open);
        first = firstGrid(onPage);
        continues = endsWithTable && endsAtFoot && first >= 0 && tail instanceof Grid
            && ((Grid) tail).continuedBy((Grid) onPage.get(first))
            && repeatsLeadIn(items, onPage.subList(0, first));
        if (!page.releaseFragments(continues ? (Grid) onPage.get(first) : null)) {
          break;
        }
      }
      boolean pageEndsOpen = open[1];
      if (!continues && endsOpen && open[0] && tail instanceof TextBlock
          && ((TextBlock) tail).kind() == TextBlock.Kind.PARAGRAPH
          && ((TextBlock) onPage.get(0)).kind() == TextBlock.Kind.PARAGRAPH) {
        // a paragraph that the page break cut: its last line ran to the margin, the next page
        // goes on at the margin, without a first-line indent
        TextBlock cut = (TextBlock) tail;
        items.set(items.size() - 1, TextBlock.paragraph(Texts.join(cut.text(),
            ((TextBlock) onPage.get(0)).text()), cut.origin()));
        onPage = onPage.subList(1, onPage.size());
      }
      for (int i = continues ? first : 0; i < onPage.size(); i++) {
        Object item = onPage.get(i);
        if (continues && i == first) {
          ((Grid) tail).append((Grid) item);
        } else {
          items.add(item);
        }
        if (item instanceof Grid) {
          cells += ((Grid) item).cellCount();
        }
        if (cells > limits.maxCells()) {
          throw new ImportException(name, "limit.cells", "has more than " + limits.maxCells()
              + " table cells (ReadLimits.maxCells)", null);
        }
      }
      endsOpen = pageEndsOpen || onPage.isEmpty() && endsOpen;
      if (!onPage.isEmpty()) {
        Object last = onPage.get(onPage.size() - 1);
        endsWithTable = last instanceof Grid;
        // a table cut by the page break runs down to the foot of its page; one that ends
        // higher up is complete, however alike the next page's table looks (a form filled in
        // once a page, each page its own table)
        endsAtFoot = endsWithTable && ((Grid) last).bottom > page.height * (1 - FOOT_ZONE);
      }
    }
    PublishedDocument.Builder b = PublishedDocument.builder().addFiles(name)
        .addFormats(format()).addAllNotes(notes);
    for (Object item : items) {
      b.addBlocks(item instanceof Grid ? ((Grid) item).toBlock(name) : (Block) item);
    }
    return b.build();
  }

  private static int firstGrid(List<Object> onPage) {
    for (int i = 0; i < onPage.size(); i++) {
      if (onPage.get(i) instanceof Grid) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the text blocks above a table's continuation are only the title lines that stood
   * above the table where it began (an Excel print title, a repeated caption and unit line):
   * no text at all, or each block's text found in the run of text blocks just before the
   * table's start.
   */
  private static boolean repeatsLeadIn(List<Object> items, List<Object> above) {
    if (above.isEmpty()) {
      return true;
    }
    StringBuilder leadIn = new StringBuilder();
    for (int i = items.size() - 2; i >= 0 && items.get(i) instanceof TextBlock
        && items.size() - 2 - i < LEAD_IN_BLOCKS; i--) {
      leadIn.insert(0, ((TextBlock) items.get(i)).text() + "\n");
    }
    String known = WHITE.matcher(leadIn).replaceAll("");
    for (Object o : above) {
      if (!(o instanceof TextBlock)) {
        return false;
      }
      String text = WHITE.matcher(((TextBlock) o).text()).replaceAll("");
      if (text.isEmpty() || !known.contains(text)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The blocks of a page top to bottom: text blocks, and grids still to be joined. Says in
   * {@code open} whether the page's first block may be the rest of a paragraph from the page
   * before (index 0) and whether its last block is a paragraph that runs on (index 1).
   */
  private static List<Object> layout(String name, PageContent page, List<Grid> grids,
      float bodySize, boolean[] open) {
    List<Object> items = new ArrayList<>();
    List<Grid> tables = new ArrayList<>(grids);
    tables.sort(Comparator.comparingDouble(g -> g.top));
    Paragraphs paragraphs = new Paragraphs(name, page.number, page.width, bodySize, page.lines);
    List<Object> laid = layout(page, tables, paragraphs, items);
    open[0] = !laid.isEmpty() && laid.get(0) instanceof TextBlock
        && paragraphs.startsUnindented();
    open[1] = !laid.isEmpty() && laid.get(laid.size() - 1) instanceof TextBlock
        && paragraphs.endsOpen();
    return laid;
  }

  private static List<Object> layout(PageContent page, List<Grid> tables,
      Paragraphs paragraphs, List<Object> items) {
    int t = 0;
    for (Line line : page.lines) {
      while (t < tables.size() && tables.get(t).top < line.y) {
        items.addAll(paragraphs.flush());
        items.add(tables.get(t++));
      }
      paragraphs.add(line);
    }
    items.addAll(paragraphs.flush());
    while (t < tables.size()) {
      items.add(tables.get(t++));
    }
    return items;
  }

  /** Numbers the page's lines from 1, top to bottom, on each glyph. */
  private static void numberLines(List<Glyph> glyphs) {
    int n = 0;
    for (Line l : Line.of(glyphs)) {
      n++;
      for (Glyph g : l.glyphs) {
        g.line = n;
      }
    }
  }

  /**
   * Drops running headers and footers — a line near the top or bottom of the page repeated with
   * the same text at the same height on at least three pages and a third of them — and page
   * numbers: a line of only a number in those margins.
   */
  private static void dropRunningLines(List<PageContent> pages) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (PageContent page : pages) {
      for (Line l : page.lines) {
        if (page.inMargin(l)) {
          seen.computeIfAbsent(key(l), k -> new HashSet<>()).add(page.number);
        }
      }
    }
    int needed = Math.max(3, (pages.size() + 2) / 3);
    for (PageContent page : pages) {
      page.lines.removeIf(l -> page.inMargin(l) && (seen.get(key(l)).size() >= needed
          || PAGE_NUMBER.matcher(l.text()).matches()));
    }
  }

  private static String key(Line l) {
    return Math.round(l.y / 3) + "|" + l.text();
  }

  /** The most common type size of the document's text, in points: its running text. */
  private static float bodySize(List<PageContent> pages) {
    Map<Integer, Integer> count = new HashMap<>();
    for (PageContent page : pages) {
      for (Line l : page.lines) {
        for (Glyph g : l.glyphs) {
          count.merge(Math.round(g.size * 2), 1, Integer::sum);
        }
      }
    }
    int best = 24;
    int most = -1;
    for (Map.Entry<Integer, Integer> e : count.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best / 2f;
  }

  private static int indexOf(byte[] bytes, byte[] marker, int from, int to) {
    for (int i = from; i + marker.length <= to; i++) {
      boolean match = true;
      for (int k = 0; k < marker.length && match; k++) {
        match = bytes[i + k] == marker[k];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }

  /** What a page holds once its ruled tables are taken out: their grids and the other lines. */
  private static final class PageContent {
    final int number;
    final float width;
    final float height;
    final List<Grid> grids;
    final List<Line> lines;

    PageContent(int number, float width, float height, List<Grid> grids, List<Line> lines) {
      this.number = number;
      this.width = width;
      this.height = height;
      this.grids = new ArrayList<>(grids);
      this.lines = new ArrayList<>(lines);
    }

    /**
     * Gives the glyphs of the page's one-row ruled boxes back to its text, but for the one that
     * continues the table of the page before; says whether there was any.
     */
    boolean releaseFragments(Grid kept) {
      List<Glyph> back = new ArrayList<>();
      for (Grid g : grids) {
        if (g.fragment != null && g != kept) {
          back.addAll(g.fragment);
        }
      }
      if (back.isEmpty()) {
        return false;
      }
      grids.removeIf(g -> g.fragment != null && g != kept);
      for (Line l : lines) {
        back.addAll(l.glyphs);
      }
      lines.clear();
      lines.addAll(Line.of(back));
      return true;
    }

    boolean inMargin(Line l) {
      return l.y < height * MARGIN_ZONE || l.y > height * (1 - MARGIN_ZONE);
    }
  }
}
