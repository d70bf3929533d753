package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.SectionKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final DepartmentBudget BUDGET = DepartmentBudget.builder()
      .department("980", "测试单位").year(2025)
      // 合计 10.00 vs 1.00 + 2.00 (ERROR); 201 row 3.01 vs 1.00 + 2.00 (rounding note).
      .expenditure(t -> t.total("10.00", "1.00", "2.00")
          .row("201", "一般公共服务支出", "3.01", "1.00", "2.00"))
      .threePublic(t -> t.row("“三公”经费小计", "5.00", "4.00"))
      .build();

  private static final Rule NARRATIVE_NOTE = Rule.of("BK-TEST-001", Severity.WARNING, "note",
      (b, f) -> f.report(Location.of(SectionKind.INCOME, "预算收入"), x -> { }));

  private static ValidationReport report() {
    return RuleSet.arithmetic().with(NARRATIVE_NOTE).validate(BUDGET);
  }

  @Test
  void findingsAreSortedByPrintedPlaceThenSeverity() {
    assertThat(report().findings()).extracting(f -> f.location().table().map(TableKind::id)
        .orElse("-") + "/" + f.location().row().orElse(0) + "/" + f.severity())
        .containsExactly("expenditure/1/ERROR", "expenditure/2/INFO", "three-public/1/ERROR",
            "-/0/WARNING");
  }

  @Test
  void mapReplacesEachFindingAndSortsAgain() {
    SourceRef page = SourceRef.ofPage("表格.pdf", 3, 12);
    ValidationReport r = report().map(f -> f.location().table().isPresent()
        ? Finding.builder().from(f).location(Location.builder().from(f.location()).source(page)
            .build()).build() : f);

    assertThat(r.findings()).hasSize(4);
    assertThat(r.findings().get(0).location().describe(Locale.CHINESE))
        .isEqualTo("支出总表 序号1 合计 栏次3（合计） 表格.pdf 第3页第12行");
    assertThat(r.findings().get(3).location().source()).isEmpty(); // the narrative note
    assertThat(r.counts()).isEqualTo(report().counts());
    assertThat(r.render(Locale.CHINESE)).contains("  错误 BK-ARITH-001  支出总表 序号1 合计 栏次3（合计）"
        + " 表格.pdf 第3页第12行\n");
  }

  @Test
  void countsAndValidity() {
    ValidationReport r = report();

    assertThat(r.counts()).containsEntry(Severity.ERROR, 2).containsEntry(Severity.WARNING, 1)
        .containsEntry(Severity.INFO, 1);
    assertThat(r.isValid()).isFalse();
    assertThat(r.findings(Severity.INFO)).hasSize(1);
    assertThat(new ValidationReport(List.of()).isValid()).isTrue();
  }

  @Test
  void rendersGroupedByPlaceInEitherLanguage() {
    String en = report().render(Locale.ENGLISH);
    String zh = report().render(Locale.CHINESE);

    assertThat(en.lines().findFirst()).contains("Not valid: 2 errors, 1 warnings, 1 notes.");
    assertThat(en).contains("\n支出总表\n  ERROR BK-ARITH-001  支出总表 row 1 合计 column 3 (合计)\n"
        + "    The printed total 10.00 is not the sum of");
    assertThat(en).contains("\nNarrative·income\n  WARNING BK-TEST-001  narrative: income “预算收入”\n");
    assertThat(zh.lines().findFirst()).contains("未通过：错误 2 个，警告 1 个，提示 1 个。");
    assertThat(zh).contains("\n支出总表\n  错误 BK-ARITH-001  支出总表 序号1 合计 栏次3（合计）\n"
        + "    印刷合计 10.00 不等于");
    assertThat(zh).contains("  提示 BK-ARITH-001  支出总表 序号2 201 栏次3（合计）\n"
        + "    与 3.00 相差 0.01，在 2 个印刷数的舍入误差范围（±0.015）之内：舍入提示。");
  }
}
