package io.budgetkit.core.section;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One date of a {@link SpendingPlan} with its cell as written.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanPoint {

  PlanPoint() {}

  /**
   * Returns the date as printed.
   *
   * @return e.g. 3月底
   */
  @Value.Parameter
  public abstract String date();

  /**
   * Returns the cell as written: an amount ({@code 250.00}) or a percentage ({@code 40%}).
   *
   * @return the value, or empty for a blank cell
   */
  @Value.Parameter
  public abstract Optional<Measure> value();

  /**
   * Returns a point.
   *
   * @param date the date as printed
   * @param value the cell as written, blank for none
   * @return the point
   */
  public static PlanPoint of(String date, String value) {
    return ImmutablePlanPoint.of(date,
        value == null || value.isBlank() ? Optional.empty() : Optional.of(Measure.parse(value)));
  }
}
