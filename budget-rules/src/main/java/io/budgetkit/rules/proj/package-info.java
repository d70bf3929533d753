/**
 * The 项目绩效目标表: project budgets against 项目支出, spending plans, the split of the budget,
 * cost indicators and the itemised 资金用途: rule area {@code PROJ}.
 */
package io.budgetkit.rules.proj;
