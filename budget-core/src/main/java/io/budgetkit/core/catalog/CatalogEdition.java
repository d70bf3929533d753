package io.budgetkit.core.catalog;

import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.CodeScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of one edition year of a {@link ClassificationCatalog}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogEdition {

  private final int year;
  private final Map<String, CatalogEntry> byKey;
  private final List<SummaryRowName> summaryRows;

  CatalogEdition(int year, List<CatalogEntry> entries, List<SummaryRowName> summaryRows) {
    this.year = year;
    Map<String, CatalogEntry> map = new LinkedHashMap<>();
    List<CatalogEntry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> key(a.code()).compareTo(key(b.code())));
    for (CatalogEntry e : sorted) {
      map.put(key(e.code()), e);
    }
    this.byKey = Collections.unmodifiableMap(map);
    this.summaryRows = List.copyOf(summaryRows);
  }

  private static String key(ClassificationCode<?> code) {
    return code.scheme().ordinal() + ":" + code.value();
  }

  /**
   * Returns the edition year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Looks up a code.
   *
   * @param code the code
   * @return its entry, or empty if the edition does not know it
   */
  public Optional<CatalogEntry> find(ClassificationCode<?> code) {
    return Optional.ofNullable(byKey.get(key(code)));
  }

  /**
   * Returns the name of a code in this edition.
   *
   * @param code the code
   * @return its name, or empty if the edition does not know it
   */
  public Optional<String> name(ClassificationCode<?> code) {
    return find(code).map(CatalogEntry::name);
  }

  /**
   * Tells whether the edition knows a code.
   *
   * @param code the code
   * @return true if it has a name for it
   */
  public boolean contains(ClassificationCode<?> code) {
    return byKey.containsKey(key(code));
  }

  /**
   * Returns the codes one level below a code, in code order.
   *
   * @param code the parent
   * @return the entries of its children known to this edition
   */
  public List<CatalogEntry> children(ClassificationCode<?> code) {
    List<CatalogEntry> result = new ArrayList<>();
    for (CatalogEntry e : byKey.values()) {
      if (code.isParentOf(e.code())) {
        result.add(e);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns the top-level (类) codes of a scheme, in code order.
   *
   * @param scheme the scheme
   * @return the 类 entries known to this edition
   */
  public List<CatalogEntry> classes(CodeScheme scheme) {
    List<CatalogEntry> result = new ArrayList<>();
    for (CatalogEntry e : byKey.values()) {
      if (e.code().scheme() == scheme && e.code().level() == CodeLevel.CLASS) {
        result.add(e);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns every entry of this edition, functional before economic, each in code order.
   *
   * @return the entries
   */
  public List<CatalogEntry> entries() {
    return List.copyOf(byKey.values());
  }

  /**
   * Returns the functional 类 rows of the 收支总表 in printed order (31 in the 2020–2025
   * editions, the last one, 人行科目, without a code).
   *
   * @return the rows
   */
  public List<SummaryRowName> summaryRows() {
    return summaryRows;
  }
}
