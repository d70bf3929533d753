package io.budgetkit.rules;

/** How serious a finding is. */
public enum Severity {
  /** The disclosure is wrong: a number that does not add up, a rule of the regulations broken. */
  ERROR,
  /** Probably wrong, or wrong in most jurisdictions: worth a look. */
  WARNING,
  /** A note, e.g. a difference that rounding explains. */
  INFO
}
