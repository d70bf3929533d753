package io.budgetkit.importer.html;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a parsed page in document order and collects its blocks: the page {@code <title>}
 * first as a heading (it names the department and year on most sites, where often no {@code
 * h1} does), then {@code h1}–{@code h6} as headings, the text of other block elements ({@code
 * p}, {@code div}, {@code li}…) as paragraphs (a {@code <br>} ends one), and data tables as grids.
 *
 * <p>What a browser does not show or a reader does not read as the page's content is left out:
 * scripts, styles, {@code nav} and {@code footer}, forms' controls, elements {@code hidden} or
 * styled {@code display:none}.
 *
 * <p>A <em>layout table</em> — one that holds other tables, or a single cell, or a cell with a
 * heading or a long paragraph (government sites lay whole pages out so), or only links in its
 * cells (a menu) — is no data table: its
 * cells are read as blocks in their turn, and the tables inside it as tables of their own. So a
 * nested table is always its own block, never a cell's text.
 *
 * <p>Two data tables with nothing but whitespace between them whose first rows are the same
 * (a table split where a page broke, its header repeated) are one table, the repeated header
 * dropped.
 */
final class HtmlBlocks {

  /** Elements whose content is not the page's content. */
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template",
      "nav", "footer", "select", "button", "iframe", "object", "embed", "svg", "canvas",
      "textarea", "input", "map", "audio", "video", "head");

  /** Elements that start and end a block of text. */
  private static final Set<String> BLOCK = Set.of("p", "div", "li", "ul", "ol", "dl", "dt",
      "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot",
      "tr", "td", "th", "section", "article", "header", "main", "aside", "blockquote", "pre",
      "center", "form", "fieldset", "legend", "address", "figure", "figcaption", "hr", "body",
      "html", "details", "summary");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** A cell's text this long in one paragraph is running text: the table lays a page out. */
  private static final int LAYOUT_PARAGRAPH_CHARS = 200;

  /** Span notes kept per document; a hostile page may have a bad span in every cell. */
  private static final int MAX_SPAN_NOTES = 50;

  private final String file;
  private final ReadLimits limits;
  private final List<Block> blocks = new ArrayList<>();
  private final List<ReadNote> notes;
  private final Set<Element> holdingTables = new HashSet<>();
  private final StringBuilder text = new StringBuilder();
  private int textLine;
  private int headingDepth;
  private boolean textIsHeading;
  private long textChars;
  private long cellCount;
  private int spanNotes;
  private int droppedSpanNotes;
  private boolean deepNesting;
  /** The last block was a data table and nothing with text has followed it yet. */
  private boolean tableOpen;

  private HtmlBlocks(String file, ReadLimits limits, List<ReadNote> notes) {
    this.file = file;
    this.limits = limits;
    this.notes = notes;
  }

  /**
   * Collects the blocks of a page.
   *
   * @param notes where notes are added
   * @throws ImportException if the text or the cells exceed the limits
   */
  static List<Block> read(String file, Document page, ReadLimits limits, List<ReadNote> notes) {
    HtmlBlocks b = new HtmlBlocks(file, limits, notes);
    b.findHoldingTables(page);
    Element title = page.selectFirst("title");
    if (title != null) {
      b.startText(title);
      b.text.append(title.text());
      b.textIsHeading = true;
      b.flush();
    }
    if (page.body() != null) {
      b.walk(page.body());
    }
    b.flush();
    if (b.droppedSpanNotes > 0) {
      notes.add(ReadNote.of("html.span-notes-cut", b.droppedSpanNotes + " more cells have"
          + " spans read otherwise than declared; only the first " + MAX_SPAN_NOTES + " are"
          + " noted", Origin.of(file)));
    }
    if (b.deepNesting) {
      notes.add(ReadNote.of("html.nesting", "elements are nested deeper than "
          + HtmlReader.MAX_DEPTH + " levels; those deeper are read as if they followed each"
          + " other", Origin.of(file)));
    }
    return b.blocks;
  }

  /** Marks every table that holds another table, in one pass up from each table. */
  private void findHoldingTables(Document page) {
    for (Element t : page.getElementsByTag("table")) {
      for (Element up = t.parent(); up != null; up = up.parent()) {
        if (up.normalName().equals("table") && !holdingTables.add(up)) {
          break; // it and the tables around it are marked already
        }
      }
    }
  }

  private void walk(Element root) {
    int rootDepth = 0;
    for (Element up = root; up.parent() != null; up = up.parent()) {
      rootDepth++;
    }
    // the parser keeps at most MAX_DEPTH open elements: one that deep may have lost children
    int deepest = HtmlReader.MAX_DEPTH - rootDepth;
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (depth >= deepest && node instanceof Element) {
          deepNesting = true;
        }
        if (node instanceof TextNode) {
          TextNode t = (TextNode) node;
          if (!t.isBlank()) {
            if (text.length() == 0 || textLine == 0) {
              startText(t);
            }
            text.append(t.getWholeText());
          } else {
            text.append(' ');
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element)) {
          return FilterResult.SKIP_ENTIRELY; // comments, data of scripts
        }
        Element e = (Element) node;
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || hidden(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
          flush();
          return FilterResult.CONTINUE;
        }
        if (tag.equals("img")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK.contains(tag)) {
          flush();
        }
        if (HEADINGS.contains(tag)) {
          headingDepth++;
        }
        if (tag.equals("table") && !isLayout(e)) {
          readTable(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element) {
          String tag = ((Element) node).normalName();
          if (BLOCK.contains(tag)) {
            flush();
          }
          if (HEADINGS.contains(tag)) {
            headingDepth--;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private void startText(Node n) {
    textLine = line(n);
    textIsHeading = headingDepth > 0;
  }

  /** Ends the running text: a block if it has any. */
  private void flush() {
    String s = collapse(text);
    text.setLength(0);
    if (!s.isEmpty()) {
      countText(s.length());
      Origin o = Origin.ofLine(file, Math.max(1, textLine));
      blocks.add(textIsHeading ? TextBlock.heading(s, o) : TextBlock.paragraph(s, o));
      tableOpen = false;
    }
    textLine = 0;
    textIsHeading = headingDepth > 0;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Whether a table lays the page out rather than holding data. */
  private boolean isLayout(Element table) {
    if (holdingTables.contains(table)) {
      return true;
    }
    List<Element> cells = new ArrayList<>();
    for (Element row : rows(table)) {
      for (Element c : row.children()) {
        if (c.normalName().equals("td") || c.normalName().equals("th")) {
          cells.add(c);
        }
      }
    }
    if (cells.size() == 1) {
      return true;
    }
    boolean allLinks = true;
    for (Element c : cells) {
      if (c.childrenSize() == 0) {
        // the common cell, text alone: no link, no paragraph
        allLinks &= !c.hasText();
        continue;
      }
      int linked = 0;
      for (Element inner = c.firstElementChild(); inner != null; inner = next(inner, c)) {
        String tag = inner.normalName();
        if (HEADINGS.contains(tag)) {
          return true;
        }
        if ((tag.equals("p") || tag.equals("div"))
            && inner.text().length() >= LAYOUT_PARAGRAPH_CHARS) {
          return true;
        }
        if (tag.equals("a")) {
          linked += visibleLength(inner.text());
        }
      }
      allLinks &= linked == visibleLength(c.text());
    }
    // a menu: every cell's text is a link
    return allLinks;
  }

  /** The element after {@code e} in document order within {@code root}, or null. */
  private static Element next(Element e, Element root) {
    Element child = e.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element up = e; up != root && up != null; up = up.parent()) {
      Element sibling = up.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  private static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' ? 0 : 1;
    }
    return n;
  }

  /** The rows of a table in document order, with the row group each belongs to. */
  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element r : child.children()) {
          if (r.normalName().equals("tr")) {
            rows.add(r);
          }
        }
      }
    }
    return rows;
  }

  private void readTable(Element table) {
    Element caption = table.selectFirst("> caption");
    if (caption != null) {
      String s = collapse(new StringBuilder(cellText(caption)));
      if (!s.isEmpty()) {
        countText(s.length());
        blocks.add(TextBlock.heading(s, Origin.ofLine(file, line(caption))));
        tableOpen = false;
      }
    }
    List<HtmlTableGrid.SourceRow> rows = new ArrayList<>();
    Map<Element, Integer> groupEnds = new HashMap<>();
    List<Element> trs = rows(table);
    for (int i = trs.size() - 1; i >= 0; i--) {
      Element group = trs.get(i).parent();
      groupEnds.putIfAbsent(group, i + 1);
    }
    boolean anyText = false;
    for (Element tr : trs) {
      List<HtmlTableGrid.SourceCell> cells = new ArrayList<>();
      for (Element c : tr.children()) {
        if (!c.normalName().equals("td") && !c.normalName().equals("th")) {
          continue;
        }
        if (++cellCount > limits.maxCells()) {
          throw new ImportException(file, "limit.cells", "has more than " + limits.maxCells()
              + " table cells (ReadLimits.maxCells)", null);
        }
        String s = collapse(new StringBuilder(cellText(c)));
        countText(s.length());
        anyText |= !s.isEmpty();
        cells.add(new HtmlTableGrid.SourceCell(s, c.hasAttr("rowspan") ? c.attr("rowspan")
            : null, c.hasAttr("colspan") ? c.attr("colspan") : null,
            Origin.ofLine(file, line(c))));
      }
      rows.add(new HtmlTableGrid.SourceRow(cells, groupEnds.get(tr.parent())));
    }
    if (!anyText) {
      return; // a table of empty cells shows nothing: a spacer
    }
    List<Cell> cells = HtmlTableGrid.place(rows, this::spanNote);
    TableBlock t = TableBlock.builder().origin(Origin.ofLine(file, line(table)))
        .addAllCells(cells).build();
    if (tableOpen && blocks.get(blocks.size() - 1) instanceof TableBlock) {
      TableBlock joined = HtmlTableJoin.join((TableBlock) blocks.get(blocks.size() - 1), t);
      if (joined != null) {
        blocks.set(blocks.size() - 1, joined);
        return;
      }
    }
    blocks.add(t);
    tableOpen = true;
  }

  private void spanNote(String key, String message, Origin origin) {
    if (spanNotes < MAX_SPAN_NOTES) {
      spanNotes++;
      notes.add(ReadNote.of(key, message, origin));
    } else {
      droppedSpanNotes++;
    }
  }

  /** A cell's text: a {@code <br>} or a block inside it is a space; hidden parts left out. */
  private static String cellText(Element cell) {
    StringBuilder s = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
          s.append(((TextNode) node).getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        Element e = (Element) node;
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || hidden(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br") || BLOCK.contains(tag) && e != cell) {
          s.append(' ');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && node != cell
            && BLOCK.contains(((Element) node).normalName())) {
          s.append(' ');
        }
        return FilterResult.CONTINUE;
      }
    }, cell);
    return s.toString();
  }

  private void countText(int chars) {
    textChars += chars;
    if (textChars > limits.maxTextChars()) {
      throw new ImportException(file, "limit.text", "has more than " + limits.maxTextChars()
          + " characters of text (ReadLimits.maxTextChars)", null);
    }
  }

  /**
   * Collapses runs of whitespace, the no-break space of {@code &nbsp;} among them, to one space
   * and trims the ends, ideographic spaces too: a browser shows HTML whitespace so, and an
   * indent of {@code U+3000} before a name is layout.
   */
  static String collapse(CharSequence raw) {
    StringBuilder s = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0'
          || c == '\u200B') {
        space = true;
      } else {
        if (space && s.length() > 0) {
          s.append(' ');
        }
        space = false;
        s.append(c);
      }
    }
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '\u3000' || s.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '\u3000' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(start, end);
  }

  private static int line(Node n) {
    return Math.max(1, n.sourceRange().start().lineNumber());
  }
}
