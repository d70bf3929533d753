package io.budgetkit.consolidation;

/** What a consolidation does when its inputs disagree (see {@link ConflictKind}). */
public enum ConflictPolicy {
  /** Throw a {@link ConsolidationException} naming the disagreement; the default. */
  FAIL,
  /**
   * Record a {@link Conflict} and resolve it deterministically, as each {@link ConflictKind}
   * documents, so that the result does not depend on the order of the inputs.
   */
  REPORT
}
