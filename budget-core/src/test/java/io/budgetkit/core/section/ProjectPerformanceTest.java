package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectPerformanceTest {

  private static ProjectPerformance project() {
    return ProjectPerformance.builder()
        .name("数字网格化管理平台项目")
        .indicator("产出指标", "数量指标", "平台数量", "", "1个", "年初工作计划")
        .indicator("产出指标", "质量指标", "系统正常运行率", "", "≥95%", "")
        .indicator("效益指标", "社会效益指标", "社会治理水平", "", "比上年有所提高", "")
        .indicator("产出指标", "数量指标", "服务次数", "", "≥5000部", "")
        .indicator("产出指标", "成本指标", "平台系统费用", "", "≤34.6万元", "")
        .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "", "≥90 %", "")
        .indicator("产出指标", " 成本 指标", "运维单价", "", "≤400元/套", "")
        .build();
  }

  @Test
  void indicatorTreeGroupsByLevelsInFirstPrintedOrder() {
    Map<String, Map<String, List<Indicator>>> tree = project().indicatorTree();

    assertThat(tree.keySet()).containsExactly("产出指标", "效益指标", "满意度指标");
    assertThat(tree.get("产出指标").keySet())
        .containsExactly("数量指标", "质量指标", "成本指标", " 成本 指标");
    assertThat(tree.get("产出指标").get("数量指标")).extracting(Indicator::level3)
        .containsExactly("平台数量", "服务次数");
    assertThat(tree.get("效益指标").get("社会效益指标")).extracting(Indicator::level3)
        .containsExactly("社会治理水平");
  }

  @Test
  void indicatorTreeKeepsThePrintedOrderRatherThanSortingIt() {
    Map<String, Map<String, List<Indicator>>> tree = ProjectPerformance.builder().name("z")
        .indicator("满意度指标", "服务对象满意度指标", "群众满意度", "", "≥90%", "")
        .indicator("效益指标", "社会效益指标", "社会治理水平", "", "比上年有所提高", "")
        .indicator("产出指标", "时效指标", "完成时间", "", "12 月之前", "")
        .indicator("产出指标", "数量指标", "平台数量", "", "1个", "")
        .build().indicatorTree();

    assertThat(tree.keySet()).containsExactly("满意度指标", "效益指标", "产出指标");
    assertThat(tree.get("产出指标").keySet()).containsExactly("时效指标", "数量指标");
  }

  @Test
  void costIndicatorsInPrintedOrderWhateverTheirSpacing() {
    assertThat(project().costIndicators()).extracting(Indicator::level3)
        .containsExactly("平台系统费用", "运维单价");
    assertThat(project().costIndicators().get(0).value().amount()).contains(Amount.parse("34.6"));
    assertThat(project().costIndicators().get(1).value().amount()).isEmpty();
  }

  @Test
  void amountsGivenAsPrintedAndBlankOnesLeftUnset() {
    ProjectPerformance p = ProjectPerformance.builder()
        .name("x").code("13031124P00AN9710571K").title("1、x绩效目标表")
        .budget("1047.00").fiscalFunds("1047.00").otherFunds(" ")
        .goal("1.全面推进互联网+社会治理模式").goal("2.保障公共安全视频监控建设联网应用")
        .quarterlyPlan("资金支出计划（%）", "250.00", "500.00", "750.00", "1047.00")
        .build();

    assertThat(p.budget()).contains(Amount.parse("1047"));
    assertThat(p.fiscalFunds()).contains(Amount.parse("1047"));
    assertThat(p.otherFunds()).isEmpty();
    assertThat(p.code()).contains("13031124P00AN9710571K");
    assertThat(p.goals()).hasSize(2);
    assertThat(p.spendingPlan().orElseThrow().points()).hasSize(4);
  }

  @Test
  void indicatorsOnlyLayoutHasNoBudgetOrPlan() {
    ProjectPerformance p = ProjectPerformance.builder().name("y").budget("").build();

    assertThat(p.budget()).isEmpty();
    assertThat(p.code()).isEmpty();
    assertThat(p.spendingPlan()).isEmpty();
    assertThat(p.indicatorTree()).isEmpty();
    assertThat(p.costIndicators()).isEmpty();
  }
}
