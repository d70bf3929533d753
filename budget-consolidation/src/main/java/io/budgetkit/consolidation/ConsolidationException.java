package io.budgetkit.consolidation;

/**
 * Thrown when budgets cannot be consolidated: different years or profiles, the same department
 * given twice, or (under {@link ConflictPolicy#FAIL}) a {@link ConflictKind conflict}. The message
 * names the departments, codes and years involved.
 */
public final class ConsolidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be consolidated and where
   */
  public ConsolidationException(String message) {
    super(message);
  }
}
