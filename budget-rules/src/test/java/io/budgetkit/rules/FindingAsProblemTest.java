package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.fixtures.Fixture;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A finding is the rules' Problem: key the rule id, a Location that may name its source. */
class FindingAsProblemTest {

  private static final Location TOTAL = Location.builder().table(TableKind.INCOME).row(1)
      .code("合计").column(2).columnName("合计").build();

  @Test
  void aFindingIsAProblemKeyedByItsRuleId() {
    Problem p = Finding.builder().ruleId("BK-HIER-001").severity(Severity.ERROR)
        .location(TOTAL).expected(Amount.parse("10.00")).actual(Amount.parse("10.50"))
        .putArguments("children", "201, 205").build();

    assertThat(p.key()).isEqualTo("BK-HIER-001");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.location()).isEqualTo(TOTAL);
    assertThat(p.location().table()).contains(TableKind.INCOME);
    assertThat(p.location().row()).hasValue(1);
    assertThat(p.location().column()).hasValue(2);
    assertThat(p.arguments().get("children")).isEqualTo("201, 205");
    assertThat(p.message(Locale.CHINESE))
        .isEqualTo("合计行印刷 10.50，但各类级科目 201, 205 之和为 10.00（相差 0.50）。");
    assertThat(p.message(Locale.ENGLISH)).startsWith("The 合计 (total) row prints 10.50,");
    assertThat(p.describe(Locale.CHINESE)).isEqualTo("ERROR BK-HIER-001 收入总表 序号1 合计"
        + " 栏次2（合计）: 合计行印刷 10.50，但各类级科目 201, 205 之和为 10.00（相差 0.50）。");
  }

  @Test
  void aLocationWithASourceNamesThePageAfterTheCell() {
    Location l = TOTAL.refine(Location.builder().source(SourceRef.ofPage("表格.pdf", 3, 7))
        .build());

    assertThat(l.describe(Locale.CHINESE))
        .isEqualTo("收入总表 序号1 合计 栏次2（合计） 表格.pdf 第3页第7行");
    assertThat(l.describe(Locale.ENGLISH))
        .isEqualTo("收入总表 row 1 合计 column 2 (合计) 表格.pdf p.3 line 7");
    assertThat(((ProblemLocation) l).source()).contains(SourceRef.ofPage("表格.pdf", 3, 7));
    // Without a source the description is what it always was.
    assertThat(TOTAL.describe(Locale.CHINESE)).isEqualTo("收入总表 序号1 合计 栏次2（合计）");
    // A nested location's source completes its subject's, like its other parts.
    assertThat(l.refine(Location.builder().row(2).build()).source()).isEqualTo(l.source());
  }

  @Test
  void theSameCellFromTwoPagesSortsByPage() {
    Location p3 = TOTAL.refine(Location.builder().source(SourceRef.ofPage("a.pdf", 3, 1)).build());
    Location p2 = TOTAL.refine(Location.builder().source(SourceRef.ofPage("a.pdf", 2, 9)).build());

    assertThat(java.util.stream.Stream.of(p3, TOTAL, p2).sorted()).containsExactly(TOTAL, p2, p3);
  }

  @Test
  void everyFindingOfTheStandardRulesOnAFixtureIsAProblemWithItsRuleIdAsKey() {
    ValidationReport r = RuleSet.standard()
        .validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());

    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
      Problem p = f;
      assertThat(p.key()).isEqualTo(f.ruleId()).matches("BK-[A-Z]+-[0-9]{3}");
      assertThat(p.message(Locale.CHINESE)).isNotBlank().doesNotContain("{");
      assertThat(p.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    });
  }
}
