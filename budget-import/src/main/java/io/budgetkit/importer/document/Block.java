package io.budgetkit.importer.document;

/**
 * One block of a published document, in reading order: a {@link TextBlock} (a heading or a
 * paragraph) or a {@link TableBlock} (a table as a grid).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public abstract class Block {

  Block() {}

  /**
   * Returns where the block starts.
   *
   * @return the origin of its first line or cell
   */
  public abstract Origin origin();
}
