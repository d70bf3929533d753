package io.budgetkit.io.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes rows of cells as CSV through jackson-dataformat-csv: "\n" line ends, minimal quoting. */
final class CsvOutput {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

  private CsvOutput() {}

  /** Returns the CSV text of the rows; a {@code null} cell is written empty. */
  static String write(List<String[]> rows) {
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
}
