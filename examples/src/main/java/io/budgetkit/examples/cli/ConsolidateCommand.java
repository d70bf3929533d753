package io.budgetkit.examples.cli;

import io.budgetkit.consolidation.ConflictPolicy;
import io.budgetkit.consolidation.Consolidation;
import io.budgetkit.consolidation.ConsolidationBuilder;
import io.budgetkit.consolidation.ConsolidationException;
import io.budgetkit.consolidation.Consolidator;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.examples.ConsolidationText;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code budgetkit consolidate --code CODE --name NAME [--conflicts fail|report] [--to json|csv]
 * [--lang zh|en] -o OUT FILE...}: consolidates (汇总) the budgets of departments of one year into
 * one budget, writes it as {@code convert} does and prints a summary in {@code --lang}: the
 * departments, the year, the 支出总计, the conflicts and the validation counts of the result.
 *
 * <p>Each input is read and added to the running sums of a {@link ConsolidationBuilder} at once,
 * so that no input budget is kept. Inputs that cannot be consolidated together (different years,
 * one department twice, a conflict under {@code --conflicts fail}) exit 2 with the
 * {@link ConsolidationException}'s message.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
    description = {"Consolidates (汇总) the budgets of departments of one year into one budget,"
        + " writes it like convert and prints the departments, the 支出总计, the conflicts and the"
        + " validation counts of the result.",
        "Exit 0 when the result has no ERROR finding, 1 when it has, 2 when an input cannot be"
        + " read or the inputs cannot be consolidated together."})
final class ConsolidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Target {
    json(ConvertCommand.Target.json), csv(ConvertCommand.Target.csv);

    final ConvertCommand.Target convert;

    Target(ConvertCommand.Target convert) {
      this.convert = convert;
    }
  }

  /** What to do when the inputs disagree. */
  enum Conflicts {
    fail(ConflictPolicy.FAIL), report(ConflictPolicy.REPORT);

    final ConflictPolicy policy;

    Conflicts(ConflictPolicy policy) {
      this.policy = policy;
    }
  }

  @Option(names = "--code", required = true, paramLabel = "CODE",
      description = "The code of the consolidated budget, letters and digits, e.g. 000.")
  private String code;

  @Option(names = "--name", required = true, paramLabel = "NAME",
      description = "The name of the consolidated budget, e.g. 海港区.")
  private String name;

  @Option(names = "--conflicts", defaultValue = "report", paramLabel = "POLICY",
      description = "report: resolve disagreements between the inputs (names, “三公” or 政府采购"
          + " layouts, …) and list them; fail: exit 2 at the first; default: ${DEFAULT-VALUE}.")
  private Conflicts conflicts;

  @Option(names = "--to", defaultValue = "json", paramLabel = "FORMAT",
      description = "json (a file) or csv (a folder, or a zip when OUT ends in .zip);"
          + " default: ${DEFAULT-VALUE}.")
  private Target to;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
      description = "zh or en, the language of the summary and the conflicts;"
          + " default: ${DEFAULT-VALUE}.")
  private ValidateCommand.Lang lang;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The file or folder to write; a folder is created if needed.")
  private Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "BudgetKit JSON (.json), CSV folders or zips, or disclosure text (.txt), one"
          + " per department, all of one year.")
  private List<Path> files;

  @ParentCommand
  private BudgetKitCli cli;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    Consolidation result;
    try {
      ConsolidationBuilder sums = consolidator().start();
      for (Path file : files) {
        ValueWithProblems<DepartmentBudget> read = cli.formats().read(file);
        ConvertCommand.warnAboutProblems(spec, List.of(file), read);
        sums.add(read.value());
      }
      result = sums.result();
    } catch (ConsolidationException e) {
      spec.commandLine().getErr().println("budgetkit: "
          + BudgetKitCli.oneLine(String.valueOf(e.getMessage())));
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    ValidationReport report = RuleSet.standard().validate(result.budget());
    spec.commandLine().getOut().print(ConsolidationText.summary(result, report,
        lang.locale));
    int written = ConvertCommand.write(spec, result.budget(), to.convert, output, files);
    if (written != BudgetKitCli.EXIT_OK) {
      return written;
    }
    return report.isValid() ? BudgetKitCli.EXIT_OK : BudgetKitCli.EXIT_ERRORS;
  }

  private Consolidator consolidator() {
    if (name.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--name': the"
          + " name of the consolidated budget must not be blank");
    }
    try {
      return Consolidator.builder().department(code, name).conflicts(conflicts.policy).build();
    } catch (IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--code': "
          + e.getMessage());
    }
  }
}
