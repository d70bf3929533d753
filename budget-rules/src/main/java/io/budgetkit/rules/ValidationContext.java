package io.budgetkit.rules;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every rule may consult besides its subject: the whole budget, the tolerance policy and
 * the catalog edition of the budget year, and what rules derive from the budget once per
 * validation ({@link #derived}).
 *
 * <p>This class is thread-safe; apart from the values it derives on demand it is immutable.
 */
public final class ValidationContext {

  private final DepartmentBudget budget;
  private final Tolerance tolerance;
  private final CatalogEdition edition;
  private final ConcurrentHashMap<Object, Object> derived = new ConcurrentHashMap<>();

  /**
   * Returns a context.
   *
   * @param budget the budget being validated
   * @param tolerance the tolerance policy
   * @param catalog the catalog whose edition of the budget year names the codes
   */
  public ValidationContext(DepartmentBudget budget, Tolerance tolerance,
      ClassificationCatalog catalog) {
    this.budget = Objects.requireNonNull(budget, "budget");
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    this.edition = Objects.requireNonNull(catalog, "catalog").edition(budget.year());
  }

  /**
   * Returns the budget being validated.
   *
   * @return the budget
   */
  public DepartmentBudget budget() {
    return budget;
  }

  /**
   * Returns the tolerance policy.
   *
   * @return STRICT or ROUNDING_AWARE
   */
  public Tolerance tolerance() {
    return tolerance;
  }

  /**
   * Returns the catalog edition of the budget year.
   *
   * @return the edition
   */
  public CatalogEdition edition() {
    return edition;
  }

  /**
   * Returns a value derived from the budget, computing it the first time it is asked for in this
   * validation: an index that several rules consult (the narrative's figures by section, the
   * projects by name) is built once rather than by each rule, or once per figure, which would make
   * validation time grow with the square of the document's size.
   *
   * @param key the value's key, a constant of the caller's own (e.g. a {@code private static
   *     final Object})
   * @param derive computes the value from the budget; it must not itself ask for derived values
   * @param <T> the value's type, the same for every use of one key
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<DepartmentBudget, T> derive) {
    Object value = derived.get(key);
    if (value == null) {
      value = Objects.requireNonNull(derive.apply(budget), "derived value");
      Object raced = derived.putIfAbsent(key, value);
      if (raced != null) {
        value = raced;
      }
    }
    return (T) value;
  }
}
