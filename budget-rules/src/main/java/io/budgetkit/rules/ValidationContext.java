package io.budgetkit.rules;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import java.util.Objects;

/**
 * What every rule may consult besides its subject: the whole budget, the tolerance policy and
 * the catalog edition of the budget year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationContext {

  private final DepartmentBudget budget;
  private final Tolerance tolerance;
  private final CatalogEdition edition;

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
}
