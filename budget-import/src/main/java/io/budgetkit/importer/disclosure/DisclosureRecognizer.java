package io.budgetkit.importer.disclosure;

import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 * <p>Each diagnostic names its place in the document's files ({@link ImportDiagnostic#source()}):
 * the file and page and line of a PDF, the file, sheet and cell of a workbook, the file and line
 * of a text, DOCX or HTML page. The file is left out in a document of one file whose places are
 * lines alone (a text extraction, copied text, a DOCX, an HTML page): the reader gave that file,
 * and its diagnostics read as they always have, {@code 第12行}. Diagnostics are in document order:
 * those of the document as a whole first, then by the block they are about, file after file in
 * the order given; a reader's note before the diagnostics of the block it is at. A document of
 * another template than the Hebei one (Shanghai, Jiangsu) gives a {@code table.missing} ERROR for
 * each standard table it does not find, never an exception.
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
    Function<Origin, SourceRef> place = placer(document);
    List<ImportDiagnostic> notes = new ArrayList<>();
    for (ReadNote n : document.notes()) {
      notes.add(ImportDiagnostic.of(n.key(), Severity.WARNING, n.origin().line().orElse(0),
          "", n.origin() + ": " + n.message()).withSource(place.apply(n.origin())));
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
    Function<Origin, SourceRef> place = placer(document);
    NarrativeReader narrative = new NarrativeReader(rows).read();
    ImportResult r = new TableReader(rows, source, narrative.consumed(), place).read();
    Order order = new Order(document, rows);
    List<Placed> placed = new ArrayList<>();
    for (ImportDiagnostic d : reading) {
      placed.add(new Placed(d, order.of(d, true)));
    }
    for (ImportDiagnostic d : r.diagnostics()) {
      // a diagnostic about an item is at that item's place, unless placed more precisely
      Origin at = d.item() > 0 ? rows.all.get(d.item() - 1).origin : null;
      ImportDiagnostic p = at != null && !d.isPlaced() ? d.withSource(place.apply(at)) : d;
      placed.add(new Placed(p, order.of(d, false)));
    }
    placed.sort(Comparator.comparingLong((Placed p) -> p.order)); // stable
    List<ImportDiagnostic> diagnostics = new ArrayList<>(placed.size());
    placed.forEach(p -> diagnostics.add(p.diagnostic));
    return new ImportResult(narrative.addTo(r.budget()), diagnostics, r.cellsRead(), charset,
        r.sources());
  }

  /**
   * The rule of the places: an origin as it is, but a line alone without its file in a document
   * of one file.
   */
  static Function<Origin, SourceRef> placer(PublishedDocument document) {
    boolean oneFile = document.files().size() <= 1;
    return o -> {
      boolean lineAlone = o.line().isPresent() && o.page().isEmpty() && o.sheet().isEmpty()
          && o.cell().isEmpty();
      return oneFile && lineAlone ? SourceRef.ofLine(o.line().getAsInt()) : o.toSourceRef();
    };
  }

  /** A diagnostic with its place in document order. */
  private static final class Placed {
    final ImportDiagnostic diagnostic;
    final long order;

    Placed(ImportDiagnostic diagnostic, long order) {
      this.diagnostic = diagnostic;
      this.order = order;
    }
  }

  /**
   * Document order: a diagnostic about an item is at that item; one of reading (a line of the
   * text, a reader's note at an origin) is just before the first item at or after its place in
   * its file; one of the whole document before everything.
   */
  private static final class Order {
    /** Per file (by its index in the document), the items' (page, line) keys and positions. */
    private final long[][] keys;
    private final int[][] positions;
    private final List<String> files;
    private final int size;

    Order(PublishedDocument document, TextRows rows) {
      this.files = document.files();
      this.size = rows.all.size();
      int n = Math.max(1, files.size());
      List<List<long[]>> perFile = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        perFile.add(new ArrayList<>());
      }
      for (TextRows.Item it : rows.all) {
        if (it.origin == null) {
          continue;
        }
        int f = Math.max(0, files.indexOf(it.origin.file()));
        perFile.get(f).add(new long[] {key(it.origin.page().orElse(0),
            it.origin.line().orElse(0)), it.pos});
      }
      keys = new long[n][];
      positions = new int[n][];
      for (int f = 0; f < n; f++) {
        List<long[]> list = perFile.get(f);
        list.sort(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]));
        keys[f] = new long[list.size()];
        positions[f] = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
          keys[f][i] = list.get(i)[0];
          positions[f][i] = (int) list.get(i)[1];
        }
      }
    }

    private static long key(int page, int line) {
      return ((long) page << 32) | line;
    }

    /** The order of a diagnostic: 2 × item, one less for a reading diagnostic at it. */
    long of(ImportDiagnostic d, boolean reading) {
      if (d.item() > 0) {
        return 2L * d.item() - (reading ? 1 : 0);
      }
      Optional<SourceRef> s = d.source();
      if (s.isEmpty()) {
        return 0; // the document as a whole
      }
      SourceRef ref = s.get();
      int f = ref.file().map(files::indexOf).orElse(0);
      if (f < 0 || f >= keys.length) {
        return 0;
      }
      long k = key(ref.page().orElse(0), ref.line().orElse(0));
      int i = Arrays.binarySearch(keys[f], k);
      if (i < 0) {
        i = -i - 1;
      } else {
        while (i > 0 && keys[f][i - 1] == k) {
          i--;
        }
      }
      if (i < positions[f].length) {
        return 2L * positions[f][i] - 1;
      }
      // after the file's last item: before the next file's first, else at the end
      for (int g = f + 1; g < keys.length; g++) {
        if (positions[g].length > 0) {
          return 2L * positions[g][0] - 1;
        }
      }
      return 2L * size + 1;
    }
  }
}
