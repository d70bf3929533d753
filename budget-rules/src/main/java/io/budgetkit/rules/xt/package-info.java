/**
 * Cross-table reconciliation: rule area {@code XT}, {@link io.budgetkit.rules.xt.CrossTableRules}.
 */
package io.budgetkit.rules.xt;
