package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.examples.TableText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code budgetkit show FILE}: the nine tables as aligned text, as published. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints the tables of a budget as aligned text, as published.")
final class ShowCommand implements Callable<Integer> {

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
    PrintWriter out = spec.commandLine().getOut();
    DepartmentBudget b = read.value();
    out.println(DisplayText.inline(b.departmentName()) + "（" + b.departmentCode() + "） " + b.year() + "年"
        + b.kind().titlePrefix() + "：" + b.tables().size() + " 张表");
    for (DisclosureTable table : b.tables()) {
      out.println();
      out.print(TableText.render(b, table));
    }
    ConvertCommand.warnAboutProblems(spec, input, read);
    return BudgetKitCli.EXIT_OK;
  }
}
