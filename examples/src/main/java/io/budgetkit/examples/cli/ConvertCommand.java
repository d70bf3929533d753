package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.csv.TidyCsv;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code budgetkit convert --to json|csv|tidy FILE -o OUT}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Converts a budget to BudgetKit JSON, a CSV folder (or zip) or tidy CSV.")
final class ConvertCommand implements Callable<Integer> {

  /** The output formats. */
  enum Target { json, csv, tidy }

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "json (a file), csv (a folder, or a zip when OUT ends in .zip) or tidy"
          + " (a folder with budget-amounts.csv and datapackage.json).")
  private Target to;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The file or folder to write; a folder is created if needed.")
  private Path output;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "BudgetKit JSON (.json), a CSV folder or zip, or disclosure text (.txt).")
  private Path file;

  @ParentCommand
  private BudgetKitCli cli;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    ReadResult read = cli.formats().read(file);
    warnAboutDiagnostics(spec, file, read);
    return write(spec, read.budget(), to, output);
  }

  /**
   * Writes a budget in a format and says so on standard output; a failure is one line on
   * standard error.
   *
   * @param spec the running command, for its output streams
   * @param budget the budget
   * @param to the format
   * @param output the file or folder
   * @return {@link BudgetKitCli#EXIT_OK}, or {@link BudgetKitCli#EXIT_UNREADABLE} if the output
   *     cannot be written
   */
  static int write(CommandSpec spec, DepartmentBudget budget, Target to, Path output) {
    try {
      switch (to) {
        case json:
          BudgetJson.defaults().write(budget, output);
          break;
        case csv:
          if (String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (OutputStream out = Files.newOutputStream(output)) {
              BudgetCsv.standard().writeZip(budget, out);
            }
          } else {
            BudgetCsv.standard().writeFolder(budget, output);
          }
          break;
        case tidy:
          TidyCsv.writeFolder(List.of(budget), output);
          break;
        default:
          throw new AssertionError(to);
      }
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      spec.commandLine().getErr().println("budgetkit: " + output + ": cannot be written: "
          + BudgetKitCli.oneLine(String.valueOf(cause)));
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    spec.commandLine().getOut().println("wrote " + to + " " + output);
    return BudgetKitCli.EXIT_OK;
  }

  static void warnAboutDiagnostics(CommandSpec spec, Path file, ReadResult read) {
    if (!read.diagnostics().isEmpty()) {
      spec.commandLine().getErr().println("budgetkit: " + file + ": " + read.diagnostics().size()
          + " import diagnostics; 'budgetkit validate " + file + "' lists them");
    }
  }
}
