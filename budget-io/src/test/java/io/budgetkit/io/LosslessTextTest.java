package io.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.csv.TidyCsv;
import io.budgetkit.io.json.BudgetJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defects 8, 9 and 12 (U+FEFF in tidy): what a writer writes, its reader gives back;
 * what a format cannot hold is refused up front with the field named, never written as {@code
 * ?} or as a file its own reader refuses.
 */
class LosslessTextTest {

  private static final DepartmentBudget FIXTURE =
      Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
  private static final BudgetCsv CSV = BudgetCsv.standard();
  private static final BudgetJson JSON = BudgetJson.defaults();

  @Test
  void aByteOrderMarkInTheManifestTextsRoundTripsThroughCsv() {
    // the repro: a U+FEFF in the department name was written, then refused on reading
    DepartmentBudget odd = OddTexts.inManifest(FIXTURE, s -> "\uFEFF" + s + "\uFEFF");
    Map<String, byte[]> files = CSV.write(odd);
    assertThat(CSV.read(files)).isEqualTo(odd);
    // written as an escape: no byte order mark stands in the middle of manifest.json
    String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).doesNotContain("\uFEFF").contains("\"name\" : \"\\uFEFF秦皇岛");
    assertThat(JSON.read(JSON.write(odd))).isEqualTo(odd);
  }

  @Test
  void aByteOrderMarkInsideACsvFileIsRefusedUpFrontNamingTheFileRowAndColumn() {
    DepartmentBudget odd = OddTexts.inCsvFile(FIXTURE, "a\uFEFFb");
    int row = FIXTURE.organisation().size() + 1;
    assertThatThrownBy(() -> CSV.write(odd)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write organisation.csv: the text 'a\\uFEFFb' in row " + row
            + ", column name holds a byte order mark (U+FEFF) at character 2, which"
            + " budgetkit-csv/1 cannot carry inside a CSV file: its reader takes it for the start"
            + " of a second file");
    assertThat(JSON.read(JSON.write(odd))).isEqualTo(odd);
  }

  @Test
  void theTidyCsvWritesAByteOrderMarkInANameAsItIs() {
    // issue item 12: --to tidy ended with exit 3 on a U+FEFF name
    DepartmentBudget odd = OddTexts.inManifest(FIXTURE, s -> s + "\uFEFF");
    String tidy = TidyCsv.write(List.of(odd));
    assertThat(tidy.split("\n")[1]).startsWith("980,秦皇岛市海港区发展服务中心\uFEFF,2025,");
  }

  private static final DepartmentBudget LONE = OddTexts.inManifest(FIXTURE,
      s -> s.startsWith("秦皇岛") ? "x\ud800y" : s);

  @Test
  void aLoneSurrogateIsRefusedByTheJsonWriterAtItsPointer() {
    assertThatThrownBy(() -> JSON.write(LONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write BudgetKit JSON: the text 'x\\uD800y' at /department/name holds"
            + " an unpaired surrogate U+D800 at character 2, which UTF-8 cannot encode");
  }

  @Test
  void aLoneSurrogateIsRefusedByTheCsvWriterNotWrittenAsAQuestionMark() {
    assertThatThrownBy(() -> CSV.write(LONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write manifest.json: the text 'x\\uD800y' at /department/name holds"
            + " an unpaired surrogate U+D800 at character 2, which UTF-8 cannot encode");
    assertThatThrownBy(() -> CSV.write(OddTexts.inCsvFile(FIXTURE, "\udc00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot write organisation.csv: the text '\\uDC00' in row ")
        .hasMessageEndingWith(", column name holds an unpaired surrogate U+DC00 at character 1,"
            + " which UTF-8 cannot encode");
  }

  @Test
  void aLoneSurrogateIsRefusedByTheTidyWriter() {
    assertThatThrownBy(() -> TidyCsv.write(List.of(LONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write budget-amounts.csv: the text 'x\\uD800y' in row 1, column"
            + " department_name holds an unpaired surrogate U+D800 at character 2, which UTF-8"
            + " cannot encode");
  }

  @Test
  void theJsonReaderRefusesALoneSurrogateInAValueOrAFieldNameWithItsPosition() {
    String json = JSON.write(FIXTURE);
    String value = json.replace("\"name\": \"秦皇岛", "\"name\": \"\\ud800秦皇岛");
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> JSON.read(value));
    assertThat(e).hasMessage("line 5:13 at /department/name: the text"
        + " '\\uD800秦皇岛市海港区发展服务中心' holds an unpaired surrogate U+D800 at character 1, which"
        + " UTF-8 cannot encode");
    assertThat(e.line()).hasValue(5);
    for (String lone : List.of("\\ud800", "\\udfff")) {
      String name = json.replace("\"code\": \"980\",", "\"code\": \"980\", \"" + lone + "\": 1,");
      // Jackson refuses some of these itself; either way, with the line
      e = catchThrowableOfType(BudgetFormatException.class, () -> JSON.read(name));
      assertThat(e.getMessage()).startsWith("line 4:").contains("surrogate");
    }
  }

  @Test
  void surrogatePairsAreTextLikeAnyOther() {
    DepartmentBudget emoji = OddTexts.inManifest(FIXTURE, s -> s + "\ud83d\ude00");
    assertThat(CSV.read(CSV.write(emoji))).isEqualTo(emoji);
    assertThat(JSON.read(JSON.write(emoji))).isEqualTo(emoji);
  }
}
