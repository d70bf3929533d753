package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.fixtures.PublishedFile;
import io.budgetkit.importer.disclosure.ImportDiagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --parts FILE,FILE...}: a disclosure published in several files (Jiangsu's 说明 PDF and
 * 表格 PDF) is one document for {@code validate}, {@code convert} and {@code show}.
 */
class PartsOptionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /**
   * The Haigang disclosure cut in two where its 情况说明 begins (the line {@code 第一部分 …情况说明}
   * after the nine tables): the tables in one file, the narrative, projects and assets in the
   * other. Both files are text extractions; the parts join whatever the format.
   */
  private List<Path> haigangInTwoFiles() throws IOException {
    List<String> lines = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text().lines().toList();
    int cut = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("第一部分") && lines.get(i).endsWith("情况说明")) {
        cut = i;
        break;
      }
    }
    assertThat(cut).as("the line where the narrative starts").isGreaterThan(1000);
    Path tables = Files.write(dir.resolve("tables.txt"), lines.subList(0, cut));
    Path narrative = Files.write(dir.resolve("narrative.txt"), lines.subList(cut, lines.size()));
    return List.of(tables, narrative);
  }

  @Test
  void aDisclosureInTwoFilesIsValidatedAsTheOneFileIs() throws IOException {
    Path whole = Files.writeString(dir.resolve("whole.txt"),
        Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text());
    List<Path> parts = haigangInTwoFiles();

    Run one = Run.of("validate", "--format", "json", "--lang", "en", whole.toString());
    Run two = Run.of("validate", "--format", "json", "--lang", "en", "--parts",
        parts.get(0) + "," + parts.get(1));

    assertThat(two.err).isEmpty();
    assertThat(two.exit).isEqualTo(one.exit).isEqualTo(BudgetKitCli.EXIT_ERRORS);
    JsonNode a = JSON.readTree(one.out).get(0);
    JsonNode b = JSON.readTree(two.out).get(0);
    assertThat(b.get("file").asText()).isEqualTo(parts.get(0) + " + " + parts.get(1));
    assertThat(b.get("department")).isEqualTo(a.get("department"));
    assertThat(b.get("counts")).isEqualTo(a.get("counts"));
    // the findings are about the model, which is the same; their messages and places too,
    // but that a finding of a document of several files names the file and line its cell is on
    // (the tables are in the first part, whose lines are the whole text's)
    String named = b.get("findings").toString();
    assertThat(named).contains(" tables.txt line ");
    assertThat(named.replaceAll(" tables\\.txt line [0-9]+", ""))
        .isEqualTo(a.get("findings").toString());
    assertThat(b.get("findings")).isNotEmpty();
  }

  @Test
  void theNarrativeInTheSecondFileIsRead() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    Path out = dir.resolve("both.json");
    Path tablesOnly = dir.resolve("tables.json");

    Run both = Run.of("convert", "--to", "json", "--parts", parts.get(0) + "," + parts.get(1),
        "-o", out.toString());
    Run first = Run.of("convert", "--to", "json", parts.get(0).toString(), "-o",
        tablesOnly.toString());

    assertThat(both.exit).isEqualTo(BudgetKitCli.EXIT_OK);
    assertThat(first.exit).isEqualTo(BudgetKitCli.EXIT_OK);
    JsonNode withNarrative = JSON.readTree(out.toFile());
    JsonNode without = JSON.readTree(tablesOnly.toFile());
    assertThat(withNarrative.get("tables")).isEqualTo(without.get("tables"));
    // 2025年预算收入… is a sentence of the narrative file only
    assertThat(withNarrative.toString()).contains("收入说明");
    assertThat(without.toString()).doesNotContain("收入说明");
  }

  @Test
  void showTakesParts() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    Run run = Run.of("show", "--parts", parts.get(0) + "," + parts.get(1));
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_OK);
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("秦皇岛市海港区发展服务中心（980） 2025年部门预算：9 张表\n")
        .contains("部门预算财政拨款“三公”经费支出表");
  }

  @Test
  void convertSaysHowToListTheProblemsOfAllTheParts() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    List<List<Path>> asked = new ArrayList<>();
    InputFormats formats = InputFormats.standard().withDisclosureReader(files -> {
      asked.add(files);
      return ValueWithProblems.of(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget(),
          List.of(ImportDiagnostic.of("row.wide", Severity.ERROR, 812, "", "a cell in no column")));
    });
    String value = parts.get(0) + "," + parts.get(1);
    Run run = Run.of(formats, "convert", "--to", "json", "--parts", value, "-o",
        dir.resolve("out.json").toString());
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_OK);
    assertThat(asked).containsExactly(parts);
    assertThat(run.err).isEqualTo("budgetkit: " + parts.get(0) + " + " + parts.get(1)
        + ": 1 import diagnostics; 'budgetkit validate --parts " + value + "' lists them\n");
  }

  @Test
  void validateTakesFilesAndSeveralDocumentsOfPartsInOneRun() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    Path whole = Files.writeString(dir.resolve("whole.txt"),
        Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text());
    Run run = Run.of("validate", "--format", "json", whole.toString(), "--parts",
        parts.get(0) + "," + parts.get(1), "--parts", parts.get(1) + "," + parts.get(0));
    JsonNode reports = JSON.readTree(run.out);
    List<String> files = new ArrayList<>();
    reports.forEach(r -> files.add(r.get("file").asText()));
    assertThat(files).containsExactly(whole.toString(), parts.get(0) + " + " + parts.get(1),
        parts.get(1) + " + " + parts.get(0));
  }

  @Test
  void aPartThatHoldsAWholeBudgetIsRefusedWithItsName() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    Path json = Files.copy(Path.of("samples/haigang-development-service-center-2025.json"),
        dir.resolve("budget.json"));
    Run run = Run.of("validate", "--parts", parts.get(0) + "," + json);
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + json + ": --parts joins the files of one"
        + " published disclosure (PDF, DOCX, XLSX, XLS, HTML or text); this file is none of"
        + " them\n");
  }

  @Test
  void aMissingPartIsNamed() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    Path missing = dir.resolve("表格.pdf");
    Run run = Run.of("validate", "--parts", parts.get(0) + "," + missing);
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + missing + ": no such file or folder\n");
  }

  @Test
  void anEmptyNameInPartsIsAUsageError() {
    Run run = Run.of("validate", "--parts", "a.pdf,,b.pdf");
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: --parts a.pdf,,b.pdf: an empty file name; give"
        + " the files separated by single commas\n");
  }

  @Test
  void showAndConvertTakeOneDocumentNotAFileAndParts() throws IOException {
    List<Path> parts = haigangInTwoFiles();
    Run run = Run.of("show", parts.get(0).toString(), "--parts", parts.get(0) + "," + parts.get(1));
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: Give one FILE or one --parts FILE,FILE..., not"
        + " both\n");
    Run none = Run.of("show");
    assertThat(none.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(none.err).startsWith("budgetkit: Missing required parameter: FILE or --parts"
        + " FILE,FILE...\n");
  }

  @Test
  void aJiangsuDisclosureInItsTwoPublishedPdfsIsReadAndSaysItsTemplateIsNotKnownYet() {
    List<Path> parts = PublishedFile.JIANGSU_PARTY_COMMITTEE_OFFICE_2019.copyTo(dir);
    Run run = Run.of("validate", "--parts", parts.get(0) + "," + parts.get(1));
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + parts.get(0) + " + " + parts.get(1)
        + ": not a published disclosure of a template BudgetKit reads: none of the standard"
        + " tables (部门预算收支总表 …) was found; 'budgetkit extract " + parts.get(0) + " "
        + parts.get(1) + " -o DIR' writes the tables it holds as CSV\n");
  }
}
