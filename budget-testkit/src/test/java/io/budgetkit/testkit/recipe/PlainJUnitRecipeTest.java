package io.budgetkit.testkit.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.testkit.Amounts;
import io.budgetkit.testkit.Generator;
import io.budgetkit.testkit.Source;
import io.budgetkit.testkit.Tables;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's recipe for using the testkit's generators without QuickTheories, run for real: a
 * {@link Source} over another library's randomness (here {@code java.util.random}, standing in
 * for any library with a "long in a range" draw) and JUnit's parameterized tests feeding seeds, so
 * a failure names the seed that reproduces it.
 */
class PlainJUnitRecipeTest {

  /** The one class an adapter needs: the other library's own draw of a long in a range. */
  static final class RandomGeneratorSource implements Source {
    private final RandomGenerator random;

    RandomGeneratorSource(RandomGenerator random) {
      this.random = random;
    }

    @Override
    public long longBetween(long lo, long hi) {
      Source.checkBounds(lo, hi);
      if (hi < Long.MAX_VALUE) {
        return random.nextLong(lo, hi + 1);
      }
      return lo > Long.MIN_VALUE ? random.nextLong(lo - 1, hi) + 1 : random.nextLong();
    }
  }

  static <T> T draw(Generator<T> generator, long seed) {
    return generator.generate(new RandomGeneratorSource(
        RandomGeneratorFactory.of("L64X128MixRandom").create(seed)));
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static final Generator<CodedTable<FunctionCode>> TABLES = Tables.functional(
      TableKind.EXPENDITURE, ClassificationCatalog.bundled().edition(2024), 1, 8);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTotalOfAnExpenditureTableIsItsBasicPlusProjectSpending(long seed) {
    CodedTable<FunctionCode> t = draw(TABLES, seed);
    var total = t.totalRow().orElseThrow();
    assertThat(total.amount(3)).isEqualTo(Amount.sum(total.amount(4), total.amount(5),
        total.amount(6), total.amount(7), total.amount(8)));
    assertThat(draw(TABLES, seed)).as("seed %d reproduces", seed).isEqualTo(t);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void partsOfATotalAddUp(long seed) {
    List<Amount> parts = draw(Amounts.partsOf(Amount.parse("2143.14"), 3), seed);
    assertThat(Amount.sum(parts)).isEqualTo(Amount.parse("2143.14"));
  }
}
