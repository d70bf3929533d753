/**
 * The {@code budgetkit} command line: {@code validate}, {@code convert} and {@code show} over
 * BudgetKit JSON, CSV folders and zips, and (once its importer is plugged into {@link
 * io.budgetkit.examples.cli.InputFormats}) published disclosure text.
 */
package io.budgetkit.examples.cli;
