package io.budgetkit.testkit;

/** Whether a generated budget has a feature: never, always, or as the draw decides. */
public enum Presence {
  /** Never: e.g. the table is printed empty, with its note. */
  NEVER,
  /** Half of the time; shrinking leads to {@link #NEVER}. */
  SOMETIMES,
  /** Always. */
  ALWAYS;

  /**
   * Decides for one budget.
   *
   * @param source the randomness
   * @return true if the feature is present; draws only for {@link #SOMETIMES}
   */
  boolean decide(Source source) {
    switch (this) {
      case NEVER:
        return false;
      case ALWAYS:
        return true;
      default:
        return source.chance(50);
    }
  }
}
