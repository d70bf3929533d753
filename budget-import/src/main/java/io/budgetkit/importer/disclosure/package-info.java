/**
 * Step 2 of importing, recognition: a published disclosure's blocks, read from files of any
 * format, into a {@link io.budgetkit.core.budget.DepartmentBudget} with import diagnostics —
 * {@link io.budgetkit.importer.disclosure.Disclosures} for files, {@link
 * io.budgetkit.importer.disclosure.DisclosureRecognizer} for a document read before, {@link
 * io.budgetkit.importer.disclosure.DisclosureText} for the DOCX and PDF text extractions, whose
 * step-1 reader is {@link io.budgetkit.importer.disclosure.DisclosureTextReader}.
 *
 * <p>The nine standard tables are read by {@code TableReader}; the project performance tables,
 * the procurement table and the fixed-asset table by {@code SectionReaders}; the 情况说明 by
 * {@code NarrativeReader}, all from the same rows and lines ({@code TextRows}). Rows and lines
 * no reader places are reported as unread regions.
 *
 * <p>A text file's encoding is told from its bytes ({@code TextEncoding}: UTF-8, GB18030,
 * UTF-16) and its lines are split within {@link
 * io.budgetkit.importer.disclosure.DisclosureText.Limits} ({@code TextLines}). Every pattern and
 * loop runs in time linear in the text, whatever the text: no regular expression that can
 * backtrack over a line, no copy of a growing cell per line.
 */
package io.budgetkit.importer.disclosure;
