package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.consolidation.Conflict;
import io.budgetkit.consolidation.ConflictPolicy;
import io.budgetkit.consolidation.Consolidation;
import io.budgetkit.consolidation.Consolidator;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.json.BudgetJson;
import io.budgetkit.importer.disclosure.DisclosureText;
import io.budgetkit.importer.disclosure.ImportDiagnostic;
import io.budgetkit.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code budgetkit consolidate} on the two real 2024 documents: 海港区人民政府办公室 (434) and
 * 开发区公安分局 (312), as published text.
 */
class ConsolidateCommandTest {

  private static final Fixture OFFICE = Fixture.HAIGANG_GOVERNMENT_OFFICE_2024;
  private static final Fixture POLICE = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024;

  @TempDir
  Path tmp;

  private Path office;
  private Path police;

  @BeforeEach
  void writeTheTexts() throws IOException {
    office = Files.writeString(tmp.resolve(OFFICE.fileName()), OFFICE.text());
    police = Files.writeString(tmp.resolve(POLICE.fileName()), POLICE.text());
  }

  /** What the library makes of the two texts, imported as the command imports them. */
  private static Consolidation expected() {
    return Consolidator.builder().department("000", "海港区").conflicts(ConflictPolicy.REPORT)
        .build().consolidate(List.of(imported(OFFICE), imported(POLICE)));
  }

  private static DepartmentBudget imported(Fixture f) {
    return DisclosureText.read(f.text(), f.fileName()).budget();
  }

  private String diagnosticsOfThePolice() {
    return "budgetkit: " + police + ": 1 import diagnostics; 'budgetkit validate " + police
        + "' lists them" + System.lineSeparator();
  }

  private static Run consolidate(String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "consolidate";
    args[1] = "--code=000";
    args[2] = "--name";
    args[3] = "海港区";
    System.arraycopy(more, 0, args, 4, more.length);
    return Run.of(args);
  }

  @Test
  void theTwoTextsAreConsolidatedIntoWhatTheConsolidatorGives() throws IOException {
    Path out = tmp.resolve("haigang.json");

    Run run = consolidate("-o", out.toString(), office.toString(), police.toString());

    Consolidation expected = expected();
    assertThat(BudgetJson.defaults().read(out)).isEqualTo(expected.budget());
    // Both documents have ERROR findings of their own (3 each), and so has their sum.
    Map<Severity, Integer> counts = RuleSet.standard().validate(expected.budget()).counts();
    assertThat(counts.get(Severity.ERROR)).isPositive();
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_ERRORS);
    // The importer leaves one line of the police's PDF extraction unread; said as convert says.
    assertThat(run.err).isEqualTo(diagnosticsOfThePolice());
    // 支出总计: 1417.69 (office) + 11262.73 (police, etdz L107) = 12680.42.
    assertThat(run.out).startsWith("海港区（000） 2024年部门预算：汇总 2 个部门\n"
        + "  312 秦皇岛市公安局经济技术开发区分局\n"
        + "  434 秦皇岛市海港区人民政府办公室\n"
        + "支出总计 12680.42 万元\n"
        + "冲突 5 个：\n"
        + "  警告 consolidation.THREE_PUBLIC_LAYOUT  财政拨款“三公”经费支出表\n")
        .contains("\n  警告 consolidation.MISSING_FIGURE  ")
        .contains("校验（标准规则）：未通过，错误 " + counts.get(Severity.ERROR) + " 个，警告 "
            + counts.get(Severity.WARNING) + " 个，提示 " + counts.get(Severity.INFO) + " 个\n")
        .endsWith("wrote json " + out + System.lineSeparator());
    // Each conflict printed as every problem is (severity, key and place; the message), then how
    // it was resolved, in Chinese: the office prints “三公” layout C, the police layout D; the
    // office states none of the four changes against the previous year.
    List<List<String>> layout = blocks(run.out, "  警告 consolidation.THREE_PUBLIC_LAYOUT  ");
    assertThat(layout).hasSize(1);
    assertThat(layout.get(0).get(1)).startsWith("    “三公”经费表的行次不一致：")
        .contains("434 秦皇岛市海港区人民政府办公室").contains("312 秦皇岛市公安局经济技术开发区分局");
    assertThat(layout.get(0).get(2)).startsWith("    → 汇总只列各表都有的行");
    assertThat(blocks(run.out, "  警告 consolidation.MISSING_FIGURE  ")).hasSize(4)
        .allMatch(b -> b.get(1).startsWith("    434 秦皇岛市海港区人民政府办公室未说明")
            && b.get(2).equals("    → 汇总的情况说明不列此数"));
  }

  @Test
  void withLangEnTheSummaryAndItsConflictsAreInEnglish() {
    Path out = tmp.resolve("haigang.json");

    Run run = consolidate("--lang", "en", "-o", out.toString(), office.toString(),
        police.toString());

    Consolidation expected = expected();
    Map<Severity, Integer> counts = RuleSet.standard().validate(expected.budget()).counts();
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_ERRORS);
    assertThat(run.out).startsWith("海港区 (000) 2024 部门预算: 2 departments consolidated\n"
        + "  312 秦皇岛市公安局经济技术开发区分局\n"
        + "  434 秦皇岛市海港区人民政府办公室\n"
        + "支出总计 (total expenditure) 12680.42 万元\n"
        + "Conflicts: 5\n"
        + "  WARNING consolidation.THREE_PUBLIC_LAYOUT  财政拨款“三公”经费支出表\n"
        + "    “三公” tables print different lines: ")
        .contains("Validation (standard rules): not valid, " + counts.get(Severity.ERROR)
            + " errors, " + counts.get(Severity.WARNING) + " warnings, "
            + counts.get(Severity.INFO) + " notes\n")
        .doesNotContain("冲突").doesNotContain("校验").doesNotContain("未说明");
    // Each conflict as the library words it in English, in the library's order.
    StringBuilder conflicts = new StringBuilder("Conflicts: 5\n");
    for (Conflict c : expected.conflicts()) {
      conflicts.append("  WARNING consolidation.").append(c.kind()).append("  ").append(c.where())
          .append("\n    ").append(c.message(Locale.ENGLISH))
          .append("\n    → ").append(c.resolution(Locale.ENGLISH)).append('\n');
    }
    assertThat(run.out).contains(conflicts + "Validation (standard rules): ");
    List<String> second = blocks(run.out, "  WARNING consolidation.MISSING_FIGURE  ").get(0);
    assertThat(second.get(1)).startsWith("    434 秦皇岛市海港区人民政府办公室 does not state the ");
    assertThat(second.get(2)).isEqualTo("    → left out of the 情况说明");
  }

  @Test
  void theOrderOfTheFilesDoesNotMatterAndCsvReadsBackTheSame() throws IOException {
    Path json = tmp.resolve("a.json");
    Path zip = tmp.resolve("b.zip");
    Path folder = tmp.resolve("c");

    assertThat(consolidate("-o", json.toString(), office.toString(), police.toString()).exit)
        .isEqualTo(1);
    assertThat(consolidate("--to", "csv", "-o", zip.toString(), police.toString(),
        office.toString()).exit).isEqualTo(1);
    assertThat(consolidate("--to", "csv", "-o", folder.toString(), json.toString()).exit)
        .isEqualTo(1);

    DepartmentBudget fromJson = BudgetJson.defaults().read(json);
    try (InputStream in = Files.newInputStream(zip)) {
      assertThat(BudgetCsv.standard().readZip(in)).isEqualTo(fromJson);
    }
    // A consolidated budget consolidates again as one department into itself.
    assertThat(BudgetCsv.standard().readFolder(folder)).isEqualTo(fromJson);
  }

  @Test
  void underFailTheirThreePublicLayoutsAreAnErrorOfTheInputs() {
    Path out = tmp.resolve("never.json");

    Run run = consolidate("--conflicts", "fail", "-o", out.toString(), office.toString(),
        police.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith(diagnosticsOfThePolice());
    String error = run.err.substring(diagnosticsOfThePolice().length());
    assertThat(error).startsWith("budgetkit: THREE_PUBLIC_LAYOUT: ")
        .contains("434 秦皇岛市海港区人民政府办公室").contains("312 秦皇岛市公安局经济技术开发区分局")
        .doesNotContain("Exception");
    assertThat(error.strip().lines()).hasSize(1);
    assertThat(run.out).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void budgetsOfTwoYearsAreRefusedNamingTheYears() {
    Path center2025 = Path.of("samples/haigang-development-service-center-2025.json");

    Run run = consolidate("-o", tmp.resolve("x.json").toString(), office.toString(),
        center2025.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: Cannot consolidate budgets of different years:"
        + " 980 秦皇岛市海港区发展服务中心 is of 2025, 434 秦皇岛市海港区人民政府办公室 of 2024"
        + System.lineSeparator());
    assertThat(run.out).isEmpty();
  }

  @Test
  void theSameDepartmentTwiceIsRefused() {
    Run run = consolidate("-o", tmp.resolve("x.json").toString(), office.toString(),
        office.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: Department code 434 is given twice");
    assertThat(run.err.strip().lines()).hasSize(1);
  }

  @Test
  void anUnreadableInputExitsTwoWithOneLine() {
    Run run = consolidate("-o", tmp.resolve("x.json").toString(), office.toString(),
        "missing.json");

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: missing.json: no such file or folder"
        + System.lineSeparator());
  }

  @Test
  void importDiagnosticsAreReportedAsConvertReportsThemAndTheInputIsConsolidated()
      throws IOException {
    Path txt = Files.writeString(tmp.resolve("disclosure.txt"), "whatever the importer reads");
    InputFormats formats = InputFormats.standard().withDisclosureReader(file -> ValueWithProblems.of(
        Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget(),
        List.of(ImportDiagnostic.of("row.wide", Severity.ERROR, 812,
            "30217\t公务接待费\t0.05\t\t0.05", "a cell in no column"))));
    Path out = tmp.resolve("x.json");

    Run run = Run.of(formats, "consolidate", "--code", "000", "--name", "海港区", "-o",
        out.toString(), txt.toString());

    assertThat(run.err).isEqualTo("budgetkit: " + txt + ": 1 import diagnostics; 'budgetkit"
        + " validate " + txt + "' lists them" + System.lineSeparator());
    // The service centre's own error (30217 against an empty “三公” table) is the result's too.
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_ERRORS);
    assertThat(run.out).contains("  980 秦皇岛市海港区发展服务中心\n").contains("冲突：无\n");
    assertThat(BudgetJson.defaults().read(out).departmentCode()).isEqualTo("000");
  }

  @Test
  void anOutputThatCannotBeWrittenExitsTwo() throws IOException {
    Path taken = Files.writeString(tmp.resolve("taken"), "a file where a folder should go");

    Run run = consolidate("--to", "csv", "-o", taken.toString(), office.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: " + taken + ": cannot be written");
    assertThat(run.err.strip().lines()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "consolidate",
      "consolidate --name 海港区 -o x.json a.json",
      "consolidate --code 000 -o x.json a.json",
      "consolidate --code 000 --name 海港区 a.json",
      "consolidate --code 000 --name 海港区 -o x.json",
      "consolidate --code 000 --name 海港区 --conflicts ignore -o x.json a.json",
      "consolidate --code 000 --name 海港区 --to tidy -o x.json a.json",
      "consolidate --code 000 --name 海港区 --lang fr -o x.json a.json",
      "consolidate --code 0-0 --name 海港区 -o x.json a.json",
      "consolidate --code 000 --name= -o x.json a.json"})
  void badCommandLinesExitTwoWithAHint(String args) {
    Run run = Run.of(args.split(" "));

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: ").contains("consolidate --help'.")
        .doesNotContain("Exception");
    assertThat(run.out).isEmpty();
  }

  @Test
  void anInvalidCodeSaysWhatACodeIs() {
    Run run = Run.of("consolidate", "--code=0-0", "--name=海港区", "-o", "x.json",
        office.toString());

    assertThat(run.err).contains("'0-0' must be letters and digits");
  }

  @Test
  void consolidateHasHelp() {
    Run run = Run.of("consolidate", "--help");

    assertThat(run.exit).isZero();
    assertThat(run.out).startsWith("Usage: budgetkit consolidate").contains("--conflicts")
        .contains("--lang");
  }

  /** The three lines of each conflict whose first line starts with {@code header}. */
  private static List<List<String>> blocks(String out, String header) {
    List<String> lines = out.lines().collect(java.util.stream.Collectors.toList());
    List<List<String>> blocks = new ArrayList<>();
    for (int i = 0; i + 2 < lines.size(); i++) {
      if (lines.get(i).startsWith(header)) {
        blocks.add(lines.subList(i, i + 3));
      }
    }
    return blocks;
  }
}
