package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.core.table.SummaryRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The texts of {@link Conflict}: every kind and every message variant, met in real
 * consolidations, in Chinese and English, and the two bundles against each other.
 */
class ConflictMessagesTest {

  private static final String BASE = "io/budgetkit/consolidation/messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
  /** Texts with a placeholder left, with an English word, with a Chinese character. */
  private static final String UNREPLACED = "(?s).*\\{[A-Za-z0-9_.]+}.*";
  private static final String ENGLISH_WORD = "(?s).*[a-z]{3,}.*";
  private static final String CHINESE = "(?s).*[\\u4e00-\\u9fff].*";
  /** A template in Chinese: Chinese characters or full-width punctuation. */
  private static final String CHINESE_TEMPLATE =
      "(?s).*[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef].*";

  private static List<Conflict> conflicts;

  private static BudgetBuilder budget(String code, String name) {
    return DepartmentBudget.builder().department(code, name).year(2025);
  }

  private static Narrative figures(boolean assets, boolean change) {
    Narrative.Builder n = Narrative.builder();
    if (assets) {
      n.figure(FigureKind.FIXED_ASSETS, "上年末固定资产金额为", "10.00万元");
    }
    if (change) {
      n.figure(FigureKind.THREE_PUBLIC_CHANGE, "与2024年相比增加", "3.00万元");
    }
    return n.build();
  }

  /**
   * Five departments that disagree in every way a 部门预算 result can meet, and a 单位预算 result
   * of a 部门预算 printing 单位资金.
   */
  @BeforeAll
  static void consolidate() {
    DepartmentBudget a = budget("101", "甲局").expenditure(t -> t.total("2.00", "2.00")
        .row("2010301", "行政运行支出", "1.00", "1.00").row("2010399", "乙项", "1.00", "1.00"))
        .threePublic(ConsolidatorTest.subtotalOnly("1.00"))
        .procurement(Procurement.builder(ProcurementLayout.G1).build())
        .fixedAssets(f -> f.asOf("2024-12-31").row("资产总额", "", "1.00"))
        .narrative(figures(true, true)).build();
    DepartmentBudget b = budget("102", "乙局").expenditure(t -> t.total("2.00", "2.00")
        .row("2010301", "行政 运行", "1.00", "1.00").row("2010399", "甲项", "1.00", "1.00"))
        .threePublic(t -> {
          ConsolidatorTest.subtotalOnly("2.00").accept(t);
          t.row("合计", "2.00", "2.00");
        })
        .procurement(Procurement.builder(ProcurementLayout.G2).build())
        .fixedAssets(f -> f.asOf("2023-12-31").row("资产总额", "", "2.00"))
        .narrative(figures(false, true)).build();
    DepartmentBudget c = budget("103", "丙局").expenditure(t -> t.total("1.00", "1.00")
        .row("2010301", "行政运行", "1.00", "1.00")).narrative(figures(false, true)).build();
    DepartmentBudget d = budget("104", "丁局").narrative(figures(false, true)).build();
    DepartmentBudget e = budget("105", "戊局").build();
    conflicts = new ArrayList<>(Consolidator.builder().department("000", "海港区")
        .conflicts(ConflictPolicy.REPORT).build().consolidate(List.of(a, b, c, d, e))
        .conflicts());

    Consumer<SummaryRows> unitFunds = t -> t.row("五、单位资金", "6.00", "一、一般公共服务支出")
        .row("本年收入合计", "6.00", "本年支出合计", "6.00");
    DepartmentBudget department = budget("106", "己局").summary(unitFunds).build();
    conflicts.addAll(Consolidator.builder().department("000", "海港区").kind(BudgetKind.UNIT)
        .conflicts(ConflictPolicy.REPORT).build().consolidate(List.of(department)).conflicts());
  }

  private static Conflict first(ConflictKind kind) {
    return conflicts.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ConflictMessagesTest.class.getClassLoader()
        .getResourceAsStream(BASE + suffix + ".properties");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void everyKindIsMetWithEveryMessageOfTheBundle() throws IOException {
    assertThat(conflicts.stream().map(Conflict::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ConflictKind.class));
    Set<String> used = new TreeSet<>();
    conflicts.forEach(c -> {
      used.add(c.messageKey());
      used.add(c.resolutionKey());
    });
    Set<String> templates = new TreeSet<>();
    for (String k : bundle("").stringPropertyNames()) {
      boolean ofAKind = EnumSet.allOf(ConflictKind.class).stream()
          .anyMatch(kind -> k.equals(kind.name()) || k.startsWith(kind.name() + "."));
      if (ofAKind && !k.endsWith(".variant")) {
        templates.add(k);
      }
    }
    assertThat(used).isEqualTo(templates).contains("NAME.resolution.catalog",
        "NAME.resolution.smallest", "MISSING_FIGURE", "MISSING_FIGURE.one");
  }

  @Test
  void everyConflictReadsInChineseAndInEnglishWithItsPlaceholdersFilled() {
    for (Conflict c : conflicts) {
      for (String zh : List.of(c.message(Locale.CHINESE), c.resolution(Locale.CHINESE))) {
        assertThat(zh).as(c.toString()).isNotBlank().doesNotMatch(UNREPLACED)
            .matches(CHINESE).doesNotMatch(ENGLISH_WORD);
      }
      for (String en : List.of(c.message(Locale.ENGLISH), c.resolution(Locale.ENGLISH))) {
        assertThat(en).as(c.toString()).isNotBlank().doesNotMatch(UNREPLACED)
            .matches(ENGLISH_WORD);
      }
      assertThat(c.message(Locale.CHINA)).isEqualTo(c.message(Locale.CHINESE));
      assertThat(c.message(Locale.FRENCH)).isEqualTo(c.message(Locale.ENGLISH));
      assertThat(c.toString()).contains(c.message(Locale.ENGLISH))
          .contains(c.resolution(Locale.ENGLISH));
    }
  }

  @Test
  void aNameConflictSaysWhoPrintsWhichNameAndWhichNameWasTaken() {
    Conflict name = first(ConflictKind.NAME);

    // "行政 运行" and "行政运行" match; the smaller printed form (a space sorts first) stands for
    // both. The catalog's 2010301 is 行政运行.
    assertThat(name.where()).isEqualTo("支出总表 2010301");
    assertThat(name.message(Locale.CHINESE))
        .isEqualTo("科目名称不一致：“行政 运行”（102 乙局、103 丙局）；“行政运行支出”（101 甲局）");
    assertThat(name.resolution(Locale.CHINESE)).isEqualTo("采用“行政运行”（分类科目目录中的名称）");
    assertThat(name.message(Locale.ENGLISH))
        .isEqualTo("printed as '行政 运行' (102 乙局, 103 丙局); '行政运行支出' (101 甲局)");
    assertThat(name.resolution(Locale.ENGLISH)).isEqualTo("printed as '行政运行' (the catalog's name)");
    assertThat(name.variants()).extracting(Conflict.Variant::printed)
        .containsExactly(List.of("行政 运行"), List.of("行政运行支出"));
    assertThat(name.departmentCount()).isEqualTo(3);
  }

  @Test
  void aThreePublicConflictNamesTheLinesLeftOut() {
    Conflict t = first(ConflictKind.THREE_PUBLIC_LAYOUT);

    assertThat(t.resolution(Locale.CHINESE)).startsWith("汇总只列各表都有的行（“三公”经费小计，")
        .endsWith("），未列：合计");
    assertThat(t.resolution(Locale.ENGLISH)).endsWith("; left out [合计]");
    assertThat(t.message(Locale.CHINESE)).startsWith("“三公”经费表的行次不一致：")
        .contains("101 甲局列有“三公”经费小计，").contains("102 乙局列有合计，");
  }

  @Test
  void aFigureLeftOutByManyNamesSomeAndCountsThem() {
    Conflict assets = conflicts.stream().filter(c -> c.kind() == ConflictKind.MISSING_FIGURE
        && c.arguments().get("figure").equals(List.of("FIXED_ASSETS"))).findFirst().orElseThrow();
    Conflict change = conflicts.stream().filter(c -> c.kind() == ConflictKind.MISSING_FIGURE
        && c.arguments().get("figure").equals(List.of("THREE_PUBLIC_CHANGE"))).findFirst()
        .orElseThrow();

    // 102…105 do not state the assets: three named, four counted.
    assertThat(assets.departments()).containsExactly("102 乙局", "103 丙局", "104 丁局");
    assertThat(assets.departmentCount()).isEqualTo(4);
    assertThat(assets.message(Locale.CHINESE))
        .isEqualTo("102 乙局、103 丙局、104 丁局等 4 个部门未说明上年末固定资产金额");
    assertThat(assets.message(Locale.ENGLISH)).startsWith(
        "102 乙局, 103 丙局, 104 丁局 and 1 more do not state the 上年末固定资产金额");
    assertThat(change.message(Locale.CHINESE)).isEqualTo("105 戊局未说明“三公”经费比上年增减");
    assertThat(change.message(Locale.ENGLISH)).startsWith("105 戊局 does not state ");
    assertThat(change.resolution(Locale.CHINESE)).isEqualTo("汇总的情况说明不列此数");
  }

  @Test
  void layoutsAndDatesAreListedWithTheirDepartments() {
    assertThat(first(ConflictKind.PROCUREMENT_LAYOUT).message(Locale.CHINESE))
        .isEqualTo("政府采购预算表的栏目格式不一致：G1 格式（101 甲局）；G2 格式（102 乙局）");
    assertThat(first(ConflictKind.ASSETS_DATE).message(Locale.ENGLISH)).isEqualTo(
        "固定资产占用情况表 of different 截止时间: as of 2023-12-31 (102 乙局); as of 2024-12-31"
            + " (101 甲局)");
    assertThat(first(ConflictKind.INCOME_ITEMS).message(Locale.CHINESE))
        .isEqualTo("106 己局的收支总表列有单位资金，单位预算的收入项目无法将其拆分");
  }

  @Test
  void theChineseBundleHasTheKeysOfTheEnglishOneEachInChinese() throws IOException {
    Properties en = bundle("");
    Properties zh = bundle("_zh");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String k : en.stringPropertyNames()) {
      assertThat(zh.getProperty(k)).as(k).isNotBlank();
      if (!k.endsWith("separator") && !k.equals("list.empty")) {
        assertThat(zh.getProperty(k)).as(k).isNotEqualTo(en.getProperty(k))
            .matches(CHINESE_TEMPLATE);
        // the same placeholders in both languages, but for "A, B, C and 2 more" against
        // "A、B、C等 5 个部门" (the count of all of them)
        if (!k.equals("departments.more")) {
          assertThat(placeholders(zh.getProperty(k))).as(k)
              .isEqualTo(placeholders(en.getProperty(k)));
        }
      }
    }
    for (FigureKind f : FigureSum.KINDS) {
      assertThat(en.getProperty("figure." + f)).as(f.name()).isNotBlank();
    }
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
