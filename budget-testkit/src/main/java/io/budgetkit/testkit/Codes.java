package io.budgetkit.testkit;

import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.CatalogEntry;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of classification codes: real codes of a catalog edition, and code strings that the
 * parsers reject, for tests of parse errors.
 *
 * <pre>{@code
 * CatalogEdition edition = ClassificationCatalog.bundled().edition(2024);
 * Generator<FunctionCode> item = Codes.functional(edition, CodeLevel.ITEM);
 * Generator<List<FunctionCode>> rows = Codes.functionalItems(edition, 1, 5);
 * Generator<String> broken = Codes.malformed(edition, CodeScheme.FUNCTIONAL);
 * }</pre>
 *
 * <p>Codes are picked in ascending order of their value, so shrinking leads to the lowest code
 * of the edition (and to the fewest codes). This class is stateless; its generators are immutable
 * and thread-safe.
 */
public final class Codes {

  private Codes() {}

  /**
   * Returns a generator of the functional codes of one level that a catalog edition knows.
   *
   * @param edition the catalog edition
   * @param level 类, 款 or 项
   * @return the generator; shrinks to the lowest such code
   * @throws IllegalArgumentException if the edition has no functional code of that level
   */
  public static Generator<FunctionCode> functional(CatalogEdition edition, CodeLevel level) {
    List<FunctionCode> codes = of(edition, CodeScheme.FUNCTIONAL, level, FunctionCode.class);
    return source -> source.pick(codes);
  }

  /**
   * Returns a generator of the economic codes of one level that a catalog edition knows.
   *
   * @param edition the catalog edition
   * @param level 类 or 款
   * @return the generator; shrinks to the lowest such code
   * @throws IllegalArgumentException if the edition has no economic code of that level (there is
   *     no economic 项)
   */
  public static Generator<EconomicCode> economic(CatalogEdition edition, CodeLevel level) {
    List<EconomicCode> codes = of(edition, CodeScheme.ECONOMIC, level, EconomicCode.class);
    return source -> source.pick(codes);
  }

  /**
   * Returns a generator of distinct functional 项 codes of a catalog edition whose 款 and 类 the
   * edition knows too, so that a table can print each with its parents and their names: the rows
   * of a functional table.
   *
   * @param edition the catalog edition
   * @param min the least number of codes, at least 1
   * @param max the largest number; lowered to the number of such codes in the edition
   * @return the generator; its lists are unmodifiable and in ascending order, and shrink to the
   *     {@code min} lowest codes
   * @throws IllegalArgumentException if {@code min < 1}, {@code max < min}, or the edition has
   *     fewer than {@code min} such codes
   */
  public static Generator<List<FunctionCode>> functionalItems(CatalogEdition edition, int min,
      int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("Invalid range of 项 codes " + min + "-" + max);
    }
    List<FunctionCode> pool = new ArrayList<>();
    for (FunctionCode item : of(edition, CodeScheme.FUNCTIONAL, CodeLevel.ITEM,
        FunctionCode.class)) {
      if (item.ancestors().stream().allMatch(edition::contains)) {
        pool.add(item);
      }
    }
    if (pool.size() < min) {
      throw new IllegalArgumentException("The catalog edition " + edition.year() + " has "
          + pool.size() + " functional 项 codes printable with their 款 and 类, fewer than " + min);
    }
    int most = Math.min(max, pool.size());
    return source -> {
      List<FunctionCode> chosen = Draws.distinct(source, pool, source.intBetween(min, most));
      chosen.sort(null);
      return List.copyOf(chosen);
    };
  }

  /**
   * Returns a generator of code strings that the parser of a scheme ({@link FunctionCode#parse}
   * or {@link EconomicCode#parse}) rejects: a real code of the edition with one defect, as
   * extraction and typing make them. The defects are, in the order shrinking prefers: the last
   * digit missing; one digit too many; a digit typed as a look-alike letter ({@code O} for 0,
   * {@code l} for 1, {@code B} for 8, {@code O} for the others); a full-width digit ({@code ０}
   * to {@code ９}); a space inside the code.
   *
   * @param edition the catalog edition whose codes are damaged
   * @param scheme functional or economic
   * @return the generator; shrinks to the lowest code of the scheme without its last digit
   * @throws IllegalArgumentException if the edition has no code of the scheme
   */
  public static Generator<String> malformed(CatalogEdition edition, CodeScheme scheme) {
    Objects.requireNonNull(scheme, "scheme");
    List<String> codes = new ArrayList<>();
    for (CodeLevel level : scheme.levels()) {
      codes.addAll(values(edition, scheme, level));
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("The catalog edition " + edition.year() + " has no "
          + scheme.label() + " code");
    }
    codes.sort(null);
    return source -> damage(source.pick(codes), source);
  }

  private static String damage(String code, Source source) {
    StringBuilder s = new StringBuilder(code);
    switch (source.intBetween(0, 4)) {
      case 0:
        return code.substring(0, code.length() - 1);
      case 1:
        return code + source.intBetween(0, 9);
      case 2: {
        int at = source.intBetween(0, code.length() - 1);
        char digit = code.charAt(at);
        s.setCharAt(at, digit == '1' ? 'l' : digit == '8' ? 'B' : 'O');
        return s.toString();
      }
      case 3: {
        int at = source.intBetween(0, code.length() - 1);
        s.setCharAt(at, (char) ('０' + (code.charAt(at) - '0')));
        return s.toString();
      }
      default:
        return s.insert(source.intBetween(1, code.length() - 1), ' ').toString();
    }
  }

  private static <C extends ClassificationCode<C>> List<C> of(CatalogEdition edition,
      CodeScheme scheme, CodeLevel level, Class<C> type) {
    List<C> codes = new ArrayList<>();
    for (String value : values(edition, scheme, level)) {
      codes.add(type.cast(scheme.parse(value)));
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("The catalog edition " + edition.year() + " has no "
          + scheme.label() + " " + level.label() + " code");
    }
    return codes;
  }

  /** The codes of a scheme and level that the edition knows, in ascending order. */
  private static List<String> values(CatalogEdition edition, CodeScheme scheme, CodeLevel level) {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(level, "level");
    List<String> values = new ArrayList<>();
    for (CatalogEntry e : edition.entries()) {
      if (e.code().scheme() == scheme && e.code().level() == level) {
        values.add(e.code().value());
      }
    }
    values.sort(null);
    return values;
  }
}
