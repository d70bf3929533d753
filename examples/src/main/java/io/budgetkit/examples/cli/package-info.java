/**
 * The {@code budgetkit} command line: {@code validate}, {@code convert}, {@code show} and {@code
 * consolidate} over BudgetKit JSON, CSV folders and zips, and published disclosure text (read by
 * the importer plugged into {@link io.budgetkit.examples.cli.InputFormats}).
 */
package io.budgetkit.examples.cli;
