package io.budgetkit.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, left to right: a line of a page or of a table cell.
 */
final class Line {

  final List<Glyph> glyphs;
  final float y;
  final float size;

  private Line(List<Glyph> glyphs) {
    this.glyphs = glyphs;
    this.y = glyphs.get(0).y;
    float s = 0;
    for (Glyph g : glyphs) {
      s = Math.max(s, g.size);
    }
    this.size = s;
  }

  float left() {
    return glyphs.get(0).x;
  }

  float right() {
    return glyphs.get(glyphs.size() - 1).end();
  }

  int number() {
    return glyphs.get(0).line;
  }

  String text() {
    return Texts.of(glyphs);
  }

  /**
   * Groups glyphs into lines by baseline, top to bottom. A glyph joins a line whose first
   * baseline is within a third of an em: not chained from glyph to glyph, so that the
   * staggered baselines of a table row's cells do not run into one another.
   */
  static List<Line> of(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble((Glyph g) -> g.y).thenComparingDouble(g -> g.x));
    List<Line> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float first = 0;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && g.y - first > Math.max(1f, g.size / 3)) {
        lines.add(line(current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        first = g.y;
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      lines.add(line(current));
    }
    return lines;
  }

  private static Line line(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparingDouble(g -> g.x));
    return new Line(glyphs);
  }

  /**
   * Cuts the line where the gap between glyphs is wider than an em and a half: the runs of
   * text that a table without rulings sets in its columns.
   */
  List<List<Glyph>> chunks() {
    List<List<Glyph>> chunks = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      if (previous != null && g.x - previous.end() > 1.5f * Math.max(g.size, previous.size)) {
        chunks.add(current);
        current = new ArrayList<>();
      }
      current.add(g);
      previous = g;
    }
    chunks.add(current);
    return chunks;
  }
}
