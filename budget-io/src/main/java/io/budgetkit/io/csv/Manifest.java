package io.budgetkit.io.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.budgetkit.io.BudgetFormatException;
import java.util.List;

/**
 * The manifest.json of a budget folder: the format, the department, year, kind and profile, the
 * files in order with each table's printed title and note, and the titles of the other sections.
 */
final class Manifest {

  static final String FILE = "manifest.json";

  private static final JsonMapper MAPPER = JsonMapper.builder(
          com.fasterxml.jackson.core.JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                  .maxNumberLength(20).maxStringLength(1 << 20).build())
              .build())
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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

  static String write(Content c) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(c) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Content read(String text) {
    try {
      JsonNode tree = MAPPER.readTree(text);
      JsonNode format = tree == null ? null : tree.get("format");
      if (format == null || !format.isTextual()) {
        throw new BudgetFormatException("No \"format\"; a budgetkit-csv manifest starts with"
            + " \"format\": \"" + BudgetCsv.FORMAT + "\"", FILE, "/format", 0, 0, null);
      }
      if (!format.asText().equals(BudgetCsv.FORMAT)) {
        throw new BudgetFormatException("Unknown format '" + format.asText() + "'; this reader"
            + " reads " + BudgetCsv.FORMAT, FILE, "/format", 0, 0, null);
      }
      Content c = MAPPER.readValue(text, Content.class);
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
      return c;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BudgetFormatException("Malformed manifest: " + e.getOriginalMessage(), FILE,
          null, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e);
    }
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
