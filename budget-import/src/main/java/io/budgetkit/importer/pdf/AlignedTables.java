package io.budgetkit.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds tables that a page sets without ruling lines, by the alignment of their text columns.
 *
 * <p>A line is cut into runs of text where a gap is wider than an em and a half; a run of at
 * least three consecutive lines with two or more such runs (single runs in between allowed, an
 * empty cell leaves a row with one) is a table. Its columns are the bands the runs occupy: the
 * narrow runs (numbers, codes) make the bands first, and a run that overlaps several bands (a
 * header over two columns) spans them. Each line is a row.
 */
final class AlignedTables {

  /** Punctuation that ends a clause of Chinese running text; a table cell does not end so. */
  private static final String CLAUSE_ENDS = "，；：。！？";

  private AlignedTables() {}

  /**
   * Returns the tables among a page's lines, top to bottom, and removes their lines from
   * {@code lines}.
   */
  static List<Grid> find(int page, List<Line> lines) {
    List<Grid> grids = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    int tabular = 0;
    List<Line> taken = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      Line line = i < lines.size() ? lines.get(i) : null;
      boolean goesOn = line != null && (run.isEmpty() || line.y - last(run).y
          < 3.5f * Math.max(line.size, last(run).size));
      // a line that ends a clause (，；：。) is justified running text whose stretched gaps
      // only look like columns, never a table row
      int chunks = line == null || endsClause(line) ? 0 : line.chunks().size();
      if (goesOn && (chunks >= 2 || !run.isEmpty() && chunks == 1 && isShort(line, lines))) {
        run.add(line);
        tabular += chunks >= 2 ? 1 : 0;
        continue;
      }
      // single-run lines at the end belong to the text after the table
      while (!run.isEmpty() && last(run).chunks().size() < 2) {
        run.remove(run.size() - 1);
      }
      if (tabular >= 3) {
        grids.add(grid(page, run));
        taken.addAll(run);
      }
      run.clear();
      tabular = 0;
      if (line != null && chunks >= 2) {
        run.add(line);
        tabular = 1;
      }
    }
    lines.removeAll(taken);
    return grids;
  }

  private static boolean endsClause(Line line) {
    String text = line.text().strip();
    return !text.isEmpty() && CLAUSE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static Line last(List<Line> run) {
    return run.get(run.size() - 1);
  }

  /** A line much narrower than the text: a table row with one cell filled, not running text. */
  private static boolean isShort(Line line, List<Line> lines) {
    float left = Float.MAX_VALUE;
    float right = 0;
    for (Line l : lines) {
      left = Math.min(left, l.left());
      right = Math.max(right, l.right());
    }
    return line.right() - line.left() < 0.4f * (right - left);
  }

  private static Grid grid(int page, List<Line> rows) {
    List<float[]> runs = new ArrayList<>();
    for (Line l : rows) {
      for (List<Glyph> chunk : l.chunks()) {
        runs.add(new float[] {chunk.get(0).x, chunk.get(chunk.size() - 1).end()});
      }
    }
    runs.sort(Comparator.comparingDouble(r -> r[1] - r[0]));
    List<float[]> bands = new ArrayList<>();
    for (float[] r : runs) {
      List<float[]> over = overlapping(bands, r);
      if (over.isEmpty()) {
        bands.add(new float[] {r[0], r[1]});
      } else if (over.size() == 1) {
        over.get(0)[0] = Math.min(over.get(0)[0], r[0]);
        over.get(0)[1] = Math.max(over.get(0)[1], r[1]);
      }
    }
    bands.sort(Comparator.comparingDouble(b -> b[0]));
    float[] lefts = new float[bands.size()];
    for (int i = 0; i < lefts.length; i++) {
      lefts[i] = bands.get(i)[0];
    }
    Grid grid = new Grid(false, page, rows.get(0).y - rows.get(0).size, last(rows).y, lefts);
    for (int r = 0; r < rows.size(); r++) {
      int free = 0;
      Grid.Entry previous = null;
      for (List<Glyph> chunk : rows.get(r).chunks()) {
        float[] span = {chunk.get(0).x, chunk.get(chunk.size() - 1).end()};
        int first = -1;
        int lastBand = -1;
        for (int b = 0; b < bands.size(); b++) {
          if (overlaps(bands.get(b), span)) {
            first = first < 0 ? b : first;
            lastBand = b;
          }
        }
        if (first < 0) {
          first = nearest(bands, span);
          lastBand = first;
        }
        String text = Texts.of(chunk);
        if (Math.max(first, free) > lastBand && previous != null
            || free >= bands.size() && previous != null) {
          // two runs in one column: one cell whose text had a wide gap
          Grid.Entry joined = new Grid.Entry(previous.row, previous.column, 1,
              previous.columnSpan, previous.text + " " + text, page, previous.line);
          grid.entries.set(grid.entries.size() - 1, joined);
          previous = joined;
          continue;
        }
        int start = Math.max(first, free);
        int end = Math.max(start, lastBand);
        previous = new Grid.Entry(r, start, 1, end - start + 1, text, page, chunk.get(0).line);
        grid.entries.add(previous);
        free = end + 1;
      }
    }
    grid.compact();
    return grid;
  }

  private static List<float[]> overlapping(List<float[]> bands, float[] r) {
    List<float[]> over = new ArrayList<>();
    for (float[] b : bands) {
      if (overlaps(b, r)) {
        over.add(b);
      }
    }
    return over;
  }

  private static boolean overlaps(float[] a, float[] b) {
    return a[0] < b[1] && b[0] < a[1];
  }

  private static int nearest(List<float[]> bands, float[] span) {
    int best = 0;
    float distance = Float.MAX_VALUE;
    float middle = (span[0] + span[1]) / 2;
    for (int b = 0; b < bands.size(); b++) {
      float d = Math.abs((bands.get(b)[0] + bands.get(b)[1]) / 2 - middle);
      if (d < distance) {
        distance = d;
        best = b;
      }
    }
    return best;
  }
}
