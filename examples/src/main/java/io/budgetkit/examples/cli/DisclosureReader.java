package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.disclosure.DisclosureText;
import io.budgetkit.importer.disclosure.Disclosures;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a published disclosure (部门预算公开) into a budget with its import problems: a file as the
 * department published it (PDF, DOCX, XLSX, XLS, HTML), the text extracted from one, or the files
 * of a disclosure published in several parts. This is where the import pipeline plugs into the
 * command line: {@link InputFormats#standard()} passes one to {@link InputFormats}.
 */
@FunctionalInterface
public interface DisclosureReader {

  /**
   * The import pipeline of budget-import: one text file through {@link DisclosureText} (which
   * reports the encoding it read), anything else through {@link Disclosures#read(List)}; its
   * diagnostics are reported beside the findings. A document in which not one standard table is
   * found is unreadable, and so is a file the pipeline cannot read (a scan without text, an
   * encrypted or corrupt file, one over a limit).
   */
  DisclosureReader IMPORTER = new PipelineDisclosureReader();

  /**
   * Reads a disclosure. Problems within the document are problems of the result (for the
   * importer its {@link io.budgetkit.importer.disclosure.ImportDiagnostic}s), not exceptions.
   *
   * @param parts the files of the disclosure, in reading order; most often one
   * @return the budget and its problems, in source order
   * @throws UnreadableInputException if the files cannot be read as a disclosure at all
   */
  ValueWithProblems<DepartmentBudget> read(List<Path> parts);

  /**
   * Reads a disclosure with where each of its tables, rows and cells was printed, so that a
   * finding can point at the page. A reader that does not know the places need not override
   * this: its budgets have none.
   *
   * @param parts the files of the disclosure, in reading order; most often one
   * @return the budget, its problems and its cells' places
   * @throws UnreadableInputException if the files cannot be read as a disclosure at all
   */
  default ImportedBudget readWithSources(List<Path> parts) {
    return ImportedBudget.of(read(parts));
  }
}
