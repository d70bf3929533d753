package io.budgetkit.rules;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;

/**
 * How strictly a printed total is compared with the sum of its printed parts.
 *
 * <p>Every printed figure is rounded to the table's precision, so under {@link #ROUNDING_AWARE}
 * a total of {@code n} parts may differ from their sum by up to half a step for each part and for
 * the total, {@code step / 2 × (n + 1)} (0.005 × (n + 1) 万元 at 0.01 万元): the interval reasoning
 * of XBRL Calculations 1.1. Such a difference is reported as an INFO rounding note; a larger one
 * as the rule's severity. {@link #STRICT} reports every difference.
 */
public enum Tolerance {
  /** Every difference is a finding of the rule's severity. */
  STRICT,
  /** A difference that rounding explains is an INFO note; larger ones are findings. */
  ROUNDING_AWARE;

  /** The outcome of a comparison. */
  public enum Outcome {
    /** Equal. */
    EXACT,
    /** Different, within what rounding explains. */
    ROUNDING,
    /** Different beyond what rounding explains. */
    MISMATCH
  }

  /**
   * Compares a printed figure with what it should be.
   *
   * @param difference actual minus expected
   * @param terms the number of printed figures the expected value sums, at least 1
   * @param precision the precision the figures are printed at
   * @return the outcome
   */
  public Outcome compare(Amount difference, int terms, Precision precision) {
    if (difference.isZero()) {
      return Outcome.EXACT;
    }
    if (this == ROUNDING_AWARE
        && precision.isWithinRoundingTolerance(difference, Math.max(terms, 1))) {
      return Outcome.ROUNDING;
    }
    return Outcome.MISMATCH;
  }
}
