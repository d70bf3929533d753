package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A corpus of bad inputs, each with the exact error: what, file, line and column. */
class BadCsvTest {

  private static final TableLayout EXPENDITURE =
      DisclosureProfile.common().requireLayout(TableKind.EXPENDITURE);
  private static final String HEADER =
      "序号,科目编码(1),科目名称(2),合计(3),基本支出(4),项目支出(5),经营支出(6),上解上级支出(7),"
          + "对附属单位补助支出(8)\n";
  private static final String GOOD = HEADER + "1,,合计,2143.14,181.04,1962.10,,,\n"
      + "2,201,一般公共服务支出,2100.79,138.69,1962.10,,,\n";

  private final BudgetCsv csv = BudgetCsv.standard();

  private DisclosureTable read(byte[] bytes) {
    return csv.readTable("03-expenditure.csv", bytes, EXPENDITURE, "部门预算支出总表", null);
  }

  private DisclosureTable read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void fails(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(BudgetFormatException.class).hasMessage(message);
  }

  @Test
  void goodTableReadsAndColumnsAreFoundBy栏次NotPosition() {
    DisclosureTable t = read(GOOD);
    assertThat(t.rows()).hasSize(2);
    String shuffled = "项目支出(5),序号,科目名称(2),科目编码(1),合计(3)\n"
        + "1962.10,1,合计,,2143.14\n";
    assertThat(read(shuffled).rows().get(0).cells()).containsOnlyKeys(3, 5);
  }

  @Test
  void crlfAndQuotedFieldsAndBomAreRead() {
    String crlf = GOOD.replace("\n", "\r\n").replace("一般公共服务支出", "\"一般公共服务支出\"");
    assertThat(read(crlf)).isEqualTo(read(GOOD));
    byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    assertThat(read(bom)).isEqualTo(read(GOOD));
  }

  @Test
  void gbkInputIsDetectedAndReadCorrectly() {
    assertThat(read(GOOD.getBytes(Charset.forName("GBK")))).isEqualTo(read(GOOD));
    assertThat(csv.withCharset(Charset.forName("GB18030")).readTable("03-expenditure.csv",
        GOOD.getBytes(Charset.forName("GBK")), EXPENDITURE, "部门预算支出总表", null))
        .isEqualTo(read(GOOD));
  }

  @Test
  void wrongEncoding() {
    fails(() -> csv.withCharset(StandardCharsets.UTF_8).readTable("03-expenditure.csv",
            GOOD.getBytes(Charset.forName("GBK")), EXPENDITURE, "t", null),
        "03-expenditure.csv:1:1: Bytes D0 are not UTF-8; save the file as UTF-8 or GB18030 (GBK)");
    byte[] bad = (HEADER + "1,,合计,1,,,,,\n").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 5] = (byte) 0xFF;
    fails(() -> read(bad), "03-expenditure.csv:2:9: Bytes FF are not UTF-8;"
        + " save the file as UTF-8 or GB18030 (GBK)");
  }

  @Test
  void emptyFile() {
    fails(() -> read(""), "03-expenditure.csv:1:1: Empty file: expected a header line of 支出总表"
        + " (序号, 科目编码(1), 科目名称(2), 合计(3), 基本支出(4), 项目支出(5), 经营支出(6),"
        + " 上解上级支出(7), 对附属单位补助支出(8))");
  }

  @Test
  void truncatedFile() {
    // cut in the middle of the last row: too few fields, reported at the last cell it has;
    // cut inside a quoted field: reported where the file ends
    fails(() -> read(GOOD.substring(0, GOOD.length() - 12)),
        "03-expenditure.csv:3:24: Row has 5 fields; the header has 9");
    fails(() -> read(HEADER + "1,,\"合计,2143.14"),
        "03-expenditure.csv:2:15: Malformed CSV: Missing closing quote for value");
  }

  @Test
  void wrongNumberOfFields() {
    fails(() -> read(HEADER + "1,,合计,2143.14,181.04,1962.10,,\n"),
        "03-expenditure.csv:2:31: Row has 8 fields; the header has 9");
  }

  @Test
  void aCellInAColumnTheTableLacks() {
    fails(() -> read(HEADER + "1,,合计,2143.14,181.04,1962.10,,,,5\n"),
        "03-expenditure.csv:2:33: A cell in column 10, which the header does not have (9 columns)");
    fails(() -> read("序号,科目编码(1),科目名称(2),其他(9)\n1,,合计,1\n"),
        "03-expenditure.csv:1:20: Column header '其他(9)': 支出总表 has no 栏次9 (it has 1 to 8)");
  }

  @Test
  void unknownColumnHeader() {
    fails(() -> read("序号,科目编码(1),科目名称(2),合计\n"),
        "03-expenditure.csv:1:20: Unknown column header '合计'; expected 序号 or a column's name"
            + " with its 栏次, e.g. 科目编码(1)");
    fails(() -> read("序号,科目编码(1),科目名称(2),基本支出(3)\n"),
        "03-expenditure.csv:1:20: Column header '基本支出(3)': 栏次3 of 支出总表 is 合计(3)");
  }

  @Test
  void duplicateHeader() {
    fails(() -> read("序号,科目编码(1),科目名称(2),合计(3),合计(3)\n"),
        "03-expenditure.csv:1:26: Duplicate column header '合计(3)': column 4 is already"
            + " '合计(3)'");
  }

  @Test
  void missingColumn() {
    fails(() -> read("序号,科目名称(2),合计(3)\n"),
        "03-expenditure.csv:1: Missing column '科目编码(1)' of 支出总表 (序号, 科目编码(1),"
            + " 科目名称(2), 合计(3), 基本支出(4), 项目支出(5), 经营支出(6), 上解上级支出(7),"
            + " 对附属单位补助支出(8))");
  }

  @Test
  void bomInTheMiddleOfAFile() {
    fails(() -> read(GOOD + "\uFEFF" + GOOD),
        "03-expenditure.csv:4:1: A byte order mark (U+FEFF) inside the file: two files joined"
            + " into one? Only the first three bytes may be a byte order mark");
  }

  @Test
  void malformedAndHugeAmounts() {
    fails(() -> read(HEADER + "1,,合计,\"2,143.14\",,,,,\n"),
        "03-expenditure.csv:2:7: Malformed amount in 合计(3): Amount '2,143.14' contains a"
            + " thousands separator ',' at position 2; expected ASCII digits with at most one"
            + " decimal point, e.g. 2143.14");
    fails(() -> read(HEADER + "1,,合计,99999999999999999999.00,,,,,\n"),
        "03-expenditure.csv:2:7: Malformed amount in 合计(3): Amount 99999999999999999999.00"
            + " 万元 is out of range");
    fails(() -> read(HEADER + "1,,合计,0.0000001,,,,,\n"),
        "03-expenditure.csv:2:7: Malformed amount in 合计(3): Amount '0.0000001' has 7 decimals;"
            + " at most 6 (one fen = 0.000001 万元) can be held exactly");
  }

  @Test
  void malformedCodeAndSeq() {
    fails(() -> read(HEADER + "1,20x,合计,1,,,,,\n"),
        "03-expenditure.csv:2:3: Malformed code in 科目编码(1): "
            + codeMessage("20x"));
    fails(() -> read(HEADER + "一,,合计,1,,,,,\n"),
        "03-expenditure.csv:2:1: 序号 '一' is not a whole number");
  }

  private static String codeMessage(String code) {
    try {
      io.budgetkit.core.code.FunctionCode.parse(code);
      throw new AssertionError(code);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void formulaCells() {
    fails(() -> read(HEADER + "1,,=HYPERLINK(\"http://x\"),1,,,,,\n"),
        "03-expenditure.csv:2:4: Text '=HYPERLINK(\"http://x\")' in 科目名称(2) would run as a"
            + " formula in a spreadsheet; write it with a leading apostrophe"
            + " ('=HYPERLINK(\"http://x\"))");
    fails(() -> read(HEADER + "1,,合计,=1+1,,,,,\n"),
        "03-expenditure.csv:2:7: Malformed amount in 合计(3): Amount '=1+1' contains the"
            + " character '=' at position 1; expected ASCII digits with at most one decimal"
            + " point, e.g. 2143.14");
    // guarded, the same text reads back without its apostrophe
    assertThat(((CodedTable<?>) read(HEADER + "1,,'=1+1,1,,,,,\n")).rows().get(0).name())
        .isEqualTo("=1+1");
  }

  @Test
  void writerGuardsFormulaTextsButNotNegativeAmounts() {
    DepartmentBudget b = DepartmentBudget.builder().department("1", "x").year(2025)
        .expenditure(t -> t.total("-1.00").row("201", "=1+1", "0").row("202", "'quoted", "")
            .row("203", "@SUM", "5"))
        .build();
    String text = csv.writeTable(b.expenditure().orElseThrow());
    assertThat(text).isEqualTo(HEADER + "1,,合计,-1.00,,,,,\n2,201,'=1+1,0.00,,,,,\n"
        + "3,202,''quoted,,,,,,\n4,203,'@SUM,5.00,,,,,\n");
    assertThat(read(text)).isEqualTo(b.expenditure().orElseThrow());
  }

  @Test
  void missingManifestAndUnknownFormat() {
    Map<String, byte[]> files = new LinkedHashMap<>(
        csv.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()));
    Map<String, byte[]> noManifest = new LinkedHashMap<>(files);
    noManifest.remove("manifest.json");
    fails(() -> csv.read(noManifest), "manifest.json: Missing manifest.json: a budgetkit-csv/1"
        + " budget is manifest.json and the CSV files it lists");
    files.put("manifest.json", new String(files.get("manifest.json"), StandardCharsets.UTF_8)
        .replace("budgetkit-csv/1", "budgetkit-csv/9").getBytes(StandardCharsets.UTF_8));
    fails(() -> csv.read(files), "manifest.json at /format: Unknown format 'budgetkit-csv/9';"
        + " this reader reads budgetkit-csv/1");
  }

  @Test
  void missingListedFileAndMalformedManifest() {
    Map<String, byte[]> files = new LinkedHashMap<>(
        csv.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()));
    files.remove("assets.csv");
    fails(() -> csv.read(files), "assets.csv: Missing file assets.csv, listed in manifest.json");
    files.put("manifest.json", "{\"format\": \"budgetkit-csv/1\", \"year\": \"x\"}"
        .getBytes(StandardCharsets.UTF_8));
    // a string is not coerced to a number, and the message names JSON types, not Java classes
    fails(() -> csv.read(files),
        "manifest.json:1:31 at /year: wrong type: expected an integer, found a string");
  }
}
