package io.budgetkit.benchmarks;

import io.budgetkit.core.amount.Amount;
import java.math.RoundingMode;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Chooses {@link Amount}'s representation: a {@code long} of fen against a {@code BigDecimal} of
 * 万元, on what budgets do all day — parse printed cells, add up columns, compare totals, format.
 *
 * <p>Each operation works on 1,000 amounts shaped like table cells (0.00 to 99,999.99 万元, two
 * decimals). Run: {@code java -jar budget-benchmarks/target/benchmarks.jar AmountBenchmark
 * -wi 3 -i 5 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AmountBenchmark {

  private static final int N = 1_000;

  private String[] printed;
  private Amount[] fen;
  private BigDecimalAmount[] decimal;

  /** Makes the cells, with a fixed seed so that runs are comparable. */
  @Setup
  public void setUp() {
    Random random = new Random(20251121L);
    printed = new String[N];
    fen = new Amount[N];
    decimal = new BigDecimalAmount[N];
    for (int i = 0; i < N; i++) {
      long cents = Math.floorMod(random.nextLong(), 10_000_000L);
      printed[i] = (cents / 100) + "." + String.format("%02d", cents % 100);
      fen[i] = Amount.parse(printed[i]);
      decimal[i] = BigDecimalAmount.parse(printed[i]);
    }
  }

  /** Parses 1,000 printed cells into long-fen amounts. */
  @Benchmark
  public void parseLongFen(Blackhole bh) {
    for (String s : printed) {
      bh.consume(Amount.parse(s));
    }
  }

  /** Parses 1,000 printed cells into BigDecimal amounts. */
  @Benchmark
  public void parseBigDecimal(Blackhole bh) {
    for (String s : printed) {
      bh.consume(BigDecimalAmount.parse(s));
    }
  }

  /** Sums a column of 1,000 long-fen amounts, overflow-checked. */
  @Benchmark
  public Amount sumLongFen() {
    Amount total = Amount.ZERO;
    for (Amount a : fen) {
      total = total.plus(a);
    }
    return total;
  }

  /** Sums a column of 1,000 BigDecimal amounts. */
  @Benchmark
  public BigDecimalAmount sumBigDecimal() {
    BigDecimalAmount total = BigDecimalAmount.ZERO;
    for (BigDecimalAmount a : decimal) {
      total = total.plus(a);
    }
    return total;
  }

  /** Compares 999 neighbouring pairs of long-fen amounts. */
  @Benchmark
  public int compareLongFen() {
    int greater = 0;
    for (int i = 1; i < N; i++) {
      greater += fen[i].compareTo(fen[i - 1]) > 0 ? 1 : 0;
    }
    return greater;
  }

  /** Compares 999 neighbouring pairs of BigDecimal amounts. */
  @Benchmark
  public int compareBigDecimal() {
    int greater = 0;
    for (int i = 1; i < N; i++) {
      greater += decimal[i].compareTo(decimal[i - 1]) > 0 ? 1 : 0;
    }
    return greater;
  }

  /** Formats 1,000 long-fen amounts at 0.01 万元. */
  @Benchmark
  public void formatLongFen(Blackhole bh) {
    for (Amount a : fen) {
      bh.consume(a.format(2, RoundingMode.HALF_UP));
    }
  }

  /** Formats 1,000 BigDecimal amounts at 0.01 万元. */
  @Benchmark
  public void formatBigDecimal(Blackhole bh) {
    for (BigDecimalAmount a : decimal) {
      bh.consume(a.format(2));
    }
  }
}
