package io.budgetkit.importer.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the ruling lines a page draws: stroked horizontal and vertical lines and rectangle
 * edges, and filled rectangles thin enough to be lines (how Excel and PostScript drivers draw
 * cell borders). Paths that only clip, white lines and large filled areas (cell shading, page
 * backgrounds) are no rulings.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

  /** The most segments kept of a page; past it the page is read as if it drew none. */
  static final int MAX_SEGMENTS = 20_000;
  private static final float THIN = 3f;

  private final List<Segment> segments = new ArrayList<>();
  private final List<List<Point2D>> path = new ArrayList<>();
  private final float left;
  private final float bottom;
  private final float width;
  private final float height;
  /** The page's /Rotate, clockwise, one of 0, 90, 180 and 270. */
  private final int rotation;
  private List<Point2D> subpath;
  /** Whether the path being built is to clip (W) once it is ended or painted. */
  private boolean clipping;
  /**
   * The clip box (left, top, right, bottom, as shown) of each glyph drawn clipped narrower than
   * the page, by its rounded origin.
   */
  private final Map<String, float[]> clips = new HashMap<>();
  private Point2D current = new Point2D.Float();

  RulingCollector(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.left = box.getLowerLeftX();
    this.bottom = box.getLowerLeftY();
    this.width = box.getWidth();
    this.height = box.getHeight();
    this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
  }

  /**
   * Returns the page's ruling segments in top-down coordinates of the page as shown, turned by
   * its /Rotate: the frame in which PDFBox places the glyphs of upright text. A landscape page
   * printed by a PostScript driver is a portrait page turned by 90°, its rulings drawn across
   * the unturned page; left unturned, its column rulings would lie across its rows.
   */
  List<Segment> collect() throws IOException {
    processPage(getPage());
    return segments;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    List<Point2D> rect = new ArrayList<>(List.of(p0, p1, p2, p3, p0));
    path.add(rect);
    subpath = null;
    current = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    subpath = new ArrayList<>();
    current = new Point2D.Float(x, y);
    subpath.add(current);
    path.add(subpath);
  }

  @Override
  public void lineTo(float x, float y) {
    if (subpath == null) {
      moveTo((float) current.getX(), (float) current.getY());
    }
    current = new Point2D.Float(x, y);
    subpath.add(current);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    // curves are no rulings; the subpath goes on from the curve's end
    subpath = null;
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    if (subpath != null && !subpath.isEmpty()) {
      subpath.add(subpath.get(0));
    }
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void clip(int windingRule) {
    // the clip applies once the operator after W ends or paints the path
    clipping = true;
  }

  /**
   * Notes the clip of a glyph, which Excel narrows to the cell whose text it prints: a line of
   * a cell's text that does not fit is drawn across the ruling below, clipped, and belongs to
   * the cell it shows in.
   */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code,
      Vector displacement) throws IOException {
    Rectangle2D bounds = getGraphicsState().getCurrentClippingPath().getBounds2D();
    float[] box = shownBox(bounds);
    if (box[2] - box[0] < width(rotation) - 1 || box[3] - box[1] < height(rotation) - 1) {
      Point2D origin = new Point2D.Float(textRenderingMatrix.getTranslateX(),
          textRenderingMatrix.getTranslateY());
      clips.put(Math.round(shownX(origin)) + "," + Math.round(shownY(origin)), box);
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  /**
   * Sets on each glyph of the page the box it was clipped to, when one narrower than the page;
   * call after {@link #collect()}.
   */
  void clip(List<Glyph> glyphs) {
    if (clips.isEmpty()) {
      return;
    }
    for (Glyph g : glyphs) {
      int gx = Math.round(g.x);
      int gy = Math.round(g.y);
      for (int dx = -1; dx <= 1 && g.clip == null; dx++) {
        for (int dy = -1; dy <= 1 && g.clip == null; dy++) {
          g.clip = clips.get((gx + dx) + "," + (gy + dy));
        }
      }
    }
  }

  private float width(int turn) {
    return turn % 180 == 90 ? height : width;
  }

  private float height(int turn) {
    return turn % 180 == 90 ? width : height;
  }

  /** A rectangle of the page's user space as shown: left, top, right, bottom. */
  private float[] shownBox(Rectangle2D r) {
    Point2D a = new Point2D.Double(r.getMinX(), r.getMinY());
    Point2D b = new Point2D.Double(r.getMaxX(), r.getMaxY());
    return new float[] {Math.min(shownX(a), shownX(b)), Math.min(shownY(a), shownY(b)),
        Math.max(shownX(a), shownX(b)), Math.max(shownY(a), shownY(b))};
  }

  @Override
  public void strokePath() throws IOException {
    if (!isWhite(getGraphicsState().getStrokingColor())) {
      for (List<Point2D> points : path) {
        for (int i = 1; i < points.size(); i++) {
          addLine(points.get(i - 1), points.get(i));
        }
      }
    }
    clearPath();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (!isWhite(getGraphicsState().getNonStrokingColor())) {
      for (List<Point2D> points : path) {
        addThinArea(points);
      }
    }
    clearPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    List<List<Point2D>> kept = new ArrayList<>(path);
    fillPath(windingRule);
    path.addAll(kept);
    strokePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // images are no rulings
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are no rulings
  }

  private void clearPath() {
    if (clipping) {
      clipping = false;
      GeneralPath clip = new GeneralPath();
      for (List<Point2D> points : path) {
        for (int i = 0; i < points.size(); i++) {
          Point2D p = points.get(i);
          if (i == 0) {
            clip.moveTo(p.getX(), p.getY());
          } else {
            clip.lineTo(p.getX(), p.getY());
          }
        }
        clip.closePath();
      }
      getGraphicsState().intersectClippingPath(clip);
    }
    path.clear();
    subpath = null;
  }

  private void addLine(Point2D a, Point2D b) {
    float x0 = shownX(a);
    float x1 = shownX(b);
    float y0 = shownY(a);
    float y1 = shownY(b);
    if (Math.abs(y0 - y1) < 1 && Math.abs(x0 - x1) >= THIN) {
      add(new Segment(true, (y0 + y1) / 2, x0, x1));
    } else if (Math.abs(x0 - x1) < 1 && Math.abs(y0 - y1) >= THIN) {
      add(new Segment(false, (x0 + x1) / 2, y0, y1));
    }
  }

  private void addThinArea(List<Point2D> points) {
    if (points.size() < 3) {
      return;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (Point2D p : points) {
      float x = shownX(p);
      float y = shownY(p);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    float w = maxX - minX;
    float h = maxY - minY;
    if (h <= THIN && w > THIN) {
      add(new Segment(true, (minY + maxY) / 2, minX, maxX));
    } else if (w <= THIN && h > THIN) {
      add(new Segment(false, (minX + maxX) / 2, minY, maxY));
    }
  }

  /** The distance of a point from the left edge of the page as shown. */
  private float shownX(Point2D p) {
    float x = (float) p.getX() - left;
    float y = (float) p.getY() - bottom;
    switch (rotation) {
      case 90:
        return y;
      case 180:
        return width - x;
      case 270:
        return height - y;
      default:
        return x;
    }
  }

  /** The distance of a point from the top edge of the page as shown. */
  private float shownY(Point2D p) {
    float x = (float) p.getX() - left;
    float y = (float) p.getY() - bottom;
    switch (rotation) {
      case 90:
        return x;
      case 180:
        return y;
      case 270:
        return width - x;
      default:
        return height - y;
    }
  }

  private void add(Segment s) {
    if (segments.size() < MAX_SEGMENTS) {
      segments.add(s);
    }
  }

  private static boolean isWhite(PDColor color) {
    try {
      int rgb = color.toRGB();
      return (rgb >> 16 & 0xff) > 242 && (rgb >> 8 & 0xff) > 242 && (rgb & 0xff) > 242;
    } catch (IOException | RuntimeException e) {
      // a colour space PDFBox cannot convert: keep the line rather than lose a table's rulings
      return false;
    }
  }
}
