package io.budgetkit.io.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.io.internal.Excerpts;
import io.budgetkit.io.internal.Unicode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes rows of cells as CSV through jackson-dataformat-csv: "\n" line ends, minimal quoting.
 * Before anything is written, every cell is checked for what the file cannot carry, so that a
 * writer fails with the file, row and column of the text rather than writing {@code ?} or a file
 * its reader refuses.
 */
final class CsvOutput {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

  private CsvOutput() {}

  /**
   * Returns the CSV text of the rows of a {@link BudgetCsv} file, the first row its header; a
   * {@code null} cell is written empty.
   *
   * @throws IllegalArgumentException if a cell holds an unpaired surrogate, or a U+FEFF, which
   *     {@link CsvInput} takes for a second file's byte order mark
   */
  static String write(String file, List<String[]> rows) {
    return write(file, rows, false);
  }

  /**
   * Returns the CSV text of rows, the first row the header.
   *
   * @param file the file's name, for messages
   * @param bomAllowed whether a U+FEFF may stand inside a cell (it may in a file that BudgetKit
   *     never reads back, such as the tidy CSV)
   * @throws IllegalArgumentException if a cell holds what the file cannot carry
   */
  static String write(String file, List<String[]> rows, boolean bomAllowed) {
    check(file, rows, bomAllowed);
    StringWriter out = new StringWriter();
    try (SequenceWriter w = MAPPER.writer(SCHEMA).writeValues(out)) {
      for (String[] row : rows) {
        // a null element would be dropped, shifting the row: write it as an empty cell
        String[] cells = row.clone();
        for (int i = 0; i < cells.length; i++) {
          if (cells[i] == null) {
            cells[i] = "";
          }
        }
        w.write(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void check(String file, List<String[]> rows, boolean bomAllowed) {
    String[] header = rows.get(0);
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        if (cell == null) {
          continue;
        }
        String why = Unicode.whyNotUtf8(cell);
        if (why == null && !bomAllowed && cell.indexOf('\uFEFF') >= 0) {
          why = "holds a byte order mark (U+FEFF) at character " + (cell.indexOf('\uFEFF') + 1)
              + ", which " + BudgetCsv.FORMAT + " cannot carry inside a CSV file: its reader"
              + " takes it for the start of a second file";
        }
        if (why != null) {
          throw new IllegalArgumentException("Cannot write " + file + ": the text "
              + Excerpts.quote(cell) + " in row " + r + ", column " + header[c] + " " + why);
        }
      }
    }
  }
}
