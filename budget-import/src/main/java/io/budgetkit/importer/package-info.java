/**
 * Reading what departments publish — PDF, DOCX, XLSX and XLS workbooks, web pages, text copied
 * from them — through one pipeline. Step 1, extraction: a {@link
 * io.budgetkit.importer.spi.DocumentReader} per format turns a file into a {@link
 * io.budgetkit.importer.document.PublishedDocument}, the ordered headings, paragraphs and table
 * grids of the document with where each came from. {@link
 * io.budgetkit.importer.PublishedDocuments} picks the reader by content.
 *
 * <p>This module is apart from {@code budget-io} so that hosts that only exchange JSON and CSV
 * do not pull PDF and Office parsers.
 */
package io.budgetkit.importer;
