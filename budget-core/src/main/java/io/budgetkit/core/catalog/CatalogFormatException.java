package io.budgetkit.core.catalog;

/**
 * Thrown when a catalog file cannot be read; the message names the source and the line.
 */
public final class CatalogFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  CatalogFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /**
   * Returns the name of the catalog source.
   *
   * @return a file name or resource name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line, from 1, where the problem was found.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }
}
