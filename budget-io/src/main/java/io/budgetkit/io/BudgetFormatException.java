package io.budgetkit.io;

import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SimpleProblem;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.io.internal.Excerpts;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a JSON document or a CSV file cannot be read as a budget: malformed syntax, a
 * wrong type, an unknown table or column, a missing field, a malformed code or amount, input
 * beyond the size limits. The message says what is wrong and where; {@link #source()}, {@link
 * #pointer()}, {@link #line()} and {@link #column()} say where for machines.
 *
 * <p>The message is safe to print on a terminal: the readers quote input only as a short excerpt,
 * and every control, format or bidi character, and any unpaired surrogate, in the problem or the
 * source is written as {@code \}{@code uXXXX}; a problem longer than {@value #MAX_PROBLEM_LENGTH}
 * characters is cut.
 */
public final class BudgetFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The longest problem kept in a message, in characters. */
  public static final int MAX_PROBLEM_LENGTH = 1000;

  /** The base name of the bundle of the format errors' message templates. */
  public static final String BUNDLE = "io.budgetkit.io.problems";

  /** The key of every format error as a {@link Problem}. */
  public static final String KEY = "format.invalid";

  private final String problem;
  private final String source;
  private final String pointer;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong; escaped and cut for the message
   * @param source the file or stream name, or {@code null}
   * @param pointer a JSON pointer ({@code /tables/2/rows/3/cells/5}), or {@code null}
   * @param line the line, from 1, or 0 if unknown
   * @param column the column, from 1, or 0 if unknown
   * @param cause the underlying exception, or {@code null}
   */
  public BudgetFormatException(String problem, String source, String pointer, int line,
      int column, Throwable cause) {
    super(describe(Excerpts.shorten(problem, MAX_PROBLEM_LENGTH), Excerpts.shorten(source, 300),
        pointer == null ? null : Excerpts.shorten(pointer, 300), line, column), cause);
    this.problem = Excerpts.shorten(problem, MAX_PROBLEM_LENGTH);
    this.source = source;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the error as a {@link Problem}, for a host that reports every problem alike: the key
   * {@value #KEY}, {@link Severity#ERROR}, located at the {@link #source()}, {@link #line()},
   * {@link #column()} (as the source's text column) and {@link #pointer()}, with the argument
   * {@code detail}: what is wrong, in English, escaped and cut as in the message.
   *
   * @return the problem
   */
  public Problem toProblem() {
    SourceRef.Builder at = SourceRef.builder();
    source().ifPresent(at::file);
    line().ifPresent(at::line);
    column().ifPresent(at::textColumn);
    pointer().ifPresent(at::pointer);
    return SimpleProblem.of(BUNDLE, KEY, Severity.ERROR, ProblemLocation.of(at.build()),
        Map.of("detail", problem));
  }

  private static String describe(String problem, String source, String pointer, int line,
      int column) {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source);
    }
    if (line > 0) {
      s.append(s.length() > 0 ? ":" : "line ").append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    if (pointer != null) {
      s.append(s.length() > 0 ? " " : "").append("at ").append(pointer.isEmpty() ? "/" : pointer);
    }
    return s.length() == 0 ? problem : s + ": " + problem;
  }

  /**
   * Returns the name of the file or stream.
   *
   * @return the source, if known
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the JSON pointer of the offending value.
   *
   * @return the pointer, for JSON input
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * Returns the line, from 1.
   *
   * @return the line, if known
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the column, from 1.
   *
   * @return the column, if known
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
