/** JMH micro-benchmarks of BudgetKit (not published). */
package io.budgetkit.benchmarks;
