package io.budgetkit.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code docs/PROBLEMS.md} and the resource bundles it lists, so that the tests of each
 * module that owns problem keys can check that the document and the bundles agree: every key
 * listed has an English and a Chinese template, and every template is listed. Returns data; the
 * tests assert.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class ProblemsDocumentation {

  private static final Pattern ROW = Pattern.compile(
      "^\\| `([^`]+)` \\| (ERROR|WARNING|INFO) \\| (.*) \\| (.*) \\|$", Pattern.MULTILINE);

  private ProblemsDocumentation() {}

  /**
   * A key as the document lists it.
   *
   * @param key the problem's key
   * @param severity the severity's name
   * @param english the English template
   * @param chinese the Chinese template
   */
  public record Row(String key, String severity, String english, String chinese) {}

  /**
   * Returns the rows of the table under a heading of {@code docs/PROBLEMS.md}, read from the
   * repository's root (Surefire runs in the module's folder).
   *
   * @param heading the heading's text after {@code ## }, e.g. {@code Reader notes}
   * @return the rows, in the document's order
   * @throws IllegalArgumentException if the document has no such heading
   */
  public static List<Row> rows(String heading) {
    String md;
    try {
      md = Files.readString(Path.of("..", "docs", "PROBLEMS.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = md.indexOf("\n## " + heading + "\n");
    if (start < 0) {
      throw new IllegalArgumentException("docs/PROBLEMS.md has no heading '## " + heading + "'");
    }
    int end = md.indexOf("\n## ", start + 1);
    Matcher m = ROW.matcher(md.substring(start, end < 0 ? md.length() : end));
    List<Row> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    return rows;
  }

  /**
   * Returns the templates of a bundle file as written (UTF-8), without the JVM's locale
   * fallback: {@code base} for English, {@code base_zh} for Chinese.
   *
   * @param resource the resource's path without {@code .properties}, e.g. {@code
   *     io/budgetkit/io/problems_zh}
   * @return the templates by key, empty if there is no such resource
   */
  public static Map<String, String> bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = ProblemsDocumentation.class.getClassLoader()
        .getResourceAsStream(resource + ".properties")) {
      if (in == null) {
        return Map.of();
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> templates = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> templates.put(k, p.getProperty(k)));
    return templates;
  }
}
