package io.budgetkit.core.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's 资金支出计划: cumulative amounts or percentages at the printed dates.
 *
 * <p>The header is kept as printed because it may say {@code （%）} while the cells hold 万元
 * amounts (LAYOUTS.md §5); each point keeps its cell as written, blank cells as empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SpendingPlan {

  /** The four quarterly dates of the common layout. */
  public static final List<String> QUARTERS = List.of("3月底", "6月底", "10月底", "12月底");

  SpendingPlan() {}

  /**
   * Returns the header as printed.
   *
   * @return e.g. 资金支出计划（%）
   */
  public abstract String header();

  /**
   * Returns the points in printed order.
   *
   * @return the points
   */
  public abstract List<PlanPoint> points();

  /**
   * Tells whether the header announces percentages.
   *
   * @return true if the header contains {@code %}
   */
  public boolean headerSaysPercent() {
    return header().contains("%") || header().contains("％");
  }

  /**
   * Returns the printed values, blank points left out.
   *
   * @return the values in order
   */
  public List<Measure> values() {
    List<Measure> result = new ArrayList<>();
    points().forEach(p -> p.value().ifPresent(result::add));
    return result;
  }

  /**
   * Returns the last printed value.
   *
   * @return the value, or empty if every point is blank
   */
  public Optional<Measure> last() {
    List<Measure> v = values();
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /**
   * Returns a plan at the four quarterly dates (3月底, 6月底, 10月底, 12月底).
   *
   * @param header the header as printed
   * @param values the four cells as written; {@code ""} for a blank cell
   * @return the plan
   * @throws IllegalArgumentException if there are not four values
   */
  public static SpendingPlan quarterly(String header, String... values) {
    if (values.length != QUARTERS.size()) {
      throw new IllegalArgumentException("A quarterly plan has 4 values (" + QUARTERS
          + "), got " + values.length + "; use SpendingPlan.of for other dates");
    }
    return of(header, QUARTERS, values);
  }

  /**
   * Returns a plan at the given dates.
   *
   * @param header the header as printed
   * @param dates the dates as printed, e.g. 3月底
   * @param values the cells as written, one per date; {@code ""} for a blank cell
   * @return the plan
   * @throws IllegalArgumentException if the counts differ
   */
  public static SpendingPlan of(String header, List<String> dates, String... values) {
    if (dates.size() != values.length) {
      throw new IllegalArgumentException(
          dates.size() + " dates but " + values.length + " values in 资金支出计划");
    }
    ImmutableSpendingPlan.Builder b = ImmutableSpendingPlan.builder().header(header);
    for (int i = 0; i < values.length; i++) {
      b.addPoints(PlanPoint.of(dates.get(i), values[i]));
    }
    return b.build();
  }
}
