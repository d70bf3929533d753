package io.budgetkit.benchmarks;

import io.budgetkit.fixtures.PublishedFile;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.office.XlsxReader;
import io.budgetkit.importer.pdf.PdfReader;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to read each published file of budget-fixtures into a {@link PublishedDocument}
 * (issue 11: "PDF reading must stay well under a second per document"), beside a baseline on the
 * same bytes in the same run: for a PDF, PDFBox's own {@link PDFTextStripper} (the plain text of
 * every page, with no table, ruling or paragraph work), for a workbook POI opening it and
 * formatting every cell with its {@link DataFormatter}. The ratio of the two says what the table
 * reconstruction costs on top of the parser the reader stands on.
 *
 * <p>Run: {@code java -jar budget-benchmarks/target/benchmarks.jar ImportBenchmark -f 1 -wi 2
 * -i 3 -w 2s -r 3s}. The bytes are in memory: reading the disk is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ImportBenchmark {

  /** A bundled published file, as {@code province/name}. */
  @Param({
      "shanghai/putuo-wanli-street-2023-department.pdf",
      "shanghai/putuo-wanli-street-2024-department.pdf",
      "shanghai/putuo-finance-bureau-2025-department.pdf",
      "shanghai/putuo-welfare-home-2024-unit.pdf",
      "shanghai/shanghai-finance-bureau-2025-unit.pdf",
      "shanghai/putuo-department-budget-template-2026.xlsx",
      "shanghai/putuo-unit-budget-template-2026.xlsx",
      "jiangsu/npc-standing-committee-office-2017.pdf",
      "jiangsu/npc-standing-committee-office-2018.pdf",
      "jiangsu/npc-standing-committee-2019.pdf",
      "jiangsu/npc-standing-committee-office-2019-tables.pdf",
      "jiangsu/procuratorate-2017.pdf",
      "jiangsu/procuratorate-2018.pdf",
      "jiangsu/party-committee-office-2017-text.pdf",
      "jiangsu/party-committee-office-2017-tables.pdf",
      "jiangsu/party-committee-office-2019-text.pdf",
      "jiangsu/party-committee-office-2019-tables.pdf",
      "jiangsu/cppcc-office-2017-text.pdf",
      "jiangsu/cppcc-office-2017-tables.pdf",
      "jiangsu/cppcc-office-2018-text.pdf",
      "jiangsu/cppcc-office-2018-tables.pdf"})
  public String file;

  private SourceFile source;
  private DocumentReader reader;
  private boolean pdf;

  /** Loads the bytes once: only reading them is measured. */
  @Setup
  public void setUp() {
    byte[] bytes = PublishedFile.bytes(file);
    source = SourceFile.of(file.substring(file.lastIndexOf('/') + 1), bytes);
    pdf = file.endsWith(".pdf");
    reader = pdf ? new PdfReader() : new XlsxReader();
  }

  /** BudgetKit's reader: blocks, tables as grids, paragraphs. */
  @Benchmark
  public PublishedDocument budgetKit() {
    return reader.read(source, ReadLimits.defaults());
  }

  /**
   * The baseline: the library under the reader, reading the same bytes plainly.
   *
   * @return the text read, so that the work is not optimised away
   * @throws IOException never for the bundled files
   */
  @Benchmark
  public int baseline() throws IOException {
    if (pdf) {
      try (PDDocument document = Loader.loadPDF(source.bytes())) {
        return new PDFTextStripper().getText(document).length();
      }
    }
    int chars = 0;
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            chars += formatter.formatCellValue(cell).length();
          }
        }
      }
    }
    return chars;
  }
}
