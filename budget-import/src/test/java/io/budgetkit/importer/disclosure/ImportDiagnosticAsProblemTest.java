package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemText;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.testkit.ProblemsDocumentation;
import io.budgetkit.testkit.ProblemsDocumentation.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An import diagnostic is the text importer's Problem; docs/PROBLEMS.md lists every code. */
class ImportDiagnosticAsProblemTest {

  private static final String HEADING = "Import diagnostics (`import.*`)";
  private static final String BUNDLE = "io/budgetkit/importer/disclosure/diagnostics";

  @Test
  void aDiagnosticIsAProblemKeyedByItsCodeAndLocatedAtItsLine() {
    ImportDiagnostic d = ImportDiagnostic.of("cell.amount", Severity.ERROR, 12,
        "3\t201\t一般公共服务支出\t1O.5", "收入总表 序号3 栏次3 (合计): '1O.5' is not an amount");
    Problem p = d;

    assertThat(p.key()).isEqualTo("import.cell.amount");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.location().source()).contains(SourceRef.ofLine(12));
    assertThat(p.location().describe(Locale.CHINESE)).isEqualTo("第12行");
    assertThat(p.location().describe(Locale.ENGLISH)).isEqualTo("line 12");
    // English: the importer's own words, as before; Chinese: the code's template, with the line.
    assertThat(p.message(Locale.ENGLISH)).isEqualTo(d.message())
        .isEqualTo("收入总表 序号3 栏次3 (合计): '1O.5' is not an amount");
    assertThat(p.message(Locale.CHINESE))
        .isEqualTo("第12行：有单元格不是金额，该单元格不读入：3\t201\t一般公共服务支出\t1O.5");
    assertThat(ProblemText.block(p, Locale.CHINESE)).startsWith("  错误 import.cell.amount  第12行\n");
  }

  @Test
  void aDiagnosticOfTheWholeDocumentHasNoLocation() {
    ImportDiagnostic d = ImportDiagnostic.of("department.missing", Severity.ERROR, 0, "",
        "no line gives the department code");

    assertThat(d.location().source()).isEmpty();
    assertThat(d.describe(Locale.CHINESE)).isEqualTo("ERROR import.department.missing:"
        + " 表格标题下没有一行写明部门代码和名称、预算年度及单位");
  }

  @Test
  void aDiagnosticMadeWithoutATextOfItsOwnIsSaidByTheTemplatesInBothLanguages() {
    ImportDiagnostic d = ImportDiagnostic.of("row.seq", Severity.ERROR, 40, "x\t201\t…",
        Map.of("table", "收入总表"));

    assertThat(d.message(Locale.ENGLISH))
        .isEqualTo("Line 40: the first cell is not a 序号; the row is not read: x\t201\t…");
    assertThat(d.message()).isEqualTo(d.message(Locale.ENGLISH));
    assertThat(d.message(Locale.CHINESE)).isEqualTo("第40行：第一个单元格不是序号，该行不读入：x\t201\t…");
    assertThat(d.arguments()).containsExactly(Map.entry("table", "收入总表"));
  }

  @Test
  void aCodeNoTemplateListsIsSaidGenericallyNotAsAnError() {
    ImportDiagnostic d = ImportDiagnostic.of("grid.new", Severity.WARNING, 5, "abc", "new");

    assertThat(d.message(Locale.CHINESE)).isEqualTo("导入问题 grid.new，位于第5行：abc");
  }

  @Test
  void anImportResultIsTheBudgetWithItsDiagnosticsAsProblems() {
    ImportResult r = DisclosureText.read("会议纪要\n一、参会人员\n", "notes.txt");

    ValueWithProblems<DepartmentBudget> v = r.toValueWithProblems();

    assertThat(v.value()).isSameAs(r.budget());
    assertThat(v.problems()).containsExactlyElementsOf(r.diagnostics());
    assertThat(v.hasErrors()).isEqualTo(r.hasErrors()).isTrue();
  }

  @Test
  void everyCodeOfTheDocumentHasBothTemplatesAndEveryTemplateIsListed() {
    Map<String, String> en = ProblemsDocumentation.bundle(BUNDLE);
    Map<String, String> zh = ProblemsDocumentation.bundle(BUNDLE + "_zh");
    List<Row> rows = ProblemsDocumentation.rows(HEADING);

    assertThat(rows).isNotEmpty();
    for (Row r : rows) {
      assertThat(r.key()).startsWith(ImportDiagnostic.KEY_PREFIX);
      String code = r.key().substring(ImportDiagnostic.KEY_PREFIX.length());
      assertThat(en.get(code)).as(r.key() + " en").isNotBlank().isEqualTo(r.english());
      assertThat(zh.get(code)).as(r.key() + " zh").isNotBlank().isEqualTo(r.chinese());
    }
    TreeSet<String> listed = rows.stream().map(r -> r.key().substring(7))
        .collect(Collectors.toCollection(TreeSet::new));
    listed.add("unknown");
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(listed);
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(listed);
  }

  /**
   * What the importer reports on the three texts, a text without any table and texts with a
   * broken cell and a broken row: every code it reports is listed with the severity it is
   * reported at, and its Chinese message leaves no placeholder unfilled.
   */
  @Test
  void theImporterReportsEveryCodeAtTheSeverityTheDocumentGives() {
    Map<String, String> severities = ProblemsDocumentation.rows(HEADING).stream()
        .collect(Collectors.toMap(Row::key, Row::severity));
    List<ImportResult> results = new ArrayList<>();
    for (Fixture f : Fixture.values()) {
      results.add(DisclosureText.read(f.text(), f.fileName()));
    }
    results.add(DisclosureText.read("会议纪要\n一、参会人员\n", "notes.txt"));
    String office = Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.text();
    results.add(DisclosureText.read(office.replaceFirst("\t884\\.29", "\t88A.29"), "a.txt"));
    results.add(DisclosureText.read(office.replaceFirst("\n(\\d+)\t", "\nX$1\t"), "b.txt"));

    Map<String, Severity> seen = new HashMap<>();
    for (ImportResult r : results) {
      for (ImportDiagnostic d : r.diagnostics()) {
        seen.put(d.key(), d.severity());
        assertThat(d.message(Locale.CHINESE)).as(d.key()).doesNotContain("{")
            .doesNotStartWith("导入问题");
      }
    }
    assertThat(seen).containsKeys("import.table.missing", "import.department.missing",
        "import.region.unread");
    seen.forEach((key, severity) -> assertThat(severities.get(key)).as(key)
        .isEqualTo(severity.name()));
    assertThat(seen.keySet().stream().map(Function.identity())).allMatch(severities::containsKey);
  }
}
