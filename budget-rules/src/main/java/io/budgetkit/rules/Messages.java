package io.budgetkit.rules;

import io.budgetkit.core.section.SectionKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of findings, from resource bundles: one bundle per rule area ({@code BK-HIER-001}
 * → {@code io/budgetkit/rules/messages/hier.properties}), English by default and Chinese in the
 * {@code _zh} bundle, with named {@code {placeholders}}.
 */
final class Messages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");
  private static final String COMMON = "io.budgetkit.rules.messages.common";

  private Messages() {}

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  static String format(Finding f, Locale locale) {
    Map<String, String> values = new HashMap<>(f.arguments());
    f.expected().ifPresent(a -> values.put("expected", a.toString()));
    f.actual().ifPresent(a -> values.put("actual", a.toString()));
    f.difference().ifPresent(a -> values.put("difference", a.toString()));
    values.put("location", f.location().describe(locale));
    values.put("rule", f.ruleId());
    String template = template(f, locale);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
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
    // English is the base bundle: never fall back to the JVM's default locale.
    return ResourceBundle.getBundle(base, isChinese(locale) ? Locale.CHINESE : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The area of a rule id: {@code BK-HIER-001} → {@code hier}. */
  static String area(String ruleId) {
    String[] parts = ruleId.split("-");
    return parts.length >= 3 ? parts[1].toLowerCase(Locale.ROOT) : "common";
  }
}
