/**
 * The sections of a disclosure beyond the nine tables: the narrative ({@link
 * io.budgetkit.core.section.Narrative}) with its stated figures, the project performance tables
 * ({@link io.budgetkit.core.section.ProjectPerformance}), the government procurement table
 * ({@link io.budgetkit.core.section.Procurement}), the fixed-asset table ({@link
 * io.budgetkit.core.section.FixedAssets}) and the organisation table ({@link
 * io.budgetkit.core.section.OrganisationUnit}).
 *
 * <p>Text is kept as printed; numbers are parsed where they carry one ({@link
 * io.budgetkit.core.section.Measure}).
 */
@BudgetStyle
package io.budgetkit.core.section;

import io.budgetkit.core.internal.BudgetStyle;
