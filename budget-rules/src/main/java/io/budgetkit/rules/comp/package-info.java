/** Completeness and the disclosure rules: rule area {@code COMP}. */
package io.budgetkit.rules.comp;
