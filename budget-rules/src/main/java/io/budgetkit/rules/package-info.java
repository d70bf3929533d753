/**
 * The invariants of a disclosure as small, composable validators.
 *
 * <p>A {@link io.budgetkit.rules.Rule} has a stable id ({@code BK-HIER-001}), a default {@link
 * io.budgetkit.core.problem.Severity} and a check that reports {@link
 * io.budgetkit.rules.Finding}s (the rules' {@link io.budgetkit.core.problem.Problem}s) into
 * {@link io.budgetkit.rules.Findings}; {@link io.budgetkit.rules.Validator} composes checks
 * (all-of, for-each, nested, conditional, severity override). A {@link
 * io.budgetkit.rules.RuleSet} ({@link io.budgetkit.rules.RuleSet#standard()}) validates a whole
 * {@code DepartmentBudget} into a {@link io.budgetkit.rules.ValidationReport}. Validation
 * accumulates every finding and never throws on bad data.
 */
@BudgetStyle
package io.budgetkit.rules;

import io.budgetkit.core.internal.BudgetStyle;
