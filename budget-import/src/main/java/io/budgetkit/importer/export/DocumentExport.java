package io.budgetkit.importer.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a published document as files: {@link #csvFiles} gives a CSV grid per table and a text
 * file of the blocks in reading order, {@link #json} the whole document as one JSON document.
 * Both are deterministic: the same document gives the same bytes.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DocumentExport {

  /** The name of the text file {@link #csvFiles} writes beside the tables. */
  public static final String TEXT_FILE = "document.txt";

  /** The format of {@link #json}, its first member. */
  public static final String JSON_FORMAT = "budgetkit-extract/1";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** A number as a table prints it, which a spreadsheet must keep as a number. */
  private static final Pattern NUMBER = Pattern.compile("-[0-9][0-9,]*+(?:\\.[0-9]++)?+%?+");
  /** Quotes a field only when it must (a comma, a quote, a line break), as RFC 4180 does. */
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private DocumentExport() {}

  /**
   * Returns the name of a table's CSV file: {@code table-01.csv} for the first table.
   *
   * @param index the table's index among the tables, from 0
   * @return the file name
   */
  public static String tableFileName(int index) {
    return String.format("table-%02d.csv", index + 1);
  }

  /**
   * Writes every table as a CSV grid ({@code table-01.csv}, {@code table-02.csv}…) and the
   * document's blocks as {@value #TEXT_FILE}: a heading as {@code # text}, a paragraph as its
   * text, a table as {@code [table-01.csv: 12 x 5, from file p.3 line 4]}, one block a line,
   * then the reader's notes. Files are UTF-8 with a byte order mark, so that Excel opens the
   * Chinese right.
   *
   * <p>A CSV grid has the table's rows and columns; a merged cell's text is at its top-left
   * position and the positions it spans over are empty. A text that a spreadsheet would run as
   * a formula ({@code =}, {@code +}, {@code @}, tab or carriage return first, or {@code -} not
   * before a number) is written with a leading apostrophe; numbers are never changed.
   *
   * @param document the document
   * @return the files by name, the text file last
   */
  public static Map<String, byte[]> csvFiles(PublishedDocument document) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    int tables = 0;
    for (Block b : document.blocks()) {
      if (b instanceof TableBlock) {
        TableBlock t = (TableBlock) b;
        String name = tableFileName(tables++);
        files.put(name, csv(t.rows()));
        text.append('[').append(name).append(": ").append(t.rowCount()).append(" x ")
            .append(t.columnCount()).append(", from ").append(oneLine(t.origin().toString()))
            .append("]\n");
      } else {
        TextBlock p = (TextBlock) b;
        text.append(p.kind() == TextBlock.Kind.HEADING ? "# " : "").append(oneLine(p.text()))
            .append('\n');
      }
    }
    if (!document.notes().isEmpty()) {
      text.append("\nNotes:\n");
      for (ReadNote n : document.notes()) {
        text.append("- ").append(oneLine(n.toString())).append('\n');
      }
    }
    files.put(TEXT_FILE, withBom(text.toString()));
    return files;
  }

  /**
   * Writes the document as one JSON document: {@code format}, {@code files}, {@code formats},
   * {@code blocks} (each with {@code type} {@code heading}, {@code paragraph} or {@code table},
   * its {@code origin}, and its {@code text} or its {@code rows}, {@code columns} and {@code
   * cells} with {@code row}, {@code column}, {@code rowSpan} and {@code columnSpan} when above 1,
   * {@code text} and {@code origin} when known), and {@code notes}.
   *
   * @param document the document
   * @return the JSON text, ending with a line feed
   */
  public static String json(PublishedDocument document) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("format", JSON_FORMAT);
      writeStrings(g, "files", document.files());
      writeStrings(g, "formats", document.formats());
      g.writeArrayFieldStart("blocks");
      for (Block b : document.blocks()) {
        g.writeStartObject();
        if (b instanceof TableBlock) {
          TableBlock t = (TableBlock) b;
          g.writeStringField("type", "table");
          writeOrigin(g, t.origin());
          g.writeNumberField("rows", t.rowCount());
          g.writeNumberField("columns", t.columnCount());
          g.writeArrayFieldStart("cells");
          for (Cell c : t.cells()) {
            g.writeStartObject();
            g.writeNumberField("row", c.row());
            g.writeNumberField("column", c.column());
            if (c.rowSpan() > 1) {
              g.writeNumberField("rowSpan", c.rowSpan());
            }
            if (c.columnSpan() > 1) {
              g.writeNumberField("columnSpan", c.columnSpan());
            }
            g.writeStringField("text", c.text());
            if (c.origin().isPresent()) {
              writeOrigin(g, c.origin().get());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        } else {
          TextBlock p = (TextBlock) b;
          g.writeStringField("type", p.kind() == TextBlock.Kind.HEADING ? "heading" : "paragraph");
          writeOrigin(g, p.origin());
          g.writeStringField("text", p.text());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("notes");
      for (ReadNote n : document.notes()) {
        g.writeStartObject();
        g.writeStringField("key", n.key());
        g.writeStringField("message", n.message());
        writeOrigin(g, n.origin());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringWriter does not fail
    }
    return out.toString() + "\n";
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeOrigin(JsonGenerator g, Origin o) throws IOException {
    g.writeObjectFieldStart("origin");
    g.writeStringField("file", o.file());
    if (o.page().isPresent()) {
      g.writeNumberField("page", o.page().getAsInt());
    }
    if (o.line().isPresent()) {
      g.writeNumberField("line", o.line().getAsInt());
    }
    if (o.sheet().isPresent()) {
      g.writeStringField("sheet", o.sheet().get());
    }
    if (o.cell().isPresent()) {
      g.writeStringField("cell", o.cell().get());
    }
    g.writeEndObject();
  }

  private static byte[] csv(List<List<String>> rows) {
    String[][] grid = new String[rows.size()][];
    for (int r = 0; r < grid.length; r++) {
      List<String> row = rows.get(r);
      grid[r] = new String[row.size()];
      for (int c = 0; c < grid[r].length; c++) {
        grid[r][c] = guard(row.get(c));
      }
    }
    try {
      return withBom(CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n"))
          .writeValueAsString(grid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // writing to a string does not fail
    }
  }

  /** A leading apostrophe for a text that a spreadsheet would run as a formula. */
  static String guard(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
        || c == '-' && !NUMBER.matcher(text).matches();
    return formula ? "'" + text : text;
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, bytes, 0, BOM.length);
    System.arraycopy(body, 0, bytes, BOM.length, body.length);
    return bytes;
  }
}
