package io.budgetkit.rules;

import io.budgetkit.core.internal.Templates;
import io.budgetkit.core.section.SectionKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of findings, from resource bundles: one bundle per rule area ({@code BK-HIER-001}
 * → {@code io/budgetkit/rules/messages/hier.properties}), English by default and Chinese in the
 * {@code _zh} bundle, with named {@code {placeholders}}.
 */
final class Messages {

  private static final String COMMON = "io.budgetkit.rules.messages.common";

  private Messages() {}

  static boolean isChinese(Locale locale) {
    return Templates.isChinese(locale);
  }

  static String format(Finding f, Locale locale) {
    Map<String, String> values = new HashMap<>(f.arguments());
    f.expected().ifPresent(a -> values.put("expected", a.toString()));
    f.actual().ifPresent(a -> values.put("actual", a.toString()));
    f.difference().ifPresent(a -> values.put("difference", a.toString()));
    values.put("location", f.location().describe(locale));
    values.put("rule", f.ruleId());
    return Templates.fill(template(f, locale), values);
  }

  private static String template(Finding f, Locale locale) {
    String area = area(f.ruleId());
    for (String base : new String[] {"io.budgetkit.rules.messages." + area, COMMON}) {
      try {
        ResourceBundle bundle = bundle(base, locale);
        if (bundle.containsKey(f.messageKey())) {
          return bundle.getString(f.messageKey());
        }
      } catch (MissingResourceException e) {
        // fall through to the common bundle, then to the generic text
      }
    }
    return bundle(COMMON, locale).getString("missing");
  }

  static String common(String key, Locale locale) {
    return bundle(COMMON, locale).getString(key);
  }

  static String section(SectionKind kind, Locale locale) {
    return bundle(COMMON, locale).getString("section." + kind.name());
  }

  private static ResourceBundle bundle(String base, Locale locale) {
    return Templates.bundle(base, locale);
  }

  /** The area of a rule id: {@code BK-HIER-001} → {@code hier}. */
  static String area(String ruleId) {
    String[] parts = ruleId.split("-");
    return parts.length >= 3 ? parts[1].toLowerCase(Locale.ROOT) : "common";
  }
}
