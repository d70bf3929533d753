package io.budgetkit.importer.disclosure;

import io.budgetkit.core.internal.Templates;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Something the importer could not read, or read with a reservation: a stable code, a severity,
 * the line of the source it concerns (with its text), where in the document's files that is
 * ({@link #source()}) and a message.
 *
 * <p>A diagnostic is the importer's {@link Problem}: its {@link #key()} is {@code import.} and its
 * {@link #code()}, its location its {@link #source()}: the file and page and line of a PDF, the
 * file, sheet and cell of a workbook, the line of a text (named with its file when the document
 * has several). Its English message is the importer's
 * own detailed text ({@link #message()}); its Chinese message is the code's template in the
 * bundle {@value #BUNDLE} ({@code _zh}), whose placeholders are {@code {line}}, {@code {text}},
 * {@code {location}} and the {@link #arguments()}. A diagnostic made without a text of its own
 * takes its English message from the bundle's base template too. The codes are listed in {@code
 * docs/PROBLEMS.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportDiagnostic implements Problem {

  /** The base name of the bundle of the codes' message templates. */
  public static final String BUNDLE = "io.budgetkit.importer.disclosure.diagnostics";

  /** What every diagnostic's {@link #key()} starts with. */
  public static final String KEY_PREFIX = "import.";

  private static final int MAX_TEXT = 200;
  /** A message longer than this is cut in its middle: its end says what happens. */
  private static final int MAX_MESSAGE = 1000;

  private final String code;
  private final Severity severity;
  private final int line;
  private final String text;
  private final String message;
  private final Map<String, String> arguments;
  /** Where in the document's files, or null: then the {@link #line} alone. */
  private final SourceRef source;
  /** The recognizer's item (counted from 1) the diagnostic is about, 0 if none: internal. */
  private final int item;

  private ImportDiagnostic(String code, Severity severity, int line,
      String text, String message, Map<String, String> arguments) {
    this(code, severity, line, text, message, arguments, null, 0);
  }

  private ImportDiagnostic(ImportDiagnostic d, SourceRef source, int item) {
    this.code = d.code;
    this.severity = d.severity;
    this.line = d.line;
    this.text = d.text;
    this.message = d.message;
    this.arguments = d.arguments;
    this.source = source;
    this.item = item;
  }

  private ImportDiagnostic(String code, Severity severity, int line,
      String text, String message, Map<String, String> arguments, SourceRef source, int item) {
    this.source = source;
    this.item = item;
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.line = line;
    this.text = shorten(text == null ? "" : text);
    Map<String, String> args = new LinkedHashMap<>();
    arguments.forEach((k, v) -> args.put(Objects.requireNonNull(k, "argument name"),
        shorten(Objects.requireNonNull(v, "argument value"))));
    this.arguments = Collections.unmodifiableMap(args);
    // A message quotes cells of the document; a hostile cell of a million characters must not
    // make a message of a million.
    this.message = message == null ? null : message.length() <= MAX_MESSAGE ? message
        : message.substring(0, cut(message, 600)) + " … "
            + message.substring(cut(message, message.length() - 300));
  }

  private static String shorten(String t) {
    return t.length() > MAX_TEXT ? t.substring(0, cut(t, MAX_TEXT)) + "…" : t;
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
   * @param message what is wrong, in English (a message of more than 1000 characters is
   *     shortened in its middle)
   * @return the diagnostic
   */
  public static ImportDiagnostic of(String code, Severity severity,
      int line, String text, String message) {
    return new ImportDiagnostic(code, severity, line, text,
        Objects.requireNonNull(message, "message"), Map.of());
  }

  /**
   * Returns a diagnostic whose messages in both languages are the code's templates, filled with
   * the line, its text and named arguments (each shortened to 200 characters).
   *
   * @param code the stable code, e.g. {@code table.missing}, with templates in {@value #BUNDLE}
   * @param severity the severity
   * @param line the 1-based line of the source, 0 for the document as a whole
   * @param text the text of that line (shortened to 200 characters)
   * @param arguments the values of the templates' other placeholders
   * @return the diagnostic
   */
  public static ImportDiagnostic of(String code, Severity severity,
      int line, String text, Map<String, String> arguments) {
    return new ImportDiagnostic(code, severity, line, text, null, arguments);
  }

  /** This diagnostic placed in the source: its {@link #location()} becomes the place. */
  ImportDiagnostic withSource(SourceRef place) {
    return new ImportDiagnostic(this, Objects.requireNonNull(place, "place"), item);
  }

  /** This diagnostic as about the recognizer's item {@code pos} (counted from 1). */
  ImportDiagnostic aboutItem(int pos) {
    return new ImportDiagnostic(this, source, pos);
  }

  /** Tells whether the diagnostic was given its place ({@link #withSource}). */
  boolean isPlaced() {
    return source != null;
  }

  /** The recognizer's item (counted from 1) the diagnostic is about, 0 if none. */
  int item() {
    return item;
  }

  /**
   * Returns where in the document's files the diagnostic was seen, as far as known: the file and
   * page of a PDF, the sheet and cell of a workbook, the line of a text. A diagnostic of a
   * document of one file whose places are lines alone (a text extraction, copied text) names the
   * line only, without the file; a diagnostic of the document as a whole names nothing.
   *
   * @return the source, if known
   */
  public Optional<SourceRef> source() {
    if (source != null) {
      return Optional.of(source);
    }
    return line > 0 ? Optional.of(SourceRef.ofLine(line)) : Optional.empty();
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
   * Returns the problem's key: {@value #KEY_PREFIX} and the {@link #code()}.
   *
   * @return e.g. {@code import.cell.amount}
   */
  @Override
  public String key() {
    return KEY_PREFIX + code;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  @Override
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the {@link #source()}, or nothing for the document as a whole.
   *
   * @return a location whose source is the place in the files, or the {@link #line()}
   */
  @Override
  public ProblemLocation location() {
    return source().map(ProblemLocation::of).orElseGet(ProblemLocation::none);
  }

  /**
   * Returns the named values of the message templates besides the line and its text.
   *
   * @return the arguments, empty for a diagnostic made with a text of its own
   */
  @Override
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the 1-based line number in the source: in its file, or on its page for a PDF.
   *
   * @return the line, 0 for the document as a whole and for a place without lines (a workbook
   *     cell)
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
   * Returns the message in English.
   *
   * @return what is wrong
   */
  public String message() {
    return message == null ? message(Locale.ENGLISH) : message;
  }

  /**
   * Returns the message in a language: in English the importer's own text (or the code's
   * template, for a diagnostic made without one), in Chinese the code's template. A code
   * without a template (a reader's new code not yet listed) is said by the generic template
   * {@code unknown}, which names it.
   *
   * @param locale e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the message
   */
  @Override
  public String message(Locale locale) {
    if (message != null && !Templates.isChinese(locale)) {
      return message;
    }
    ResourceBundle b = Templates.bundle(BUNDLE, locale);
    Map<String, String> values = new HashMap<>(arguments);
    values.put("line", Integer.toString(line));
    values.put("text", text);
    values.put("code", code);
    values.put("location", location().describe(locale));
    return Templates.fill(b.getString(b.containsKey(code) ? code : "unknown"), values);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImportDiagnostic)) {
      return false;
    }
    ImportDiagnostic d = (ImportDiagnostic) o;
    return code.equals(d.code) && severity == d.severity && line == d.line
        && text.equals(d.text) && Objects.equals(message, d.message)
        && arguments.equals(d.arguments) && Objects.equals(source, d.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, line, text, message, arguments, source);
  }

  @Override
  public String toString() {
    String at = source != null && source.file().isPresent() ? " " + source : " L" + line;
    return severity + " " + code + at + ": " + message()
        + (text.isEmpty() ? "" : " [" + text + "]");
  }
}
