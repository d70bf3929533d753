package io.budgetkit.importer;

import java.util.Optional;

/**
 * A published file cannot be read at all: it is no document of a format BudgetKit reads, it is
 * corrupt or truncated, it needs a password, it has no text layer (a scan, which needs OCR), or
 * it is larger than a {@link ReadLimits limit}. The message says what is wrong and where, in the
 * user's terms.
 *
 * <p>What can be read with reservations is read, with {@link
 * io.budgetkit.importer.document.ReadNote notes}; this exception is for the rest.
 */
public class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param file the file's name
   * @param key the stable key of the problem, e.g. {@code pdf.encrypted}
   * @param message what is wrong, without the file name
   * @param cause the library's exception, or {@code null}
   */
  public ImportException(String file, String key, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
    this.key = key;
  }

  /**
   * Returns the name of the file that cannot be read.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the stable key of the problem, e.g. {@code pdf.no-text-layer}, {@code pdf.encrypted},
   * {@code format.unknown}, {@code limit.file-size}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the library exception behind the problem, if any.
   *
   * @return the cause
   */
  public Optional<Throwable> libraryCause() {
    return Optional.ofNullable(getCause());
  }
}
