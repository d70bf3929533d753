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

  float centerX() {
    return x + width / 2;
  }

  /** The middle of the glyph's body: above the baseline by a third of the em. */
  float centerY() {
    return y - size / 3;
  }
}
