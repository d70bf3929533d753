package io.budgetkit.io.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.internal.Excerpts;
import io.budgetkit.io.internal.StrictJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The manifest.json of a budget folder: the format, the department, year, kind and profile, the
 * files in order with each table's printed title and note, and the titles of the other sections.
 *
 * <p>It is read as strictly as BudgetKit JSON: a duplicate key, a string for a number ({@code
 * "year": "2025"}), an unknown field, {@code null}, or a string holding an unpaired surrogate is
 * an error with its JSON pointer, line and column. A U+FEFF inside a string is data (it is
 * written as the escape {@code \}{@code uFEFF}, so the file never holds a byte order mark in the
 * middle); only a leading byte order mark is skipped.
 */
final class Manifest {

  static final String FILE = "manifest.json";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
          .maxNumberLength(20).maxStringLength(1 << 20).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private static final JsonMapper MAPPER = StrictJson.configure(JsonMapper.builder(FACTORY))
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
          JsonInclude.Include.NON_NULL))
      .build();

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** The whole manifest. */
  record Content(String format, Department department, Integer year, String kind, String profile,
      List<Entry> files, String organisationTitle, ProcurementInfo procurement,
      AssetsInfo fixedAssets) {}

  /** The department. */
  record Department(String code, String name) {}

  /**
   * One file: what it holds ({@code table} or a section file's name without {@code .csv}), and
   * for a table its id, printed title and note.
   */
  record Entry(String file, String content, String table, String title, String note) {}

  /** The 政府采购 table's layout, title and notes. */
  record ProcurementInfo(String layout, String title, List<String> notes) {}

  /** The 固定资产 table's title and 截止时间. */
  record AssetsInfo(String title, String asOf) {}

  private Manifest() {}

  /**
   * Writes a manifest.
   *
   * @throws IllegalArgumentException if a text holds an unpaired surrogate, naming its pointer
   */
  static String write(Content c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = StrictJson.utf8Only(
        FACTORY.createGenerator(out).setCharacterEscapes(BomEscape.INSTANCE), FILE)) {
      MAPPER.writer(PRETTY).writeValue(g, c);
    } catch (IOException e) {
      StrictJson.throwIfUnwritable(e);
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** Writes U+FEFF as an escape, so that no byte order mark stands in the middle of the file. */
  private static final class BomEscape extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final BomEscape INSTANCE = new BomEscape();
    private static final SerializableString ESCAPED_BOM = new SerializedString("\\uFEFF");
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0xFEFF ? ESCAPED_BOM : null;
    }
  }

  /**
   * Reads a manifest.
   *
   * @param text the decoded file, without a leading byte order mark
   * @throws BudgetFormatException if it is malformed, not strictly of the format, or lacks a
   *     required value
   */
  static Content read(String text) {
    scan(text);
    Content c;
    try (JsonParser p = FACTORY.createParser(text)) {
      c = MAPPER.readValue(p, Content.class);
    } catch (JsonMappingException e) {
      String pointer = StrictJson.pointer(e);
      Located found = locate(text, pointer);
      JsonLocation at = found != null ? found.at() : e.getLocation();
      throw new BudgetFormatException(StrictJson.describe(e, found == null ? null
          : found.token(), null), FILE, pointer, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), e);
    } catch (IOException e) {
      throw syntax(e, null);
    }
    require(c.department(), "/department");
    require(c.department().code(), "/department/code");
    require(c.department().name(), "/department/name");
    require(c.year(), "/year");
    require(c.kind(), "/kind");
    require(c.profile(), "/profile");
    require(c.files(), "/files");
    for (int i = 0; i < c.files().size(); i++) {
      require(c.files().get(i), "/files/" + i);
      require(c.files().get(i).file(), "/files/" + i + "/file");
      require(c.files().get(i).content(), "/files/" + i + "/content");
    }
    if (c.procurement() != null && c.procurement().notes() != null) {
      for (int i = 0; i < c.procurement().notes().size(); i++) {
        require(c.procurement().notes().get(i), "/procurement/notes/" + i);
      }
    }
    return c;
  }

  /**
   * Reads every token once, before any mapping: syntax, duplicate keys, the limits, null and
   * unpaired surrogates are found here with their exact position; then the format.
   */
  private static void scan(String text) {
    String format = null;
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new BudgetFormatException("Empty file: expected a JSON object starting with"
            + " \"format\": \"" + BudgetCsv.FORMAT + "\"", FILE, "", 1, 1, null);
      }
      if (t != JsonToken.START_OBJECT) {
        throw at(p, "Expected a JSON object at the top level, found "
            + StrictJson.tokenName(t), "");
      }
      try {
        // the manifest's messages are sentences with a capital, unless they start with the
        // JSON literal null, which keeps its case
        format = StrictJson.scanObject(p, (at, problem) -> at(at, problem.startsWith("null")
            ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1),
            pointer(at))).text();
        if (p.nextToken() != null) {
          throw at(p, "Malformed manifest: content after the end of the JSON object", null);
        }
      } catch (JsonProcessingException e) {
        throw syntax(e, p);
      }
    } catch (IOException e) {
      throw syntax(e, null);
    }
    if (format == null) {
      throw new BudgetFormatException("No \"format\"; a budgetkit-csv manifest starts with"
          + " \"format\": \"" + BudgetCsv.FORMAT + "\"", FILE, "/format", 0, 0, null);
    }
    if (!format.equals(BudgetCsv.FORMAT)) {
      throw new BudgetFormatException("Unknown format " + Excerpts.quote(format) + "; this"
          + " reader reads " + BudgetCsv.FORMAT, FILE, "/format", 0, 0, null);
    }
  }

  /** Where a pointer points: the member's name (or the array element), and its value. */
  private record Located(JsonLocation at, JsonToken token) {}

  /**
   * Finds what a pointer points at in a well-formed manifest, for a message: the databind
   * failure's own location is often the end of the object, where a record's fields are checked.
   */
  private static Located locate(String text, String pointer) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
            && pointer(p).equals(pointer)) {
          JsonLocation at = p.currentTokenLocation();
          return new Located(at, t == JsonToken.FIELD_NAME ? p.nextToken() : t);
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  private static BudgetFormatException at(JsonParser p, String problem, String pointer) {
    JsonLocation l = p.currentTokenLocation();
    return new BudgetFormatException(problem, FILE, pointer, l.getLineNr(), l.getColumnNr(),
        null);
  }

  private static BudgetFormatException syntax(IOException e, JsonParser at) {
    if (!(e instanceof JsonProcessingException)) {
      // a String never fails to read
      throw new UncheckedIOException(e);
    }
    JsonProcessingException j = (JsonProcessingException) e;
    JsonLocation l = j.getLocation() != null ? j.getLocation()
        : at != null ? at.currentLocation() : null;
    String prefix = e instanceof StreamConstraintsException
        ? "Input limit exceeded: " : "Malformed manifest: ";
    return new BudgetFormatException(prefix + StrictJson.clean(j.getOriginalMessage()), FILE,
        null, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), e);
  }

  private static void require(Object value, String pointer) {
    if (value == null) {
      throw new BudgetFormatException("Missing value", FILE, pointer, 0, 0, null);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
