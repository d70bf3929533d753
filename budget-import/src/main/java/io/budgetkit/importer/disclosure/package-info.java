/**
 * Reading the text extracted from published disclosures (DOCX and PDF extractions) into a
 * {@link io.budgetkit.core.budget.DepartmentBudget}: {@link io.budgetkit.importer.disclosure.DisclosureText}.
 *
 * <p>The nine standard tables are read by {@code TableReader}; the project performance tables,
 * the procurement table and the fixed-asset table by {@code SectionReaders}; the 情况说明 by
 * {@code NarrativeReader}. Lines no reader places are reported as unread regions.
 *
 * <p>A file's encoding is told from its bytes ({@code TextEncoding}: UTF-8, GB18030, UTF-16) and
 * its lines are split within {@link io.budgetkit.importer.disclosure.DisclosureText.Limits} ({@code
 * TextLines}). Every pattern and loop runs in time linear in the text, whatever the text: no
 * regular expression that can backtrack over a line, no copy of a growing cell per line.
 */
package io.budgetkit.importer.disclosure;
