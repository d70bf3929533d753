package io.budgetkit.importer.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

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
    // the path is ended by the operator after W, which calls endPath or paints it
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
