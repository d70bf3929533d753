package io.budgetkit.importer.pdf;

/**
 * A ruling line of a page: horizontal at {@code position} (a y, top-down) from {@code from} to
 * {@code to} along x, or vertical at an x from a y to a y.
 */
final class Segment {

  final boolean horizontal;
  final float position;
  final float from;
  final float to;

  Segment(boolean horizontal, float position, float from, float to) {
    this.horizontal = horizontal;
    this.position = position;
    this.from = Math.min(from, to);
    this.to = Math.max(from, to);
  }

  boolean covers(float along, float tolerance) {
    return along >= from - tolerance && along <= to + tolerance;
  }

  @Override
  public String toString() {
    return (horizontal ? "H y=" : "V x=") + position + " " + from + ".." + to;
  }
}
