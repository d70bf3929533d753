/**
 * The QuickTheories adapter of the testkit: {@link io.budgetkit.testkit.quicktheories.BudgetGens}
 * turns the testkit's generators into QuickTheories {@code Gen}s whose every draw goes through
 * QuickTheories ({@link io.budgetkit.testkit.quicktheories.QuickTheoriesSource}), so that failing
 * examples shrink.
 *
 * <p>QuickTheories is an optional dependency of {@code budget-testkit}: a project that uses this
 * package declares {@code org.quicktheories:quicktheories} itself.
 */
package io.budgetkit.testkit.quicktheories;
