/**
 * The figures stated in the 情况说明 against the tables, and the narrative's own arithmetic:
 * rule area {@code NARR}.
 */
package io.budgetkit.rules.narr;
