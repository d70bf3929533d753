package io.budgetkit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.profile.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final String BUNDLE = "io.budgetkit.core.problem.testproblems";

  private static final SourceRef PAGE = SourceRef.ofPage("表格.pdf", 3, 12);
  private static final SourceRef CELL = SourceRef.ofCell("模板.xlsx", "1 收支总表", "B7");

  private static SimpleProblem cell(Severity severity) {
    return SimpleProblem.of(BUNDLE, "test.cell", severity, ProblemLocation.of(CELL),
        Map.of("printed", "x1"));
  }

  @Test
  void aSimpleProblemHasItsKeySeverityLocationAndArguments() {
    SimpleProblem p = cell(Severity.ERROR);

    assertThat(p.key()).isEqualTo("test.cell");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.location().source()).contains(CELL);
    assertThat(p.arguments()).containsExactly(Map.entry("printed", "x1"));
  }

  @Test
  void theMessageIsInChineseOrEnglishWithTheLocationInThatLanguage() {
    SimpleProblem p = SimpleProblem.of(BUNDLE, "test.cell", Severity.ERROR,
        ProblemLocation.of(PAGE), Map.of("printed", "x1"));

    assertThat(p.message(Locale.ENGLISH))
        .isEqualTo("The cell at 表格.pdf p.3 line 12 reads 'x1', which is not an amount");
    assertThat(p.message(Locale.CHINESE)).isEqualTo("表格.pdf 第3页第12行的单元格为“x1”，不是金额");
    // Any other language is English, whatever the JVM's default locale.
    assertThat(p.message(Locale.FRENCH)).isEqualTo(p.message(Locale.ENGLISH));
    assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(p.message(Locale.CHINESE));
  }

  @Test
  void aProblemWhoseKeyLacksATranslationIsRefusedWhereItIsMade() {
    assertThatThrownBy(() -> SimpleProblem.of(BUNDLE, "test.only-english", Severity.INFO,
        ProblemLocation.none(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The bundle " + BUNDLE + " has no zh message for the key test.only-english");
    assertThatThrownBy(() -> SimpleProblem.of(BUNDLE, "test.none", Severity.INFO,
        ProblemLocation.none(), Map.of()))
        .hasMessage("The bundle " + BUNDLE + " has no en message for the key test.none");
  }

  @Test
  void aProblemMayBeSaidByAnotherKeysTemplates() {
    SimpleProblem p = SimpleProblem.of(BUNDLE, "host.own", "test.file", Severity.ERROR,
        ProblemLocation.of(SourceRef.ofFile("a.pdf")), Map.of());

    assertThat(p.key()).isEqualTo("host.own");
    assertThat(p.message(Locale.CHINESE)).isEqualTo("文件无法读取");
  }

  @Test
  void aSourceSaysPageAndLineOrSheetAndCellAsAPersonLooksForThem() {
    assertThat(PAGE.describe(Locale.ENGLISH)).isEqualTo("表格.pdf p.3 line 12");
    assertThat(PAGE.describe(Locale.CHINESE)).isEqualTo("表格.pdf 第3页第12行");
    assertThat(CELL.describe(Locale.ENGLISH)).isEqualTo("模板.xlsx '1 收支总表'!B7");
    assertThat(CELL.describe(Locale.CHINESE)).isEqualTo("模板.xlsx '1 收支总表'!B7");
    // A quote in a sheet's name is doubled, as Excel writes it.
    assertThat(SourceRef.ofCell("a.xlsx", "O'Brien", "A1").describe(Locale.ENGLISH))
        .isEqualTo("a.xlsx 'O''Brien'!A1");
    SourceRef json = SourceRef.builder().file("budget.json").line(3).textColumn(7)
        .pointer("/tables/2").build();
    assertThat(json.describe(Locale.ENGLISH)).isEqualTo("budget.json line 3 column 7 at /tables/2");
    assertThat(json.describe(Locale.CHINESE)).isEqualTo("budget.json 第3行第7列 位置 /tables/2");
    assertThat(SourceRef.ofLine(812).describe(Locale.CHINESE)).isEqualTo("第812行");
    assertThat(SourceRef.builder().build().isEmpty()).isTrue();
  }

  @Test
  void pagesLinesAndColumnsOfASourceAreCountedFromOne() {
    assertThatThrownBy(() -> SourceRef.ofPage("a.pdf", 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A source's page is counted from 1: 0");
    assertThatThrownBy(() -> SourceRef.ofLine(-2))
        .hasMessage("A source's line is counted from 1: -2");
  }

  @Test
  void aLocationNamesThePrintedCellAndThenWhereItWasPrinted() {
    ProblemLocation l = ProblemLocation.builder().table(TableKind.INCOME).row(3).column(5)
        .source(PAGE).build();

    assertThat(l.describe(Locale.CHINESE)).isEqualTo("收入总表 序号3 栏次5 表格.pdf 第3页第12行");
    assertThat(l.describe(Locale.ENGLISH))
        .isEqualTo("收入总表 row 3 column 5 表格.pdf p.3 line 12");
    assertThat(ProblemLocation.builder().place("支出总表 2010301").build()
        .describe(Locale.ENGLISH)).isEqualTo("支出总表 2010301");
    assertThat(ProblemLocation.none().describe(Locale.CHINESE)).isEmpty();
    assertThat(ProblemLocation.none().source()).isEmpty();
  }

  @Test
  void everyProblemIsSaidOnOneLineTheSameWay() {
    assertThat(cell(Severity.WARNING).describe(Locale.ENGLISH)).isEqualTo("WARNING test.cell"
        + " 模板.xlsx '1 收支总表'!B7: The cell at 模板.xlsx '1 收支总表'!B7 reads 'x1', which is not"
        + " an amount");
    SimpleProblem whole = SimpleProblem.of(BUNDLE, "test.file", Severity.ERROR,
        ProblemLocation.none(), Map.of());
    assertThat(whole.describe(Locale.CHINESE)).isEqualTo("ERROR test.file: 文件无法读取");
  }

  @Test
  void aBlockPrintsTheLocalisedSeverityKeyAndLocationThenTheMessageEscaped() {
    SimpleProblem p = SimpleProblem.of(BUNDLE, "test.cell", Severity.INFO,
        ProblemLocation.of(CELL), Map.of("printed", "\u001b[2J"));

    assertThat(ProblemText.block(p, Locale.CHINESE)).isEqualTo("  提示 test.cell  模板.xlsx"
        + " '1 收支总表'!B7\n    模板.xlsx '1 收支总表'!B7的单元格为“\\u001B[2J”，不是金额\n");
    assertThat(ProblemText.block(cell(Severity.ERROR), Locale.ENGLISH))
        .startsWith("  ERROR test.cell  模板.xlsx '1 收支总表'!B7\n    The cell at ");
    assertThat(ProblemText.line(p, Locale.ENGLISH)).doesNotContain("\u001b");
  }

  @Test
  void everySeverityHasANameInBothLanguages() throws IOException {
    for (String suffix : new String[] {"", "_zh"}) {
      Properties names = new Properties();
      try (InputStream in = ProblemText.class.getResourceAsStream("severity" + suffix
          + ".properties")) {
        names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (Severity s : Severity.values()) {
        assertThat(names.getProperty(s.name())).as(s + suffix).isNotBlank();
      }
    }
    assertThat(ProblemText.label(Severity.INFO, Locale.ENGLISH)).isEqualTo("NOTE");
    assertThat(ProblemText.label(Severity.WARNING, Locale.CHINESE)).isEqualTo("警告");
  }

  @Test
  void severitiesSortFromTheGravest() {
    assertThat(List.of(Severity.INFO, Severity.ERROR, Severity.WARNING).stream().sorted())
        .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @Test
  void anyErrorTellsWhetherOneProblemIsAnError() {
    assertThat(Problem.anyError(List.of(cell(Severity.INFO), cell(Severity.WARNING)))).isFalse();
    assertThat(Problem.anyError(List.of(cell(Severity.INFO), cell(Severity.ERROR)))).isTrue();
  }
}
