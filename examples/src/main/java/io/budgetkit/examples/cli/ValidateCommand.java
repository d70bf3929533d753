package io.budgetkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemText;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.disclosure.ImportDiagnostic;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import io.budgetkit.rules.ValidationReport;
import java.io.PrintWriter;
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

/**
 * {@code budgetkit validate [--format text|json] [--lang zh|en] [--strict] FILE...}: the import
 * diagnostics and the findings of the standard rules, per file. A finding about a cell of a
 * published file names where the cell was printed (the file and page of a PDF, the sheet and cell
 * of a workbook, the file of several parts), as the import's diagnostics do; see {@code
 * FindingSources}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks budgets with the standard rules and reports, per file, the import"
        + " diagnostics and the findings grouped by table.",
        "Exit 0 when no file has an ERROR, 1 when one has, 2 when a file cannot be read."})
final class ValidateCommand implements Callable<Integer> {

  /** The report formats. */
  enum Format { text, json }

  /** The report languages. */
  enum Lang {
    zh(Locale.CHINESE), en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (for people) or json (for programs); default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
      description = "zh or en, the language of the messages; default: ${DEFAULT-VALUE}.")
  private Lang lang;

  @Option(names = "--strict",
      description = "Compare amounts exactly, without the rounding-aware tolerance.")
  private boolean strict;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "BudgetKit JSON (.json), a CSV folder or zip, a published disclosure (PDF,"
          + " DOCX, XLSX, XLS, HTML) or its text (.txt).")
  private List<Path> files;

  @Option(names = "--parts", paramLabel = "FILE,FILE...", description = Inputs.PARTS_DESCRIPTION)
  private List<String> parts;

  @ParentCommand
  private BudgetKitCli cli;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleSet rules = RuleSet.standard()
        .tolerance(strict ? Tolerance.STRICT : Tolerance.ROUNDING_AWARE);
    Locale locale = lang.locale;
    ArrayNode json = ReportJson.array();
    int exit = BudgetKitCli.EXIT_OK;
    boolean first = true;
    for (List<Path> input : Inputs.of(spec, files, parts)) {
      String file = Inputs.label(input);
      ImportedBudget imported;
      try {
        imported = cli.formats().readWithSources(input);
      } catch (UnreadableInputException e) {
        err.println("budgetkit: " + e.getMessage());
        json.add(ReportJson.unreadable(file, e.getMessage()));
        exit = Math.max(exit, BudgetKitCli.EXIT_UNREADABLE);
        continue;
      }
      ValueWithProblems<DepartmentBudget> read = imported.value();
      // each finding names the page or cell its amount was printed on, as far as known
      ValidationReport report = FindingSources.attach(rules.validate(read.value()),
          imported.sources());
      if (!report.isValid()) {
        exit = Math.max(exit, BudgetKitCli.EXIT_ERRORS);
      }
      if (format == Format.json) {
        json.add(ReportJson.file(file, read, report, locale));
      } else {
        if (!first) {
          out.println();
        }
        out.print(text(file, read, report, locale));
      }
      first = false;
    }
    if (format == Format.json) {
      out.print(ReportJson.write(json));
    }
    out.flush();
    return exit;
  }

  private static String text(String file, ValueWithProblems<DepartmentBudget> read, ValidationReport report,
      Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    DepartmentBudget b = read.value();
    StringBuilder s = new StringBuilder();
    s.append("== ").append(DisplayText.inline(file)).append('\n')
        .append(DisplayText.inline(b.departmentName())).append("（").append(b.departmentCode()).append("） ")
        .append(b.year()).append(zh ? "年" : " ").append(b.kind().titlePrefix())
        .append(zh ? "" : " budget").append('\n');
    if (!read.problems().isEmpty()) {
      s.append(zh ? "导入问题 " + read.problems().size() + " 个："
          : "Import problems: " + read.problems().size()).append('\n');
      for (Problem p : read.problems()) {
        // Printed as the report below prints its findings; the line a diagnostic quotes is
        // shown under it, as the evidence.
        s.append(ProblemText.block(p, locale));
        String quoted = p instanceof ImportDiagnostic ? ((ImportDiagnostic) p).text() : "";
        if (!quoted.isEmpty()) {
          s.append("    ").append(DisplayText.inline(quoted)).append('\n');
        }
      }
    }
    s.append(report.render(locale));
    return s.toString();
  }
}
