package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static final DepartmentBudget BUDGET = DepartmentBudget.builder()
      .department("980", "测试单位").year(2025)
      .expenditure(t -> t.total("10.00", "1.00", "2.00"))
      .build();

  private static final Rule ALWAYS = Rule.of("BK-TEST-001", Severity.WARNING, "always",
      (b, f) -> f.report(Location.builder().code("x").build(), x -> { }));

  @Test
  void disablingARuleRemovesItsFindings() {
    RuleSet set = RuleSet.arithmetic().with(ALWAYS);

    assertThat(set.validate(BUDGET).findings()).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("BK-ARITH-001", "BK-TEST-001");
    assertThat(set.disable("BK-ARITH-001").validate(BUDGET).findings())
        .extracting(Finding::ruleId).containsExactly("BK-TEST-001");
  }

  @Test
  void aSeverityOverrideAppliesToTheRulesFindings() {
    ValidationReport r = RuleSet.arithmetic().withSeverity("BK-ARITH-001", Severity.WARNING)
        .validate(BUDGET);

    assertThat(r.findings()).singleElement().extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void settingsNameOnlyRulesOfTheSet() {
    assertThatThrownBy(() -> RuleSet.arithmetic().disable("BK-NOPE-001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule set 'arithmetic' has no rule BK-NOPE-001");
  }

  @Test
  void twoRulesCannotShareAnId() {
    assertThatThrownBy(() -> RuleSet.of("x", List.of(ALWAYS, ALWAYS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two rules have the id BK-TEST-001");
  }

  @Test
  void ruleIdsFollowTheForm() {
    assertThatThrownBy(() -> Rule.of("HIER-1", Severity.ERROR, "x", (b, f) -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule id 'HIER-1' is not of the form BK-<AREA>-<NNN>");
  }

  @Test
  void aRuleThatThrowsBecomesAFindingAndTheOthersStillRun() {
    Rule broken = Rule.of("BK-TEST-002", Severity.ERROR, "broken", (b, f) -> {
      throw new IllegalStateException("boom");
    });

    ValidationReport r = RuleSet.of("x", List.of(broken, ALWAYS)).validate(BUDGET);

    assertThat(r.findings()).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("BK-TEST-002", "BK-TEST-001");
    Finding f = r.findings("BK-TEST-002").get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("The rule BK-TEST-002 could not finish:"
        + " java.lang.IllegalStateException: boom. This is a defect of BudgetKit, not of the"
        + " document.");
  }

  @Test
  void aHostRuleWithoutMessagesGetsTheGenericText() {
    Rule mine = Rule.of("BK-HOST-001", Severity.INFO, "mine",
        (b, f) -> f.report(Location.builder().code("x").build(),
            x -> x.actual(Amount.ZERO)));

    Finding f = RuleSet.of("x", List.of(mine)).validate(BUDGET).findings().get(0);

    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("Rule BK-HOST-001 found a problem at x (no message text for it).");
    assertThat(f.message(Locale.CHINESE)).isEqualTo("规则 BK-HOST-001 在 x 发现问题（缺少消息文本）。");
  }

  @Test
  void catalogueListsIdsAndDefaultSeverities() {
    assertThat(RuleSet.arithmetic().catalogue()).containsEntry("BK-ARITH-001", Severity.ERROR)
        .containsEntry("BK-ARITH-002", Severity.ERROR);
  }
}
