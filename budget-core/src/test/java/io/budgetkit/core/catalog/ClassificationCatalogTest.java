package io.budgetkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClassificationCatalogTest {

  private static final CatalogEdition E2025 = ClassificationCatalog.bundled().edition(2025);

  private static FunctionCode f(String code) {
    return FunctionCode.parse(code);
  }

  // Copied by hand from DOMAIN.md, "The 收支总表 lists the functional 类 in a fixed order of 31 rows".
  private static final List<String> PRINTED_2025 = List.of(
      "一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出",
      "六、科学技术支出", "七、文化旅游体育与传媒支出", "八、社会保障和就业支出", "九、社会保险基金支出",
      "十、卫生健康支出", "十一、节能环保支出", "十二、城乡社区支出", "十三、农林水支出",
      "十四、交通运输支出", "十五、资源勘探工业信息等支出", "十六、商业服务业等支出", "十七、金融支出",
      "十八、援助其他地区支出", "十九、自然资源海洋气象等支出", "二十、住房保障支出",
      "二十一、粮油物资储备支出", "二十二、国有资本经营预算支出", "二十三、灾害防治及应急管理支出",
      "二十四、预备费", "二十五、其他支出", "二十六、转移性支出", "二十七、债务还本支出",
      "二十八、债务付息支出", "二十九、债务发行费用支出", "三十、抗疫特别国债安排的支出",
      "三十一、人行科目");

  private static final List<String> CODES_2025 = List.of(
      "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213",
      "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230",
      "231", "232", "233", "234");

  @Test
  void edition2025HasThe31SummaryRowsInPrintedOrder() {
    List<SummaryRowName> rows = E2025.summaryRows();

    assertThat(rows).hasSize(31);
    assertThat(rows).extracting(SummaryRowName::printedLabel).containsExactlyElementsOf(PRINTED_2025);
    assertThat(rows).extracting(SummaryRowName::position)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
            22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  }

  @Test
  void summaryRowsCarryTheClassCodesAndTheLastHasNone() {
    List<SummaryRowName> rows = E2025.summaryRows();

    assertThat(rows.subList(0, 30)).extracting(r -> r.code().orElseThrow().value())
        .containsExactlyElementsOf(CODES_2025);
    assertThat(rows.get(30).code()).isEmpty();
    assertThat(rows.get(30).name()).isEqualTo("人行科目");
  }

  @Test
  void printedLabelJoinsOrdinalAndName() {
    SummaryRowName housing = E2025.summaryRows().get(19);

    assertThat(housing.printedLabel()).isEqualTo("二十、住房保障支出");
    assertThat(housing.toString()).isEqualTo("二十、住房保障支出");
    assertThat(housing.name()).isEqualTo("住房保障支出");
    assertThat(housing.code()).contains(f("221"));
    assertThat(housing.position()).isEqualTo(20);
  }

  @Test
  void namesFollowTheEdition() {
    ClassificationCatalog catalog = ClassificationCatalog.bundled();

    assertThat(catalog.edition(2018).name(f("210"))).contains("医疗卫生与计划生育支出");
    assertThat(catalog.edition(2025).name(f("210"))).contains("卫生健康支出");
    assertThat(catalog.edition(2019).name(f("210"))).contains("卫生健康支出");
    assertThat(catalog.edition(2018).name(f("207"))).contains("文化体育与传媒支出");
    assertThat(catalog.edition(2025).name(f("207"))).contains("文化旅游体育与传媒支出");
    assertThat(catalog.edition(2015).name(f("215"))).contains("资源勘探信息等支出");
    assertThat(catalog.edition(2018).name(f("220"))).contains("国土海洋气象等支出");
    assertThat(catalog.edition(2014).name(f("210"))).isEmpty();
    assertThat(catalog.edition(2018).year()).isEqualTo(2018);
  }

  @Test
  void editionKeepsTheSchemesApart() {
    assertThat(E2025.contains(f("201"))).isTrue();
    assertThat(E2025.contains(EconomicCode.parse("201"))).isFalse();
    assertThat(E2025.contains(EconomicCode.parse("302"))).isTrue();
    assertThat(E2025.contains(f("302"))).isFalse();
    assertThat(E2025.name(EconomicCode.parse("30201"))).contains("办公费");
    assertThat(E2025.name(f("2080505"))).contains("机关事业单位基本养老保险缴费支出");
  }

  @Test
  void findReturnsTheEntryWithItsYears() {
    CatalogEntry entry = ClassificationCatalog.bundled().edition(2016).find(f("210")).orElseThrow();

    assertThat(entry.code()).isEqualTo(f("210"));
    assertThat(entry.name()).isEqualTo("医疗卫生与计划生育支出");
    assertThat(entry.since()).isEqualTo(2015);
    assertThat(entry.until()).isEqualTo(OptionalInt.of(2018));
    assertThat(entry.appliesTo(2014)).isFalse();
    assertThat(entry.appliesTo(2015)).isTrue();
    assertThat(entry.appliesTo(2018)).isTrue();
    assertThat(entry.appliesTo(2019)).isFalse();
    assertThat(entry.toString()).isEqualTo("210 医疗卫生与计划生育支出 (2015–2018)");
    assertThat(E2025.find(f("210")).orElseThrow().until()).isEmpty();
  }

  @Test
  void childrenOf201AreItsSectionsInCodeOrder() {
    assertThat(E2025.children(f("201"))).extracting(e -> e.code().value())
        .containsExactly("20101", "20102", "20103", "20104", "20105", "20106", "20107", "20108",
            "20109", "20111", "20113", "20114", "20123", "20125", "20126", "20128", "20129", "20131",
            "20132", "20133", "20134", "20135", "20136", "20137", "20138", "20199");
  }

  @Test
  void childrenOf20103AreItsItemsInCodeOrder() {
    assertThat(E2025.children(f("20103"))).extracting(e -> e.code().value())
        .containsExactly("2010301", "2010302", "2010303", "2010306", "2010309", "2010350",
            "2010399");
  }

  @Test
  void anItemHasNoChildrenAndEconomicCodesAreNotChildrenOfFunctionalOnes() {
    assertThat(E2025.children(f("2010301"))).isEmpty();
    assertThat(E2025.children(f("302"))).isEmpty();
    assertThat(E2025.children(EconomicCode.parse("310"))).extracting(e -> e.code().value())
        .containsExactly("31001", "31002", "31003", "31005", "31006", "31007", "31013", "31019",
            "31021", "31022", "31099");
  }

  @Test
  void functionalClassesInCodeOrder() {
    assertThat(E2025.classes(CodeScheme.FUNCTIONAL)).extracting(e -> e.code().value())
        .containsExactlyElementsOf(CODES_2025);
  }

  @Test
  void economicClassesInCodeOrder() {
    assertThat(E2025.classes(CodeScheme.ECONOMIC)).extracting(e -> e.code().value())
        .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
  }

  @Test
  void entriesListFunctionalBeforeEconomic() {
    List<CatalogEntry> entries = E2025.entries();

    assertThat(entries.get(0).code()).isEqualTo(f("201"));
    assertThat(entries.get(entries.size() - 1).code()).isEqualTo(EconomicCode.parse("39999"));
    int firstEconomic = 0;
    while (entries.get(firstEconomic).code().scheme() == CodeScheme.FUNCTIONAL) {
      firstEconomic++;
    }
    assertThat(entries.subList(firstEconomic, entries.size()))
        .allMatch(e -> e.code().scheme() == CodeScheme.ECONOMIC);
  }

  @Test
  void bundledCatalogIsLoadedOnce() {
    assertThat(ClassificationCatalog.bundled()).isSameAs(ClassificationCatalog.bundled());
  }

  @Test
  void loadsACustomCatalogFromAReader() {
    String text = "\uFEFF# a host's own catalog\n"
        + "\n"
        + "scheme\tcode\tname\tsince\tuntil\tsummary_row\n"
        + "functional\t201\t一般公共服务支出\t2020\t\t1\n"
        + "functional\t210\t医疗卫生与计划生育支出\t2015\t2018\t2\n"
        + "functional\t210\t卫生健康支出\t2019\t\t2\n"
        + "# a comment between lines\n"
        + "functional\t\t人行科目\t2020\t\t3\n"
        + "functional\t20101\t人大事务\t2020\t\t\n"
        + "economic\t301\t  工资福利支出  \t2018\t\t\n";

    ClassificationCatalog catalog =
        ClassificationCatalog.load(new StringReader(text), "custom.tsv");

    assertThat(catalog.entries()).hasSize(5);
    CatalogEdition e2021 = catalog.edition(2021);
    assertThat(e2021.summaryRows()).extracting(SummaryRowName::printedLabel)
        .containsExactly("一、一般公共服务支出", "二、卫生健康支出", "三、人行科目");
    assertThat(e2021.children(f("201"))).extracting(CatalogEntry::name).containsExactly("人大事务");
    assertThat(e2021.name(EconomicCode.parse("301"))).contains("工资福利支出");
    assertThat(catalog.edition(2016).summaryRows()).extracting(SummaryRowName::printedLabel)
        .containsExactly("二、医疗卫生与计划生育支出");
    assertThat(catalog.edition(2016).summaryRows().get(0).code()).isEqualTo(Optional.of(f("210")));
  }

  @Test
  void loadsACatalogWithOnlyAHeader() {
    ClassificationCatalog catalog = ClassificationCatalog.load(
        new StringReader("scheme\tcode\tname\tsince\tuntil\tsummary_row\n"), "empty.tsv");

    assertThat(catalog.entries()).isEmpty();
    assertThat(catalog.edition(2025).summaryRows()).isEmpty();
  }
}
