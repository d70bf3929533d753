package io.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.RuleSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidateBudgetTest {

  @Test
  void theReportOfTheServiceCentreNamesItsOneErrorInBothLanguages() {
    // 30217 公务接待费 0.05 in the 基本支出表 (L1299-1304) against an empty “三公” table.
    String zh = RuleSet.standard()
        .validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()).render(Locale.CHINESE);
    String en = RuleSet.standard()
        .validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()).render(Locale.ENGLISH);

    assertThat(zh).startsWith("未通过：错误 1 个，警告 6 个，提示 3 个。")
        .contains("错误 BK-XT-010  一般公共预算财政拨款基本支出表 序号13 30217 栏次3（合计）");
    assertThat(en).startsWith("Not valid: 1 errors, 6 warnings, 3 notes.")
        .contains("ERROR BK-XT-010  一般公共预算财政拨款基本支出表 row 13 30217 column 3 (合计)");
  }
}
