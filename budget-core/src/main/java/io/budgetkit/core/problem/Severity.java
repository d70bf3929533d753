package io.budgetkit.core.problem;

/**
 * How serious a problem is, the same scale for validation findings, import diagnostics, reader
 * notes and consolidation conflicts. Constants are declared from the gravest, so that the natural
 * order sorts errors first.
 */
public enum Severity {
  /**
   * The disclosure is wrong, or something printed could not be read: a number that does not add
   * up, a rule of the regulations broken, a cell that is no amount.
   */
  ERROR,
  /**
   * Probably wrong, or wrong in most jurisdictions, or read with a reservation: worth a look.
   */
  WARNING,
  /** A note: a difference that rounding explains, a region of a document that is not read. */
  INFO
}
