/**
 * Generators of department budgets for property-based tests, drawing from a small randomness
 * {@link io.budgetkit.testkit.Source} of their own so that they work with any property-testing
 * library: {@link io.budgetkit.testkit.ConsistentBudgets} generates budgets that are consistent in
 * every respect the standard rules check; {@link io.budgetkit.testkit.Amounts}, {@link
 * io.budgetkit.testkit.Codes} and {@link io.budgetkit.testkit.Tables} generate the building blocks
 * (amounts, codes, single consistent tables) for tests of smaller things; all are a {@link
 * io.budgetkit.testkit.Generator}. {@link io.budgetkit.testkit.SeededSource} makes them
 * reproducible from a seed, and {@link io.budgetkit.testkit.PrintedCells} lists and changes the
 * printed amounts of a budget's tables; {@link io.budgetkit.testkit.Mutators} breaks one
 * invariant of such a budget at a time, naming the rule that should report it and where ({@link
 * io.budgetkit.testkit.Mutation}). The QuickTheories adapter is in {@code
 * io.budgetkit.testkit.quicktheories}.
 */
package io.budgetkit.testkit;
