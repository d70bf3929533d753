package io.budgetkit.importer.disclosure;

import java.util.Objects;

/**
 * Something the importer could not read, or read with a reservation: a stable code, a severity,
 * the line of the source it concerns (with its text) and a message.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportDiagnostic {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** Something printed could not be read into the model. */
    ERROR,
    /** Read, but the document departs from the expected layout. */
    WARNING,
    /** Information: e.g. a region of the document this importer does not read. */
    INFO
  }

  private static final int MAX_TEXT = 200;
  /** A message longer than this is cut in its middle: its end says what happens. */
  private static final int MAX_MESSAGE = 1000;

  private final String code;
  private final Severity severity;
  private final int line;
  private final String text;
  private final String message;

  private ImportDiagnostic(String code, Severity severity, int line, String text, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.line = line;
    String t = text == null ? "" : text;
    this.text = t.length() > MAX_TEXT ? t.substring(0, cut(t, MAX_TEXT)) + "…" : t;
    Objects.requireNonNull(message, "message");
    // A message quotes cells of the document; a hostile cell of a million characters must not
    // make a message of a million.
    this.message = message.length() <= MAX_MESSAGE ? message
        : message.substring(0, cut(message, 600)) + " … "
            + message.substring(cut(message, message.length() - 300));
  }

  /** An index at or before {@code i} that does not split a surrogate pair. */
  private static int cut(String s, int i) {
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
  }

  /**
   * Returns a diagnostic.
   *
   * @param code the stable code, e.g. {@code table.missing}
   * @param severity the severity
   * @param line the 1-based line of the source, 0 for the document as a whole
   * @param text the text of that line (shortened to 200 characters)
   * @param message what is wrong (a message of more than 1000 characters is shortened in its
   *     middle)
   * @return the diagnostic
   */
  public static ImportDiagnostic of(String code, Severity severity, int line, String text,
      String message) {
    return new ImportDiagnostic(code, severity, line, text, message);
  }

  /**
   * Returns the stable code.
   *
   * @return e.g. {@code cell.amount}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the 1-based line number in the source.
   *
   * @return the line, 0 for the document as a whole
   */
  public int line() {
    return line;
  }

  /**
   * Returns the text of the line (shortened to 200 characters).
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the message.
   *
   * @return what is wrong
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImportDiagnostic)) {
      return false;
    }
    ImportDiagnostic d = (ImportDiagnostic) o;
    return code.equals(d.code) && severity == d.severity && line == d.line
        && text.equals(d.text) && message.equals(d.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, line, text, message);
  }

  @Override
  public String toString() {
    return severity + " " + code + " L" + line + ": " + message
        + (text.isEmpty() ? "" : " [" + text + "]");
  }
}
