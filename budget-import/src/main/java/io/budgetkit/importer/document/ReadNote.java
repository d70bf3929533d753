package io.budgetkit.importer.document;

import org.immutables.value.Value;

/**
 * Something a reader noticed that a person should know, with where: a page without a text layer
 * in an otherwise readable PDF, a sheet left out, a cell whose formula has no cached value.
 *
 * <p>A note is not an error: the document was read. What cannot be read at all is an {@link
 * io.budgetkit.importer.ImportException}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadNote {

  ReadNote() {}

  /**
   * Returns the stable key of the note, e.g. {@code pdf.page-without-text}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * Returns the message, in English, naming what was seen.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns where it was seen.
   *
   * @return the origin
   */
  public abstract Origin origin();

  /**
   * Returns a note.
   *
   * @param key the stable key
   * @param message the message
   * @param origin where
   * @return the note
   */
  public static ReadNote of(String key, String message, Origin origin) {
    return ImmutableReadNote.builder().key(key).message(message).origin(origin).build();
  }

  @Override
  public String toString() {
    return origin() + ": " + message() + " [" + key() + "]";
  }
}
