package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.examples.TableText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code budgetkit show FILE}: the nine tables as aligned text, as published. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints the tables of a budget as aligned text, as published.")
final class ShowCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE",
      description = "BudgetKit JSON (.json), a CSV folder or zip, or disclosure text (.txt).")
  private Path file;

  @ParentCommand
  private BudgetKitCli cli;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    ValueWithProblems<DepartmentBudget> read = cli.formats().read(file);
    PrintWriter out = spec.commandLine().getOut();
    DepartmentBudget b = read.value();
    out.println(DisplayText.inline(b.departmentName()) + "（" + b.departmentCode() + "） " + b.year() + "年"
        + b.kind().titlePrefix() + "：" + b.tables().size() + " 张表");
    for (DisclosureTable table : b.tables()) {
      out.println();
      out.print(TableText.render(b, table));
    }
    ConvertCommand.warnAboutProblems(spec, file, read);
    return BudgetKitCli.EXIT_OK;
  }
}
