package io.budgetkit.consolidation;

import io.budgetkit.core.problem.PlainLocation;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A disagreement between the budgets being consolidated and how it was resolved.
 *
 * <p>A conflict is data: its {@link #kind()}, {@link #where() place}, the {@link #variants() what
 * each group of inputs printed} and the {@link #departments() departments} involved. Its texts are
 * templates of the resource bundle {@code io/budgetkit/consolidation/messages.properties} (English)
 * and {@code messages_zh.properties} (Chinese), found by {@link #messageKey()} and {@link
 * #resolutionKey()}, whose named {@code {placeholders}} are the {@link #arguments()} and:
 *
 * <ul>
 *   <li>{@code {where}}: {@link #where()};
 *   <li>{@code {departments}}: {@link #departments()}, with how many more there are;
 *   <li>{@code {count}}: {@link #departmentCount()};
 *   <li>{@code {variants}}: the {@link #variants()}, each what it printed and who printed it.
 * </ul>
 *
 * <p>A conflict is the consolidation's {@link Problem}: its {@link #key()} is {@code
 * consolidation.} and the kind's name (e.g. {@code consolidation.NAME}), its severity {@link
 * Severity#WARNING} (the consolidation resolved it; a person should look), its location the
 * {@link #where() place} in words.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Conflict implements Problem {

  /** What every conflict's {@link #key()} starts with. */
  public static final String KEY_PREFIX = "consolidation.";

  /**
   * What one group of the inputs printed where they disagree — a name, the lines of a “三公”
   * table, a 政府采购 layout, a 截止时间 — and some of the departments that printed it.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Variant {

    private final List<String> printed;
    private final List<String> departments;
    private final long count;

    Variant(List<String> printed, List<String> departments, long count) {
      this.printed = List.copyOf(printed);
      this.departments = List.copyOf(departments);
      this.count = count;
      if (count < departments.size()) {
        throw new IllegalArgumentException("A variant printed by " + count
            + " departments names more of them: " + departments);
      }
    }

    /**
     * Returns what these inputs printed: one item (a name, a layout such as {@code G2}, a date
     * such as {@code 2024-12-31}) or several (the labels of the lines of a “三公” table).
     *
     * @return the items, in the order printed or sorted
     */
    public List<String> printed() {
      return printed;
    }

    /**
     * Returns some of the departments that printed it, as {@code code name}, the smallest first
     * (at most a few; {@link #count()} says how many there are).
     *
     * @return the departments
     */
    public List<String> departments() {
      return departments;
    }

    /**
     * Returns how many inputs printed it.
     *
     * @return the count, at least the size of {@link #departments()}
     */
    public long count() {
      return count;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Variant)) {
        return false;
      }
      Variant v = (Variant) o;
      return count == v.count && printed.equals(v.printed) && departments.equals(v.departments);
    }

    @Override
    public int hashCode() {
      return Objects.hash(printed, departments, count);
    }

    @Override
    public String toString() {
      return printed + " by " + departments + (count > departments.size() ? " and "
          + (count - departments.size()) + " more" : "");
    }
  }

  private final ConflictKind kind;
  private final String where;
  private final String messageKey;
  private final String resolutionKey;
  private final Map<String, List<String>> arguments;
  private final List<Variant> variants;
  private final List<String> departments;
  private final long departmentCount;

  private Conflict(ConflictKind kind, String where, String messageKey, String resolutionKey,
      Map<String, List<String>> arguments, List<Variant> variants, List<String> departments,
      long departmentCount) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.where = Objects.requireNonNull(where, "where");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.resolutionKey = Objects.requireNonNull(resolutionKey, "resolutionKey");
    Map<String, List<String>> args = new LinkedHashMap<>();
    arguments.forEach((k, v) -> args.put(k, List.copyOf(v)));
    this.arguments = Collections.unmodifiableMap(args);
    this.variants = List.copyOf(variants);
    this.departments = List.copyOf(departments);
    this.departmentCount = departmentCount;
  }

  /**
   * Creates a conflict between variants: the message key is the kind's name, the departments are
   * those of the variants, sorted, and the count their sum.
   */
  static Conflict between(ConflictKind kind, String where, List<Variant> variants,
      String resolutionKey, Map<String, List<String>> arguments) {
    List<String> departments = new ArrayList<>();
    long count = 0;
    for (Variant v : variants) {
      departments.addAll(v.departments());
      count += v.count();
    }
    departments.sort(null);
    return new Conflict(kind, where, kind.name(), resolutionKey, arguments, variants,
        departments, count);
  }

  /** Creates a conflict about some departments (no variants). */
  static Conflict about(ConflictKind kind, String where, Sample departments, String messageKey,
      String resolutionKey, Map<String, List<String>> arguments) {
    return new Conflict(kind, where, messageKey, resolutionKey, arguments, List.of(),
        departments.list(), departments.count());
  }

  /**
   * Returns the kind of disagreement.
   *
   * @return the kind
   */
  public ConflictKind kind() {
    return kind;
  }

  /**
   * Returns the problem's key: {@value #KEY_PREFIX} and the kind's name, documented in {@code
   * docs/PROBLEMS.md}.
   *
   * @return e.g. {@code consolidation.NAME}
   */
  @Override
  public String key() {
    return KEY_PREFIX + kind.name();
  }

  /**
   * Returns {@link Severity#WARNING}: a conflict that is reported was resolved (under {@link
   * ConflictPolicy#FAIL} the consolidation fails instead), and a person should check how.
   *
   * @return {@link Severity#WARNING}
   */
  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  /**
   * Returns the {@link #where() place}, in words.
   *
   * @return a location whose description is {@link #where()}
   */
  @Override
  public ProblemLocation location() {
    return PlainLocation.builder().place(where).build();
  }

  /**
   * Returns where: the table and code, the table, or the section and figure.
   *
   * @return e.g. {@code 支出总表 2010301}, {@code 财政拨款“三公”经费支出表} or {@code 情况说明
   *     FIXED_ASSETS}
   */
  public String where() {
    return where;
  }

  /**
   * Returns the key of the {@link #message(Locale) message} in the resource bundle: the kind's
   * name, or the kind's name and a variant (e.g. {@code MISSING_FIGURE.one} for one input).
   *
   * @return the key
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the key of the {@link #resolution(Locale) resolution} in the resource bundle.
   *
   * @return e.g. {@code NAME.resolution.catalog} or {@code THREE_PUBLIC_LAYOUT.resolution}
   */
  public String resolutionKey() {
    return resolutionKey;
  }

  /**
   * Returns the values of the templates' own named placeholders, each a list of items that the
   * message joins in its language: {@code chosen} (the name printed, {@link ConflictKind#NAME}),
   * {@code printed} and {@code dropped} (the “三公” lines printed and left out), {@code figure}
   * (the {@link io.budgetkit.core.section.FigureKind} left out). The values are as printed, or
   * constants; none is in English or Chinese.
   *
   * @return the arguments, by placeholder name
   */
  @Override
  public Map<String, List<String>> arguments() {
    return arguments;
  }

  /**
   * Returns what each group of the inputs printed, for the conflicts between differently printed
   * tables or names; empty for {@link ConflictKind#INCOME_ITEMS} and {@link
   * ConflictKind#MISSING_FIGURE}, which are about {@link #departments()} alone.
   *
   * @return the variants, in the order of what they printed
   */
  public List<Variant> variants() {
    return variants;
  }

  /**
   * Returns some of the departments involved, as {@code code name}, in code order (at most a few
   * per variant, so that a conflict among 100,000 departments stays small).
   *
   * @return the departments
   */
  public List<String> departments() {
    return departments;
  }

  /**
   * Returns how many inputs are involved, of which {@link #departments()} names some.
   *
   * @return the count, at least the size of {@link #departments()}
   */
  public long departmentCount() {
    return departmentCount;
  }

  /**
   * Returns what disagrees, in Chinese for a Chinese locale (language {@code zh}) and in English
   * otherwise.
   *
   * @param locale e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return e.g. {@code 科目名称不一致：“行政运行”（101 甲局）；“行政运行支出”（102 乙局）}
   */
  @Override
  public String message(Locale locale) {
    return ConflictMessages.format(this, messageKey, locale);
  }

  /**
   * Returns how the consolidation resolved the disagreement, in Chinese for a Chinese locale
   * (language {@code zh}) and in English otherwise.
   *
   * @param locale e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return e.g. {@code 采用“行政运行”（分类科目目录中的名称）}
   */
  public String resolution(Locale locale) {
    return ConflictMessages.format(this, resolutionKey, locale);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Conflict)) {
      return false;
    }
    Conflict c = (Conflict) o;
    return kind == c.kind && where.equals(c.where) && messageKey.equals(c.messageKey)
        && resolutionKey.equals(c.resolutionKey) && arguments.equals(c.arguments)
        && variants.equals(c.variants) && departments.equals(c.departments)
        && departmentCount == c.departmentCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, where, messageKey, resolutionKey, arguments, variants, departments,
        departmentCount);
  }

  /**
   * Returns the conflict in English: kind, place, message, departments and resolution.
   *
   * @return e.g. {@code NAME at 支出总表 2010301: printed as … (101 甲局, 102 乙局) → …}
   */
  @Override
  public String toString() {
    return kind + " at " + where + ": " + message(Locale.ENGLISH) + " ("
        + String.join(", ", departments) + ") → " + resolution(Locale.ENGLISH);
  }
}
