package io.budgetkit.examples.cli;

/**
 * Thrown when an input cannot be read as a budget at all: missing, of an unknown kind,
 * malformed. Its message is one line that says which input and why; the command line prints it
 * and exits with {@link BudgetKitCli#EXIT_UNREADABLE}.
 */
public final class UnreadableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message one line: the input and what is wrong with it
   */
  public UnreadableInputException(String message) {
    super(BudgetKitCli.oneLine(message));
  }
}
