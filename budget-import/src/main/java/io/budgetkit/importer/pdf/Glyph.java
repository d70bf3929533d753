package io.budgetkit.importer.pdf;

/**
 * One shown character of a page, in the page's top-down coordinates: its left edge, its baseline
 * and its width, and the size of its font (the em), by which gaps are judged.
 */
final class Glyph {

  final String text;
  final float x;
  final float y;
  final float width;
  final float size;
  /** The page's line the glyph lies on, from 1; set once the page's lines are known. */
  int line;
  /**
   * The box the page clipped the glyph to, in the same coordinates (left, top, right, bottom),
   * or null when nothing narrower than the page clipped it.
   */
  float[] clip;

  Glyph(String text, float x, float y, float width, float size) {
    this.text = text;
    this.x = x;
    this.y = y;
    this.width = width;
    this.size = size;
  }

  float end() {
    return x + width;
  }

  /**
   * The middle of the glyph's visible width: of the part inside its clip, since Excel prints a
   * cell's text that does not fit clipped to the cell, the overflow drawn outside it.
   */
  float centerX() {
    return clip == null ? x + width / 2 : visibleMiddle(x, end(), 0, 2);
  }

  /**
   * The middle of the glyph's body, a third of an em above the baseline; when it is clipped,
   * the middle of the visible part of its body (from an eighth of the em below the baseline to
   * four fifths above it), as for {@link #centerX()}.
   */
  float centerY() {
    return clip == null ? y - size / 3 : visibleMiddle(y - size * 0.8f, y + size * 0.125f, 1, 3);
  }

  private float visibleMiddle(float from, float to, int clipFrom, int clipTo) {
    if (clip != null) {
      float a = Math.max(from, clip[clipFrom]);
      float b = Math.min(to, clip[clipTo]);
      if (a < b) {
        return (a + b) / 2;
      }
    }
    return (from + to) / 2;
  }
}
