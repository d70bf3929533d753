/** The roll-up of classification codes in the tables of coded rows: rule area {@code HIER}. */
package io.budgetkit.rules.hier;
