package io.budgetkit.benchmarks;

import io.budgetkit.consolidation.Consolidation;
import io.budgetkit.consolidation.ConflictPolicy;
import io.budgetkit.consolidation.Consolidator;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.ValidationReport;
import io.budgetkit.testkit.LargeBudgets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the time to validate and to consolidate grows with the size of a budget: the standard rules
 * and the consolidator against {@link LargeBudgets} of 1,000, 10,000 and 100,000 rows per
 * functional table (issue 10, defect 4). Linear code takes about ten times as long for ten times
 * the rows; the quadratic BK-COMP-006 of before took a hundred times as long.
 *
 * <p>Run briefly: {@code java -jar budget-benchmarks/target/benchmarks.jar ValidationBenchmark
 * -f 1 -wi 1 -i 3 -w 2s -r 5s}; divide each score by the rows for the time per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ValidationBenchmark {

  /** Rows in each functional table of the budget. */
  @Param({"1000", "10000", "100000"})
  public int rows;

  private DepartmentBudget consistent;
  private DepartmentBudget broken;
  private DepartmentBudget other;
  private RuleSet rules;
  private Consolidator consolidator;

  /** Builds the budgets once per size: building is not what is measured. */
  @Setup
  public void setUp() {
    consistent = LargeBudgets.consistent(rows);
    broken = LargeBudgets.withBrokenRows(rows);
    other = LargeBudgets.consistent(rows, "981", "另一个大型测试部门");
    rules = RuleSet.standard();
    consolidator = Consolidator.builder().department("000", "汇总")
        .conflicts(ConflictPolicy.REPORT).build();
  }

  /** Validates a budget whose sums all agree: few findings. */
  @Benchmark
  public ValidationReport validateConsistent() {
    return rules.validate(consistent);
  }

  /** Validates a budget with a row-sum finding in every row of two tables. */
  @Benchmark
  public ValidationReport validateWithFindingInEveryRow() {
    return rules.validate(broken);
  }

  /** Consolidates two budgets of this size. */
  @Benchmark
  public Consolidation consolidateTwo() {
    return consolidator.consolidate(List.of(consistent, other));
  }
}
