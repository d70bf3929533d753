package io.budgetkit.rules.tpub;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicRows;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The “三公” table's internal sums, in layouts A to D (LAYOUTS.md §4) and on the fixtures. */
class ThreePublicRulesTest {

  private static final RuleSet ALL = RuleSet.of("tpub", ThreePublicRules.rules());

  private static DepartmentBudget budget(Consumer<ThreePublicRows> rows) {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025)
        .threePublic(rows).build();
  }

  private static List<Finding> run(Rule rule, Consumer<ThreePublicRows> rows) {
    return filled(RuleSet.of("x", List.of(rule)).validate(budget(rows)).findings());
  }

  /** Every finding a test sees has its message, placeholders filled, in both languages. */
  private static List<Finding> filled(List<Finding> findings) {
    for (Finding f : findings) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertThat(f.message(locale)).doesNotContain("{").doesNotContain("}")
            .doesNotContain("no message text").doesNotContain("缺少消息文本");
      }
    }
    return findings;
  }

  @Test
  void everyRuleHasAMessageInBothLanguages() throws IOException {
    Properties en = bundle("tpub.properties");
    Properties zh = bundle("tpub_zh.properties");
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    for (Rule rule : ThreePublicRules.rules()) {
      assertThat(en.containsKey(rule.id())).as(rule.id()).isTrue();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(ThreePublicRulesTest.class.getResourceAsStream(
        "/io/budgetkit/rules/messages/" + name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Location cell(int row, String item, int column, String columnName) {
    return Location.builder().table(TableKind.THREE_PUBLIC).row(row).code(item).column(column)
        .columnName(columnName).build();
  }

  private static Amount amount(String s) {
    return Amount.parse(s);
  }

  /** Layout C as in the 2024 government-office fixture, with a 小计 of our choice. */
  private static Consumer<ThreePublicRows> layoutC(String subtotal) {
    return t -> t
        .row("“三公”经费小计", subtotal, subtotal)
        .row("一、因公出国（境）费", "0", "0")
        .row("其中：教学科研人员因公出国（境）费", "0", "0")
        .row("其他因公出国（境）费", "0", "0")
        .row("二、公务用车购置及运维费", "9.01", "9.01")
        .row("其中：公务用车购置费", "0", "0")
        .row("公务用车运行维护费", "9.01", "9.01")
        .row("三、公务接待费", "0.68", "0.68");
  }

  /** Layout B: 13 rows with 会议费 (其中 rows) and 培训费. */
  private static Consumer<ThreePublicRows> layoutB(String total, String meetings,
      String meetingsOther) {
    return t -> t
        .row("合计", total, total)
        .row("“三公”经费小计", "9.69", "9.69")
        .row("一、因公出国（境）费", "", "")
        .row("其中：教学科研人员因公出国（境）费")
        .row("其他因公出国（境）费")
        .row("二、公务用车购置及运维费", "9.01", "9.01")
        .row("其中：公务用车购置费")
        .row("公务用车运行维护费", "9.01", "9.01")
        .row("三、公务接待费", "0.68", "0.68")
        .row("四、会议费", meetings, meetings)
        .row("其中：省属高校业务性会议费", "1.00", "1.00")
        .row("其他会议费", meetingsOther, meetingsOther)
        .row("五、培训费", "2.00", "2.00");
  }

  /** Layout D as in the etdz fixture (PDF half-width parentheses), with a 合计 of our choice. */
  private static Consumer<ThreePublicRows> layoutD(String total) {
    return t -> t
        .row("合计", total, total)
        .row("“三公”经费小计", "104.07", "104.07")
        .row("一、因公出国(境)费")
        .row("其中：教学科研人员因公出国(境)费")
        .row("其他因公出国(境)费")
        .row("二、公务用车购置及运维费", "97.26", "97.26")
        .row("其中：公务用车购置费")
        .row("公务用车运行维护费", "97.26", "97.26")
        .row("三、公务接待费", "6.81", "6.81");
  }

  @Test
  void theLayoutsAreTheOnesTheRulesAreWrittenFor() {
    assertThat(budget(layoutB("13.69", "3.00", "2.00")).threePublic().orElseThrow().rowLayout())
        .isEqualTo(ThreePublicLayout.FULL);
    assertThat(budget(layoutC("9.69")).threePublic().orElseThrow().rowLayout())
        .isEqualTo(ThreePublicLayout.SUBTOTAL_ONLY);
    assertThat(budget(layoutD("124.59")).threePublic().orElseThrow().rowLayout())
        .isEqualTo(ThreePublicLayout.TOTAL_WITHOUT_MEETINGS);
  }

  @Test
  void rulesAreListedInIdOrder() {
    assertThat(ThreePublicRules.rules()).extracting(Rule::id).containsExactly("BK-TPUB-001",
        "BK-TPUB-002", "BK-TPUB-003", "BK-TPUB-004", "BK-TPUB-005", "BK-TPUB-006");
    assertThat(ThreePublicRules.UNDISCLOSED.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void consistentTablesOfLayoutsABCPass() {
    assertThat(ALL.tolerance(Tolerance.STRICT).validate(budget(layoutC("9.69"))).findings())
        .isEmpty();
    // 合计 13.69 = 9.69 + 会议费 2.00 (1.00 + 1.00) + 培训费 2.00.
    assertThat(ALL.tolerance(Tolerance.STRICT)
        .validate(budget(layoutB("13.69", "2.00", "1.00"))).findings()).isEmpty();
    assertThat(ALL.validate(budget(t -> t.note("注：无财政拨款“三公”经费支出预算，空表列示。")))
        .findings()).isEmpty();
    assertThat(ALL.validate(budget(t -> t.row("", new String[0]))).findings()).isEmpty();
  }

  // BK-TPUB-001 ----------------------------------------------------------------------------------

  @Test
  void subtotalFiresInEachColumnThatDisagrees() {
    // 10.00 ≠ 0 + 9.01 + 0.68 = 9.69 in both printed columns.
    List<Finding> found = run(ThreePublicRules.SUBTOTAL, layoutC("10.00"));

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell(1, "“三公”经费小计", 2, "合计"));
      assertThat(f.related()).containsExactly(cell(2, "一、因公出国（境）费", 2, "合计"),
          cell(5, "二、公务用车购置及运维费", 2, "合计"), cell(8, "三、公务接待费", 2, "合计"));
      assertThat(f.actual()).contains(amount("10.00"));
      assertThat(f.expected()).contains(amount("9.69"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("“三公”经费小计 is 10.00, but"
          + " 一、因公出国（境）费 + 二、公务用车购置及运维费 + 三、公务接待费 come to 9.69"
          + " (difference 0.31).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("“三公”经费小计 为 10.00，"
          + "一、因公出国（境）费 + 二、公务用车购置及运维费 + 三、公务接待费 之和为 9.69（相差 0.31）。");
    });
    assertThat(found.get(1).location()).isEqualTo(cell(1, "“三公”经费小计", 3, "一般公共预算财政拨款"));
  }

  @Test
  void subtotalWithinRoundingIsANote() {
    // 9.70 vs 9.69: 0.01 ≤ 0.005 × (3 + 1).
    assertThat(run(ThreePublicRules.SUBTOTAL, layoutC("9.70"))).hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(RuleSet.of("x", List.of(ThreePublicRules.SUBTOTAL)).tolerance(Tolerance.STRICT)
        .validate(budget(layoutC("9.70"))).findings())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR)).hasSize(2);
  }

  @Test
  void subtotalIsNotCheckedWhenAPartRowIsNotPrinted() {
    assertThat(run(ThreePublicRules.SUBTOTAL, t -> t
        .row("“三公”经费小计", "10.00", "10.00")
        .row("三、公务接待费", "0.68", "0.68"))).isEmpty();
  }

  // BK-TPUB-002, 003 -----------------------------------------------------------------------------

  @Test
  void overseasFiresAgainstItsTwo其中Rows() {
    List<Finding> found = run(ThreePublicRules.OVERSEAS, t -> t
        .row("“三公”经费小计", "5.00")
        .row("一、因公出国（境）费", "5.00")
        .row("其中：教学科研人员因公出国（境）费", "2.00")
        .row("其他因公出国（境）费", "2.00"));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-002");
      assertThat(f.location()).isEqualTo(cell(2, "一、因公出国（境）费", 2, "合计"));
      assertThat(f.related()).containsExactly(cell(3, "其中：教学科研人员因公出国（境）费", 2, "合计"),
          cell(4, "其他因公出国（境）费", 2, "合计"));
      assertThat(f.expected()).contains(amount("4.00"));
    });
  }

  @Test
  void overseasWithout其中RowsIsNotChecked() {
    assertThat(run(ThreePublicRules.OVERSEAS, t -> t.row("一、因公出国（境）费", "5.00"))).isEmpty();
  }

  @Test
  void vehiclesFireAgainstPurchaseAndOperation() {
    List<Finding> found = run(ThreePublicRules.VEHICLES, t -> t
        .row("二、公务用车购置及运维费", "97.26", "97.26")
        .row("其中：公务用车购置费", "1.00", "1.00")
        .row("公务用车运行维护费", "97.26", "97.26"));

    assertThat(found).hasSize(2).first().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-003");
      assertThat(f.location()).isEqualTo(cell(1, "二、公务用车购置及运维费", 2, "合计"));
      assertThat(f.actual()).contains(amount("97.26"));
      assertThat(f.expected()).contains(amount("98.26"));
    });
  }

  @Test
  void vehiclesPassInTheEtdzLayout() {
    // 97.26 = blank 购置费 + 97.26; columns 4 and 5 print nothing and are skipped.
    assertThat(run(ThreePublicRules.VEHICLES, layoutD("124.59"))).isEmpty();
  }

  // BK-TPUB-004 ----------------------------------------------------------------------------------

  @Test
  void meetingsFireAgainstTheir其中Rows() {
    // 四、会议费 3.00 but 1.00 + 1.00; 合计 14.69 = 9.69 + 3.00 + 2.00 holds.
    List<Finding> found = run(ThreePublicRules.MEETINGS, layoutB("14.69", "3.00", "1.00"));

    assertThat(found).hasSize(2).first().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-004");
      assertThat(f.location()).isEqualTo(cell(10, "四、会议费", 2, "合计"));
      assertThat(f.related()).containsExactly(cell(11, "其中：省属高校业务性会议费", 2, "合计"),
          cell(12, "其他会议费", 2, "合计"));
      assertThat(f.actual()).contains(amount("3.00"));
      assertThat(f.expected()).contains(amount("2.00"));
    });
    assertThat(run(ThreePublicRules.TOTAL, layoutB("14.69", "3.00", "1.00"))).isEmpty();
  }

  // BK-TPUB-005 ----------------------------------------------------------------------------------

  @Test
  void totalOfLayoutBFiresAgainst小计会议费培训费() {
    // 合计 15.00 but 9.69 + 2.00 + 2.00 = 13.69.
    List<Finding> found = run(ThreePublicRules.TOTAL, layoutB("15.00", "2.00", "1.00"));

    assertThat(found).hasSize(2).first().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-005");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell(1, "合计", 2, "合计"));
      assertThat(f.related()).containsExactly(cell(2, "“三公”经费小计", 2, "合计"),
          cell(10, "四、会议费", 2, "合计"), cell(13, "五、培训费", 2, "合计"));
      assertThat(f.actual()).contains(amount("15.00"));
      assertThat(f.expected()).contains(amount("13.69"));
    });
    // A 合计 above the printed rows of layout B is an error, not an undisclosed amount.
    assertThat(run(ThreePublicRules.UNDISCLOSED, layoutB("15.00", "2.00", "1.00"))).isEmpty();
  }

  @Test
  void totalOfLayoutDBelow小计Fires() {
    // No unprinted row can be negative: 合计 100.00 < 小计 104.07 is an error.
    List<Finding> found = run(ThreePublicRules.TOTAL, layoutD("100.00"));

    assertThat(found).hasSize(2).first().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell(1, "合计", 2, "合计"));
      assertThat(f.expected()).contains(amount("104.07"));
      assertThat(f.difference()).contains(amount("-4.07"));
    });
    assertThat(run(ThreePublicRules.UNDISCLOSED, layoutD("100.00"))).isEmpty();
  }

  @Test
  void totalOfLayoutDAbove小计IsNotAnError() {
    assertThat(run(ThreePublicRules.TOTAL, layoutD("124.59"))).isEmpty();
  }

  // BK-TPUB-006 ----------------------------------------------------------------------------------

  @Test
  void totalOfLayoutDAbove小计IsReportedAsUndisclosed() {
    List<Finding> found = run(ThreePublicRules.UNDISCLOSED, layoutD("124.59"));

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-006");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(cell(1, "合计", 2, "合计"));
      assertThat(f.related()).containsExactly(cell(2, "“三公”经费小计", 2, "合计"));
      assertThat(f.actual()).contains(amount("124.59"));
      assertThat(f.expected()).contains(amount("104.07"));
      assertThat(f.difference()).contains(amount("20.52"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("合计 is 124.59, 20.52 more than"
          + " “三公”经费小计 (104.07): the printed rows do not explain the 合计, which counts"
          + " amounts the table does not disclose (会议费, 培训费).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("合计 为 124.59，比 “三公”经费小计（104.07）"
          + "多 20.52：所列各行不能解释合计，合计中含有表中未公开的金额（会议费、培训费）。");
    });
    assertThat(found.get(1).location()).isEqualTo(cell(1, "合计", 3, "一般公共预算财政拨款"));
  }

  @Test
  void aPrinted会议费WithoutA培训费RowStillLeavesTheRestUndisclosed() {
    // 合计 15.00, 小计 9.69 + 会议费 2.00 printed, no 培训费 row: 3.31 undisclosed.
    Consumer<ThreePublicRows> rows = t -> t
        .row("合计", "15.00")
        .row("“三公”经费小计", "9.69")
        .row("四、会议费", "2.00");

    assertThat(run(ThreePublicRules.UNDISCLOSED, rows)).singleElement().satisfies(f -> {
      assertThat(f.expected()).contains(amount("11.69"));
      assertThat(f.related()).containsExactly(cell(2, "“三公”经费小计", 2, "合计"),
          cell(3, "四、会议费", 2, "合计"));
    });
    assertThat(run(ThreePublicRules.TOTAL, rows)).isEmpty();
  }

  @Test
  void undisclosedOfOneCentIsARoundingNote() {
    assertThat(run(ThreePublicRules.UNDISCLOSED, layoutD("104.08"))).hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(run(ThreePublicRules.UNDISCLOSED, layoutD("104.07"))).isEmpty();
  }

  @Test
  void layoutCHasNo合计ToCheck() {
    assertThat(run(ThreePublicRules.TOTAL, layoutC("9.69"))).isEmpty();
    assertThat(run(ThreePublicRules.UNDISCLOSED, layoutC("9.69"))).isEmpty();
  }

  // The fixtures ---------------------------------------------------------------------------------

  @Test
  void haigangDevelopmentServiceCenter2025HasAnEmptyTable() {
    // L1397-1428: layout A, header and one blank row with the 空表 note; nothing to add up.
    assertThat(ALL.tolerance(Tolerance.STRICT)
        .validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()).findings()).isEmpty();
  }

  @Test
  void haigangGovernmentOffice2024AddsUp() {
    // L1453-1530, layout C with explicit zeros: 小计 9.69 = 0 + 9.01 + 0.68; 出国 0 = 0 + 0;
    // 公务用车 9.01 = 0 + 9.01; no 合计 row.
    assertThat(ALL.tolerance(Tolerance.STRICT)
        .validate(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget()).findings()).isEmpty();
  }

  @Test
  void etdzPublicSecurityBureau2024LeavesTwentyPointFiveTwoUndisclosed() {
    List<Finding> found = ALL.validate(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget())
        .findings();

    // L508-509 (layout D, L496-516): 合计 124.59 but “三公”经费小计 104.07 in 栏次2 合计 and 栏次3
    // 一般公共预算财政拨款, and the table prints no 会议费 / 培训费 row to explain the 20.52 (it
    // equals 30216 培训费 of the 基本支出表, L441). 小计 104.07 = 0 + 97.26 + 6.81 and 公务用车
    // 97.26 = 0 + 97.26 hold; the 出国 rows are blank.
    assertThat(found).hasSize(2).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-TPUB-006");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.actual()).contains(amount("124.59"));
      assertThat(f.expected()).contains(amount("104.07"));
    });
    assertThat(found).extracting(Finding::location).containsExactly(cell(1, "合计", 2, "合计"),
        cell(1, "合计", 3, "一般公共预算财政拨款"));
  }
}
