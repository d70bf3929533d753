/**
 * Reading text a person copied from a web page or a PDF viewer and saved or pasted: {@link
 * io.budgetkit.importer.text.PastedTextReader} finds the tables in it (cells separated by tabs,
 * runs of spaces or {@code |}) and turns the rest into paragraphs.
 */
package io.budgetkit.importer.text;
