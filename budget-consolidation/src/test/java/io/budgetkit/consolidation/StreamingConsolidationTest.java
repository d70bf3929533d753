package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.Presence;
import io.budgetkit.testkit.SeededSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Consolidates 100,000 generated departments, each generated when the stream asks for it and
 * dropped once added. The module's tests run with {@code -Xmx384m} (see its pom): the budgets together would need several GB (measured below), so the run proves
 * that the consolidator does not hold them.
 *
 * <p>The configuration keeps what a consolidation must carry small: no projects (so no
 * procurement lines either, and no 政府性基金 or 国有资本经营 money, which pays projects); what is
 * carried is one code and name and the 机构设置 units (1 to 3) per department. At most 3 项 rows
 * keep generation, which costs about three times as much as consolidation (~0.6 ms against
 * ~0.2 ms per department on one core), down: the run takes about 45 s on two idle cores.
 */
class StreamingConsolidationTest {

  private static final int DEPARTMENTS = 100_000;
  private static final long HEAP_LIMIT = 384L << 20;
  private static final ConsistentBudgets SMALL = ConsistentBudgets.builder()
      .kind(BudgetKind.DEPARTMENT).years(2025, 2025).items(1, 3).projects(0, 0)
      .governmentFund(Presence.NEVER).stateCapital(Presence.NEVER)
      .threePublicLayouts(ThreePublicLayout.SUBTOTAL_ONLY, ThreePublicLayout.EMPTY).build();

  private static DepartmentBudget department(int i) {
    DepartmentBudget b = SMALL.generate(SeededSource.of(i));
    return DepartmentBudget.builder().from(b).department(Integer.toString(100_000 + i),
        b.departmentName() + "（" + i + "）").build();
  }

  @Test
  void oneHundredThousandDepartmentsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx384m, see the pom")
        .isLessThanOrEqualTo(HEAP_LIMIT + (HEAP_LIMIT / 10));
    long perBudget = retainedBytesPerBudget();
    assertThat(perBudget * DEPARTMENTS).as("holding them all would not fit")
        .isGreaterThan(4 * HEAP_LIMIT);

    // The test's own running sums of the 支出总表 合计 row (栏次 3-8), in fen.
    AtomicLongArray expected = new AtomicLongArray(9);
    Consolidator c = Consolidator.builder().department("000", "海港区").build();
    long start = System.nanoTime();
    Consolidation r = IntStream.range(0, DEPARTMENTS).parallel().mapToObj(i -> {
      DepartmentBudget b = department(i);
      CodedRow<?> total = b.expenditure().orElseThrow().totalRow().orElseThrow();
      total.cells().forEach((col, a) -> expected.addAndGet(col, a.fen()));
      return b;
    }).collect(c.collector());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.departments()).hasSize(DEPARTMENTS);
    assertThat(r.conflicts()).isEmpty();
    Map<Integer, Amount> cells = r.budget().expenditure().orElseThrow().totalRow().orElseThrow()
        .cells();
    for (int col = 3; col <= 8; col++) {
      assertThat(cells.getOrDefault(col, Amount.ZERO)).as("栏次" + col)
          .isEqualTo(Amount.ofFen(expected.get(col)));
    }
    assertThat(r.budget().expenditure().orElseThrow().totalRow().orElseThrow().amount(3))
        .isEqualTo(r.budget().summary().orElseThrow().expenditureRow("支出总计").orElseThrow()
            .amount(4));
    System.out.printf("StreamingConsolidationTest: %d departments in %d ms (%.0f/s), max heap %d"
        + " MB, one budget retains ~%d KB (all would need ~%d MB), %d organisation units"
        + " carried%n", DEPARTMENTS, millis, DEPARTMENTS * 1000.0 / millis,
        Runtime.getRuntime().maxMemory() >> 20, perBudget >> 10,
        (perBudget * DEPARTMENTS) >> 20, r.budget().organisation().size());
  }

  /** Roughly what one generated budget keeps alive: the heap 400 of them take, divided. */
  private static long retainedBytesPerBudget() {
    int n = 400;
    long before = used();
    List<DepartmentBudget> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      kept.add(department(DEPARTMENTS + i));
    }
    long after = used();
    assertThat(kept).hasSize(n);
    return Math.max(0, after - before) / n;
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
