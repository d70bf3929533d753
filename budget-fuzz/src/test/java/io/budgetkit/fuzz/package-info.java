/**
 * Jazzer fuzz tests of BudgetKit's readers: one {@code @FuzzTest} per class, each a reader under
 * the same {@link io.budgetkit.fuzz.ReaderContract}, its seeds in {@code <TestClass>Inputs/} beside
 * it. {@code ./mvnw -B verify} fuzzes each for 30 seconds; a long campaign on one target:
 *
 * <pre>
 * ./mvnw -B -pl budget-fuzz -am verify -Dtest=JsonFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seconds=3600
 * </pre>
 *
 * <p>Targets, properties, seeds, settings and what to do with a finding: {@code docs/FUZZING.md}.
 */
package io.budgetkit.fuzz;
