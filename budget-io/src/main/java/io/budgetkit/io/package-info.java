/**
 * Reading and writing budgets: JSON ({@code io.budgetkit.io.json}) and CSV ({@code
 * io.budgetkit.io.csv}), lossless both ways; every failure to read is a {@link
 * io.budgetkit.io.BudgetFormatException} that says what and where.
 */
package io.budgetkit.io;
