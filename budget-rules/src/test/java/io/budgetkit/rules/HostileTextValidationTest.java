package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.SectionKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The standard rules read hostile text in time linear in its length (issue 10, defect 4, and the
 * regular expressions of defect 1 that run in budget-rules): each case took minutes or hours
 * before, because a search started again from each of many places (a placeholder's line, a
 * figure's section, a project's name, a run of digits) and read on to the end of the text.
 * Each takes well under a second now; the bound leaves room for a loaded machine.
 */
class HostileTextValidationTest {

  private static final Duration BOUND = Duration.ofSeconds(20);

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试部门").year(2025);
  }

  @Test
  void aNarrativeListing50000ProjectAmountsInAMegabyteOfTextIsValidatedWithinSeconds() {
    // Every listed amount is looked up in the narrative (its section) and matched with its
    // project by name: 50,000 figures × a megabyte of text, 50,000 names × 50,000 projects.
    int projects = 50_000;
    BudgetBuilder b = budget();
    Narrative.Builder n = Narrative.builder();
    StringBuilder text = new StringBuilder("项目支出主要为");
    for (int i = 0; i < projects; i++) {
      String name = "第" + i + "号专项工作经费项目";
      // The first project is stated at 2.00 against its 预算数 of 1.00.
      String stated = (i == 0 ? "2.00" : "1.00") + "万元";
      b.project(p -> p.name(name).budget("1.00"));
      text.append(name).append(stated).append("，");
      n.figure(FigureKind.PROJECT_AMOUNT, name, name, stated);
    }
    n.section(SectionKind.EXPENDITURE, "2、支出说明", text.toString());
    DepartmentBudget budget = b.narrative(n.build()).build();
    assertThat(text.length()).isGreaterThan(1_000_000);

    ValidationReport report = assertTimeoutPreemptively(BOUND,
        () -> RuleSet.standard().validate(budget));

    // Every name designates its project; only the first states another amount than its 预算数,
    // and the finding is placed in the 支出说明 that states it.
    assertThat(report.findings("BK-NARR-008")).singleElement().satisfies(f -> {
      assertThat(f.location())
          .isEqualTo(Location.of(SectionKind.EXPENDITURE, "第0号专项工作经费项目"));
      assertThat(f.actual()).contains(Amount.parse("2.00"));
    });
  }

  @Test
  void aMegabyteLineOfPlaceholdersIsReportedWithinSeconds() {
    // One line of 110,000 placeholders, each placeholder's context used to be cut from its whole
    // line; and of 因公, which is no cause, with a 原因 that gives none at its end.
    String line = "某某单位因公出国，".repeat(110_000) + "原因：";
    DepartmentBudget budget = budget().narrative(n -> n
        .section(SectionKind.THREE_PUBLIC, "三、“三公”经费", line)).build();

    ValidationReport report = assertTimeoutPreemptively(BOUND,
        () -> RuleSet.standard().validate(budget));

    assertThat(report.findings("BK-COMP-010")).hasSize(110_000)
        .allMatch(f -> f.arguments().get("placeholder").equals("某某"));
    assertThat(report.findings("BK-COMP-009")).hasSize(1);
  }

  @Test
  void aPurposeWithAMillionDigitsNotFollowedBy万元IsReadWithinSeconds() {
    // Items 1、 and 2、, the first a million digits long without 万元: each of its digits used to
    // start a reading of the rest of the run.
    String purpose = "1、" + "9".repeat(1_000_000) + "元；2、培训费5.00万元。";
    DepartmentBudget budget = budget().project(p -> p.name("培训项目").budget("5.00")
        .purpose(purpose)).build();

    ValidationReport report = assertTimeoutPreemptively(BOUND,
        () -> RuleSet.standard().validate(budget));

    // Item 1 states no amount in 万元: the purpose does not itemise amounts, nothing to add up.
    assertThat(report.findings("BK-PROJ-007")).isEmpty();
    assertThat(report.findings()).noneMatch(f -> f.messageKey().equals("internal"));
  }

  @Test
  void aPurposeItemisingAmountsIsStillReadAfterTheChange() {
    // The linear pattern finds what the old one found: 3.00 + 2.00 = 5.00 = 预算数.
    DepartmentBudget adds = budget().project(p -> p.name("培训项目").budget("5.00")
        .purpose("1、师资费3.00万元；2、场地费 2.00 万元。")).build();
    DepartmentBudget short1 = budget().project(p -> p.name("培训项目").budget("6.00")
        .purpose("1、师资费3.00万元；2、场地费 2.00 万元。")).build();

    assertThat(RuleSet.standard().validate(adds).findings("BK-PROJ-007")).isEmpty();
    assertThat(RuleSet.standard().validate(short1).findings("BK-PROJ-007")).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("items", "3.00 + 2.00"));
  }
}
