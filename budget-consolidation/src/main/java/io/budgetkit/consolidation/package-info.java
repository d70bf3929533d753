/**
 * Consolidation (汇总) of the budgets of many departments of one year into one region-level
 * budget: {@link io.budgetkit.consolidation.Consolidator} and its streaming accumulator {@link
 * io.budgetkit.consolidation.ConsolidationBuilder}.
 */
package io.budgetkit.consolidation;
