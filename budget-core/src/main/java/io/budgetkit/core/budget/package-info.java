/**
 * {@link io.budgetkit.core.budget.DepartmentBudget}, the aggregate of one published disclosure,
 * and its fluent builder.
 */
@BudgetStyle
package io.budgetkit.core.budget;

import io.budgetkit.core.internal.BudgetStyle;
