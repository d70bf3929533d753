package io.budgetkit.importer.pdf;

import io.budgetkit.importer.ImportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with their positions, instead of the text PDFTextStripper
 * would write: the reader makes lines, cells and paragraphs itself.
 */
final class GlyphCollector extends PDFTextStripper {

  private final String file;
  private final long maxChars;
  private final List<List<Glyph>> pages = new ArrayList<>();
  /** Glyphs of the page so far by rounded position, to see a glyph drawn twice. */
  private final Map<String, Glyph> drawn = new HashMap<>();
  private long chars;

  GlyphCollector(String file, long maxChars) {
    this.file = file;
    this.maxChars = maxChars;
  }

  /**
   * Returns the glyphs of each page, in page order.
   *
   * @throws ImportException if the text is longer than the limit
   */
  List<List<Glyph>> collect(PDDocument document) throws IOException {
    pages.clear();
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      pages.add(new ArrayList<>());
    }
    setSortByPosition(false);
    getText(document);
    return pages;
  }

  @Override
  protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
    drawn.clear();
    super.startPage(page);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    String text = t.getUnicode();
    if (text == null || text.isBlank() || t.getWidthDirAdj() <= 0) {
      // spaces come from gaps: a space glyph between CJK characters is a layout artefact, and
      // between words the gap says the same
      return;
    }
    float size = t.getFontSizeInPt();
    if (size < 1 || size > 500) {
      size = t.getHeightDir() * 1.4f;
    }
    size = Math.max(size, 1f);
    Glyph g = new Glyph(text.strip(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size);
    if (g.text.isEmpty() || isRedrawn(g)) {
      return;
    }
    chars += g.text.length();
    if (chars > maxChars) {
      throw new ImportException(file, "limit.text", "has more than " + maxChars
          + " characters of text (ReadLimits.maxTextChars)", null);
    }
    int page = getCurrentPageNo() - 1;
    if (page >= 0 && page < pages.size()) {
      pages.get(page).add(g);
    }
  }

  /**
   * Says whether the same character was drawn at nearly the same place already: WPS and Word
   * draw bold for fonts without a bold face as the text twice, a fraction of a point apart.
   */
  private boolean isRedrawn(Glyph g) {
    int gx = Math.round(g.x);
    int gy = Math.round(g.y);
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        Glyph other = drawn.get(g.text + '@' + (gx + dx) + ',' + (gy + dy));
        if (other != null && Math.abs(other.x - g.x) < Math.max(1f, g.width / 3)
            && Math.abs(other.y - g.y) < Math.max(1f, g.size / 4)) {
          return true;
        }
      }
    }
    drawn.put(g.text + '@' + gx + ',' + gy, g);
    return false;
  }
}
