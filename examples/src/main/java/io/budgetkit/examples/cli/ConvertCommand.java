package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.csv.TidyCsv;
import io.budgetkit.io.json.BudgetJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "BudgetKit JSON (.json), a CSV folder or zip, a published disclosure (PDF,"
          + " DOCX, XLSX, XLS, HTML) or its text (.txt).")
  private Path file;

  @Option(names = "--parts", paramLabel = "FILE,FILE...", description = Inputs.PARTS_DESCRIPTION)
  private String parts;

  @ParentCommand
  private BudgetKitCli cli;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> input = Inputs.one(spec, file, parts);
    ValueWithProblems<DepartmentBudget> read = cli.formats().read(input);
    warnAboutProblems(spec, input, read);
    return write(spec, read.value(), to, output, input);
  }

  /**
   * Writes a budget in a format and says so on standard output; a failure is one line on
   * standard error. Everything is produced in memory first, so that a budget the format cannot
   * hold fails before any file is touched, and each file is then written beside its old version
   * and moved over it, so that a failed write leaves the old output as it was
   * ({@link OutputFiles}).
   *
   * @param spec the running command, for its output streams
   * @param budget the budget
   * @param to the format
   * @param output the file or folder
   * @param inputs the inputs read, which the output must not overwrite
   * @return {@link BudgetKitCli#EXIT_OK}, or {@link BudgetKitCli#EXIT_UNREADABLE} if the output
   *     cannot be written
   */
  static int write(CommandSpec spec, DepartmentBudget budget, Target to, Path output,
      List<Path> inputs) {
    PrintWriter err = spec.commandLine().getErr();
    OutputFiles files;
    try {
      files = produce(budget, to, output);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      // the format cannot hold this budget: a property of the data, said before anything is written
      err.println("budgetkit: " + output + ": cannot be written as " + to + ": "
          + BudgetKitCli.oneLine(String.valueOf(e.getMessage())));
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    if (!files.writeOrSayWhyNot(output, inputs, err)) {
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    spec.commandLine().getOut().println("wrote " + to + " " + output);
    return BudgetKitCli.EXIT_OK;
  }

  private static OutputFiles produce(DepartmentBudget budget, Target to, Path output) {
    switch (to) {
      case json:
        return OutputFiles.file(output,
            BudgetJson.defaults().write(budget).getBytes(StandardCharsets.UTF_8));
      case csv:
        if (String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip")) {
          ByteArrayOutputStream zip = new ByteArrayOutputStream();
          BudgetCsv.standard().writeZip(budget, zip);
          return OutputFiles.file(output, zip.toByteArray());
        }
        return OutputFiles.folder(output, BudgetCsv.standard().write(budget));
      case tidy:
        Map<String, byte[]> tidy = new LinkedHashMap<>();
        tidy.put(TidyCsv.DATA, TidyCsv.write(List.of(budget)).getBytes(StandardCharsets.UTF_8));
        tidy.put(TidyCsv.DESCRIPTOR, TidyCsv.descriptor().getBytes(StandardCharsets.UTF_8));
        return OutputFiles.folder(output, tidy);
      default:
        throw new AssertionError(to);
    }
  }

  static void warnAboutProblems(CommandSpec spec, List<Path> input,
      ValueWithProblems<DepartmentBudget> read) {
    if (!read.problems().isEmpty()) {
      String command = input.size() == 1 ? input.get(0).toString()
          : "--parts " + String.join(",", input.stream().map(Path::toString).toList());
      spec.commandLine().getErr().println("budgetkit: " + Inputs.label(input) + ": "
          + read.problems().size() + " import diagnostics; 'budgetkit validate " + command
          + "' lists them");
    }
  }
}
