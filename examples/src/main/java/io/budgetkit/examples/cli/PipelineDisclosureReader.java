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
 * {@link DisclosureReader#IMPORTER}: the import pipeline of budget-import. One text file goes
 * through {@link DisclosureText} (which reports the encoding it read), anything else through
 * {@link Disclosures#read(List)}; the budget comes with its diagnostics and its cells' places.
 *
 * <p>This class has no state and is thread-safe.
 */
final class PipelineDisclosureReader implements DisclosureReader {

  @Override
  public ValueWithProblems<DepartmentBudget> read(List<Path> parts) {
    return readWithSources(parts).value();
  }

  @Override
  public ImportedBudget readWithSources(List<Path> parts) {
    String label = Inputs.label(parts);
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
    return ImportedBudget.of(imported.toValueWithProblems(), imported.sources());
  }
}
