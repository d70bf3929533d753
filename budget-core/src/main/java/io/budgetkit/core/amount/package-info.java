/**
 * Exact amounts in 万元 ({@link io.budgetkit.core.amount.Amount}), the precision tables print
 * them at ({@link io.budgetkit.core.amount.Precision}) and the reading of printed cells
 * ({@link io.budgetkit.core.amount.CellValues}).
 */
package io.budgetkit.core.amount;
