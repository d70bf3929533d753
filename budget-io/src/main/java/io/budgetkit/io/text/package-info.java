/**
 * Reading the text extracted from published disclosures (DOCX and PDF extractions) into a
 * {@link io.budgetkit.core.budget.DepartmentBudget}: {@link io.budgetkit.io.text.DisclosureText}.
 *
 * <p>This first slice reads the nine standard tables; the narrative, the project performance
 * tables, the procurement table and the asset table are left to later slices and reported as
 * unread regions.
 */
package io.budgetkit.io.text;
