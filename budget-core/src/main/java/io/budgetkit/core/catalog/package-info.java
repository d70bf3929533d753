/**
 * The catalog of classification names per edition year ({@link
 * io.budgetkit.core.catalog.ClassificationCatalog}), bundled or loaded from a host's own file.
 */
package io.budgetkit.core.catalog;
