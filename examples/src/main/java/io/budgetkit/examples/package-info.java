/** Small programs that show a host application using BudgetKit. */
package io.budgetkit.examples;
