package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.disclosure.DisclosureText;
import io.budgetkit.importer.disclosure.ImportResult;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads the text of a published disclosure (部门预算公开, as extracted from its DOCX or PDF) into a
 * budget with its import diagnostics. This is where the text importer plugs into the command
 * line: {@link InputFormats#standard()} passes one to {@link InputFormats}.
 */
@FunctionalInterface
public interface DisclosureReader {

  /**
   * The text importer of budget-import ({@link DisclosureText}): its diagnostics are reported beside
   * the findings; a text in which not one standard table is found is unreadable.
   */
  DisclosureReader IMPORTER = file -> {
    ImportResult imported;
    try {
      imported = DisclosureText.read(file);
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException(file + ": cannot be read: "
          + IoErrors.describe(e.getCause()));
    }
    if (imported.budget().tables().isEmpty()) {
      // Bytes in no known encoding explain why nothing was found: say that, not only the effect.
      String encoding = imported.diagnostics().stream()
          .filter(d -> d.code().equals("text.encoding")).findFirst()
          .map(d -> "; the text is in no encoding BudgetKit reads (" + d.message() + ")")
          .orElse("");
      throw new UnreadableInputException(file + ": not a published disclosure: none of the"
          + " standard tables (部门预算收支总表 …) was found" + encoding);
    }
    return imported.toValueWithProblems();
  };

  /**
   * Reads a disclosure. Problems within the document are problems of the result (for the text
   * importer its {@link io.budgetkit.importer.disclosure.ImportDiagnostic}s), not exceptions.
   *
   * @param file the text file
   * @return the budget and its problems, in source order
   * @throws UnreadableInputException if the file cannot be read as a disclosure at all
   */
  ValueWithProblems<DepartmentBudget> read(Path file);
}
