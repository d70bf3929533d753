package io.budgetkit.rules.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssetRulesTest {

  private static final RuleSet RULES = RuleSet.of("asset", AssetRules.rules());

  private static DepartmentBudget assets(Consumer<FixedAssets.Builder> rows) {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025).fixedAssets(rows)
        .build();
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  private static Location value(String item) {
    return Location.builder().section(SectionKind.ASSETS).subject(item).column(3)
        .columnName("价值").build();
  }

  private static Location quantity(String item) {
    return Location.builder().section(SectionKind.ASSETS).subject(item).column(2)
        .columnName("数量").build();
  }

  // --- 其中 rows and [bookmark:] marks ---------------------------------------------------------

  @Test
  void aHundredThousandUnclosedBookmarksAreReadInLinearTime() {
    // \[bookmark:[^\]]*\] read to the end of the item from each unclosed mark: 10^5 marks,
    // a megabyte, took longer than the bound; the scan reads the item once.
    AssetRow row = AssetRow.builder().item("其中：" + "[bookmark:".repeat(100_000)).build();
    AssetRow closed = AssetRow.builder().item("[bookmark: _Toc_1]其中：办公用房").build();

    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> AssetRules.isOfWhich(row))).isTrue();
    assertThat(AssetRules.isOfWhich(closed)).isTrue();
    assertThat(AssetRules.isOfWhich(AssetRow.builder().item("a[bookmark:x]其中").build())).isFalse();
  }

  // --- BK-ASSET-001 -----------------------------------------------------------------------------

  @Test
  void componentsPassWhenTheyMakeTheTotalAndTheOfWhichRowIsNotAdded() {
    // 海港区人民政府办公室 2024 (layout F2, L2483-2513): 14 + 85.91 + 117.92 = 217.83; the 其中
    // row's 10.00 is part of 房屋, not a fifth component; 数量 --- is no number.
    DepartmentBudget b = assets(a -> a
        .row("资产总额", "---", "217.83")
        .row("1、房屋（平方米）", "2605.71", "14")
        .row("其中：办公用房（平方米）", "1200", "10.00")
        .row("2、车辆（台、辆）", "4", "85.91")
        .row("3、单价在50万元以上的设备", "", "")
        .row("4、其他固定资产", "606", "117.92"));

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).isEmpty();
  }

  @Test
  void componentsFireAtTheTotalWithTheComponentsRelated() {
    // 100.00 + 20.00 = 120.00, 资产总额 prints 130.00; the indented 其中 row (full-width spaces)
    // is still recognised and left out.
    DepartmentBudget b = assets(a -> a
        .row("资产总额", "", "130.00")
        .row("1、房屋（平方米）", "500", "100.00")
        .row("　　其中：办公用房（平方米）", "300", "60.00")
        .row("2、车辆（台、辆）", "2", "20.00"));

    assertThat(run(AssetRules.COMPONENTS_SUM, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-ASSET-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(value("资产总额"));
      assertThat(f.actual()).contains(Amount.parse("130.00"));
      assertThat(f.expected()).contains(Amount.parse("120.00"));
      assertThat(f.difference()).contains(Amount.parse("10.00"));
      assertThat(f.related()).containsExactly(value("1、房屋（平方米）"), value("2、车辆（台、辆）"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo(
          "资产总额 130.00 is not the sum of its 2 components, which is 120.00 (difference 10.00).");
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("资产总额 130.00 不等于 2 个组成项目之和 120.00（相差 10.00）。");
    });
  }

  @Test
  void componentsWithinRoundingAreANoteUnlessStrict() {
    // 4 components: 0.01 ≤ 0.005 × (4 + 1) = 0.025.
    DepartmentBudget b = assets(a -> a
        .row("资产总额", "", "40.01")
        .row("1、房屋（平方米）", "", "10.00")
        .row("2、车辆（台、辆）", "", "10.00")
        .row("3、单价在20万元以上的设备", "", "10.00")
        .row("4、其他固定资产", "", "10.00"));

    assertThat(run(AssetRules.COMPONENTS_SUM, b)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.INFO);
    assertThat(RuleSet.of("x", List.of(AssetRules.COMPONENTS_SUM)).tolerance(Tolerance.STRICT)
        .validate(b).findings()).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void layoutF3WithoutTotalIsSkipped() {
    DepartmentBudget b = assets(a -> a
        .row("通用设备", "30", "50.00")
        .row("专用设备", "2", "20.00")
        .row("家具、用具、装具及动植物", "100", "5.00"));

    assertThat(RULES.validate(b).findings()).isEmpty();
    assertThat(RULES.validate(DepartmentBudget.builder().department("1", "x").year(2025).build())
        .findings()).isEmpty();
  }

  // --- BK-ASSET-002 -----------------------------------------------------------------------------

  @Test
  void ofWhichFiresWhenLargerThanItsParentInValueAndQuantity() {
    DepartmentBudget b = assets(a -> a
        .row("资产总额", "", "100.00")
        .row("1、房屋（平方米）", "500", "100.00")
        .row("其中：办公用房（平方米）", "600", "120.00"));

    List<Finding> found = run(AssetRules.OF_WHICH_WITHIN_PARENT, b);

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-ASSET-002");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(quantity("其中：办公用房（平方米）"));
      assertThat(f.related()).containsExactly(quantity("1、房屋（平方米）"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 其中 row's 数量 600 is more than the"
          + " 数量 500 of 1、房屋（平方米）, which it is part of.");
    });
    assertThat(found.get(1)).satisfies(f -> {
      assertThat(f.location()).isEqualTo(value("其中：办公用房（平方米）"));
      assertThat(f.actual()).contains(Amount.parse("120.00"));
      assertThat(f.expected()).contains(Amount.parse("100.00"));
      assertThat(f.related()).containsExactly(value("1、房屋（平方米）"));
      assertThat(f.message(Locale.CHINESE)).isEqualTo(
          "“其中”行价值 120.00 超过其所属“1、房屋（平方米）”的价值 100.00（超出 20.00）。");
    });
  }

  @Test
  void ofWhichPassesWhenWithinItsParentOrNotANumber() {
    DepartmentBudget b = assets(a -> a
        .row("资产总额", "---", "100.00")
        .row("1、房屋（平方米）", "---", "100.00")
        .row("其中：办公用房（平方米）", "300", "100.00"));

    assertThat(run(AssetRules.OF_WHICH_WITHIN_PARENT, b)).isEmpty();
  }

  @Test
  void everyMessageIsFilledInBothLanguages() {
    DepartmentBudget b = assets(a -> a
        .row("资产总额", "", "1.00")
        .row("1、房屋（平方米）", "5", "2.00")
        .row("其中：办公用房（平方米）", "6", "3.00"));

    List<Finding> found = RULES.validate(b).findings();

    // Sorted by subject (其中… before 资产总额), then column (数量 before 价值).
    assertThat(found).extracting(Finding::messageKey).containsExactly(
        "BK-ASSET-002.quantity", "BK-ASSET-002", "BK-ASSET-001");
    for (Finding f : found) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertThat(f.message(l)).as("%s %s", f, l).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void rulesAreInIdOrder() {
    assertThat(AssetRules.rules()).extracting(Rule::id)
        .containsExactly("BK-ASSET-001", "BK-ASSET-002");
  }

  // --- the fixtures -----------------------------------------------------------------------------

  /**
   * The three asset tables hold, exactly:
   *
   * <ul>
   *   <li>海港区发展服务中心 2025 (F1, L2146-2176): 资产总额 122.61 = 4、其他固定资产 122.61, every
   *       other row blank;</li>
   *   <li>海港区人民政府办公室 2024 (F2, L2483-2513): 217.83 = 房屋 14 + 车辆 85.91 + 其他 117.92;
   *       资产总额 数量 {@code ---} (L2492) is no number and no finding;</li>
   *   <li>公安局经济技术开发区分局 2024 (F1, L1018-1030): 541.28 = 车辆 154.72 + 其他 386.56.</li>
   * </ul>
   *
   * <p>No 其中 row prints anything, so BK-ASSET-002 has nothing to compare.
   */
  @ParameterizedTest
  @EnumSource(Fixture.class)
  void fixturesHold(Fixture fixture) {
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(fixture.budget()).findings()).isEmpty();
  }
}
