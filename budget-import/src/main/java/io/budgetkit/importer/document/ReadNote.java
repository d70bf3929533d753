package io.budgetkit.importer.document;

import io.budgetkit.core.internal.Templates;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.immutables.value.Value;

/**
 * Something a reader noticed that a person should know, with where: a page without a text layer
 * in an otherwise readable PDF, a sheet left out, a cell whose formula has no cached value.
 *
 * <p>A note is not an error: the document was read. What cannot be read at all is an {@link
 * io.budgetkit.importer.ImportException}.
 *
 * <p>A note is the document readers' {@link Problem}: its location is the {@link #origin()}
 * (file, page and line, or sheet and cell), its severity {@link Severity#WARNING} or, for what
 * leaves nothing out of the tables, {@link Severity#INFO} ({@link #severityOf(String)}). Its
 * English message is the reader's own text ({@link #message()}); its Chinese message is the key's
 * template in the bundle {@value #BUNDLE} ({@code _zh}), with the placeholders {@code {file}},
 * {@code {page}}, {@code {line}}, {@code {sheet}}, {@code {cell}}, {@code {location}} and the
 * {@link #arguments()}. The keys are listed in {@code docs/PROBLEMS.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
// Immutables cannot copy covariant overrides of Problem's accessors in a from(Problem); a
// ReadNote is copied from a ReadNote only.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class ReadNote implements Problem {

  /** The base name of the bundle of the notes' message templates. */
  public static final String BUNDLE = "io.budgetkit.importer.document.notes";

  /** The keys whose notes are {@link Severity#INFO}: nothing a table holds is lost. */
  private static final java.util.Set<String> INFO_KEYS = java.util.Set.of("office.hidden-sheet",
      "html.span-notes-cut");

  ReadNote() {}

  /**
   * Returns the stable key of the note, e.g. {@code pdf.page-without-text}.
   *
   * @return the key
   */
  @Override
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
   * Returns the named values the key's templates use besides the origin's parts.
   *
   * @return e.g. {@code declared=GBK} for {@code html.charset-unknown}; empty for most notes
   */
  @Override
  public abstract Map<String, String> arguments();

  /**
   * Returns how serious the note is: {@link #severityOf(String)} its key.
   *
   * @return {@link Severity#INFO} or {@link Severity#WARNING}
   */
  @Override
  public Severity severity() {
    return severityOf(key());
  }

  /**
   * Returns the severity of the notes of a key: {@link Severity#INFO} for a sheet left out
   * because it is hidden and for the count of span notes left out, {@link Severity#WARNING} for
   * every other note (something may be missing or misplaced in the tables read).
   *
   * @param key a note's key
   * @return the severity
   */
  public static Severity severityOf(String key) {
    return INFO_KEYS.contains(key) ? Severity.INFO : Severity.WARNING;
  }

  /**
   * Returns the origin as a problem's location.
   *
   * @return a location whose source is {@link Origin#toSourceRef()}
   */
  @Override
  public ProblemLocation location() {
    return ProblemLocation.of(origin().toSourceRef());
  }

  /**
   * Returns the message in a language: the reader's text in English, the key's template in
   * Chinese (a key without one, a reader's new key not yet listed, is said by the generic
   * template {@code unknown}, which names it and quotes the English text).
   *
   * @param locale e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the message
   */
  @Override
  public String message(Locale locale) {
    if (!Templates.isChinese(locale)) {
      return message();
    }
    ResourceBundle b = Templates.bundle(BUNDLE, locale);
    Map<String, String> values = new HashMap<>(arguments());
    Origin o = origin();
    values.put("file", o.file());
    o.page().ifPresent(p -> values.put("page", Integer.toString(p)));
    o.line().ifPresent(l -> values.put("line", Integer.toString(l)));
    o.sheet().ifPresent(n -> values.put("sheet", n));
    o.cell().ifPresent(c -> values.put("cell", c));
    values.put("location", location().describe(locale));
    values.put("key", key());
    values.put("english", message());
    return Templates.fill(b.getString(b.containsKey(key()) ? key() : "unknown"), values);
  }

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

  /**
   * Returns a note with named values for its Chinese template.
   *
   * @param key the stable key
   * @param message the message, in English
   * @param origin where
   * @param arguments the values of the template's placeholders besides the origin's parts
   * @return the note
   */
  public static ReadNote of(String key, String message, Origin origin,
      Map<String, String> arguments) {
    return ImmutableReadNote.builder().key(key).message(message).origin(origin)
        .putAllArguments(arguments).build();
  }

  @Override
  public String toString() {
    return origin() + ": " + message() + " [" + key() + "]";
  }
}
