package io.budgetkit.importer.pdf;

import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes headings and paragraphs of a page's lines that are in no table.
 *
 * <p>A line goes on the paragraph above when that one's last line runs to the right margin
 * (the layout wrapped it), the new line starts at the left margin (no first-line indent) and
 * sits close below in the same type size. A line that stands alone and is centred or set
 * larger than the running text is a heading: a table's or a section's title.
 */
final class Paragraphs {

  private final String file;
  private final int page;
  private final float pageWidth;
  private final float bodySize;
  private final float left;
  private final float right;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<Line> current = new ArrayList<>();
  private boolean made;
  private boolean lastOpen;
  private boolean firstUnindented;

  Paragraphs(String file, int page, float pageWidth, float bodySize, List<Line> pageLines) {
    this.file = file;
    this.page = page;
    this.pageWidth = pageWidth;
    this.bodySize = bodySize;
    float l = Float.MAX_VALUE;
    float r = 0;
    for (Line line : pageLines) {
      l = Math.min(l, line.left());
      r = Math.max(r, line.right());
    }
    this.left = l;
    this.right = r;
  }

  /** Adds the next line down the page. */
  void add(Line line) {
    if (!current.isEmpty() && !continues(current.get(current.size() - 1), line)) {
      end();
    }
    current.add(line);
  }

  /** Ends the paragraph being built and returns the blocks made: a table or the end follows. */
  List<TextBlock> flush() {
    end();
    List<TextBlock> done = new ArrayList<>(blocks);
    blocks.clear();
    return done;
  }

  private void end() {
    if (!current.isEmpty()) {
      String text = "";
      for (Line l : current) {
        text = Texts.join(text, l.text());
      }
      Origin origin = Origin.ofPage(file, page, current.get(0).number());
      boolean heading = current.size() == 1 && isHeading(current.get(0));
      blocks.add(heading ? TextBlock.heading(text, origin) : TextBlock.paragraph(text, origin));
      Line first = current.get(0);
      Line last = current.get(current.size() - 1);
      if (!made) {
        firstUnindented = !heading && first.left() < left + 1.2f * first.size;
        made = true;
      }
      lastOpen = !heading && last.right() > right - 2.5f * last.size;
      current.clear();
    }
  }

  private boolean continues(Line above, Line line) {
    float em = Math.max(above.size, line.size);
    return Math.abs(above.size - line.size) < 0.15f * em
        && line.y - above.y < 2.2f * em
        && above.right() > right - 2.5f * em
        && line.left() < left + 1.2f * em
        && !isHeading(above) && (current.size() > 1 || !isCentred(above));
  }

  private boolean isHeading(Line line) {
    int length = line.text().length();
    return length <= 60 && (line.size > 1.15f * bodySize || isCentred(line));
  }

  private boolean isCentred(Line line) {
    float middle = (line.left() + line.right()) / 2;
    // a paragraph's indented first line that runs to the right margin is not centred, however
    // near the middle of the page its middle falls
    return Math.abs(middle - pageWidth / 2) < 0.06f * pageWidth
        && line.right() - line.left() < 0.7f * pageWidth
        && line.left() > left + 2 * line.size
        && line.right() < right - line.size;
  }

  /**
   * Whether the last paragraph made runs on: its last line reaches the right margin, as a line
   * the layout wrapped does, so that a paragraph at the top of the next page may go on with it.
   */
  boolean endsOpen() {
    return lastOpen;
  }

  /**
   * Whether the first block made is a paragraph whose first line starts at the left margin
   * (no first-line indent): the rest of a paragraph from the page before, if that one is open.
   */
  boolean startsUnindented() {
    return firstUnindented;
  }
}
