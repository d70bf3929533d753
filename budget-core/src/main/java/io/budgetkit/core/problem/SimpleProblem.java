package io.budgetkit.core.problem;

import io.budgetkit.core.internal.Templates;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The plain {@link Problem}, for problems that have no richer type: a key, a severity, a
 * location, string arguments, and the resource bundle that holds the key's two templates.
 *
 * <p>The templates may name {@code {location}} (the location described in the message's
 * language) and {@code {key}} besides the arguments. A problem is made only if its bundle holds the key in both
 * languages, so that a missing translation fails where the problem is made, not where it is
 * printed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimpleProblem implements Problem {

  private final String bundle;
  private final String key;
  private final String template;
  private final Severity severity;
  private final ProblemLocation location;
  private final Map<String, String> arguments;

  private SimpleProblem(String bundle, String key, String template, Severity severity,
      ProblemLocation location, Map<String, String> arguments) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.key = Objects.requireNonNull(key, "key");
    this.template = Objects.requireNonNull(template, "template");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.location = Objects.requireNonNull(location, "location");
    this.arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    for (Locale l : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
      if (!Templates.hasOwnTemplate(bundle, l, template)) {
        throw new IllegalArgumentException("The bundle " + bundle + " has no "
            + l.getLanguage() + " message for the key " + template);
      }
    }
  }

  /**
   * Returns a problem.
   *
   * @param bundle the base name of the resource bundle of the key's templates, e.g. {@code
   *     io.budgetkit.io.problems}
   * @param key the stable key, also the templates' key in the bundle
   * @param severity the severity
   * @param location where
   * @param arguments the values of the templates' placeholders
   * @return the problem
   * @throws IllegalArgumentException if the bundle lacks the key in English or Chinese
   */
  public static SimpleProblem of(String bundle, String key, Severity severity,
      ProblemLocation location, Map<String, String> arguments) {
    return new SimpleProblem(bundle, key, key, severity, location, arguments);
  }

  /**
   * Returns a problem whose templates are under another key than its own: a generic template
   * for a key that a newer reader reports and the bundle does not list yet.
   *
   * @param bundle the base name of the resource bundle of the templates
   * @param key the stable key
   * @param template the key of the templates in the bundle
   * @param severity the severity
   * @param location where
   * @param arguments the values of the templates' placeholders
   * @return the problem
   * @throws IllegalArgumentException if the bundle lacks the template in English or Chinese
   */
  public static SimpleProblem of(String bundle, String key, String template, Severity severity,
      ProblemLocation location, Map<String, String> arguments) {
    return new SimpleProblem(bundle, key, template, severity, location, arguments);
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public ProblemLocation location() {
    return location;
  }

  @Override
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the base name of the resource bundle that holds the key's templates.
   *
   * @return the bundle's base name
   */
  public String bundle() {
    return bundle;
  }

  @Override
  public String message(Locale locale) {
    ResourceBundle b = Templates.bundle(bundle, locale);
    Map<String, String> values = new HashMap<>(arguments);
    values.put("location", location.describe(locale));
    values.put("key", key);
    return Templates.fill(b.getString(template), values);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SimpleProblem)) {
      return false;
    }
    SimpleProblem p = (SimpleProblem) o;
    return bundle.equals(p.bundle) && key.equals(p.key) && template.equals(p.template)
        && severity == p.severity
        && location.equals(p.location) && arguments.equals(p.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle, key, template, severity, location, arguments);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
