package io.budgetkit.importer;

/**
 * The bounds a reader keeps to on any input, so that a hostile or broken file gives a clear
 * {@link ImportException} in bounded time and memory instead of exhausting them. The defaults
 * are far above any published disclosure (the largest real one at hand is a 1 MB, 35-page PDF).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new ReadLimits(100L << 20, 2_000, 1_000_000,
      64L << 20);

  private final long maxFileBytes;
  private final int maxPages;
  private final int maxCells;
  private final long maxTextChars;

  private ReadLimits(long maxFileBytes, int maxPages, int maxCells, long maxTextChars) {
    if (maxFileBytes < 1 || maxPages < 1 || maxCells < 1 || maxTextChars < 1) {
      throw new IllegalArgumentException("Limits are positive: " + maxFileBytes + ", " + maxPages
          + ", " + maxCells + ", " + maxTextChars);
    }
    this.maxFileBytes = maxFileBytes;
    this.maxPages = maxPages;
    this.maxCells = maxCells;
    this.maxTextChars = maxTextChars;
  }

  /**
   * Returns the defaults: files up to 100 MiB, 2,000 pages, 1,000,000 table cells (or workbook
   * cells read) and 64 Mi characters of text.
   *
   * @return the default limits
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest file read, in bytes, counted on the bytes actually read.
   *
   * @return the limit
   */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Returns the most pages read from a paged document.
   *
   * @return the limit
   */
  public int maxPages() {
    return maxPages;
  }

  /**
   * Returns the most cells read: table cells of a document, or cells of a workbook.
   *
   * @return the limit
   */
  public int maxCells() {
    return maxCells;
  }

  /**
   * Returns the most characters of text read.
   *
   * @return the limit
   */
  public long maxTextChars() {
    return maxTextChars;
  }

  /**
   * Returns these limits with another file size limit.
   *
   * @param bytes the largest file, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxPages, maxCells, maxTextChars);
  }

  /**
   * Returns these limits with another page limit.
   *
   * @param pages the most pages, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxPages(int pages) {
    return new ReadLimits(maxFileBytes, pages, maxCells, maxTextChars);
  }

  /**
   * Returns these limits with another cell limit.
   *
   * @param cells the most cells, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxCells(int cells) {
    return new ReadLimits(maxFileBytes, maxPages, cells, maxTextChars);
  }

  /**
   * Returns these limits with another text limit.
   *
   * @param chars the most characters, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxTextChars(long chars) {
    return new ReadLimits(maxFileBytes, maxPages, maxCells, chars);
  }

  @Override
  public String toString() {
    return "ReadLimits[maxFileBytes=" + maxFileBytes + ", maxPages=" + maxPages + ", maxCells="
        + maxCells + ", maxTextChars=" + maxTextChars + "]";
  }
}
