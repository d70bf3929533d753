/** Not API: what BudgetKit's packages share internally. */
package io.budgetkit.core.internal;
