/**
 * Reading web pages: {@link io.budgetkit.importer.html.HtmlReader} turns a published HTML page
 * (a department's disclosure as its website shows it, often GBK-encoded, often laid out inside
 * tables) into the headings, paragraphs and table grids of a {@link
 * io.budgetkit.importer.document.PublishedDocument}.
 */
package io.budgetkit.importer.html;
