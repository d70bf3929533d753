package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.problem.Severity;
import io.budgetkit.fixtures.Fixture;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The three real disclosures run through {@link RuleSet#standard()}: every finding is asserted,
 * each explained by where it stands in the published document (line numbers of the extracted
 * text in budget-fixtures). Each line reads: severity, rule, location, actual → expected.
 */
class StandardRulesFixturesTest {

  private static List<String> findings(Fixture fixture, Tolerance tolerance) {
    return RuleSet.standard().tolerance(tolerance).validate(fixture.budget()).findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.location().describe(Locale.CHINESE)
            + f.actual().map(a -> " " + a).orElse("")
            + f.expected().map(e -> " → " + e).orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void developmentServiceCenter2025() {
    List<String> expected = List.of(
        // L1299-1304: the 基本支出表 prints 30217 公务接待费 0.05, but the “三公” table is published
        // empty (L1397-1428) and L1463 says 公务接待费 0.00 and 无“三公”经费: the economic item
        // cannot exceed its 三公 line (DOMAIN.md, part ≤ whole).
        "ERROR BK-XT-010 一般公共预算财政拨款基本支出表 序号13 30217 栏次3（合计） 0.05 → 0.00",
        // L1459: 项目支出增加1807.70万元, 主要为 the three projects' whole 2025 budgets (34.6 + 40.3
        // + 155.2 = 230.10) and a transfer without amount: the components do not explain it.
        "WARNING BK-NARR-014 情况说明·比上年增减情况 “项目支出增加” 1807.70 → 230.10",
        // L1511, L1606, L1701, L1796, L1891: every plan is headed 资金支出计划（%） but holds
        // cumulative 万元 amounts (250.00 500.00 750.00 1047.00 …).
        "WARNING BK-PROJ-006 情况说明·项目绩效目标 「云视频及网络安全运维（含餐饮平台WL）」 “资金支出计划（%）”",
        "WARNING BK-PROJ-006 情况说明·项目绩效目标 「人员车辆大数据治安管控系统运维(WL)」 “资金支出计划（%）”",
        "WARNING BK-PROJ-006 情况说明·项目绩效目标 「公共安全视频监控建设联网应用“雪亮工程”运维(WL)」 “资金支出计划（%）”",
        "WARNING BK-PROJ-006 情况说明·项目绩效目标 「数字网格化管理平台项目」 “资金支出计划（%）”",
        "WARNING BK-PROJ-006 情况说明·项目绩效目标 「智慧海港综合指挥平台维保项目(WL)」 “资金支出计划（%）”",
        // L2034-2068: unit prices are printed rounded to 0.01 万元 (复印纸 200 包 × 0.00 = 0.34,
        // 鼓粉盒 20 × 0.02 = 0.36, 墨粉盒 40 × 0.03 = 1.12): within 数量 × 0.005, rounding notes.
        "INFO BK-PROC-004 情况说明·政府采购 「公用经费一」 栏次8（合计） “墨粉盒” 1.12 → 1.20",
        "INFO BK-PROC-004 情况说明·政府采购 「公用经费一」 栏次8（合计） “复印纸” 0.34 → 0.00",
        "INFO BK-PROC-004 情况说明·政府采购 「公用经费一」 栏次8（合计） “鼓粉盒” 0.36 → 0.40");
    assertThat(findings(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025, Tolerance.ROUNDING_AWARE))
        .containsExactlyElementsOf(expected);
    // Under STRICT the three unit-price notes become the rule's WARNING; nothing else changes.
    assertThat(findings(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025, Tolerance.STRICT))
        .containsExactlyElementsOf(expected.stream().map(s -> s.replace("INFO BK-PROC-004",
            "WARNING BK-PROC-004")).collect(Collectors.toList()));
  }

  @Test
  void governmentOffice2024() {
    List<String> expected = List.of(
        // L1418: the note of the 政府性基金 table reads 政府基金预算 where the title and the
        // profile say 政府性基金预算: still unmistakably the 空表 note, so only a note.
        "INFO BK-COMP-005 政府性基金预算财政拨款支出表 “注：无政府基金预算财政拨款预算，空表列示。”",
        // L1577-1578: section 二 is one paragraph on 综合预算管理: no 收入说明, 支出说明 or 比上年
        // 增减情况 and not one figure, although the disclosure rules require them.
        "ERROR BK-COMP-008 情况说明·收入说明",
        "ERROR BK-COMP-008 情况说明·支出说明",
        "ERROR BK-COMP-008 情况说明·比上年增减情况",
        // L1583-1584: the heading promises 增减变化原因, the paragraph gives amounts only.
        "WARNING BK-COMP-009 情况说明·“三公”经费 “四、财政拨款“三公”经费预算情况及增减变化原因”");
    assertThat(findings(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024, Tolerance.ROUNDING_AWARE))
        .containsExactlyElementsOf(expected);
    // Every number of this document holds exactly: STRICT finds the same.
    assertThat(findings(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024, Tolerance.STRICT))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void publicSecurityBureau2024() {
    List<String> expected = List.of(
        // L479: 政府基金 in the note, 政府性基金 in the title, as in the office's document.
        "INFO BK-COMP-005 政府性基金预算财政拨款支出表 “注：无政府基金预算财政拨款预算，空表列示。”",
        // L508-509: 合计 124.59 but “三公”经费小计 104.07 and no 会议费/培训费 rows (layout D): the
        // 20.52 the table does not show is 30216 培训费 (L441), which BK-XT-011 accepts.
        "WARNING BK-TPUB-006 财政拨款“三公”经费支出表 序号1 合计 栏次2（合计） 124.59 → 104.07",
        "WARNING BK-TPUB-006 财政拨款“三公”经费支出表 序号1 合计 栏次3（一般公共预算财政拨款） 124.59 → 104.07",
        // L555: 專項公用經費23.97萬元, but that project's table prints 预算数 25.07 (L956).
        "ERROR BK-NARR-008 情况说明·支出说明 “專項公用經費” 23.97 → 25.07",
        // L555: the thirteen listed projects add up to 4462.90, not the stated 项目支出 4464.00.
        "ERROR BK-NARR-009 情况说明·支出说明 “项目支出” 4464.00 → 4462.90",
        // L559: 人脸识别测温系统运维费用18.41万元等 states no direction, the other components do.
        "WARNING BK-NARR-015 情况说明·比上年增减情况 “人脸识别测温系统运维费用” 18.41",
        // L559: the components listed before 等 add up to −260.425 of the stated −562.49: a
        // partial list, so only a note.
        "INFO BK-NARR-014 情况说明·比上年增减情况 “项目支出减少” -562.49 → -260.425",
        // L769: 公安业务经费's 资金用途 items add up to 198.99 against its 共计 168.99 (the cost
        // indicators, L788 ff., do add up to 168.99).
        "WARNING BK-PROJ-007 情况说明·项目绩效目标 「公安业务经费」 “资金用途” 168.99 → 198.99",
        // L707-708: 创安公司经费's plan has no 12月底 column and ends at 75% in 10月底.
        "ERROR BK-PROJ-003 情况说明·项目绩效目标 「创安公司经费」 “10月底”",
        // L893-894: the cost caps 1.94 and 125.01 together exceed the budget 125.01.
        "WARNING BK-PROJ-005 情况说明·项目绩效目标 「新增警务辅助人员劳务费」 “成本指标” 126.95 → 125.01",
        // L1006: 物业管理费 is bought as 55.08 年 at 1.00 each: 数量 and 单价 look swapped.
        "WARNING BK-PROC-008 情况说明·政府采购 「物业管理费」 栏次6（数量） “其他公共设施管理服务”",
        // L986-987: the nine lines add up to 1375.16, the 小计 prints 1375.15: within the
        // rounding of ten printed figures, a note.
        "INFO BK-PROC-001 情况说明·政府采购 「秦皇岛市公安局经济技术开发区分局（本级）小计」 栏次8（合计） 1375.15 → 1375.16",
        "INFO BK-PROC-001 情况说明·政府采购 「秦皇岛市公安局经济技术开发区分局（本级）小计」 栏次9（一般公共预算拨款） 1375.15 → 1375.16");
    assertThat(findings(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024, Tolerance.ROUNDING_AWARE))
        .containsExactlyElementsOf(expected);
    // Under STRICT the 0.01 of the procurement 小计 is an error.
    assertThat(findings(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024, Tolerance.STRICT))
        .containsExactlyElementsOf(expected.stream().map(s -> s.replace("INFO BK-PROC-001",
            "ERROR BK-PROC-001")).collect(Collectors.toList()));
  }

  @Test
  void theVerdicts() {
    assertThat(RuleSet.standard().validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025
        .budget()).counts()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 6)
        .containsEntry(Severity.INFO, 3);
    assertThat(RuleSet.standard().validate(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget())
        .isValid()).isFalse();
    assertThat(RuleSet.standard().validate(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget())
        .counts()).containsEntry(Severity.ERROR, 3).containsEntry(Severity.WARNING, 6)
        .containsEntry(Severity.INFO, 4);
  }
}
