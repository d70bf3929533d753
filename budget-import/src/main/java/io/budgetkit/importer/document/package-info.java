/**
 * What a published file holds once read, in any format: a {@link
 * io.budgetkit.importer.document.PublishedDocument} is the ordered blocks of the document —
 * headings and paragraphs of text ({@link io.budgetkit.importer.document.TextBlock}), tables as
 * grids of cells with their spans ({@link io.budgetkit.importer.document.TableBlock}) — each
 * block and cell carrying where it came from ({@link io.budgetkit.importer.document.Origin}: the
 * file and page and line, or the sheet and cell address), so that a finding can point a person
 * at the page.
 *
 * <p>This is step 1 of importing, extraction: nothing here knows what a budget table is.
 * Recognising the disclosure's tables among the blocks is step 2, and works on these types
 * alone, whatever the format was.
 */
@BudgetStyle
package io.budgetkit.importer.document;

import io.budgetkit.core.internal.BudgetStyle;
