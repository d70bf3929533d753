/**
 * Reading the text extracted from published disclosures (DOCX and PDF extractions) into a
 * {@link io.budgetkit.core.budget.DepartmentBudget}: {@link io.budgetkit.io.text.DisclosureText}.
 *
 * <p>The nine standard tables are read by {@code TableReader}; the project performance tables,
 * the procurement table and the fixed-asset table by {@code SectionReaders}. The narrative is
 * left to a later slice and reported as unread regions.
 */
package io.budgetkit.io.text;
