package io.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.internal.AtomicFiles;
import io.budgetkit.io.internal.StrictJson;
import io.budgetkit.io.internal.Unicode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a whole {@link DepartmentBudget} as a {@code budgetkit/1} JSON document.
 *
 * <p>Writing is deterministic: the same budget gives the same bytes (UTF-8, keys in a fixed
 * order, two-space indent, {@code \n} line ends and a final newline). Reading is strict: a
 * malformed document, a wrong type, an unknown or missing field, an unknown table kind or
 * column, a malformed code or amount, a duplicate key, or input beyond the limits is a {@link
 * BudgetFormatException} that gives the JSON pointer, line and column. Nothing is dropped and
 * nothing is rounded.
 *
 * <pre>{@code
 * String json = BudgetJson.defaults().write(budget);
 * DepartmentBudget back = BudgetJson.defaults().read(json);       // equal to budget
 * BudgetJson small = BudgetJson.builder().maxDocumentLength(1 << 20).build();
 * }</pre>
 *
 * <p>The format is described by the JSON Schema {@value #SCHEMA_RESOURCE}, shipped in this jar.
 * A host that keeps its own {@link ObjectMapper} can register {@link BudgetJsonModule} instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetJson {

  /** The format version written in {@code "format"}. */
  public static final String FORMAT = WireMapping.FORMAT;

  /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/io/budgetkit/io/json/budgetkit-1.schema.json";

  /** The default limit on a document's length: 50 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 50L * 1024 * 1024;
  /** The default limit on nesting depth. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default limit on the length of a number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** The default limit on the length of a string, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  private static final BudgetJson DEFAULTS = builder().build();

  private final long maxDocumentLength;
  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private BudgetJson(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(b.maxNestingDepth)
        .maxNumberLength(b.maxNumberLength)
        .maxStringLength(b.maxStringLength)
        .maxDocumentLength(b.maxDocumentLength)
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = configure(JsonMapper.builder(factory)).build();
    this.writer = mapper.writer(printer());
  }

  /** The strict settings the facade reads with. */
  static JsonMapper.Builder configure(JsonMapper.Builder b) {
    return StrictJson.configure(b);
  }

  /** Two-space indent, {@code "\n"} line ends, {@code "key": value}, {@code []} and {@code {}}. */
  static DefaultPrettyPrinter printer() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indent)
        .withArrayIndenter(indent);
  }

  /**
   * Returns the reader and writer with the default limits: documents up to 50 MiB, nesting depth
   * 64, numbers up to 64 characters, strings up to 1,000,000 characters.
   *
   * @return the default instance
   */
  public static BudgetJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder, to set other limits.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a budget as a JSON document.
   *
   * @param budget the budget
   * @return the document, ending with a newline
   * @throws IllegalArgumentException if a text holds an unpaired surrogate, which UTF-8 cannot
   *     encode (the reader refuses it too); the message gives its JSON pointer
   */
  public String write(DepartmentBudget budget) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.utf8Only(factory.createGenerator(out), "BudgetKit JSON")) {
      writer.writeValue(g, WireMapping.toWire(budget));
    } catch (IOException e) {
      StrictJson.throwIfUnwritable(e);
      throw new IllegalStateException("Cannot write budget " + budget.departmentCode(), e);
    }
    return out + "\n";
  }

  /**
   * Writes a budget to a character stream; the stream is not closed.
   *
   * @param budget the budget
   * @param out the stream
   * @throws IllegalArgumentException as {@link #write(DepartmentBudget)} does, before anything
   *     is written
   * @throws UncheckedIOException if the stream fails
   */
  public void write(DepartmentBudget budget, Writer out) {
    try {
      out.write(write(budget));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a budget to a byte stream in UTF-8; the stream is not closed.
   *
   * @param budget the budget
   * @param out the stream
   * @throws IllegalArgumentException as {@link #write(DepartmentBudget)} does, before anything
   *     is written
   * @throws UncheckedIOException if the stream fails
   */
  public void write(DepartmentBudget budget, OutputStream out) {
    try {
      out.write(write(budget).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a budget to a file in UTF-8, replacing it only once the whole document is written:
   * the document goes to a temporary file in the same folder, which is then moved over the old
   * one (atomically where the file system can). If anything fails, the old file is left as it
   * was.
   *
   * @param budget the budget
   * @param file the file
   * @throws IllegalArgumentException as {@link #write(DepartmentBudget)} does, before the file
   *     is touched
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(DepartmentBudget budget, Path file) {
    byte[] bytes = write(budget).getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a budget from a JSON document.
   *
   * @param json the document
   * @return the budget
   * @throws BudgetFormatException if the document is not a valid {@code budgetkit/1} budget
   */
  public DepartmentBudget read(String json) {
    return read(f -> f.createParser(json), null);
  }

  /**
   * Reads a budget from a character stream, which is read to its end but not closed.
   *
   * @param in the stream
   * @return the budget
   * @throws BudgetFormatException if the document is not a valid budget or is too long
   * @throws UncheckedIOException if the stream fails
   */
  public DepartmentBudget read(Reader in) {
    StringBuilder s = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        s.append(buffer, 0, n);
        if (s.length() > maxDocumentLength) {
          throw tooLong(null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String json = s.toString();
    return read(f -> f.createParser(json), null);
  }

  /**
   * Reads a budget from a byte stream (UTF-8, a leading BOM allowed), which is read to its end
   * but not closed. Bytes that are UTF-8 read exactly as {@link #read(String)} reads their text;
   * UTF-16 and UTF-32 with a byte order mark are read too.
   *
   * @param in the stream
   * @return the budget
   * @throws BudgetFormatException if the document is not a valid budget or is too long
   * @throws UncheckedIOException if the stream fails
   */
  public DepartmentBudget read(InputStream in) {
    return read(in, null);
  }

  /**
   * Reads a budget from a file (UTF-8, a leading BOM allowed). The file may be named through a
   * link but must be a regular file: a named pipe would block and a device never end. The
   * length limit is checked on the bytes actually read, not on the size the file system reports.
   *
   * @param file the file
   * @return the budget
   * @throws BudgetFormatException if the document is not a valid budget or is too long, or the
   *     file is not a regular file; its source is the file's path
   * @throws UncheckedIOException if the file cannot be read
   */
  public DepartmentBudget read(Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new BudgetFormatException("Not a regular file (a folder, a named pipe or a device);"
          + " expected a BudgetKit JSON file", file.toString(), null, 0, 0, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DepartmentBudget read(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentLength + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxDocumentLength) {
      throw tooLong(source);
    }
    // UTF-8 (after a byte order mark) is read as the text it is: Jackson's byte parser guesses
    // the encoding from the first bytes, and a NUL there made it read UTF-8 as UTF-16 or UTF-32.
    // Other bytes go to the byte parser, which reads UTF-16/32 with a byte order mark and says
    // where bytes that are no UTF-8 are.
    String text = Unicode.decodeUtf8(bytes);
    if (text != null) {
      return read(f -> f.createParser(text), source);
    }
    return read(f -> f.createParser(bytes), source);
  }

  private BudgetFormatException tooLong(String source) {
    return new BudgetFormatException("input limit exceeded: the document is longer than "
        + maxDocumentLength + " bytes (BudgetJson.Builder.maxDocumentLength)", source, null, 0, 0,
        null);
  }

  private DepartmentBudget read(Pointers.Source doc, String source) {
    scan(doc, source);
    Wire.Document wire;
    try (JsonParser p = doc.parser(factory)) {
      wire = mapper.readValue(p, Wire.Document.class);
    } catch (JsonMappingException e) {
      String pointer = Pointers.of(e);
      Pointers.Position at = Pointers.locate(factory, doc, pointer);
      throw located(describe(e, at), source, pointer, at, e);
    } catch (IOException e) {
      throw syntax(e, source, null);
    }
    try {
      return WireMapping.toModel(wire);
    } catch (WireMapping.Problem e) {
      Pointers.Position at = Pointers.locate(factory, doc, e.pointer());
      throw located(e.getMessage(), source, e.pointer(), at, e);
    }
  }

  /**
   * Reads every token once: syntax, encoding, duplicate keys and the limits are checked here,
   * with the exact position, before any mapping; then the format version.
   */
  private void scan(Pointers.Source doc, String source) {
    String format = null;
    boolean hasFormat = false;
    try (JsonParser p = doc.parser(factory)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new BudgetFormatException("empty document: expected a JSON object starting with "
            + "\"format\": \"" + FORMAT + "\"", source, "", 1, 1, null);
      }
      if (t != JsonToken.START_OBJECT) {
        JsonLocation l = p.currentTokenLocation();
        throw new BudgetFormatException("expected a JSON object at the top level, found "
            + StrictJson.tokenName(t), source, "", l.getLineNr(), l.getColumnNr(), null);
      }
      StrictJson.RootFormat found;
      try {
        found = StrictJson.scanObject(p, (at, problem) -> {
          JsonLocation l = at.currentTokenLocation();
          return new BudgetFormatException(problem, source, Pointers.of(at), l.getLineNr(),
              l.getColumnNr(), null);
        });
      } catch (JsonProcessingException e) {
        throw syntax(e, source, p);
      }
      format = found.text();
      hasFormat = found.present();
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new BudgetFormatException("malformed JSON: content after the end of the document",
            source, null, l.getLineNr(), l.getColumnNr(), null);
      }
    } catch (IOException e) {
      throw syntax(e, source, null);
    }
    if (!hasFormat) {
      throw new BudgetFormatException("missing required field 'format' (\"" + FORMAT + "\")",
          source, "", 1, 1, null);
    }
    if (format != null && !FORMAT.equals(format)) {
      Pointers.Position at = Pointers.locate(factory, doc, "/format");
      throw located(WireMapping.unsupportedFormat(format), source, "/format", at, null);
    }
  }

  private static BudgetFormatException syntax(IOException e, String source, JsonParser at) {
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      // A limit's exception carries neither location nor parser: take the scanning parser's.
      JsonParser parser = j.getProcessor() instanceof JsonParser ? (JsonParser) j.getProcessor() : at;
      JsonLocation l = j.getLocation() != null ? j.getLocation()
          : parser != null ? parser.currentLocation() : null;
      String pointer = parser == null ? null : Pointers.of(parser);
      String prefix = e instanceof StreamConstraintsException
          ? "input limit exceeded: " : "malformed JSON: ";
      return new BudgetFormatException(prefix + StrictJson.clean(j.getOriginalMessage()), source,
          pointer,
          l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), e);
    }
    if (e instanceof CharConversionException) {
      // Jackson guesses UTF-16/32 from the first bytes and then meets bytes that are no character
      // of that encoding: the input is not JSON text, which is the input's problem, not an I/O one
      JsonLocation l = at == null ? null : at.currentLocation();
      return new BudgetFormatException("not JSON text in UTF-8 (or UTF-16/32): "
          + StrictJson.clean(String.valueOf(e.getMessage())), source, null,
          l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), e);
    }
    throw new UncheckedIOException(e);
  }

  private static BudgetFormatException located(String message, String source, String pointer,
      Pointers.Position at, Exception cause) {
    return new BudgetFormatException(message, source, pointer, at == null ? 0 : at.line(),
        at == null ? 0 : at.column(), cause);
  }

  private static String describe(JsonMappingException e, Pointers.Position at) {
    return StrictJson.describe(e, at == null ? null : at.token(), BudgetJson::describe);
  }

  /** The names of the wire types that a message names by their meaning. */
  private static String describe(Class<?> type) {
    if (type == Wire.AmountText.class) {
      return "an amount in 万元 (a string such as \"2143.14\", or a number exact at the fen)";
    }
    if (type == Wire.ProfileRef.class) {
      return "a profile name (a string) or an embedded profile (an object)";
    }
    return null;
  }

  /** Builds a {@link BudgetJson} with other limits. */
  public static final class Builder {
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * Sets the longest document read, in bytes (characters for a {@code String} or {@code
     * Reader}).
     *
     * @param length the limit, at least 1
     * @return this
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive(length, "maxDocumentLength");
      return this;
    }

    /**
     * Sets the deepest nesting of arrays and objects; a budget needs 8.
     *
     * @param depth the limit, at least 1
     * @return this
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest number, in characters.
     *
     * @param length the limit, at least 1
     * @return this
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive(length, "maxNumberLength");
      return this;
    }

    /**
     * Sets the longest string, in characters.
     *
     * @param length the limit, at least 1
     * @return this
     * @throws IllegalArgumentException if the limit is not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive(length, "maxStringLength");
      return this;
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the instance
     */
    public BudgetJson build() {
      return new BudgetJson(this);
    }
  }
}
