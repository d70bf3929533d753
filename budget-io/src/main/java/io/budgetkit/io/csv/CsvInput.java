package io.budgetkit.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.budgetkit.io.BudgetFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the bytes of a CSV file and splits it into rows of cells with their line and column,
 * through jackson-dataformat-csv. Every problem is a {@link BudgetFormatException} naming the
 * file, line and column.
 */
final class CsvInput {

  /** GB18030, the superset of GBK that Chinese Excel writes. */
  static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * The default limit on a file, in bytes: a budget's largest table is a few hundred kilobytes.
   */
  static final int MAX_BYTES = 64 << 20;

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
      .build();

  /** A cell as read: {@code null} when empty, with its position from 1. */
  record Cell(String value, int line, int column) {}

  /** A row as read, with the line it starts on. */
  record Row(int line, List<Cell> cells) {}

  private CsvInput() {}

  /**
   * Decodes a CSV file: a UTF-8 byte order mark means UTF-8; otherwise the given charset, or when
   * it is {@code null}, UTF-8 if the bytes are valid UTF-8 and GB18030 if not. A byte order mark
   * anywhere else is refused: two files joined into one.
   */
  static String decode(String source, byte[] bytes, Charset charset, long maxBytes) {
    String text = decodeAny(source, bytes, charset, maxBytes);
    int bom = text.indexOf('\uFEFF');
    if (bom >= 0) {
      int[] at = position(text, bom);
      throw new BudgetFormatException("A byte order mark (U+FEFF) inside the file: two files"
          + " joined into one? Only the first three bytes may be a byte order mark", source, null,
          at[0], at[1], null);
    }
    return text;
  }

  /**
   * Decodes a JSON file such as the manifest: strictly UTF-8, a leading byte order mark skipped;
   * a U+FEFF further on is left to the JSON reader (inside a string it is data).
   */
  static String decodeJson(String source, byte[] bytes, long maxBytes) {
    return decodeAny(source, bytes, StandardCharsets.UTF_8, maxBytes);
  }

  private static String decodeAny(String source, byte[] bytes, Charset charset, long maxBytes) {
    if (bytes.length > maxBytes) {
      throw new BudgetFormatException("File has " + bytes.length + " bytes; at most " + maxBytes
          + " are read (limit maxFileBytes)", source, null, 0, 0, null);
    }
    int start = 0;
    Charset cs = charset;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
      cs = StandardCharsets.UTF_8;
    }
    String text;
    if (cs != null) {
      text = strictDecode(source, bytes, start, cs, new int[0]);
    } else {
      text = strictDecode(source, bytes, start, StandardCharsets.UTF_8, null);
      if (text == null) {
        // not UTF-8: GB18030; if that fails too, report the charset that read further
        text = strictDecode(source, bytes, start, GB18030, null);
        if (text == null) {
          int[] utf8 = new int[1];
          int[] gb = new int[1];
          strictDecode(source, bytes, start, StandardCharsets.UTF_8, utf8);
          strictDecode(source, bytes, start, GB18030, gb);
          strictDecode(source, bytes, start, utf8[0] >= gb[0] ? StandardCharsets.UTF_8 : GB18030,
              new int[0]);
        }
      }
    }
    return text;
  }

  /**
   * Decodes strictly and returns the text. On an error: with {@code failAt == null}, returns
   * {@code null}; with an array of one, stores the error's byte offset in it and returns {@code
   * null}; with an empty array, throws a {@link BudgetFormatException} that says where.
   */
  private static String strictDecode(String source, byte[] bytes, int start, Charset cs,
      int[] failAt) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - start) * 1.1) + 16);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      if (failAt == null || failAt.length == 1) {
        if (failAt != null) {
          failAt[0] = in.position();
        }
        return null;
      }
      out.flip();
      int[] at = position(out, out.length());
      StringBuilder hex = new StringBuilder();
      for (int i = in.position(); i < Math.min(bytes.length, in.position() + r.length()); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
      }
      throw new BudgetFormatException("Bytes " + hex + " are not " + cs.name()
          + "; save the file as UTF-8 or GB18030 (GBK)", source, null, at[0], at[1], null);
    }
    out.flip();
    return out.toString();
  }

  /** Returns the line and column, from 1, of the character at {@code index}. */
  static int[] position(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** Splits a decoded file into rows; an empty file has none. */
  static List<Row> rows(String source, String text) {
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = MAPPER.getFactory().createParser(new StringReader(text))) {
      ((CsvParser) p).setSchema(CsvSchema.emptySchema());
      JsonToken t;
      List<Cell> cells = null;
      int line = 0;
      int depth = 0;
      // WRAP_AS_ARRAY: the file is an array of rows, each row an array of cells
      while ((t = p.nextToken()) != null) {
        JsonLocation at = p.currentTokenLocation();
        if (t == JsonToken.START_ARRAY) {
          if (++depth == 2) {
            cells = new ArrayList<>();
            line = at.getLineNr();
          }
        } else if (t == JsonToken.END_ARRAY) {
          // an empty line is one empty cell: skip it here, for SKIP_EMPTY_LINES would also strip
          // the leading blanks of every line's first cell
          if (depth-- == 2 && !(cells.size() == 1 && cells.get(0).value() == null)) {
            // the start of a row is reported at the end of the line before: take its first cell's
            rows.add(new Row(cells.isEmpty() ? line : cells.get(0).line(),
                java.util.Collections.unmodifiableList(cells)));
            cells = null;
          }
        } else if (t == JsonToken.VALUE_NULL) {
          cells.add(new Cell(null, at.getLineNr(), at.getColumnNr()));
        } else {
          cells.add(new Cell(p.getText(), at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BudgetFormatException("Malformed CSV: " + e.getOriginalMessage(), source, null,
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
    } catch (IOException e) {
      throw new BudgetFormatException("Cannot read: " + e.getMessage(), source, null, 0, 0, e);
    }
    return rows;
  }
}
