/**
 * The service provider interface of importing: a {@link
 * io.budgetkit.importer.spi.DocumentReader} per format, found by {@link java.util.ServiceLoader}.
 */
package io.budgetkit.importer.spi;
