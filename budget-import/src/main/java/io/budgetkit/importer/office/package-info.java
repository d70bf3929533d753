/**
 * Readers of Office files with Apache POI: XLSX and XLS workbooks ({@link
 * io.budgetkit.importer.office.XlsxReader}, {@link io.budgetkit.importer.office.XlsReader}) and
 * DOCX documents ({@link io.budgetkit.importer.office.DocxReader}).
 *
 * <p>A workbook becomes, sheet by sheet, the title rows above a table as headings and the rest
 * of the sheet's used range as one table; a sheet of text alone becomes a heading and
 * paragraphs. A DOCX becomes its paragraphs and tables in body order. Cell text is what the file
 * shows: a workbook number in its cell's format, a formula by its cached value.
 *
 * <p>Hostile files are refused with an {@link io.budgetkit.importer.ImportException} in bounded
 * time and memory: a zip bomb by POI's {@link org.apache.poi.openxml4j.util.ZipSecureFile}
 * limits, a huge sheet by counting cells as they stream past.
 */
package io.budgetkit.importer.office;
