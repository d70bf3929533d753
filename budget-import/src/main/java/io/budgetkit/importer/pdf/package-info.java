/**
 * The PDF reader: {@link io.budgetkit.importer.pdf.PdfReader} turns a PDF with a text layer into
 * headings, paragraphs and table grids, using Apache PDFBox for glyph positions and for the
 * ruling lines a page draws.
 *
 * <p>Tables are grids cut by the page's ruling lines where it draws them, and by the alignment
 * of its text columns where it does not; everything else is text. Only {@code PdfReader} is API.
 */
package io.budgetkit.importer.pdf;
