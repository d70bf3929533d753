package io.budgetkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: its exit code and what it printed. */
final class Run {

  final int exit;
  final String out;
  final String err;

  private Run(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static Run of(String... args) {
    return of(InputFormats.standard(), args);
  }

  static Run of(InputFormats formats, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = BudgetKitCli.execute(formats, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }
}
