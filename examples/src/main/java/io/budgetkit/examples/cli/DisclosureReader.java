package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.disclosure.DisclosureText;
import io.budgetkit.importer.disclosure.Disclosures;
import io.budgetkit.importer.disclosure.ImportResult;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
  DisclosureReader IMPORTER = parts -> {
    String label = String.join(" + ", parts.stream().map(Path::toString).toList());
    boolean text = parts.size() == 1
        && String.valueOf(parts.get(0).getFileName()).toLowerCase(Locale.ROOT).endsWith(".txt");
    ImportResult imported;
    try {
      imported = text ? DisclosureText.read(parts.get(0)) : Disclosures.read(parts);
    } catch (ImportException e) {
      throw new UnreadableInputException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException(label + ": cannot be read: "
          + IoErrors.describe(e.getCause()));
    }
    if (imported.budget().tables().isEmpty()) {
      // Bytes in no known encoding explain why nothing was found: say that, not only the effect.
      String encoding = imported.diagnostics().stream()
          .filter(d -> d.code().equals("text.encoding")).findFirst()
          .map(d -> "; the text is in no encoding BudgetKit reads (" + d.message() + ")")
          .orElse("");
      String extract = text ? "" : "; 'budgetkit extract " + String.join(" ",
          parts.stream().map(Path::toString).toList()) + " -o DIR' writes the tables it holds as"
          + " CSV";
      throw new UnreadableInputException(label + ": not a published disclosure of a template"
          + " BudgetKit reads: none of the standard tables (部门预算收支总表 …) was found"
          + encoding + extract);
    }
    return imported.toValueWithProblems();
  };

  /**
   * Reads a disclosure. Problems within the document are problems of the result (for the
   * importer its {@link io.budgetkit.importer.disclosure.ImportDiagnostic}s), not exceptions.
   *
   * @param parts the files of the disclosure, in reading order; most often one
   * @return the budget and its problems, in source order
   * @throws UnreadableInputException if the files cannot be read as a disclosure at all
   */
  ValueWithProblems<DepartmentBudget> read(List<Path> parts);
}
