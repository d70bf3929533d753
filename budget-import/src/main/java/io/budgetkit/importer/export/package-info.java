/**
 * Writes a {@link io.budgetkit.importer.document.PublishedDocument} out for people and other
 * tools: every table as a CSV grid and the text as paragraphs, or the whole document as JSON.
 * This is what {@code budgetkit extract} writes, for users who only need the tables out of a
 * PDF, and for checking an extraction against the page.
 */
package io.budgetkit.importer.export;
