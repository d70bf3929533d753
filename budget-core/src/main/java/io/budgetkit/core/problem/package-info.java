/**
 * One vocabulary for every problem BudgetKit reports: a validation finding, an import
 * diagnostic, a note of a document reader, a consolidation conflict, a format error.
 *
 * <p>A {@link io.budgetkit.core.problem.Problem} has a stable {@link
 * io.budgetkit.core.problem.Problem#key() key} (the contract with hosts and the translation key),
 * a {@link io.budgetkit.core.problem.Severity}, a {@link
 * io.budgetkit.core.problem.ProblemLocation location} that may name the printed cell (table, row,
 * column) and where it came from ({@link io.budgetkit.core.problem.SourceRef}: file, page, line,
 * sheet and cell address), a message in Chinese and English, and the named values of its
 * message for machines. Readers that never throw on bad data return a {@link
 * io.budgetkit.core.problem.ValueWithProblems}. The keys are listed in {@code docs/PROBLEMS.md}
 * and {@code docs/RULES.md}.
 */
@BudgetStyle
package io.budgetkit.core.problem;

import io.budgetkit.core.internal.BudgetStyle;
