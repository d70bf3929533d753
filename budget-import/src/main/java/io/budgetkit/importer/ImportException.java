package io.budgetkit.importer;

import io.budgetkit.core.internal.Templates;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SimpleProblem;
import io.budgetkit.core.problem.SourceRef;
import java.util.Locale;
import java.util.Map;
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

  /** The base name of the bundle of the import errors' message templates. */
  public static final String BUNDLE = "io.budgetkit.importer.problems";

  private final String file;
  private final String key;
  private final String detail;

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
    this.detail = message;
  }

  /**
   * Returns the error as a {@link Problem}, for a host that reports every problem alike: the
   * {@link #key()}, {@link Severity#ERROR}, located at the file, with the argument {@code
   * detail} (the message without the file name, in English). The key's templates are in the
   * bundle {@value #BUNDLE}; a key it does not list (a host's reader's own) takes the template
   * {@code unknown}, which names the key.
   *
   * @return the problem
   */
  public Problem toProblem() {
    boolean listed = Templates.bundle(BUNDLE, Locale.ROOT).containsKey(key);
    return SimpleProblem.of(BUNDLE, key, listed ? key : "unknown", Severity.ERROR,
        ProblemLocation.of(SourceRef.ofFile(file)), Map.of("detail", String.valueOf(detail)));
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
