package io.budgetkit.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bilingual message templates, shared by the rules' findings and the consolidation's conflicts:
 * UTF-8 properties bundles with English in the base bundle and Chinese in {@code _zh}, and named
 * {@code {placeholders}}. Not API.
 */
public final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_.]+)}");

  private Templates() {}

  /**
   * Tells whether a locale asks for Chinese.
   *
   * @param locale the locale
   * @return true for language {@code zh}
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Returns the bundle of a language: Chinese for language {@code zh}, else the English base
   * bundle, never the JVM's default locale.
   *
   * @param base the bundle's base name
   * @param locale the language asked for
   * @return the bundle
   * @throws java.util.MissingResourceException if there is no such bundle
   */
  public static ResourceBundle bundle(String base, Locale locale) {
    return ResourceBundle.getBundle(base, isChinese(locale) ? Locale.CHINESE : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Tells whether the bundle of a language itself holds a template, not through the English base
   * bundle, which a Chinese bundle falls back to for the keys it lacks.
   *
   * @param base the bundle's base name
   * @param locale the language asked for
   * @param key the template's key
   * @return true if the language's own properties file holds the key
   */
  public static boolean hasOwnTemplate(String base, Locale locale, String key) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Templates.class.getClassLoader();
    }
    try {
      ResourceBundle b = ResourceBundle.Control.getControl(
          ResourceBundle.Control.FORMAT_PROPERTIES).newBundle(base,
          isChinese(locale) ? Locale.CHINESE : Locale.ROOT, "java.properties", loader, false);
      return b != null && b.containsKey(key);
    } catch (IllegalAccessException | InstantiationException | java.io.IOException e) {
      return false;
    }
  }

  /**
   * Fills a template's placeholders; a placeholder without a value is left as it is, so that a
   * missing argument shows instead of vanishing.
   *
   * @param template the template, e.g. {@code {code} prints {actual}}
   * @param values the values by placeholder name
   * @return the filled text
   */
  public static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }
}
