package io.budgetkit.importer.disclosure;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.PublishedDocuments;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.PublishedDocument;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a published disclosure into a budget, whatever its files' format: each file is read into
 * blocks by the reader its content calls for ({@link PublishedDocuments}), the blocks of all the
 * files are joined in order into one document, and the {@link DisclosureRecognizer} builds the
 * budget from them.
 *
 * <pre>{@code
 * ImportResult r = Disclosures.read(List.of(Path.of("说明.pdf"), Path.of("表格.pdf")));
 * r.diagnostics().forEach(System.out::println);
 * DepartmentBudget b = r.budget();
 * }</pre>
 *
 * <p>A disclosure published in several files (Jiangsu's 说明 PDF and 表格 PDF) is one document:
 * its narrative may be in one file and its tables in another, in any order of formats.
 *
 * <p>This class is thread-safe: it has no state.
 */
public final class Disclosures {

  private Disclosures() {}

  /**
   * Reads a disclosure from its files within the {@linkplain ReadLimits#defaults() default
   * limits}.
   *
   * @param parts the files, in reading order; one for a disclosure published in one file
   * @return the budget and the diagnostics
   * @throws ImportException if a file cannot be read at all (missing, not a format BudgetKit
   *     reads, corrupt, encrypted, a scan without text, over a limit); its message names the file
   * @throws IllegalArgumentException if no file is given
   * @throws UncheckedIOException if reading fails (a disk error, no permission)
   */
  public static ImportResult read(List<Path> parts) {
    return read(parts, ReadLimits.defaults());
  }

  /**
   * Reads a disclosure from its files within the given limits.
   *
   * @param parts the files, in reading order
   * @param limits the limits each file is read within
   * @return the budget and the diagnostics
   * @throws ImportException if a file cannot be read at all; its message names the file
   * @throws IllegalArgumentException if no file is given
   * @throws UncheckedIOException if reading fails (a disk error, no permission)
   */
  public static ImportResult read(List<Path> parts, ReadLimits limits) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(limits, "limits");
    PublishedDocument d = PublishedDocuments.standard().withLimits(limits).readParts(parts);
    return DisclosureRecognizer.standard().recognize(d);
  }
}
