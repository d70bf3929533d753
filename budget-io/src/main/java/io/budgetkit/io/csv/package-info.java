/**
 * Budgets as CSV: {@link io.budgetkit.io.csv.BudgetCsv} writes and reads a whole budget as a
 * folder or zip of CSV files in the published layout, losslessly; {@link
 * io.budgetkit.io.csv.TidyCsv} writes the long ("tidy") format for analytics with a Frictionless
 * {@code datapackage.json}.
 */
package io.budgetkit.io.csv;
