package io.budgetkit.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.testkit.Amounts;
import io.budgetkit.testkit.Codes;
import io.budgetkit.testkit.Tables;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Failing properties on the building blocks shrink, through {@link BudgetGens#from}, to small values. */
class BlockShrinkingProperties {

  private static final CatalogEdition EDITION = ClassificationCatalog.bundled().edition(2024);

  /** The smallest value QuickTheories reports for a property that fails. */
  private static String smallest(Throwable failure) {
    assertThat(failure).isInstanceOf(AssertionError.class);
    Matcher m = Pattern.compile("Smallest found falsifying value\\(s\\) :-\\s+(.*)")
        .matcher(failure.getMessage());
    assertThat(m.find()).as(failure.getMessage()).isTrue();
    return m.group(1).strip();
  }

  @Test
  void anAmountShrinksToTheSmallestCounterexample() {
    Throwable failure = catchThrowable(() -> qt().withFixedSeed(7).withExamples(200)
        .withShrinkCycles(2000)
        .forAll(BudgetGens.from(Amounts.between(Amount.ZERO, Amount.parse("100"))))
        .check(a -> a.isLessThan(Amount.parse("5.00"))));
    assertThat(Amount.parse(smallest(failure))).isEqualTo(Amount.parse("5.00"));
  }

  @Test
  void partsShrinkToZerosAndTheWholeTotalLast() {
    Throwable failure = catchThrowable(() -> qt().withFixedSeed(7).withExamples(50)
        .withShrinkCycles(2000)
        .forAll(BudgetGens.from(Amounts.partsOf(Amount.parse("50"), 4)))
        .check(List::isEmpty));
    assertThat(smallest(failure)).isEqualTo(List.of(Amount.ZERO, Amount.ZERO, Amount.ZERO,
        Amount.parse("50")).toString());
  }

  @Test
  void itemCodesShrinkToTheFewestLowestCodes() {
    Gen<List<FunctionCode>> items = BudgetGens.from(Codes.functionalItems(EDITION, 2, 10));
    Throwable failure = catchThrowable(() -> qt().withFixedSeed(7).withExamples(100)
        .withShrinkCycles(2000).forAll(items).check(List::isEmpty));
    List<String> lowest = EDITION.entries().stream().map(e -> e.code())
        .filter(c -> c instanceof FunctionCode && c.level() == CodeLevel.ITEM)
        .map(c -> c.value()).sorted().limit(2).collect(Collectors.toList());
    assertThat(smallest(failure)).isEqualTo(lowest.toString());
  }

  @Test
  void aFailingTablePropertyShrinksToATableOfOneItem() {
    // "a table has no rows" fails for every table: the smallest is 合计, 类, 款 and one 项 with
    // 0.01 万元 in 栏次 4 (基本支出, the first column that is no total) and 栏次 3 (合计).
    Gen<CodedTable<FunctionCode>> tables = BudgetGens
        .from(Tables.functional(TableKind.EXPENDITURE, EDITION, 1, 20))
        .describedAs(BlockShrinkingProperties::describe);
    Throwable failure = catchThrowable(() -> qt().withFixedSeed(7).withExamples(100)
        .withShrinkCycles(3000).forAll(tables).check(t -> t.rows().isEmpty()));
    String smallest = smallest(failure);
    assertThat(smallest.split(" \\| ")).hasSize(4);
    assertThat(smallest).startsWith("合计 [3]=0.01 [4]=0.01 | ");
  }

  private static String describe(CodedTable<FunctionCode> t) {
    return t.rows().stream().map(BlockShrinkingProperties::describe)
        .collect(Collectors.joining(" | "));
  }

  private static String describe(CodedRow<FunctionCode> r) {
    StringBuilder s = new StringBuilder(r.code().map(FunctionCode::value).orElse("合计"));
    r.cells().forEach((c, a) -> s.append(" [").append(c).append("]=")
        .append(a.format(2, java.math.RoundingMode.UNNECESSARY)));
    return s.toString();
  }
}
