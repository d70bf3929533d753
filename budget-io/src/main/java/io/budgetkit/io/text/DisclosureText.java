package io.budgetkit.io.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the text extracted from a published disclosure (部门预算公开 / 单位预算公开) into a {@link
 * io.budgetkit.core.budget.DepartmentBudget}, with every line it could not place reported as an
 * {@link ImportDiagnostic}.
 *
 * <p>Both extractions are read, and told apart by their shape: the DOCX extraction (one cell per
 * line starting with a TAB, rows separated by blank lines) and the PDF extraction (one row per
 * line, cells separated by TABs, headers repeated on each page). Columns are read by the table's
 * schema ({@link io.budgetkit.core.profile.TableLayout}, 栏次), never by header text. The importer
 * never corrects the document: amounts stay as printed, however inconsistent.
 *
 * <p>It reads the nine standard tables and the 情况说明 (preamble, sections, 机构设置 table and
 * stated figures, {@link NarrativeReader}); the regions no reader places (front matter, the
 * tables inside the sections) are reported as one {@code INFO} diagnostic each. Reading never throws for bad data: garbage, an empty file or a truncated
 * document give diagnostics.
 */
public final class DisclosureText {

  private DisclosureText() {}

  /**
   * Reads a disclosure text file (UTF-8; malformed bytes are read as U+FFFD).
   *
   * @param file the file
   * @return the budget and the diagnostics
   * @throws UncheckedIOException if the file cannot be read at all
   */
  public static ImportResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE));
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a disclosure text.
   *
   * @param reader the text
   * @param sourceName the name of the source, for messages
   * @return the budget and the diagnostics
   * @throws UncheckedIOException if the reader fails
   */
  public static ImportResult read(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    List<String> lines = new ArrayList<>();
    try {
      BufferedReader b = reader instanceof BufferedReader
          ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16);
      for (String line = b.readLine(); line != null; line = b.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NarrativeReader narrative = new NarrativeReader(lines).read();
    ImportResult r = new TableReader(lines, sourceName == null ? "" : sourceName,
        narrative.consumed()).read();
    return new ImportResult(narrative.addTo(r.budget()), r.diagnostics(), r.cellsRead());
  }

  /**
   * Reads a disclosure text held in a string.
   *
   * @param text the text
   * @param sourceName the name of the source, for messages
   * @return the budget and the diagnostics
   */
  public static ImportResult read(String text, String sourceName) {
    return read(new StringReader(Objects.requireNonNull(text, "text")), sourceName);
  }
}
