package io.budgetkit.importer.disclosure;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ValueWithProblems;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DisclosureText} read: the budget, with every diagnostic kept beside it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportResult {

  private final DepartmentBudget budget;
  private final List<ImportDiagnostic> diagnostics;
  private final int cellsRead;
  private final Charset charset;
  private final SourceMap sources;

  ImportResult(DepartmentBudget budget, List<ImportDiagnostic> diagnostics, int cellsRead,
      Charset charset, SourceMap sources) {
    this.budget = Objects.requireNonNull(budget, "budget");
    this.diagnostics = List.copyOf(diagnostics);
    this.cellsRead = cellsRead;
    this.charset = charset;
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  /**
   * Returns the budget read, with the tables that could be read.
   *
   * @return the budget
   */
  public DepartmentBudget budget() {
    return budget;
  }

  /**
   * Returns where each imported table, row and cell was printed in the document's files, for
   * pointing a validation finding at the page or cell.
   *
   * @return the places
   */
  public SourceMap sources() {
    return sources;
  }

  /**
   * Returns the diagnostics in document order: those of the document as a whole first, then each
   * where the document's blocks put its line or cell, file after file in the order given.
   *
   * @return the diagnostics, empty when everything was read
   */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the number of non-blank table cells placed in the model: labels, codes and amounts.
   *
   * @return the count
   */
  public int cellsRead() {
    return cellsRead;
  }

  /**
   * Returns the encoding the file's bytes were read in, as {@link DisclosureText} told it from
   * them.
   *
   * @return the charset ({@code UTF-8}, {@code GB18030}, {@code UTF-16LE} or {@code UTF-16BE});
   *     empty when the text was read from a string or a reader, as characters
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /**
   * Tells whether any diagnostic is an error.
   *
   * @return true if something printed could not be read
   */
  public boolean hasErrors() {
    return Problem.anyError(diagnostics);
  }

  /**
   * Returns the budget with the diagnostics as {@link Problem}s, as every reader that never
   * throws on bad data returns what it read.
   *
   * @return the budget and its diagnostics, in the same order
   */
  public ValueWithProblems<DepartmentBudget> toValueWithProblems() {
    return ValueWithProblems.of(budget, diagnostics);
  }
}
