package io.budgetkit.importer.disclosure;

import io.budgetkit.core.problem.Severity;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Step 2 of importing: builds a {@link io.budgetkit.core.budget.DepartmentBudget} from the blocks
 * of a {@link PublishedDocument}, whatever format they were read from (PDF, DOCX, XLSX, HTML, a
 * text extraction).
 *
 * <p>The blocks are read in order as rows of cells (each row of a table's grid: the texts of the
 * cells that start in it, a position a merged cell covers empty) and lines of text (headings and
 * paragraphs). The nine standard tables are found by their titles and read by their schema's
 * columns (栏次), the project 绩效目标表, 政府采购 and 固定资产 tables by their titles and row
 * labels, and the 情况说明 from its headings and paragraphs; every row or line no reader places
 * is reported. Nothing here knows the format: what a format leaves in its text (the spaces a PDF
 * converter puts between CJK characters, a DOCX cell's wrapped lines) is undone by its reader.
 *
 * <p>Diagnostics carry the line of the block they are about when the format has lines (PDF,
 * text), else 0; they are sorted by line. A document of another template than the Hebei one
 * (Shanghai, Jiangsu) gives a {@code table.missing} ERROR for each standard table it does not
 * find, never an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisclosureRecognizer {

  private static final DisclosureRecognizer STANDARD = new DisclosureRecognizer();

  private DisclosureRecognizer() {}

  /**
   * Returns the recognizer of the standard (Hebei) template of {@link
   * io.budgetkit.core.profile.DisclosureProfile#common()}.
   *
   * @return the recognizer
   */
  public static DisclosureRecognizer standard() {
    return STANDARD;
  }

  /**
   * Builds the budget of a document. What its readers noted ({@link PublishedDocument#notes()})
   * comes first among the diagnostics of its line, as a WARNING with the note's key.
   *
   * @param document the document, of one file or several
   * @return the budget and the diagnostics
   */
  public ImportResult recognize(PublishedDocument document) {
    Objects.requireNonNull(document, "document");
    List<ImportDiagnostic> notes = new ArrayList<>();
    for (ReadNote n : document.notes()) {
      notes.add(ImportDiagnostic.of(n.key(), Severity.WARNING, n.origin().line().orElse(0),
          "", n.origin() + ": " + n.message()));
    }
    return recognize(document, String.join(", ", document.files()), notes, null);
  }

  /**
   * Builds the budget of a document, with what was found while reading its text before.
   *
   * @param source the name of the source, for messages
   * @param reading diagnostics of reading, merged by line
   * @param charset the encoding the text was read in, or null
   */
  static ImportResult recognize(PublishedDocument document, String source,
      List<ImportDiagnostic> reading, Charset charset) {
    TextRows rows = TextRows.of(document);
    NarrativeReader narrative = new NarrativeReader(rows).read();
    ImportResult r = new TableReader(rows, source, narrative.consumed()).read();
    List<ImportDiagnostic> diagnostics = new ArrayList<>(reading);
    diagnostics.addAll(r.diagnostics());
    diagnostics.sort(Comparator.comparingInt(ImportDiagnostic::line)); // stable
    return new ImportResult(narrative.addTo(r.budget()), diagnostics, r.cellsRead(), charset);
  }
}
