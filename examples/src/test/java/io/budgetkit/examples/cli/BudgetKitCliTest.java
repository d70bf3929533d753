package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.json.BudgetJson;
import io.budgetkit.importer.disclosure.ImportDiagnostic;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.SeededSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetKitCliTest {

  static final Path SAMPLE = Path.of("samples/haigang-development-service-center-2025.json");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void theSampleHasExactlyOneErrorTheCheckedInBasicExpenditureCell() throws IOException {
    Run run = Run.of("validate", "--format", "json", SAMPLE.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_ERRORS);
    assertThat(run.err).isEmpty();
    JsonNode files = JSON.readTree(run.out);
    assertThat(files).hasSize(1);
    JsonNode file = files.get(0);
    assertThat(file.get("file").asText()).isEqualTo(SAMPLE.toString());
    assertThat(file.get("department").get("code").asText()).isEqualTo("980");
    assertThat(file.get("department").get("name").asText()).isEqualTo("秦皇岛市海港区发展服务中心");
    assertThat(file.get("year").asInt()).isEqualTo(2025);
    assertThat(file.get("diagnostics")).isEmpty();
    // The rules issue's golden report: 1 error, 6 warnings, 3 notes.
    assertThat(file.get("findings")).hasSize(10);
    List<JsonNode> errors = JSON.convertValue(file.get("findings"),
        JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    errors.removeIf(f -> !f.get("severity").asText().equals("ERROR"));
    assertThat(errors).hasSize(1);
    // 30217 公务接待费 0.05 in the 基本支出表, row 13, 栏次3, against a “三公” 公务接待费 of 0.00.
    JsonNode e = errors.get(0);
    assertThat(e.get("rule").asText()).isEqualTo("BK-XT-010");
    assertThat(e.get("table").asText()).isEqualTo("basic-expenditure");
    assertThat(e.get("row").asInt()).isEqualTo(13);
    assertThat(e.get("code").asText()).isEqualTo("30217");
    assertThat(e.get("column").asInt()).isEqualTo(3);
    assertThat(e.get("actual").asText()).isEqualTo("0.05");
    assertThat(e.get("expected").asText()).isEqualTo("0.00");
    assertThat(e.get("difference").asText()).isEqualTo("0.05");
    assertThat(e.get("message").asText()).contains("公务接待费").contains("0.05");
    // Every key is always there, in the same order.
    assertThat(e.fieldNames()).toIterable().containsExactly("rule", "severity", "table",
        "section", "row", "code", "column", "location", "expected", "actual", "difference",
        "message");
  }

  @Test
  void messagesFollowTheLanguage() throws IOException {
    Run en = Run.of("validate", "--format", "json", "--lang", "en", SAMPLE.toString());
    assertThat(JSON.readTree(en.out).get(0).get("findings").get(0).get("message").asText())
        .startsWith("The 基本支出表 prints 0.05");
  }

  @Test
  void textOutputGroupsFindingsByTableUnderTheFileHeading() {
    Run zh = Run.of("validate", SAMPLE.toString());
    Run en = Run.of("validate", "--lang", "en", SAMPLE.toString());

    assertThat(zh.exit).isEqualTo(1);
    assertThat(zh.out).startsWith("== " + SAMPLE + "\n秦皇岛市海港区发展服务中心（980） 2025年部门预算\n"
        + "未通过：错误 1 个，警告 6 个，提示 3 个。\n\n一般公共预算财政拨款基本支出表\n"
        + "  错误 BK-XT-010  一般公共预算财政拨款基本支出表 序号13 30217 栏次3（合计）\n");
    assertThat(en.out).contains("Not valid: 1 errors, 6 warnings, 3 notes.")
        .contains("ERROR BK-XT-010  一般公共预算财政拨款基本支出表 row 13 30217 column 3 (合计)");
  }

  @Test
  void aConsistentBudgetExitsZero() throws IOException {
    // budget-testkit's generator draws budgets the standard rules pass.
    Path file = tmp.resolve("consistent.json");
    BudgetJson.defaults().write(ConsistentBudgets.standard().generate(SeededSource.of(42)), file);

    Run run = Run.of("validate", "--format", "json", "--strict", file.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_OK);
    JsonNode f = JSON.readTree(run.out).get(0);
    assertThat(f.get("valid").asBoolean()).isTrue();
    assertThat(f.get("counts").get("error").asInt()).isZero();
  }

  @Test
  void publishedTextIsImportedAndValidated() throws IOException {
    Path txt = tmp.resolve(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.fileName());
    Files.writeString(txt, Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text());

    Run run = Run.of("validate", "--format", "json", txt.toString());

    // The document's genuine error, 30217 0.05 against an empty “三公” table (L1299-1304), is
    // found in the imported tables exactly as in the hand-built model.
    assertThat(run.exit).isEqualTo(1);
    JsonNode report = JSON.readTree(run.out).get(0);
    assertThat(report.get("department").get("code").asText()).isEqualTo("980");
    assertThat(report.get("year").asInt()).isEqualTo(2025);
    assertThat(report.get("findings")).anySatisfy(f -> {
      assertThat(f.get("rule").asText()).isEqualTo("BK-XT-010");
      assertThat(f.get("table").asText()).isEqualTo("basic-expenditure");
      assertThat(f.get("row").asInt()).isEqualTo(13);
      assertThat(f.get("actual").asText()).isEqualTo("0.05");
    });
  }

  @Test
  void textWithoutAnyStandardTableIsUnreadable() throws IOException {
    Path txt = Files.writeString(tmp.resolve("notes.txt"), "会议纪要\n一、参会人员\n");

    Run run = Run.of("validate", txt.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + txt + ": not a published disclosure of a template"
        + " BudgetKit reads: none of the standard tables (部门预算收支总表 …) was found"
        + System.lineSeparator());
    assertThat(run.out).isEmpty();
  }

  @Test
  void theImporterPlugsInThroughTheDisclosureReaderAndItsDiagnosticsAreReported()
      throws IOException {
    Path txt = tmp.resolve("disclosure.txt");
    Files.writeString(txt, "whatever the importer reads");
    InputFormats formats = InputFormats.standard().withDisclosureReader(file -> ValueWithProblems.of(
        Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget(),
        List.of(ImportDiagnostic.of("row.wide", Severity.ERROR, 812,
            "30217\t公务接待费\t0.05\t\t0.05", "a cell in no column"))));

    Run json = Run.of(formats, "validate", "--format", "json", "--lang", "en", txt.toString());
    Run jsonZh = Run.of(formats, "validate", "--format", "json", txt.toString());
    Run text = Run.of(formats, "validate", "--lang", "en", txt.toString());
    Run textZh = Run.of(formats, "validate", txt.toString());

    assertThat(json.exit).isEqualTo(1);
    JsonNode d = JSON.readTree(json.out).get(0).get("diagnostics");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).get("key").asText()).isEqualTo("import.row.wide");
    assertThat(d.get(0).get("severity").asText()).isEqualTo("ERROR");
    assertThat(d.get(0).get("line").asInt()).isEqualTo(812);
    assertThat(d.get(0).get("text").asText()).isEqualTo("30217\t公务接待费\t0.05\t\t0.05");
    assertThat(d.get(0).get("location").asText()).isEqualTo("line 812");
    assertThat(d.get(0).get("message").asText()).isEqualTo("a cell in no column");
    // In Chinese the message is the code's template (the reader's English text has no
    // translation), quoting the line.
    JsonNode zh = JSON.readTree(jsonZh.out).get(0).get("diagnostics").get(0);
    assertThat(zh.get("location").asText()).isEqualTo("第812行");
    assertThat(zh.get("message").asText()).isEqualTo("第812行：该行的单元格多于表格的栏数，"
        + "无法确定各单元格所在的栏，该行不读入：30217\t公务接待费\t0.05\t\t0.05");
    // Printed as the findings below it are: severity, key and location, then the message, then
    // the line quoted.
    assertThat(text.out).contains("Import problems: 1\n  ERROR import.row.wide  line 812\n"
        + "    a cell in no column\n    30217\t公务接待费\t0.05\t\t0.05\n");
    assertThat(textZh.out).contains("导入问题 1 个：\n  错误 import.row.wide  第812行\n"
        + "    第812行：该行的单元格多于表格的栏数，无法确定各单元格所在的栏，该行不读入："
        + "30217\t公务接待费\t0.05\t\t0.05\n    30217\t公务接待费\t0.05\t\t0.05\n");
  }

  @Test
  void unreadableInputsExitTwoWithOneLineAndNoStackTrace() throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"budgetkit/1\",\n \"year\": \"x\"");
    Path folder = Files.createDirectory(tmp.resolve("empty"));
    Path odd = Files.writeString(tmp.resolve("budget.xlsx"), "PK");
    Path zip = Files.writeString(tmp.resolve("budget.zip"), "not a zip");

    for (Path p : List.of(bad, folder, odd, zip, tmp.resolve("missing.json"))) {
      Run run = Run.of("show", p.toString());
      assertThat(run.exit).as(p.toString()).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
      assertThat(run.err).as(p.toString()).startsWith("budgetkit: " + p)
          .doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(run.err.strip().lines()).as(p.toString()).hasSize(1);
    }
    assertThat(Run.of("show", bad.toString()).err).contains(bad + ":2:");
  }

  @Test
  void validateGoesOnAfterAnUnreadableFileAndExitsTwo() throws IOException {
    Run run = Run.of("validate", "--format", "json", "missing.json", SAMPLE.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    JsonNode files = JSON.readTree(run.out);
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("error").asText()).isEqualTo("missing.json: no such file or folder");
    assertThat(files.get(1).get("findings")).hasSize(10);
    assertThat(run.err).isEqualTo("budgetkit: missing.json: no such file or folder"
        + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "validate --format xml x.json", "validate --lang fr x.json",
      "convert x.json", "convert --to pdf x.json -o y", "show", "show a b", "frobnicate",
      "--nope"})
  void usageErrorsExitTwoWithAHint(String args) {
    Run run = Run.of(args.split(" "));

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("budgetkit: ").contains("--help'.")
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "validate --help", "convert --help", "show --help",
      "help validate"})
  void everyCommandHasHelp(String args) {
    Run run = Run.of(args.split(" "));

    assertThat(run.exit).isZero();
    assertThat(run.out).startsWith("Usage: budgetkit");
  }

  @Test
  void versionIsTheProjectVersion() {
    Run run = Run.of("--version");

    assertThat(run.exit).isZero();
    assertThat(run.out).matches("budgetkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void jsonToCsvToJsonIsByteIdentical() throws IOException {
    Path csv = tmp.resolve("csv");
    Path zip = tmp.resolve("budget.zip");
    Path back = tmp.resolve("back.json");
    Path back2 = tmp.resolve("back2.json");

    assertThat(Run.of("convert", "--to", "csv", SAMPLE.toString(), "-o", csv.toString()).exit)
        .isZero();
    assertThat(csv.resolve("manifest.json")).exists();
    assertThat(Run.of("convert", "--to", "json", csv.toString(), "-o", back.toString()).exit)
        .isZero();
    assertThat(Run.of("convert", "--to", "csv", back.toString(), "-o", zip.toString()).exit)
        .isZero();
    assertThat(Run.of("convert", "--to", "json", zip.toString(), "-o", back2.toString()).exit)
        .isZero();

    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(SAMPLE));
    assertThat(Files.readAllBytes(back2)).isEqualTo(Files.readAllBytes(SAMPLE));
  }

  @Test
  void textToJsonToCsvToJsonIsByteIdenticalAndEqualsTheBundledJson() throws IOException {
    // The bundled disclosure text and the bundled JSON are the same document: the importer reads
    // the text into exactly the hand-built model the JSON was written from.
    Path text = Path.of("samples/haigang-development-service-center-2025.docx.txt");
    Path json = tmp.resolve("from-text.json");
    Path csv = tmp.resolve("csv");
    Path back = tmp.resolve("back.json");

    assertThat(Run.of("convert", "--to", "json", text.toString(), "-o", json.toString()).exit)
        .isZero();
    assertThat(Run.of("convert", "--to", "csv", json.toString(), "-o", csv.toString()).exit)
        .isZero();
    assertThat(Run.of("convert", "--to", "json", csv.toString(), "-o", back.toString()).exit)
        .isZero();

    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(json));
    assertThat(Files.readAllBytes(json)).isEqualTo(Files.readAllBytes(SAMPLE));
  }

  @Test
  void tidyWritesTheAmountsAndTheDescriptor() throws IOException {
    Path tidy = tmp.resolve("tidy");

    Run run = Run.of("convert", "--to", "tidy", SAMPLE.toString(), "-o", tidy.toString());

    assertThat(run.exit).isZero();
    assertThat(Files.readString(tidy.resolve("budget-amounts.csv"))).contains("30217");
    assertThat(tidy.resolve("datapackage.json")).exists();
  }

  @Test
  void convertReportsAnOutputItCannotWrite() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken"), "a file where a folder should go");

    Run run = Run.of("convert", "--to", "csv", SAMPLE.toString(), "-o", file.toString());

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("budgetkit: " + file + ": cannot be written");
    assertThat(run.err.strip().lines()).hasSize(1);
  }

  @Test
  void showPrintsTheNineTablesAsPublished() {
    Run run = Run.of("show", SAMPLE.toString());
    DepartmentBudget budget = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();

    assertThat(run.exit).isZero();
    assertThat(budget.tables()).hasSize(9);
    assertThat(run.out).startsWith("秦皇岛市海港区发展服务中心（980） 2025年部门预算：9 张表\n");
    for (DisclosureTable table : budget.tables()) {
      assertThat(run.out).contains(io.budgetkit.examples.TableText.render(budget, table));
    }
  }

  @Test
  void theCheckedInSampleIsWhatBudgetJsonWritesForTheFixture() throws IOException {
    // Regenerate with BudgetJson.defaults().write(Fixture.HAIGANG_…_2025.budget(), SAMPLE).
    assertThat(Files.readString(SAMPLE)).isEqualTo(
        BudgetJson.defaults().write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()));
  }
}
