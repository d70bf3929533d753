/** BudgetKit's domain model. */
package io.budgetkit.core;
