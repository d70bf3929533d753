package io.budgetkit.consolidation;

import io.budgetkit.core.internal.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of {@link Conflict}s, from the resource bundle {@value #BUNDLE}: English in the base
 * bundle, Chinese in {@code _zh} (both UTF-8, as Java reads properties bundles). Besides the
 * message templates the bundle holds how lists are joined ({@code list.separator}, {@code
 * departments.separator}, {@code variant.separator}), how a variant of a kind is printed
 * ({@code <KIND>.variant}), how a sample of departments says how many more there are ({@code
 * departments.more}) and the names of argument values ({@code <argument>.<value>}, e.g. {@code
 * figure.FIXED_ASSETS}).
 *
 * <p>This class has no state and is thread-safe.
 */
final class ConflictMessages {

  static final String BUNDLE = "io.budgetkit.consolidation.messages";


  private ConflictMessages() {}

  /**
   * Returns the bundle of a language: Chinese for language {@code zh}, else English, never the
   * JVM's default locale.
   */
  static ResourceBundle bundle(Locale locale) {
    return Templates.bundle(BUNDLE, locale);
  }

  /** The template {@code key} filled with the conflict's values. */
  static String format(Conflict c, String key, Locale locale) {
    ResourceBundle b = bundle(locale);
    Map<String, String> values = new HashMap<>();
    c.arguments().forEach((name, items) -> values.put(name, items(b, name, items)));
    values.put("where", c.where());
    values.put("count", Long.toString(c.departmentCount()));
    values.put("departments", departments(b, c.departments(), c.departmentCount()));
    List<String> variants = new ArrayList<>();
    for (Conflict.Variant v : c.variants()) {
      variants.add(Templates.fill(b.getString(c.kind() + ".variant"),
          Map.of("printed", items(b, "printed", v.printed()),
              "departments", departments(b, v.departments(), v.count()),
              "count", Long.toString(v.count()))));
    }
    values.put("variants", String.join(b.getString("variant.separator"), variants));
    return Templates.fill(b.getString(key), values);
  }

  /** Items joined, each by its name in the bundle if it has one; none as {@code list.empty}. */
  private static String items(ResourceBundle b, String argument, List<String> items) {
    if (items.isEmpty()) {
      return b.getString("list.empty");
    }
    List<String> named = new ArrayList<>();
    for (String item : items) {
      String key = argument + "." + item;
      named.add(b.containsKey(key) ? b.getString(key) : item);
    }
    return String.join(b.getString("list.separator"), named);
  }

  /** Some departments, and how many more there are if {@code count} exceeds them. */
  private static String departments(ResourceBundle b, List<String> sample, long count) {
    String joined = String.join(b.getString("departments.separator"), sample);
    if (count <= sample.size()) {
      return joined;
    }
    return Templates.fill(b.getString("departments.more"), Map.of("departments", joined,
        "count", Long.toString(count), "more", Long.toString(count - sample.size())));
  }
}
