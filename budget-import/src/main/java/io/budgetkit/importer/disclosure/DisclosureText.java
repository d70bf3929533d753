package io.budgetkit.importer.disclosure;

import io.budgetkit.io.BudgetFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * line, cells separated by TABs, headers repeated on each page). Reading is the import pipeline's
 * two steps: {@link DisclosureTextReader} turns the lines into blocks (step 1, where the two
 * extractions are told apart), and the {@link DisclosureRecognizer} builds the budget from the
 * blocks as it does for any format (step 2). For published files (PDF, DOCX, XLSX, HTML) see
 * {@link Disclosures}. Columns are read by the table's
 * schema ({@link io.budgetkit.core.profile.TableLayout}, 栏次), never by header text. The importer
 * never corrects the document: amounts stay as printed, however inconsistent.
 *
 * <p>It reads the nine standard tables and the 情况说明 (preamble, sections, 机构设置 table and
 * stated figures, {@link NarrativeReader}); the regions no reader places (front matter, the
 * tables inside the sections) are reported as one {@code INFO} diagnostic each. Reading never
 * throws for bad data: garbage, an empty file or a truncated document give diagnostics.
 *
 * <p><b>Encodings.</b> A file's encoding is told from its bytes: a byte order mark says UTF-8
 * ({@code EF BB BF}), UTF-16LE ({@code FF FE}) or UTF-16BE ({@code FE FF}); without one, NUL
 * bytes at every other position mean UTF-16, bytes that are valid UTF-8 mean UTF-8, and bytes
 * that are valid GB18030 (GBK) mean GB18030. {@link ImportResult#charset()} says which was used.
 * Bytes that are none of them are read in the encoding that reads furthest into them, with
 * U+FFFD for what it cannot read, and a {@code text.encoding} ERROR says which bytes, on which
 * line. One leading U+FEFF (a byte order mark) is skipped in any text, a string or a reader's
 * included.
 *
 * <p><b>Limits.</b> Input is read within {@link Limits}: at most {@value Limits#DEFAULT_MAX_BYTES}
 * bytes (64 MiB; characters for a string or a reader) and {@value Limits#DEFAULT_MAX_LINES}
 * lines by default, counted as they are read, so that a file that reports a size of 0 and never
 * ends ({@code /dev/zero}) is refused as soon as the limit is passed; more is a {@link
 * BudgetFormatException}. A line longer than {@value
 * Limits#DEFAULT_MAX_LINE_LENGTH} characters by default is not held: it is read as an empty line
 * and reported as a {@code line.long} ERROR. Only a regular file is read: a folder, a device, a
 * pipe (FIFO) or a socket, also behind a symbolic link, is refused before it is opened, as
 * opening a pipe blocks until something writes to it. Reading takes time linear in the length
 * of the text, whatever the text: a published disclosure of a few hundred kilobytes is read in
 * well under a second, 64 MiB in seconds, and the memory it takes is a small multiple of the
 * text's.
 *
 * <p>This class is thread-safe: it has no state.
 */
public final class DisclosureText {

  private DisclosureText() {}

  /**
   * Reads a disclosure text file within the {@linkplain Limits#defaults() default limits}, in the
   * encoding its bytes tell.
   *
   * @param file the file
   * @return the budget and the diagnostics
   * @throws BudgetFormatException if the file is not a regular file or is longer than the
   *     limit; its source is the file's path
   * @throws UncheckedIOException if the file cannot be read at all (missing, not permitted)
   */
  public static ImportResult read(Path file) {
    return read(file, Limits.defaults());
  }

  /**
   * Reads a disclosure text file within the given limits, in the encoding its bytes tell.
   *
   * @param file the file
   * @param limits the limits
   * @return the budget and the diagnostics
   * @throws BudgetFormatException if the file is not a regular file or is longer than {@link
   *     Limits#maxBytes()}; its source is the file's path
   * @throws UncheckedIOException if the file cannot be read at all (missing, not permitted)
   */
  public static ImportResult read(Path file, Limits limits) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(limits, "limits");
    String source = file.toString();
    byte[] bytes;
    try {
      // Before opening: opening a FIFO blocks until a writer comes. Links are followed, so a
      // link to /dev/zero is a device.
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        throw new BudgetFormatException("not a regular file but "
            + (a.isDirectory() ? "a folder" : "a device, a pipe or a socket")
            + "; a disclosure text is read from a regular file", source, null, 0, 0, null);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // counted as read, never trusted from the size: /dev/zero and /proc files report 0
        bytes = in.readNBytes((int) limits.maxBytes() + 1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw tooLong(source, limits.maxBytes(), "bytes");
    }
    TextEncoding.Detected detected = TextEncoding.detect(bytes);
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes),
        detected.charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
    TextLines lines;
    try {
      lines = TextLines.read(reader, source, Long.MAX_VALUE, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from bytes in memory; kept for the signature
    }
    List<ImportDiagnostic> reading = new ArrayList<>();
    if (detected.problem != null) {
      reading.add(detected.problem);
    }
    reading.addAll(lines.diagnostics);
    return read(lines.lines, source, reading, detected.charset);
  }

  /**
   * Reads a disclosure text within the {@linkplain Limits#defaults() default limits}.
   *
   * @param reader the text
   * @param sourceName the name of the source, for messages
   * @return the budget and the diagnostics
   * @throws BudgetFormatException if the text is longer than the limit (in characters)
   * @throws UncheckedIOException if the reader fails
   */
  public static ImportResult read(Reader reader, String sourceName) {
    return read(reader, sourceName, Limits.defaults());
  }

  /**
   * Reads a disclosure text within the given limits.
   *
   * @param reader the text
   * @param sourceName the name of the source, for messages
   * @param limits the limits; {@link Limits#maxBytes()} counts characters here
   * @return the budget and the diagnostics
   * @throws BudgetFormatException if the text is longer than {@link Limits#maxBytes()}
   *     characters
   * @throws UncheckedIOException if the reader fails
   */
  public static ImportResult read(Reader reader, String sourceName, Limits limits) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(limits, "limits");
    String source = sourceName == null ? "" : sourceName;
    TextLines lines;
    try {
      lines = TextLines.read(reader, source, limits.maxBytes(), limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(lines.lines, source, lines.diagnostics, null);
  }

  /**
   * Reads a disclosure text held in a string, within the {@linkplain Limits#defaults() default
   * limits}.
   *
   * @param text the text
   * @param sourceName the name of the source, for messages
   * @return the budget and the diagnostics
   * @throws BudgetFormatException if the text is longer than the limit (in characters)
   */
  public static ImportResult read(String text, String sourceName) {
    return read(text, sourceName, Limits.defaults());
  }

  /**
   * Reads a disclosure text held in a string, within the given limits.
   *
   * @param text the text
   * @param sourceName the name of the source, for messages
   * @param limits the limits; {@link Limits#maxBytes()} counts characters here
   * @return the budget and the diagnostics
   * @throws BudgetFormatException if the text is longer than {@link Limits#maxBytes()}
   *     characters
   */
  public static ImportResult read(String text, String sourceName, Limits limits) {
    return read(new StringReader(Objects.requireNonNull(text, "text")), sourceName, limits);
  }

  /** Step 1 (the extraction's blocks), then step 2 (the recognizer). */
  private static ImportResult read(List<String> lines, String source,
      List<ImportDiagnostic> reading, Charset charset) {
    return DisclosureRecognizer.recognize(DisclosureTextReader.document(lines, source), source,
        reading, charset);
  }

  static BudgetFormatException tooLong(String source, long limit, String unit) {
    return new BudgetFormatException("more than " + limit + " " + unit + "; a published "
        + "disclosure's text is at most a few megabytes (DisclosureText.Limits.withMaxBytes)",
        source, null, 0, 0, null);
  }

  static BudgetFormatException tooManyLines(String source, int limit) {
    return new BudgetFormatException("more than " + limit + " lines; a published disclosure's "
        + "text has a few thousand (DisclosureText.Limits.withMaxLines)", source, null, 0, 0,
        null);
  }

  /**
   * The limits within which a text is read: its length and the length of its lines.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Limits {

    /** The default limit on a text's length: 64 MiB (bytes of a file, characters of a text). */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    /** The default limit on a line's length, in characters: 1 Mi. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

    /**
     * The default limit on the number of lines: 4 Mi, a thousand times a published disclosure's.
     * Each line held costs some 50 bytes beside its text: 64 MiB of one-character lines would
     * take 1.5 GB.
     */
    public static final int DEFAULT_MAX_LINES = 1 << 22;

    /** The most a limit on bytes may be: what an array holds, with one byte to tell "more". */
    private static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 9;

    private static final Limits DEFAULTS =
        new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_LINES);

    private final long maxBytes;
    private final int maxLineLength;
    private final int maxLines;

    private Limits(long maxBytes, int maxLineLength, int maxLines) {
      this.maxBytes = maxBytes;
      this.maxLineLength = maxLineLength;
      this.maxLines = maxLines;
    }

    /**
     * Returns the default limits: {@value #DEFAULT_MAX_BYTES} bytes, lines of {@value
     * #DEFAULT_MAX_LINE_LENGTH} characters, {@value #DEFAULT_MAX_LINES} lines.
     *
     * @return the limits
     */
    public static Limits defaults() {
      return DEFAULTS;
    }

    /**
     * Returns these limits with another limit on the length of the text: bytes of a file, or
     * characters of a string or reader. A text longer than that is refused with a {@link
     * BudgetFormatException}.
     *
     * @param maxBytes the limit, from 1 to {@code Integer.MAX_VALUE - 9} (the text is held in
     *     memory)
     * @return the limits
     * @throws IllegalArgumentException if the limit is out of that range
     */
    public Limits withMaxBytes(long maxBytes) {
      if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
        throw new IllegalArgumentException("maxBytes must be from 1 to " + LARGEST_MAX_BYTES
            + ", was " + maxBytes);
      }
      return new Limits(maxBytes, maxLineLength, maxLines);
    }

    /**
     * Returns these limits with another limit on the length of a line, in characters. A longer
     * line is not held: it is read as an empty line and reported as a {@code line.long} ERROR.
     *
     * @param maxLineLength the limit, at least 1
     * @return the limits
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Limits withMaxLineLength(int maxLineLength) {
      if (maxLineLength < 1) {
        throw new IllegalArgumentException("maxLineLength must be at least 1, was "
            + maxLineLength);
      }
      return new Limits(maxBytes, maxLineLength, maxLines);
    }

    /**
     * Returns these limits with another limit on the number of lines. A text of more lines is
     * refused with a {@link BudgetFormatException}.
     *
     * @param maxLines the limit, at least 1
     * @return the limits
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Limits withMaxLines(int maxLines) {
      if (maxLines < 1) {
        throw new IllegalArgumentException("maxLines must be at least 1, was " + maxLines);
      }
      return new Limits(maxBytes, maxLineLength, maxLines);
    }

    /**
     * Returns the limit on the length of a text.
     *
     * @return bytes of a file, characters of a string or reader
     */
    public long maxBytes() {
      return maxBytes;
    }

    /**
     * Returns the limit on the length of a line.
     *
     * @return characters
     */
    public int maxLineLength() {
      return maxLineLength;
    }

    /**
     * Returns the limit on the number of lines.
     *
     * @return lines
     */
    public int maxLines() {
      return maxLines;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Limits && ((Limits) o).maxBytes == maxBytes
          && ((Limits) o).maxLineLength == maxLineLength && ((Limits) o).maxLines == maxLines;
    }

    @Override
    public int hashCode() {
      return (Long.hashCode(maxBytes) * 31 + maxLineLength) * 31 + maxLines;
    }

    @Override
    public String toString() {
      return "Limits[maxBytes=" + maxBytes + ", maxLineLength=" + maxLineLength + ", maxLines="
          + maxLines + "]";
    }
  }
}
