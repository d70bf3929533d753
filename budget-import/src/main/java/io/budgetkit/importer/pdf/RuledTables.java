package io.budgetkit.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tables a page draws with ruling lines and places its glyphs in their cells.
 *
 * <p>Rulings that touch one another form a table. Its column edges are the x of its vertical
 * rulings and its row edges the y of its horizontal ones; two neighbouring positions of that
 * grid are one merged cell where no ruling separates them, as a header cell over two columns.
 */
final class RuledTables {

  /** How far apart two rulings may be and still be one edge: a doubled border, a rounding. */
  private static final float TOLERANCE = 2f;
  /**
   * The padding of a cell, in type sizes, at most: a line set further in is centred or indented.
   */
  private static final float MAX_PADDING = 0.75f;
  /**
   * How much wider than its left padding, in points, a cell's right padding may be beside a
   * line set to the cell's full width. Word and WPS justify Chinese text in a table cell: a line
   * that the next one goes on from is stretched to the padding on both sides, the last line of
   * the text is not (nor is a centred or right-aligned line, whose gaps differ).
   */
  private static final float FULL_LINE = 1f;

  private RuledTables() {}

  /**
   * Returns the ruled tables of a page, top to bottom, and removes from {@code glyphs} those
   * placed in them.
   */
  static List<Grid> find(int page, List<Glyph> glyphs, List<Segment> segments) {
    List<Segment> horizontals = merge(segments, true);
    List<Segment> verticals = merge(segments, false);
    List<Grid> grids = new ArrayList<>();
    for (List<Segment> component : components(horizontals, verticals)) {
      Grid g = grid(page, glyphs, component);
      if (g != null) {
        grids.add(g);
      }
    }
    grids.sort(Comparator.comparingDouble(g -> g.top));
    return grids;
  }

  /** Joins collinear rulings that overlap or touch: Excel draws a border cell by cell. */
  private static List<Segment> merge(List<Segment> segments, boolean horizontal) {
    List<Segment> some = new ArrayList<>();
    for (Segment s : segments) {
      if (s.horizontal == horizontal) {
        some.add(s);
      }
    }
    some.sort(Comparator.comparingDouble((Segment s) -> s.position)
        .thenComparingDouble(s -> s.from));
    List<Segment> merged = new ArrayList<>();
    List<Segment> row = new ArrayList<>();
    for (Segment s : some) {
      if (!row.isEmpty() && s.position - row.get(0).position > TOLERANCE) {
        mergeRow(row, merged);
        row.clear();
      }
      row.add(s);
    }
    mergeRow(row, merged);
    return merged;
  }

  private static void mergeRow(List<Segment> row, List<Segment> into) {
    if (row.isEmpty()) {
      return;
    }
    row.sort(Comparator.comparingDouble(s -> s.from));
    float position = row.get(0).position;
    float from = row.get(0).from;
    float to = row.get(0).to;
    for (Segment s : row.subList(1, row.size())) {
      if (s.from > to + TOLERANCE) {
        into.add(new Segment(row.get(0).horizontal, position, from, to));
        from = s.from;
      }
      to = Math.max(to, s.to);
    }
    into.add(new Segment(row.get(0).horizontal, position, from, to));
  }

  /** Groups rulings into sets that touch: each set is a table's frame. */
  private static List<List<Segment>> components(List<Segment> horizontals,
      List<Segment> verticals) {
    int n = horizontals.size() + verticals.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int h = 0; h < horizontals.size(); h++) {
      Segment a = horizontals.get(h);
      for (int v = 0; v < verticals.size(); v++) {
        Segment b = verticals.get(v);
        if (a.covers(b.position, TOLERANCE) && b.covers(a.position, TOLERANCE)) {
          parent[root(parent, h)] = root(parent, horizontals.size() + v);
        }
      }
    }
    Map<Integer, List<Segment>> groups = new HashMap<>();
    List<List<Segment>> ordered = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Segment s = i < horizontals.size() ? horizontals.get(i)
          : verticals.get(i - horizontals.size());
      List<Segment> group = groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>());
      if (group.isEmpty()) {
        ordered.add(group);
      }
      group.add(s);
    }
    return ordered;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static Grid grid(int page, List<Glyph> glyphs, List<Segment> frame) {
    List<Float> xs = new ArrayList<>();
    List<Float> ys = new ArrayList<>();
    List<Segment> horizontals = new ArrayList<>();
    List<Segment> verticals = new ArrayList<>();
    for (Segment s : frame) {
      if (s.horizontal) {
        horizontals.add(s);
        ys.add(s.position);
        xs.add(s.from);
        xs.add(s.to);
      } else {
        verticals.add(s);
        xs.add(s.position);
        ys.add(s.from);
        ys.add(s.to);
      }
    }
    if (horizontals.isEmpty() || verticals.isEmpty()) {
      return null;
    }
    float[] x = edges(xs);
    float[] y = edges(ys);
    int columns = x.length - 1;
    int rows = y.length - 1;
    if (columns < 1 || rows < 1 || (long) rows * columns > 1_000_000) {
      return null;
    }
    int[][] owner = cells(x, y, horizontals, verticals);
    // glyphs by cell, in the order of the owner numbers
    Map<Integer, List<Glyph>> inCell = new HashMap<>();
    List<Glyph> placed = new ArrayList<>();
    for (Glyph g : glyphs) {
      int c = index(x, g.centerX());
      int r = index(y, g.centerY());
      if (c >= 0 && r >= 0) {
        inCell.computeIfAbsent(owner[r][c], k -> new ArrayList<>()).add(g);
        placed.add(g);
      }
    }
    Grid grid = new Grid(true, page, y[0], y[rows], java.util.Arrays.copyOf(x, columns));
    grid.right = x[columns];
    boolean[] done = new boolean[rows * columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int id = owner[r][c];
        if (done[id]) {
          continue;
        }
        done[id] = true;
        List<Glyph> text = inCell.get(id);
        if (text == null) {
          continue;
        }
        int c2 = c;
        while (c2 + 1 < columns && owner[r][c2 + 1] == id) {
          c2++;
        }
        int r2 = r;
        while (r2 + 1 < rows && owner[r2 + 1][c] == id) {
          r2++;
        }
        List<Line> lines = Line.of(text);
        String joined = "";
        for (Line l : lines) {
          joined = Texts.join(joined, l.text());
        }
        Grid.Entry entry = new Grid.Entry(r, c, r2 - r + 1, c2 - c + 1, joined, page,
            lines.get(0).number());
        Line last = lines.get(lines.size() - 1);
        float leftGap = last.left() - x[c];
        entry.wrapped = leftGap < last.size * MAX_PADDING
            && Math.abs(x[c2 + 1] - last.right() - leftGap) <= FULL_LINE;
        grid.entries.add(entry);
      }
    }
    if (grid.entries.isEmpty()) {
      return null;
    }
    int[] size = grid.usedSize();
    if (size[1] < 2) {
      // a box drawn around text (a note, a frame around the page) is no table
      return null;
    }
    if (size[0] < 2) {
      // one row of cells: a table's last row carried over to a page of its own, or a framed
      // line of text; the reader decides by what comes before it
      grid.fragment = placed;
    }
    glyphs.removeAll(placed);
    return grid;
  }

  /** Sorted distinct edges, those closer than the tolerance taken as one. */
  private static float[] edges(List<Float> values) {
    values.sort(null);
    List<Float> edges = new ArrayList<>();
    for (float v : values) {
      if (edges.isEmpty() || v - edges.get(edges.size() - 1) > TOLERANCE) {
        edges.add(v);
      }
    }
    float[] a = new float[edges.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = edges.get(i);
    }
    return a;
  }

  /** The interval of the edges that holds a coordinate, or -1 outside them. */
  private static int index(float[] edges, float v) {
    if (v < edges[0] || v > edges[edges.length - 1]) {
      return -1;
    }
    for (int i = 1; i < edges.length; i++) {
      if (v <= edges[i]) {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * Numbers each position of the grid by the merged cell it belongs to: a position joins the
   * one to its left when no vertical ruling runs between them at the row's middle, and the one
   * above when no horizontal ruling does, as long as the cell stays a rectangle.
   */
  private static int[][] cells(float[] x, float[] y, List<Segment> horizontals,
      List<Segment> verticals) {
    int rows = y.length - 1;
    int columns = x.length - 1;
    int[][] owner = new int[rows][columns];
    for (int[] r : owner) {
      java.util.Arrays.fill(r, -1);
    }
    int next = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (owner[r][c] >= 0) {
          continue;
        }
        float midY = (y[r] + y[r + 1]) / 2;
        int c2 = c;
        while (c2 + 1 < columns && owner[r][c2 + 1] < 0
            && !ruled(verticals, x[c2 + 1], midY)) {
          c2++;
        }
        int r2 = r;
        while (r2 + 1 < rows && openBelow(r2, c, c2, x, y, horizontals, verticals, owner)) {
          r2++;
        }
        for (int i = r; i <= r2; i++) {
          for (int k = c; k <= c2; k++) {
            owner[i][k] = next;
          }
        }
        next++;
      }
    }
    return owner;
  }

  private static boolean openBelow(int r, int c, int c2, float[] x, float[] y,
      List<Segment> horizontals, List<Segment> verticals, int[][] owner) {
    float midY = (y[r + 1] + y[r + 2]) / 2;
    for (int k = c; k <= c2; k++) {
      if (owner[r + 1][k] >= 0 || ruled(horizontals, y[r + 1], (x[k] + x[k + 1]) / 2)
          || k > c && ruled(verticals, x[k], midY)) {
        return false;
      }
    }
    // the rows below must not go on past the cell's sides, or the cell would not be one
    return (c == 0 || ruled(verticals, x[c], midY))
        && (c2 + 1 == x.length - 1 || ruled(verticals, x[c2 + 1], midY));
  }

  private static boolean ruled(List<Segment> rulings, float at, float along) {
    for (Segment s : rulings) {
      if (Math.abs(s.position - at) <= TOLERANCE && s.covers(along, -0.5f)) {
        return true;
      }
    }
    return false;
  }
}
