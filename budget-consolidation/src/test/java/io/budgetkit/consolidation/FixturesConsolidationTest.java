package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.RuleSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real documents: 海港区人民政府办公室 2024 (434) with 开发区公安分局 2024 (312); and 2024 with
 * 发展服务中心 2025, which cannot be consolidated.
 */
class FixturesConsolidationTest {

  private static final DepartmentBudget OFFICE = Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget();
  private static final DepartmentBudget POLICE = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget();
  private static final Consolidator REPORT = Consolidator.builder().department("000", "海港区")
      .conflicts(ConflictPolicy.REPORT).build();

  private static Amount wan(String s) {
    return Amount.parse(s);
  }

  /*
   * Worked out from the documents' text:
   * - 收支总表 收入总计: office 1417.69 (haigang-government-office-2024 L221 area), police
   *   11262.73 (etdz L107: "34 收入总计 11262.73 支出总计 11262.73") → 12680.42.
   * - 支出总表 合计: 基本支出 884.29 + 6798.73 = 7683.02; 项目支出 533.40 + 4464.00 = 4997.40.
   * - 基本支出表 合计: 人员经费 772.48 + 5862.81 = 6635.29; 公用经费 111.81 + 935.92 = 1047.73.
   * - “三公”: office prints layout C (小计 9.69: 公务用车 9.01 + 接待 0.68), police layout D (合计
   *   124.59, 小计 104.07: 公务用车 97.26 + 接待 6.81) → a layout conflict; resolved to the eight
   *   lines both print: 小计 113.76, 公务用车购置及运维费 106.27, 公务接待费 7.49; the police's
   *   合计 124.59 is left out.
   * - 政府采购 合计: 412.00 + 1375.15 (etdz L986) = 1787.15; 预留份额 263.00 + 154.58 = 417.58.
   * - 资产总额: 217.83 (L2480 text) + 541.28 (etdz L1016/L1025) = 759.11; 车辆 4 + 90 = 94 辆,
   *   85.91 + 154.72 = 240.63.
   * - 上年末固定资产金额 217.83 + 541.28 = 759.11; 拟购置 253 + 0.00 = 253.00; only the police states
   *   the changes against 2023, so they are left out and reported.
   */
  @Test
  void theOfficeAndThePoliceOf2024AddUp() {
    Consolidation r = REPORT.consolidate(List.of(OFFICE, POLICE));
    DepartmentBudget b = r.budget();

    assertThat(b.year()).isEqualTo(2024);
    assertThat(r.departments()).containsOnlyKeys("312", "434");
    assertThat(b.summary().orElseThrow().incomeRow("收入总计").orElseThrow().cell(2))
        .contains(wan("12680.42"));
    assertThat(b.expenditure().orElseThrow().totalRow().orElseThrow().cells())
        .containsEntry(3, wan("12680.42")).containsEntry(4, wan("7683.02"))
        .containsEntry(5, wan("4997.40"));
    assertThat(b.basicExpenditure().orElseThrow().totalRow().orElseThrow().cells())
        .containsEntry(4, wan("6635.29")).containsEntry(5, wan("1047.73"));

    ThreePublicTable tp = b.threePublic().orElseThrow();
    assertThat(tp.rowLayout()).isEqualTo(ThreePublicLayout.SUBTOTAL_ONLY);
    assertThat(tp.row(ThreePublicLine.SUBTOTAL).orElseThrow().cell(2)).contains(wan("113.76"));
    assertThat(tp.row(ThreePublicLine.VEHICLES).orElseThrow().cell(2)).contains(wan("106.27"));
    assertThat(tp.row(ThreePublicLine.RECEPTION).orElseThrow().cell(2)).contains(wan("7.49"));

    ProcurementLine total = b.procurement().orElseThrow().total().orElseThrow();
    assertThat(total.amount(FundingSource.TOTAL)).isEqualTo(wan("1787.15"));
    assertThat(total.smeReserve()).contains(wan("417.58"));
    assertThat(b.procurement().orElseThrow().lines()).filteredOn(l -> l.kind()
        != ProcurementLine.Kind.TOTAL).allMatch(l -> l.department().isPresent());

    assertThat(b.fixedAssets().orElseThrow().total().orElseThrow().value())
        .contains(wan("759.11"));
    assertThat(b.fixedAssets().orElseThrow().rows()).filteredOn(a -> a.item().startsWith("2、"))
        .singleElement().satisfies(a -> {
          assertThat(a.quantity()).contains("94");
          assertThat(a.value()).contains(wan("240.63"));
        });
    assertThat(b.projects()).hasSize(OFFICE.projects().size() + POLICE.projects().size())
        .extracting(p -> p.department().orElseThrow()).containsOnly(OFFICE.departmentName(),
            POLICE.departmentName());

    assertThat(b.narrative().figure(FigureKind.FIXED_ASSETS).orElseThrow().signedValue())
        .contains(wan("759.11"));
    assertThat(b.narrative().figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES).orElseThrow()
        .signedValue()).contains(wan("253"));
    assertThat(b.narrative().figure(FigureKind.CHANGE_TOTAL)).isEmpty();
    assertThat(r.conflicts()).extracting(Conflict::kind).containsExactly(
        ConflictKind.THREE_PUBLIC_LAYOUT, ConflictKind.MISSING_FIGURE,
        ConflictKind.MISSING_FIGURE, ConflictKind.MISSING_FIGURE, ConflictKind.MISSING_FIGURE);
    assertThat(REPORT.consolidate(List.of(POLICE, OFFICE)).budget()).isEqualTo(b);
  }

  @Test
  void theConsolidationFindsNothingTheDocumentsDoNotAlreadyShow() {
    DepartmentBudget b = REPORT.consolidate(List.of(OFFICE, POLICE)).budget();
    Set<String> ownRules = Stream.of(OFFICE, POLICE)
        .flatMap(x -> RuleSet.standard().validate(x).findings().stream())
        .map(Finding::ruleId).collect(Collectors.toSet());

    assertThat(RuleSet.standard().validate(b).findings()).filteredOn(f -> f.severity()
        != Severity.INFO).extracting(Finding::ruleId).isSubsetOf(ownRules);
  }

  @Test
  void theirThreePublicLayoutsConflictUnderFail() {
    assertThatThrownBy(() -> Consolidator.builder().department("000", "海港区").build()
        .consolidate(List.of(OFFICE, POLICE)))
        .isInstanceOf(ConsolidationException.class).hasMessageContaining("THREE_PUBLIC_LAYOUT")
        .hasMessageContaining("434 秦皇岛市海港区人民政府办公室")
        .hasMessageContaining("312 秦皇岛市公安局经济技术开发区分局");
  }

  @Test
  void budgetsOf2024And2025CannotBeConsolidated() {
    DepartmentBudget center = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();

    assertThatThrownBy(() -> REPORT.consolidate(List.of(OFFICE, center)))
        .isInstanceOf(ConsolidationException.class)
        .hasMessageContaining("different years")
        .hasMessageContaining(center.departmentCode() + " " + center.departmentName())
        .hasMessageContaining("2025").hasMessageContaining("434 秦皇岛市海港区人民政府办公室")
        .hasMessageContaining("2024");
  }

  @Test
  void eachDocumentAloneComesBack() {
    for (Fixture f : Fixture.values()) {
      DepartmentBudget in = f.budget();
      DepartmentBudget out = Consolidator.builder().department(in.departmentCode(),
          in.departmentName()).kind(in.kind()).build().consolidate(List.of(in)).budget();
      assertThat(out.fixedAssets()).as(f.name()).isEqualTo(in.fixedAssets());
      assertThat(out.projects()).as(f.name()).hasSameSizeAs(in.projects());
      assertThat(out.expenditure().orElseThrow().totalRow().orElseThrow().cells()).as(f.name())
          .isEqualTo(in.expenditure().orElseThrow().totalRow().orElseThrow().cells());
      assertThat(out.threePublic().orElseThrow().rows()).as(f.name())
          .isEqualTo(in.threePublic().orElseThrow().rows());
    }
  }
}
