/** The 政府采购预算 table: rule area {@code PROC}. */
package io.budgetkit.rules.proc;
