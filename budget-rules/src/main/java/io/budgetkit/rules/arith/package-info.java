/** Row arithmetic inside each table: rule area {@code ARITH}. */
package io.budgetkit.rules.arith;
