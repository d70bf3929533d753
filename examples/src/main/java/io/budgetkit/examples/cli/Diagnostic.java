package io.budgetkit.examples.cli;

import java.util.Objects;

/**
 * A problem met while importing an input that did not stop the import: what could not be read,
 * where, and the text found there. Kept beside the budget and shown with the findings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Diagnostic {

  private final int line;
  private final String text;
  private final String message;

  private Diagnostic(int line, String text, String message) {
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
    }
    this.line = line;
    this.text = Objects.requireNonNull(text, "text");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a diagnostic.
   *
   * @param line the source line, from 1, or 0 if unknown
   * @param text the text found there (may be empty)
   * @param message what could not be read
   * @return the diagnostic
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static Diagnostic of(int line, String text, String message) {
    return new Diagnostic(line, text, message);
  }

  /**
   * Returns the source line, from 1, or 0 if unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the text found at the line.
   *
   * @return the text, possibly empty
   */
  public String text() {
    return text;
  }

  /**
   * Returns what could not be read.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic && ((Diagnostic) o).line == line
        && ((Diagnostic) o).text.equals(text) && ((Diagnostic) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, text, message);
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + message
        + (text.isEmpty() ? "" : " [" + text + "]");
  }
}
