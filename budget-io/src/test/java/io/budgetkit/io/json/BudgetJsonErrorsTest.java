package io.budgetkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The corpus of bad inputs; each one's exact error, built on the smallest valid document. */
class BudgetJsonErrorsTest {

  private static final BudgetJson JSON = BudgetJson.defaults();

  /** The smallest valid document: the 支出总表 alone, a 合计 and one 类 row. */
  static final String MINIMAL = "{\n"
      + "  \"format\": \"budgetkit/1\",\n"
      + "  \"department\": {\"code\": \"980\", \"name\": \"某中心\"},\n"
      + "  \"year\": 2025,\n"
      + "  \"kind\": \"部门\",\n"
      + "  \"profile\": \"common\",\n"
      + "  \"tables\": [\n"
      + "    {\"kind\": \"expenditure\", \"title\": \"部门预算支出总表\", \"rows\": [\n"
      + "      {\"seq\": 1, \"name\": \"合计\", \"cells\": {\"3\": \"2143.14\"}},\n"
      + "      {\"seq\": 2, \"code\": \"201\", \"name\": \"一般公共服务支出\", \"cells\": {\"3\": \"2143.14\"}}\n"
      + "    ]}\n"
      + "  ],\n"
      + "  \"narrative\": {\"sections\": [], \"figures\": []},\n"
      + "  \"organisation\": {\"units\": []},\n"
      + "  \"projects\": []\n"
      + "}\n";

  static BudgetFormatException error(String json) {
    return catchThrowableOfType(BudgetFormatException.class, () -> JSON.read(json));
  }

  static BudgetFormatException error(byte[] json) {
    return catchThrowableOfType(BudgetFormatException.class,
        () -> JSON.read(new ByteArrayInputStream(json)));
  }

  static String minimalWith(String from, String to) {
    assertThat(MINIMAL).contains(from);
    return MINIMAL.replace(from, to);
  }

  /** Checks the exact message, pointer, line and column. */
  static void expect(BudgetFormatException e, String pointer, int line, int column,
      String problem) {
    assertThat(e).as("an error").isNotNull();
    assertThat(e.pointer()).hasValue(pointer);
    assertThat(e.line()).hasValue(line);
    assertThat(e.column()).hasValue(column);
    assertThat(e.getMessage()).isEqualTo("line " + line + ":" + column + " at "
        + (pointer.isEmpty() ? "/" : pointer) + ": " + problem);
  }

  private static final String CELL = "\"3\": \"2143.14\"}}\n";

  @Test
  void theMinimalDocumentIsValid() {
    assertThat(JSON.read(MINIMAL).expenditure().orElseThrow().rows()).hasSize(2);
  }

  @Test
  void aTruncatedDocument() {
    expect(error(MINIMAL.substring(0, 200)), "/tables/0/title", 8, 55,
        "malformed JSON: Unexpected end-of-input in field name");
  }

  @Test
  void bytesInAnotherEncoding() {
    // GBK, as Chinese Excel writes, is not UTF-8: JSON documents are UTF-8 (RFC 8259)
    expect(error(MINIMAL.getBytes(java.nio.charset.Charset.forName("GBK"))), "/department/name",
        3, 46, "malformed JSON: Invalid UTF-8 middle byte 0xd0");
  }

  @Test
  void aHugeExponent() {
    // 9 characters, within the number length limit: refused as an amount without expanding it
    expect(error(minimalWith(CELL, "\"3\": 1e1000000}}\n")), "/tables/0/rows/1/cells/3", 10, 63,
        "Amount 10E+999999 万元 is out of range");
  }

  @Test
  void aHundredThousandDigitNumber() {
    expect(error(minimalWith(CELL, "\"3\": " + "9".repeat(100_000) + "}}\n")),
        "/tables/0/rows/1/cells/3", 10, 100_068, "input limit exceeded: Number value length "
            + "(100000) exceeds the maximum allowed (64, from "
            + "`StreamReadConstraints.getMaxNumberLength()`)");
  }

  @Test
  void aMillionDeepNesting() {
    String deep = "{\"format\": \"budgetkit/1\", \"x\": " + "[".repeat(1_000_000)
        + "]".repeat(1_000_000) + "}";
    expect(error(deep), "/x" + "/0".repeat(63), 1, 96, "input limit exceeded: Document nesting "
        + "depth (65) exceeds the maximum allowed (64, from "
        + "`StreamReadConstraints.getMaxNestingDepth()`)");
  }

  @Test
  void aDuplicateKey() {
    expect(error(minimalWith("\"year\": 2025,", "\"year\": 2025, \"year\": 2024,")), "/year", 4,
        23, "malformed JSON: Duplicate field 'year'");
  }

  @Test
  void aBomInTheMiddle() {
    expect(error(minimalWith("\"year\": 2025,", "\"year\": \uFEFF2025,")), "/year", 4, 11,
        // the invisible character is shown as its escape, so that a terminal shows where it is
        "malformed JSON: Unexpected character ('\\uFEFF' (code 65279 / 0xfeff)): expected a valid "
            + "value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void anEmptyDocument() {
    String problem = "empty document: expected a JSON object starting with \"format\": "
        + "\"budgetkit/1\"";
    expect(error(""), "", 1, 1, problem);
    expect(error(new byte[0]), "", 1, 1, problem);
  }

  @Test
  void anUnknownFormatVersion() {
    expect(error(minimalWith("budgetkit/1", "budgetkit/2")), "/format", 2, 3,
        "unsupported format version 'budgetkit/2'; this version of BudgetKit reads budgetkit/1");
    expect(error(minimalWith("budgetkit/1", "fiscal-data/1")), "/format", 2, 3,
        "not a BudgetKit document: \"format\" is 'fiscal-data/1', expected 'budgetkit/1'");
  }

  @Test
  void anAmountFinerThanTheFen() {
    expect(error(minimalWith(CELL, "\"3\": 2143.1400001}}\n")), "/tables/0/rows/1/cells/3", 10,
        63, "amount 2143.1400001 is finer than one fen (0.000001 万元); amounts are never rounded");
    expect(error(minimalWith(CELL, "\"3\": \"2143.1400001\"}}\n")), "/tables/0/rows/1/cells/3",
        10, 63, "Amount '2143.1400001' has 7 decimals; at most 6 (one fen = 0.000001 万元) can be "
            + "held exactly");
  }

  @Test
  void aMalformedAmount() {
    expect(error(minimalWith(CELL, "\"3\": \"2,143.14\"}}\n")), "/tables/0/rows/1/cells/3", 10,
        63, "Amount '2,143.14' contains a thousands separator ',' at position 2; expected ASCII "
            + "digits with at most one decimal point, e.g. 2143.14");
    expect(error(minimalWith(CELL, "\"3\": true}}\n")), "/tables/0/rows/1/cells/3", 10, 63,
        "wrong type: expected an amount in 万元 (a string such as \"2143.14\", or a number exact "
            + "at the fen), found a boolean");
  }

  @Test
  void aCodeWithALetter() {
    expect(error(minimalWith("\"201\"", "\"2O1\"")), "/tables/0/rows/1/code", 10, 18,
        "支出功能分类科目 code '2O1' contains the letter 'O'; a code is digits only (position 2)");
  }

  @Test
  void aCodeAsANumber() {
    expect(error(minimalWith("\"201\"", "201")), "/tables/0/rows/1/code", 10, 18,
        "wrong type: expected a string, found an integer");
  }

  @Test
  void aCellInAColumnTheTableLacks() {
    expect(error(minimalWith(CELL, "\"13\": \"2143.14\"}}\n")), "/tables/0/rows/1/cells/13", 10,
        63, "the table 支出总表 (expenditure) has no 栏次13; it has 1 to 8");
    expect(error(minimalWith(CELL, "\"2\": \"2143.14\"}}\n")), "/tables/0/rows/1/cells/2", 10,
        63, "栏次2 (功能分类科目/科目名称) of 支出总表 holds no amounts");
  }

  @Test
  void anUnknownTableKind() {
    expect(error(minimalWith("\"kind\": \"expenditure\"", "\"kind\": \"spending\"")),
        "/tables/0/kind", 8, 6, "unknown table kind 'spending': profile 'common' has no such "
            + "table (it has summary, income, expenditure, fiscal-summary, "
            + "general-public-expenditure, basic-expenditure, government-fund-expenditure, "
            + "state-capital-expenditure, three-public); a table in another layout carries its "
            + "own \"layout\"");
  }

  @Test
  void aMissingRequiredField() {
    // located at the object that lacks it
    expect(error(minimalWith("\"seq\": 1, ", "")), "/tables/0/rows/0/seq", 9, 7,
        "missing required field 'seq'");
  }

  @Test
  void anUnknownFieldIsAnErrorNotDropped() {
    expect(error(minimalWith("\"year\": 2025,", "\"year\": 2025, \"comment\": \"x\",")),
        "/comment", 4, 17, "unknown field 'comment'; expected one of department, fixedAssets, "
            + "format, kind, narrative, organisation, procurement, profile, projects, tables, "
            + "year");
  }

  @Test
  void aWrongType() {
    expect(error(minimalWith("\"year\": 2025,", "\"year\": \"2025\",")), "/year", 4, 3,
        "wrong type: expected an integer, found a string");
    expect(error(minimalWith("\"year\": 2025,", "\"year\": 2025.5,")), "/year", 4, 3,
        "wrong type: expected an integer, found a decimal number");
    expect(error(minimalWith("\"narrative\": {\"sections\": [], \"figures\": []}",
        "\"narrative\": []")), "/narrative", 13, 3, "wrong type: expected an object, found an array");
  }

  @Test
  void aNull() {
    expect(error(minimalWith("\"year\": 2025,", "\"year\": null,")), "/year", 4, 11,
        "null is not allowed; leave an optional field out");
  }

  @Test
  void contentAfterTheDocument() {
    BudgetFormatException e = error(MINIMAL + "{}");
    assertThat(e.getMessage()).isEqualTo("line 17:1: malformed JSON: content after the end of "
        + "the document");
  }

  @Test
  void notAnObject() {
    expect(error("[]"), "", 1, 1, "expected a JSON object at the top level, found an array");
  }

  @Test
  void aStringLongerThanTheLimit() {
    expect(error(minimalWith("某中心", "x".repeat(1_000_001))), "/department/name", 3, 1_000_044,
        "input limit exceeded: String value length (1000001) exceeds the maximum allowed "
            + "(1000000, from `StreamReadConstraints.getMaxStringLength()`)");
  }

  @Test
  void aDocumentLongerThanTheLimit() {
    BudgetJson small = BudgetJson.builder().maxDocumentLength(100).build();
    BudgetFormatException bytes = catchThrowableOfType(BudgetFormatException.class,
        () -> small.read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8))));
    assertThat(bytes.getMessage()).isEqualTo("input limit exceeded: the document is longer than "
        + "100 bytes (BudgetJson.Builder.maxDocumentLength)");
    BudgetFormatException chars = catchThrowableOfType(BudgetFormatException.class,
        () -> small.read(MINIMAL));
    assertThat(chars.getMessage()).contains("input limit exceeded: Document length (455) exceeds"
        + " the maximum allowed (100, from `StreamReadConstraints.getMaxDocumentLength()`)");
  }

  @Test
  void aFieldOfAnotherRowShape() {
    expect(error(minimalWith("\"name\": \"合计\"", "\"name\": \"合计\", \"item\": \"合计\"")),
        "/tables/0/rows/0/item", 9, 32, "field 'item' does not belong to a row of a table of "
            + "coded rows");
  }

  @Test
  void anUnknownProfileName() {
    BudgetFormatException e = error(minimalWith("\"profile\": \"common\"", "\"profile\": \"hebei\""));
    assertThat(e.pointer()).hasValue("/profile");
    assertThat(e.getMessage()).startsWith("line 6:3 at /profile: unknown profile 'hebei'");
  }

  @Test
  void theFileNameIsTheSource(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("bad.json");
    java.nio.file.Files.writeString(file, minimalWith("\"201\"", "\"2O1\""));
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> JSON.read(file));
    assertThat(e.source()).hasValue(file.toString());
    assertThat(e.getMessage()).startsWith(file + ":10:18 at /tables/0/rows/1/code: ");
  }

  @Test
  void aFixtureWithOneCellChangedToAFinerAmountNamesThatCell() {
    String json = JSON.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());
    BudgetFormatException e = error(json.replaceFirst("\"2143.14\"", "\"2143.1400001\""));
    assertThat(e.pointer()).hasValue("/tables/0/rows/0/cells/2");
  }
}
