package io.budgetkit.importer.html;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Reads a web page (format {@code html}) with jsoup: headings, paragraphs and tables in document
 * order, each with the source line it starts on.
 *
 * <p>A page is known by its first 4 KiB: after an optional byte order mark, whitespace and
 * comments, {@code <!DOCTYPE html}, {@code <html}, {@code <head}, {@code <body}, {@code <table}
 * or {@code <meta}; else by a {@code .html}, {@code .htm}, {@code .shtml} or {@code .xhtml} name.
 * The charset is the byte order mark's, else the declared one (GB2312 and GBK read as GB18030),
 * else UTF-8 if the bytes are valid UTF-8, else GB18030.
 *
 * <p>Tables are grids as browsers lay them out, row and column spans included; tables that lay
 * a page out are read as the blocks they hold (see the package's notes on layout tables in
 * {@code HtmlBlocks}); spans a broken page declares beyond its table are cut to it with a {@link
 * ReadNote}.
 *
 * <p>Limits: the page is parsed as a stream, the cells and the characters of text counted as
 * each element closes, so that a page over {@link ReadLimits#maxCells()} or {@link
 * ReadLimits#maxTextChars()} is refused as soon as the limit is passed, and one of more than
 * {@value #MAX_ELEMENTS} elements (hundreds of megabytes of parsed tree) before it is all held.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReader implements DocumentReader {

  /** The most elements of a page read: far beyond any published page, a few hundred MB held. */
  static final int MAX_ELEMENTS = 2_000_000;

  /** The deepest nesting kept; deeper elements are parsed as siblings, as jsoup does. */
  static final int MAX_DEPTH = 512;

  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml");

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public HtmlReader() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Match recognizes(SourceFile file) {
    if (HtmlDecoding.looksLikeHtml(file.bytes())) {
      return Match.CONTENT;
    }
    return EXTENSIONS.contains(file.extension()) ? Match.EXTENSION : Match.NONE;
  }

  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    if (file.length() == 0) {
      throw new ImportException(file.name(), "html.empty", "is empty: there is no web page to"
          + " read", null);
    }
    List<ReadNote> notes = new ArrayList<>();
    HtmlDecoding.Decoded decoded = HtmlDecoding.decode(file, notes);
    Document page = parse(file.name(), decoded.text, limits);
    List<Block> blocks = HtmlBlocks.read(file.name(), page, limits, notes);
    if (blocks.isEmpty()) {
      throw new ImportException(file.name(), "html.no-content", "has no text and no table a"
          + " browser would show", null);
    }
    return PublishedDocument.builder().addFiles(file.name()).addFormats(format())
        .addAllBlocks(blocks).addAllNotes(notes).build();
  }

  /**
   * Parses as a stream, counting as each element closes, so that the limits stop a huge page
   * before its whole tree is built.
   */
  private static Document parse(String file, String html, ReadLimits limits) {
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH);
    long elements = 0;
    long cells = 0;
    long chars = 0;
    try (StreamParser stream = new StreamParser(parser)) {
      stream.parse(html, "");
      Iterator<Element> it = stream.iterator();
      while (it.hasNext()) {
        Element e = it.next();
        if (++elements > MAX_ELEMENTS) {
          throw new ImportException(file, "html.too-many-elements", "has more than "
              + MAX_ELEMENTS + " HTML elements, far more than any published page; BudgetKit"
              + " does not read it", null);
        }
        String tag = e.normalName();
        if ((tag.equals("td") || tag.equals("th")) && ++cells > limits.maxCells()) {
          throw new ImportException(file, "limit.cells", "has more than " + limits.maxCells()
              + " table cells (ReadLimits.maxCells)", null);
        }
        for (TextNode t : e.textNodes()) {
          chars += visibleChars(t.getWholeText());
        }
        // characters other than whitespace are text whatever the layout: at least this many
        if (chars > limits.maxTextChars()) {
          throw new ImportException(file, "limit.text", "has more than "
              + limits.maxTextChars() + " characters of text (ReadLimits.maxTextChars)", null);
        }
      }
      return stream.document();
    } catch (ImportException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ImportException(file, "html.unreadable", "cannot be parsed as a web page ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' ? 0 : 1;
    }
    return n;
  }
}
