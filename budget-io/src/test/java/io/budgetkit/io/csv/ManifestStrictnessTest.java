package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defects 16 and 17 (manifest part): manifest.json is read as strictly as BudgetKit
 * JSON, and every problem is said in JSON terms at its pointer, never with a Java class name.
 */
class ManifestStrictnessTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();

  private static BudgetFormatException withManifest(String from, String to) {
    Map<String, byte[]> files = new LinkedHashMap<>(
        CSV.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()));
    String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains(from);
    files.put("manifest.json", manifest.replace(from, to).getBytes(StandardCharsets.UTF_8));
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> CSV.read(files));
    assertThat(e).as("a BudgetFormatException").isNotNull();
    // what a user reads names JSON, not the Java behind it
    assertThat(e.getMessage()).doesNotContain("io.budgetkit", "java.", "$", "`", "Content",
        "Manifest");
    return e;
  }

  private static final String YEAR = "\"year\" : 2025,";

  @Test
  void aDuplicateKeyIsAnErrorNotTheLastOneWinning() {
    assertThat(withManifest(YEAR, "\"year\" : 2024, \"year\" : 2025,")).hasMessage(
        "manifest.json:7:24: Malformed manifest: Duplicate field 'year'");
  }

  @Test
  void aNumberWrittenAsAStringIsAWrongType() {
    assertThat(withManifest(YEAR, "\"year\" : \"2025\",")).hasMessage(
        "manifest.json:7:3 at /year: wrong type: expected an integer, found a string");
    assertThat(withManifest(YEAR, "\"year\" : 2025.0,")).hasMessage(
        "manifest.json:7:3 at /year: wrong type: expected an integer, found a decimal number");
  }

  @Test
  void anUnknownFieldIsNamedWithItsPointerAndTheFieldsExpected() {
    assertThat(withManifest(YEAR, YEAR + " \"yaer\" : 2025,")).hasMessage(
        "manifest.json:7:18 at /yaer: unknown field 'yaer'; expected one of department, files,"
            + " fixedAssets, format, kind, organisationTitle, procurement, profile, year");
    assertThat(withManifest("\"content\" : \"table\",", "\"content\" : \"table\", \"x\": 1,"))
        .hasMessageStartingWith("manifest.json:13:28 at /files/0/x: unknown field 'x';"
            + " expected one of content, file, note, table, title");
  }

  @Test
  void wrongTypesAreSaidInJsonTerms() {
    assertThat(withManifest("\"files\" : [", "\"files\" : {\"a\": 1}, \"x\": [")).hasMessage(
        "manifest.json:10:3 at /files: wrong type: expected an array, found an object");
    assertThat(withManifest("\"department\" : {", "\"department\" : \"980\", \"d\": {"))
        .hasMessage("manifest.json:3:3 at /department: wrong type: expected an object, found a"
            + " string");
  }

  @Test
  void nullIsRefusedAsInBudgetKitJson() {
    assertThat(withManifest(YEAR, YEAR + " \"organisationTitle\" : null,")).hasMessage(
        "manifest.json:7:40 at /organisationTitle: null is not allowed; leave an optional field"
            + " out");
  }

  @Test
  void aLoneSurrogateIsRefusedWhereItIs() {
    assertThat(withManifest("\"name\" : \"秦皇岛", "\"name\" : \"\\ud800秦皇岛")).hasMessage(
        "manifest.json:5:14 at /department/name: The text '\\uD800秦皇岛市海港区发展服务中心' holds an"
            + " unpaired surrogate U+D800 at character 1, which UTF-8 cannot encode");
  }

  @Test
  void unknownValuesListWhatIsAllowed() {
    assertThat(withManifest("\"kind\" : \"department\"", "\"kind\" : \"ministry\"")).hasMessage(
        "manifest.json at /kind: Unknown kind 'ministry'; expected department or unit");
    assertThat(withManifest("\"table\" : \"summary\"", "\"table\" : \"sumary\""))
        .hasMessageStartingWith("manifest.json at /files/0/table: Unknown table 'sumary';"
            + " expected one of summary, income, expenditure,");
    assertThat(withManifest("\"content\" : \"table\"", "\"content\" : \"tabel\"")).hasMessage(
        "manifest.json at /files/0/content: Unknown content 'tabel'; expected table or one of"
            + " narrative-sections, narrative-figures, organisation, projects, project-plans,"
            + " project-goals, project-indicators, procurement, assets");
    assertThat(withManifest("\"layout\" : \"G1\"", "\"layout\" : \"G9\"")).hasMessage(
        "manifest.json at /procurement/layout: Unknown 政府采购 layout 'G9'; expected one of G1,"
            + " G2");
  }

  @Test
  void aTableListedTwiceUnderTwoNamesIsRefused() {
    assertThat(withManifest("\"table\" : \"income\"", "\"table\" : \"summary\"")).hasMessage(
        "manifest.json at /files/1/table: Table summary is listed twice (also at /files/0)");
  }

  @Test
  void aTruncatedManifestSaysWhereTheObjectStartedWithoutJacksonsSourceNotice() {
    Map<String, byte[]> files = Map.of("manifest.json",
        "{\"format\": \"budgetkit-csv/1\", \"department\": {".getBytes(StandardCharsets.UTF_8));
    assertThat(catchThrowableOfType(BudgetFormatException.class, () -> CSV.read(files)))
        .hasMessage("manifest.json:1:46: Malformed manifest: Unexpected end-of-input: expected"
            + " close marker for Object (start marker at line 1, column 45)");
  }

  @Test
  void aManifestThatIsNotAnObjectSaysSo() {
    Map<String, byte[]> files = Map.of("manifest.json", "[1]".getBytes(StandardCharsets.UTF_8));
    assertThat(catchThrowableOfType(BudgetFormatException.class, () -> CSV.read(files)))
        .hasMessage("manifest.json:1:1 at /: Expected a JSON object at the top level, found an"
            + " array");
  }
}
