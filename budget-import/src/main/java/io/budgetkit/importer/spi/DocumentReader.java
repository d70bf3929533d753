package io.budgetkit.importer.spi;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.PublishedDocument;

/**
 * Reads one format of published file into a {@link PublishedDocument}: step 1 of importing.
 * Implementations are found by {@link java.util.ServiceLoader} (a line naming the class in
 * {@code META-INF/services/io.budgetkit.importer.spi.DocumentReader}), so a host adds a format
 * by adding a jar.
 *
 * <p>A reader knows its format by content first ({@link #recognizes}): a PDF saved as {@code
 * .doc} is still read as a PDF. Implementations must be thread-safe and must never throw
 * anything but {@link ImportException} for a bad file, whatever its bytes: no library
 * exception, no {@link OutOfMemoryError} within the {@link ReadLimits}.
 */
public interface DocumentReader {

  /**
   * Returns the format's short name, which {@link PublishedDocument#formats()} records.
   *
   * @return e.g. {@code pdf}, {@code xlsx}
   */
  String format();

  /**
   * Says how sure the reader is that the file is in its format.
   *
   * @param file the file
   * @return {@link Match#CONTENT} when the bytes carry the format's signature, {@link
   *     Match#EXTENSION} when only the name says so, {@link Match#NONE} otherwise
   */
  Match recognizes(SourceFile file);

  /**
   * Reads the file.
   *
   * @param file the file, within the size limit
   * @param limits the limits to keep to
   * @return the document
   * @throws ImportException if the file cannot be read: corrupt, encrypted, without text, over a
   *     limit
   */
  PublishedDocument read(SourceFile file, ReadLimits limits);

  /** How a reader recognises a file. */
  enum Match {
    /** Not this format. */
    NONE,
    /** The extension names this format; the content does not say. */
    EXTENSION,
    /** The content is this format. */
    CONTENT
  }
}
