package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.core.problem.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The LAYOUTS.md variants marked "(other documents)", on small synthetic texts derived from
 * fixture snippets (placeholder names, synthetic amounts).
 */
class DisclosureTextVariantsTest {

  private static ImportResult read(String... lines) {
    return DisclosureText.read(String.join("\n", lines), "test");
  }

  private static DisclosureTable table(ImportResult r, TableKind kind) {
    return r.budget().tables().stream().filter(t -> t.kind().equals(kind)).findFirst()
        .orElseThrow();
  }

  /** Diagnostics other than the missing tables of a one-table text. */
  private static List<String> diagnostics(ImportResult r) {
    return r.diagnostics().stream().filter(d -> !d.code().equals("table.missing")
            && !d.code().equals("department.missing"))
        .map(d -> d.severity() + " " + d.code() + " L" + d.line()).collect(Collectors.toList());
  }

  private static Map<Integer, Amount> cells(Object... colAmount) {
    Map<Integer, Amount> m = new TreeMap<>();
    for (int i = 0; i < colAmount.length; i += 2) {
      m.put((Integer) colAmount[i], Amount.parse((String) colAmount[i + 1]));
    }
    return m;
  }

  // ------------------------------------------------------------- (1) 单位预算

  /** The PDF 收支总表 (etdz L38-57) as a 单位预算 with the nine income rows of LAYOUTS §3. */
  @Test
  void unitBudgetSummaryWithNineIncomeRowsPdf() {
    ImportResult r = read(
        "单位预算收支总表",
        "",
        "312 某某单位",
        "",
        "预算年度：",
        "2025",
        "",
        "单位：万元",
        "",
        "序号\t收入\t\t支出\t",
        "\t项目\t预算数\t项目\t预算数",
        "栏次\t1\t2\t3\t4",
        "1\t一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t190.00",
        "2\t二、政府性基金预算拨款收入\t\t二、外交支出\t",
        "3\t三、国有资本经营预算拨款收入\t\t三、国防支出\t",
        "4\t四、财政专户管理资金收入\t\t四、公共安全支出\t",
        "5\t五、事业收入\t50.00\t五、教育支出\t",
        "6\t六、事业单位经营收入\t10.00\t六、科学技术支出\t",
        "7\t七、上级补助收入\t20.00\t七、文化旅游体育与传媒支出\t",
        "8\t八、附属单位上缴收入\t5.00\t八、社会保障和就业支出\t",
        "9\t九、其他收入\t5.00\t九、社会保险基金支出\t",
        "32\t本年收入合计\t190.00\t本年支出合计\t190.00");
    assertThat(r.budget().kind()).isEqualTo(BudgetKind.UNIT);
    assertThat(r.budget().departmentCode()).isEqualTo("312");
    SummaryTable t = (SummaryTable) table(r, TableKind.SUMMARY);
    assertThat(t.title()).isEqualTo("单位预算收支总表");
    assertThat(t.rows()).hasSize(10);
    String[] income = {"一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
        "四、财政专户管理资金收入", "五、事业收入", "六、事业单位经营收入", "七、上级补助收入", "八、附属单位上缴收入",
        "九、其他收入"};
    String[] amounts = {"100.00", null, null, null, "50.00", "10.00", "20.00", "5.00", "5.00"};
    for (int i = 0; i < 9; i++) {
      SummaryRow row = t.rows().get(i);
      assertThat(row.seq()).isEqualTo(i + 1);
      assertThat(row.incomeItem()).contains(income[i]);
      Map<Integer, Amount> expected = amounts[i] == null ? cells() : cells(2, amounts[i]);
      if (i == 0) {
        expected.put(4, Amount.parse("190.00"));
      }
      assertThat(row.cells()).as(income[i]).isEqualTo(expected);
    }
    assertThat(t.rows().get(9).cells()).isEqualTo(cells(2, "190.00", 4, "190.00"));
    assertThat(diagnostics(r)).isEmpty();
  }

  /** The DOCX 基本支出表 (haigang-dev L1190-1210) as a 单位预算: 支出单位经济分类科目 header. */
  @Test
  void unitBudgetBasicExpenditureHeaderDocx() {
    ImportResult r = read(
        "单位预算一般公共预算财政拨款基本支出表",
        "980某某单位",
        "预算年度：2025",
        "单位：万元",
        "",
        "\t序号",
        "\t支出单位经济分类科目",
        "\t一般公共预算基本支出",
        "",
        "\t科目编码",
        "\t科目名称",
        "\t合计",
        "\t人员经费",
        "\t公用经费",
        "",
        "\t栏次",
        "\t1",
        "\t2",
        "\t3",
        "\t4",
        "\t5",
        "",
        "\t1",
        "\t",
        "\t合计",
        "\t100.00",
        "\t80.00",
        "\t20.00",
        "",
        "\t2",
        "\t301",
        "\t工资福利支出",
        "\t80.00",
        "\t80.00",
        "\t",
        "",
        "\t3",
        "\t30201",
        "\t办公费",
        "\t20.00",
        "\t",
        "\t20.00",
        "");
    assertThat(r.budget().kind()).isEqualTo(BudgetKind.UNIT);
    assertThat(r.budget().departmentCode()).isEqualTo("980");
    assertThat(r.budget().departmentName()).isEqualTo("某某单位");
    CodedTable<?> t = (CodedTable<?>) table(r, TableKind.BASIC_EXPENDITURE);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).code()).isEmpty();
    assertThat(t.rows().get(0).cells()).isEqualTo(cells(3, "100.00", 4, "80.00", 5, "20.00"));
    assertThat(t.rows().get(1).code().get().toString()).isEqualTo("301");
    assertThat(t.rows().get(1).name()).isEqualTo("工资福利支出");
    assertThat(t.rows().get(1).cells()).isEqualTo(cells(3, "80.00", 4, "80.00"));
    assertThat(t.rows().get(2).code().get().toString()).isEqualTo("30201");
    assertThat(t.rows().get(2).cells()).isEqualTo(cells(3, "20.00", 5, "20.00"));
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (2) 6-digit code, merged line

  @Test
  void sixDigitCodeOnAMergedUnitAndYearLinePdf() {
    ImportResult r = read(
        "部门预算收支总表",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        "序号\t收入\t\t支出\t",
        "\t项目\t预算数\t项目\t预算数",
        "栏次\t1\t2\t3\t4",
        "1\t一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t100.00",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        "序号\t收入\t\t支出\t",
        "\t项目\t预算数\t项目\t预算数",
        "栏次\t1\t2\t3\t4",
        "32\t本年收入合计\t100.00\t本年支出合计\t100.00");
    assertThat(r.budget().departmentCode()).isEqualTo("123456");
    assertThat(r.budget().departmentName()).isEqualTo("某某单位");
    assertThat(r.budget().year()).isEqualTo(2025);
    SummaryTable t = (SummaryTable) table(r, TableKind.SUMMARY);
    assertThat(t.rows()).extracting(SummaryRow::seq).containsExactly(1, 32);
    assertThat(t.rows().get(0).cells()).isEqualTo(cells(2, "100.00", 4, "100.00"));
    assertThat(t.rows().get(1).cells()).isEqualTo(cells(2, "100.00", 4, "100.00"));
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (3) 三公 layout B

  /** The PDF 三公 table (etdz L496-516) with the 13 rows of layout B. */
  @Test
  void threePublicLayoutBThirteenRowsPdf() {
    ImportResult r = read(
        "单位预算财政拨款“三公”经费支出表",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        "序号\t项目\t资金性质\t\t\t",
        "\t\t合计\t一般公共预算 财政拨款\t政府性基金 预算拨款\t国有资本经营 预算财政拨款",
        "栏次\t1\t2\t3\t4\t5",
        "1\t合计\t30.00\t30.00\t\t",
        "2\t“三公”经费 小计\t18.00\t18.00\t\t",
        "3\t一、因公出国 (境)费\t3.00\t3.00\t\t",
        "4\t其中：教学 科研人员因公 出国(境)费\t1.00\t1.00\t\t",
        "5\t其他因 公出国(境) 费\t2.00\t2.00\t\t",
        "6\t二、公务用车 购置及运维费\t10.00\t10.00\t\t",
        "7\t其中：公务 用车购置费\t\t\t\t",
        "8\t公务用 车运行维护费\t10.00\t10.00\t\t",
        "9\t三、公务接待 费\t5.00\t5.00\t\t",
        "10\t四、会议费\t8.00\t8.00\t\t",
        "11\t其中：省属高校 业务性会议费\t3.00\t3.00\t\t",
        "12\t其他会议费\t5.00\t5.00\t\t",
        "13\t五、培训费\t4.00\t4.00\t\t");
    ThreePublicTable t = (ThreePublicTable) table(r, TableKind.THREE_PUBLIC);
    String[] items = {"合计", "“三公”经费小计", "一、因公出国(境)费", "其中：教学科研人员因公出国(境)费",
        "其他因公出国(境)费", "二、公务用车购置及运维费", "其中：公务用车购置费", "公务用车运行维护费", "三、公务接待费",
        "四、会议费", "其中：省属高校业务性会议费", "其他会议费", "五、培训费"};
    String[] amounts = {"30.00", "18.00", "3.00", "1.00", "2.00", "10.00", null, "10.00", "5.00",
        "8.00", "3.00", "5.00", "4.00"};
    assertThat(r.budget().departmentCode()).isEqualTo("123456");
    assertThat(t.rows()).hasSize(13);
    for (int i = 0; i < 13; i++) {
      ThreePublicRow row = t.rows().get(i);
      assertThat(row.seq()).isEqualTo(i + 1);
      assertThat(row.item()).isEqualTo(items[i]);
      assertThat(row.cells()).as(items[i])
          .isEqualTo(amounts[i] == null ? cells() : cells(2, amounts[i], 3, amounts[i]));
    }
    assertThat(t.rows()).extracting(row -> row.line().orElse(null)).containsExactly(
        io.budgetkit.core.table.ThreePublicLine.values());
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (4) procurement G2, empty

  /** The PDF 采购 table (etdz L978-987) as layout G2: 16 columns. */
  @Test
  void procurementLayoutG2Pdf() {
    ImportResult r = read(
        "单位政府采购预算",
        "123456 某某单位",
        "单位：万元",
        "政府采购项目来源\t\t采购物品名称\t政府采购目录序号\t计量单位\t数量\t单价\t政府采购金额（当年单位预算安排资金）"
            + "\t\t\t\t\t\t\t\t2025年预留中小微企业份额",
        "项目名称\t预算资金\t\t\t\t\t\t合计\t一般公共预算拨款\t基金预算拨款\t国有资本经营预算拨款\t财政专户核拨"
            + "\t单位资金\t财政拨款结转\t非财政拨款结转结余\t",
        "合计\t\t\t\t\t\t\t100.00\t60.00\t\t\t\t10.00\t20.00\t10.00\t30.00",
        "某某单位本级小计\t\t\t\t\t\t\t100.00\t60.00\t\t\t\t10.00\t20.00\t10.00\t30.00",
        "某某项目\t100.00\t其他被服\tA05030399\t批\t2\t50.00\t100.00\t60.00\t\t\t\t10.00\t20.00\t10.00"
            + "\t30.00");
    io.budgetkit.core.section.Procurement expected =
        io.budgetkit.core.section.Procurement.builder(
            io.budgetkit.core.section.ProcurementLayout.G2)
        .title("单位政府采购预算")
        .total("合计", "100.00", "60.00", "", "", "", "10.00", "20.00", "10.00", "30.00")
        .subtotal("某某单位本级小计", "100.00", "60.00", "", "", "", "10.00", "20.00", "10.00",
            "30.00")
        .item("某某项目", "100.00", "其他被服", "A05030399", "批", "2", "50.00", "100.00", "60.00",
            "", "", "", "10.00", "20.00", "10.00", "30.00")
        .build();
    assertThat(r.budget().procurement()).contains(expected);
    assertThat(r.budget().procurement().get().layout())
        .isEqualTo(io.budgetkit.core.section.ProcurementLayout.G2);
    assertThat(diagnostics(r)).isEmpty();
  }

  /** The DOCX empty-table shape (haigang-dev L1420-1428) for a G2 procurement table. */
  @Test
  void emptyProcurementTableWithItsNoteDocx() {
    ImportResult r = read(
        "单位政府采购预算",
        "980某某单位",
        "单位：万元",
        "",
        "\t政府采购项目来源",
        "\t采购物品名称",
        "\t政府采购目录序号",
        "\t计量  单位",
        "\t数量",
        "\t单价",
        "\t政府采购金额（当年单位预算安排资金）",
        "\t2025年  预留中  小微企  业份额",
        "",
        "\t项目名称",
        "\t预算资金",
        "\t合计",
        "\t一般公共预算拨款",
        "\t基金预算拨款",
        "\t国有资本经营预算拨款",
        "\t财政专户核拨",
        "\t单位资金",
        "\t财政拨款结转",
        "\t非财政拨款结转结余",
        "",
        "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t", "\t",
        "\t",
        "",
        "注：无政府采购预算，空表列示。");
    io.budgetkit.core.section.Procurement p = r.budget().procurement().orElseThrow();
    assertThat(p.layout()).isEqualTo(io.budgetkit.core.section.ProcurementLayout.G2);
    assertThat(p.lines()).isEmpty();
    assertThat(p.notes()).containsExactly("注：无政府采购预算，空表列示。");
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (5) fixed assets F3

  /** The DOCX asset table (haigang-dev L2146-2176) as layout F3: rows by asset class. */
  @Test
  void fixedAssetsLayoutF3ByAssetClassDocx() {
    ImportResult r = read(
        "单位固定资产占用情况表",
        "截止时间：2024-12-31",
        "单位：万元",
        "",
        "\t项目",
        "\t数量",
        "\t价值（金额单位：万元）",
        "",
        "\t通用设备",
        "\t10",
        "\t30.00",
        "",
        "\t专用设备",
        "\t2",
        "\t50.00",
        "",
        "\t家具、用具、装具及动植物",
        "\t20",
        "\t20.00",
        "");
    io.budgetkit.core.section.FixedAssets expected = io.budgetkit.core.section.FixedAssets
        .builder().title("单位固定资产占用情况表").asOf("2024-12-31")
        .row("通用设备", "10", "30.00")
        .row("专用设备", "2", "50.00")
        .row("家具、用具、装具及动植物", "20", "20.00")
        .build();
    assertThat(r.budget().fixedAssets()).contains(expected);
    assertThat(r.budget().fixedAssets().get().total()).isEmpty();
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (6) project P3

  /** The DOCX 绩效目标表 (haigang-dev L1492-1583) as layout P3: goals and indicators only. */
  @Test
  void projectLayoutP3IndicatorsOnlyDocx() {
    ImportResult r = read(
        "1、某某项目绩效目标表",
        "\t单位：万元",
        "",
        "\t绩效目标",
        "\t1.保障某某工作正常开展",
        "2.提高某某服务水平",
        "",
        "\t一级指标",
        "\t二级指标",
        "\t三级指标",
        "\t绩效指标描述",
        "\t指标值",
        "\t指标值确定依据",
        "",
        "\t产出指标",
        "\t数量指标",
        "\t某某数量",
        "\t某某数量",
        "\t≥10个",
        "\t计划标准",
        "",
        "\t",
        "\t质量指标",
        "\t某某质量",
        "\t某某合格率",
        "\t≥95%",
        "\t计划标准",
        "",
        "\t成本指标",
        "\t经济成本指标",
        "\t某某成本",
        "\t某某成本",
        "\t≤100万元",
        "\t计划标准",
        "");
    assertThat(r.budget().projects()).hasSize(1);
    io.budgetkit.core.section.ProjectPerformance p = r.budget().projects().get(0);
    io.budgetkit.core.section.ProjectPerformance expected =
        io.budgetkit.core.section.ProjectPerformance.builder()
        .title("1、某某项目绩效目标表").name("某某项目")
        .goal("1.保障某某工作正常开展").goal("2.提高某某服务水平")
        .indicator("产出指标", "数量指标", "某某数量", "某某数量", "≥10个", "计划标准")
        .indicator("产出指标", "质量指标", "某某质量", "某某合格率", "≥95%", "计划标准")
        .indicator("成本指标", "经济成本指标", "某某成本", "某某成本", "≤100万元", "计划标准")
        .build();
    assertThat(p.code()).isEmpty();
    assertThat(p.budget()).isEmpty();
    assertThat(p.spendingPlan()).isEmpty();
    assertThat(p).isEqualTo(expected);
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (7) numbering, 政府基金 title

  /** The DOCX empty 政府性基金 table (haigang-dev L1340-1362) titled 政府基金预算…. */
  @Test
  void governmentFundTableTitledZhengfuJijinDocx() {
    ImportResult r = read(
        "单位预算政府基金预算财政拨款支出表",
        "980某某单位",
        "预算年度：2025",
        "单位：万元",
        "",
        "\t序号",
        "\t功能分类科目",
        "\t政府性基金预算财政拨款支出",
        "",
        "\t科目编码",
        "\t科目名称",
        "\t合计",
        "\t基本支出",
        "\t项目支出",
        "",
        "\t栏次",
        "\t1",
        "\t2",
        "\t3",
        "\t4",
        "\t5",
        "",
        "\t", "\t", "\t", "\t", "\t", "\t",
        "",
        "注：无政府基金预算财政拨款预算，空表列示。");
    assertThat(r.budget().kind()).isEqualTo(BudgetKind.UNIT);
    CodedTable<?> t = (CodedTable<?>) table(r, TableKind.GOVERNMENT_FUND_EXPENDITURE);
    assertThat(t.title()).isEqualTo("单位预算政府基金预算财政拨款支出表");
    assertThat(t.rows()).isEmpty();
    assertThat(t.note()).contains("注：无政府基金预算财政拨款预算，空表列示。");
    assertThat(diagnostics(r)).isEmpty();
  }

  /** Section headings numbered `2、` / `3、` where `二、` / `三、` is expected. */
  @Test
  void irregularHeadingNumbering() {
    ImportResult r = read(
        "一、单位职责及机构设置",
        "某某单位主要职责是某某。",
        "2、单位预算安排的总体情况",
        "某某单位2025年收入预算100.00万元。",
        "3、机关运行经费安排情况",
        "某某单位2025年机关运行经费预算10.00万元。",
        "四、财政拨款“三公”经费预算情况及增减变化原因",
        "无。");
    assertThat(r.budget().narrative().sections()).containsExactly(
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.DUTIES, "一、单位职责及机构设置", "某某单位主要职责是某某。"),
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.OVERVIEW, "2、单位预算安排的总体情况",
            "某某单位2025年收入预算100.00万元。"),
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.OPERATING_COSTS, "3、机关运行经费安排情况",
            "某某单位2025年机关运行经费预算10.00万元。"),
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.THREE_PUBLIC,
            "四、财政拨款“三公”经费预算情况及增减变化原因", "无。"));
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (8) shifted header label

  /** The PDF 收入总表 (etdz L117-125) with 上年结转 one column left of its data. */
  @Test
  void incomeTableHeaderLabelShiftedLeftPdf() {
    String h1 = "序号\t功能分类科目\t\t合计\t本年收入\t\t\t\t\t\t\t上年结转\t";
    String h2 = "\t科目编码\t科目名称\t\t小计\t财政拨款收入\t财政专户收入\t事业收入\t经营收入\t上级补助收入"
        + "\t附属单位上缴收入\t其他收入\t";
    String cols = "栏次\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12";
    ImportResult r = read(
        "单位预算收入总表",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        h1, h2, cols,
        "1\t\t合计\t130.00\t120.00\t100.00\t\t10.00\t\t\t\t10.00\t10.00",
        "2\t201\t一般公共服务支出\t130.00\t120.00\t100.00\t\t10.00\t\t\t\t10.00\t10.00",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        h1, h2, cols,
        "3\t20103\t政府办公厅（室）及相关机构事务\t130.00\t120.00\t100.00\t\t10.00\t\t\t\t10.00"
            + "\t10.00",
        "4\t2010301\t行政运行\t130.00\t120.00\t100.00\t\t10.00\t\t\t\t10.00\t10.00\t5.00");
    CodedTable<?> t = (CodedTable<?>) table(r, TableKind.INCOME);
    assertThat(t.rows()).hasSize(3);
    Map<Integer, Amount> expected = cells(3, "130.00", 4, "120.00", 5, "100.00", 7, "10.00",
        11, "10.00", 12, "10.00");
    for (CodedRow<?> row : t.rows()) {
      assertThat(row.cells()).as(row.describe()).isEqualTo(expected);
    }
    assertThat(t.rows()).extracting(CodedRow::name)
        .containsExactly("合计", "一般公共服务支出", "政府办公厅（室）及相关机构事务");
    assertThat(t.rows().get(2).code().get().toString()).isEqualTo("20103");
    // a row one cell wider than the schema cannot be placed: reported, not guessed
    assertThat(diagnostics(r)).containsExactly("ERROR row.wide L15");
  }

  // ------------------------------------------------------------- what cannot be placed

  /** A G2 line with a cell past the 16 columns is reported, the others are read. */
  @Test
  void procurementG2LineWiderThanTheLayoutIsReported() {
    ImportResult r = read(
        "单位政府采购预算",
        "123456 某某单位",
        "单位：万元",
        "政府采购项目来源\t\t采购物品名称\t政府采购目录序号\t计量单位\t数量\t单价\t政府采购金额（当年单位预算安排资金）"
            + "\t\t\t\t\t\t\t\t2025年预留中小微企业份额",
        "项目名称\t预算资金\t\t\t\t\t\t合计\t一般公共预算拨款\t基金预算拨款\t国有资本经营预算拨款\t财政专户核拨"
            + "\t单位资金\t财政拨款结转\t非财政拨款结转结余\t",
        "合计\t\t\t\t\t\t\t100.00\t100.00\t\t\t\t\t\t\t",
        "某某项目\t100.00\t其他被服\tA05030399\t批\t2\t50.00\t100.00\t100.00\t\t\t\t\t\t\t\t9.99");
    io.budgetkit.core.section.Procurement p = r.budget().procurement().orElseThrow();
    assertThat(p.lines()).extracting(x -> x.label()).containsExactly("合计");
    assertThat(diagnostics(r)).containsExactly("ERROR procurement.line L7");
  }

  /** 部门预算 and 单位预算 titles mixed: the first prefix is kept, the other is reported. */
  @Test
  void aTitlePrefixDifferingFromTheFirstIsReported() {
    ImportResult r = read(
        "单位预算收支总表",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        "序号\t收入\t\t支出\t",
        "栏次\t1\t2\t3\t4",
        "1\t一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t100.00",
        "部门预算财政拨款“三公”经费支出表",
        "123456 某某单位 预算年度：2025",
        "单位：万元",
        "序号\t项目\t资金性质\t\t\t",
        "栏次\t1\t2\t3\t4\t5",
        "1\t合计\t\t\t\t");
    assertThat(r.budget().kind()).isEqualTo(BudgetKind.UNIT);
    assertThat(diagnostics(r)).containsExactly("WARNING title.prefix L7");
    assertThat(r.diagnostics().stream().filter(d -> d.code().equals("title.prefix"))
        .map(ImportDiagnostic::message))
        .containsExactly("the title says 部门预算 where earlier titles say 单位预算");
  }


  /** The DOCX 三公 table (haigang-office L1453-1530) as layout B, glued 6-digit code. */
  @Test
  void threePublicLayoutBDocxWithAGluedSixDigitCode() {
    ImportResult r = read(
        "单位预算财政拨款“三公”经费支出表",
        "123456某某单位",
        "预算年度：2025",
        "单位：万元",
        "",
        "\t序号", "\t项目", "\t资金性质", "",
        "\t合计", "\t一般公共预算              财政拨款", "\t政府性基金预算拨款", "\t国有资本经营预算财政拨款", "",
        "\t栏次", "\t1", "\t2", "\t3", "\t4", "\t5", "",
        "\t1", "\t合计", "\t30.00", "\t30.00", "\t", "\t", "",
        "\t2", "\t“三公”经费小计", "\t18.00", "\t18.00", "\t", "\t", "",
        "\t3", "\t一、因公出国（境）费", "\t3.00", "\t3.00", "\t", "\t", "",
        "\t4", "\t    其中：教学科研人员因公出国（境）费", "\t1.00", "\t1.00", "\t", "\t", "",
        "\t5", "\t          其他因公出国（境）费", "\t2.00", "\t2.00", "\t", "\t", "",
        "\t6", "\t二、公务用车购置及运维费", "\t10.00", "\t10.00", "\t", "\t", "",
        "\t7", "\t    其中：公务用车购置费", "\t", "\t", "\t", "\t", "",
        "\t8", "\t          公务用车运行维护费", "\t10.00", "\t10.00", "\t", "\t", "",
        "\t9", "\t三、公务接待费", "\t5.00", "\t5.00", "\t", "\t", "",
        "\t10", "\t四、会议费", "\t8.00", "\t8.00", "\t", "\t", "",
        "\t11", "\t    其中：省属高校业务性会议费", "\t3.00", "\t3.00", "\t", "\t", "",
        "\t12", "\t          其他会议费", "\t5.00", "\t5.00", "\t", "\t", "",
        "\t13", "\t五、培训费", "\t4.00", "\t4.00", "\t", "\t", "",
        "");
    assertThat(r.budget().departmentCode()).isEqualTo("123456");
    assertThat(r.budget().departmentName()).isEqualTo("某某单位");
    ThreePublicTable t = (ThreePublicTable) table(r, TableKind.THREE_PUBLIC);
    String[] amounts = {"30.00", "18.00", "3.00", "1.00", "2.00", "10.00", "", "10.00", "5.00", "8.00", "3.00", "5.00", "4.00"};
    assertThat(t.rows()).hasSize(13);
    for (int i = 0; i < 13; i++) {
      ThreePublicRow row = t.rows().get(i);
      assertThat(row.seq()).isEqualTo(i + 1);
      assertThat(row.cells()).as(row.item())
          .isEqualTo(amounts[i].isEmpty() ? cells() : cells(2, amounts[i], 3, amounts[i]));
    }
    assertThat(t.rows()).extracting(row -> row.line().orElse(null)).containsExactly(
        io.budgetkit.core.table.ThreePublicLine.values());
    assertThat(diagnostics(r)).isEmpty();
  }


  /** The DOCX 收支总表 (haigang-dev L1-47) as a 单位预算 with the nine income rows. */
  @Test
  void unitBudgetSummaryWithNineIncomeRowsDocx() {
    ImportResult r = read(
        " [bookmark: _Toc_1_1_0000000001]单位预算收支总表",
        "980某某单位",
        "预算年度：2025",
        "单位：万元",
        "",
        "\t序号", "\t收入", "\t支出", "",
        "\t项目", "\t预算数", "\t项目", "\t预算数", "",
        "\t栏次", "\t1", "\t2", "\t3", "\t4", "",
        "\t1", "\t一、一般公共预算拨款收入", "\t100.00", "\t一、一般公共服务支出", "\t190.00", "",
        "\t2", "\t二、政府性基金预算拨款收入", "\t", "\t二、外交支出", "\t", "",
        "\t3", "\t三、国有资本经营预算拨款收入", "\t", "\t三、国防支出", "\t", "",
        "\t4", "\t四、财政专户管理资金收入", "\t", "\t四、公共安全支出", "\t", "",
        "\t5", "\t五、事业收入", "\t50.00", "\t五、教育支出", "\t", "",
        "\t6", "\t六、事业单位经营收入", "\t10.00", "\t六、科学技术支出", "\t", "",
        "\t7", "\t七、上级补助收入", "\t20.00", "\t七、文化旅游体育与传媒支出", "\t", "",
        "\t8", "\t八、附属单位上缴收入", "\t5.00", "\t八、社会保障和就业支出", "\t", "",
        "\t9", "\t九、其他收入", "\t5.00", "\t九、社会保险基金支出", "\t", "",
        "\t32", "\t本年收入合计", "\t190.00", "\t本年支出合计", "\t190.00", "");
    assertThat(r.budget().kind()).isEqualTo(BudgetKind.UNIT);
    SummaryTable t = (SummaryTable) table(r, TableKind.SUMMARY);
    assertThat(t.title()).isEqualTo("单位预算收支总表");
    String[] income = {"一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入", "四、财政专户管理资金收入", "五、事业收入", "六、事业单位经营收入", "七、上级补助收入", "八、附属单位上缴收入", "九、其他收入"};
    String[] amounts = {"100.00", "", "", "", "50.00", "10.00", "20.00", "5.00", "5.00"};
    assertThat(t.rows()).hasSize(10);
    for (int i = 0; i < 9; i++) {
      SummaryRow row = t.rows().get(i);
      assertThat(row.seq()).isEqualTo(i + 1);
      assertThat(row.incomeItem()).contains(income[i]);
      Map<Integer, Amount> expected = amounts[i].isEmpty() ? cells() : cells(2, amounts[i]);
      if (i == 0) {
        expected.put(4, Amount.parse("190.00"));
      }
      assertThat(row.cells()).as(income[i]).isEqualTo(expected);
    }
    assertThat(t.rows().get(9).cells()).isEqualTo(cells(2, "190.00", 4, "190.00"));
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (9) 目录 without dot leaders

  /** A 单位预算 目录 of `<title>\t<page>` lines (no dot leaders) before the first table. */
  @Test
  void tableOfContentsWithoutDotLeadersBeforeTheFirstTable() {
    ImportResult r = read(
        "目录",
        "一、单位预算公开表\t1",
        "1.单位预算收支总表\t2",
        "2.单位预算收入总表\t3",
        "二、单位预算情况说明\t12",
        "",
        "单位预算收支总表",
        "",
        "312 某某单位",
        "",
        "预算年度：",
        "2025",
        "",
        "单位：万元",
        "",
        "序号\t收入\t\t支出\t",
        "\t项目\t预算数\t项目\t预算数",
        "栏次\t1\t2\t3\t4",
        "1\t一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t100.00",
        "32\t本年收入合计\t100.00\t本年支出合计\t100.00");
    assertThat(r.budget().kind()).isEqualTo(BudgetKind.UNIT);
    assertThat(r.budget().departmentCode()).isEqualTo("312");
    SummaryTable t = (SummaryTable) table(r, TableKind.SUMMARY);
    assertThat(t.title()).isEqualTo("单位预算收支总表");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(0).incomeItem()).contains("一、一般公共预算拨款收入");
    assertThat(t.rows().get(0).cells()).isEqualTo(cells(2, "100.00", 4, "100.00"));
    assertThat(t.rows().get(1).cells()).isEqualTo(cells(2, "100.00", 4, "100.00"));
    assertThat(r.budget().narrative()).isEqualTo(io.budgetkit.core.section.Narrative.empty());
    // the 目录 is front matter: one INFO region, L1-L5
    assertThat(diagnostics(r)).containsExactly("INFO region.unread L1");
    assertThat(r.diagnostics().stream().filter(d -> d.code().equals("region.unread")))
        .singleElement().satisfies(d -> assertThat(d.message()).startsWith("L1-L5 "));
  }

  // ------------------------------------------------------------- (10) 单位预算 情况说明

  private static final String[] UNIT_NARRATIVE = {
      "一、单位职责及机构设置",
      "某某单位主要职责是某某。",
      "二、单位预算安排的总体情况",
      "1.收入说明",
      "某某单位2025年收入预算100.00万元，其中：一般公共预算收入100.00万元。",
      "2.支出说明",
      "某某单位2025年支出预算100.00万元，其中：基本支出80.00万元，项目支出20.00万元。",
      "3.对比上年增减情况",
      "某某单位2025年收支安排100.00万元，较上年增加10.00万元。",
      "三、机关运行经费",
      "某某单位2025年机关运行经费预算10.00万元。",
      "四、财政拨款“三公”经费预算情况及增减变化原因",
      "某某单位2025年财政拨款“三公”经费预算1.00万元。",
      "五、预算绩效信息",
      "某某单位2025年实行绩效目标管理的项目1个。",
      "六、政府采购预算情况",
      "某某单位2025年无政府采购预算。",
      "七、国有资产占用情况",
      "某某单位上年末固定资产金额50.00万元。",
      "八、名词解释",
      "机关运行经费：指某某。",
      "九、其他需要说明的事项",
      "无。"};

  /** The 单位预算 情况说明 of LAYOUTS §1 (right column): nine sections, 预算绩效信息 → PROJECTS. */
  @Test
  void unitBudgetNarrativeSections() {
    ImportResult r = read(UNIT_NARRATIVE);
    io.budgetkit.core.section.Narrative expected = io.budgetkit.core.section.Narrative.builder()
        .section(io.budgetkit.core.section.SectionKind.DUTIES, "一、单位职责及机构设置",
            "某某单位主要职责是某某。")
        .section(io.budgetkit.core.section.SectionKind.OVERVIEW, "二、单位预算安排的总体情况", "")
        .section(io.budgetkit.core.section.SectionKind.INCOME, "1.收入说明",
            "某某单位2025年收入预算100.00万元，其中：一般公共预算收入100.00万元。")
        .section(io.budgetkit.core.section.SectionKind.EXPENDITURE, "2.支出说明",
            "某某单位2025年支出预算100.00万元，其中：基本支出80.00万元，项目支出20.00万元。")
        .section(io.budgetkit.core.section.SectionKind.CHANGE, "3.对比上年增减情况",
            "某某单位2025年收支安排100.00万元，较上年增加10.00万元。")
        .section(io.budgetkit.core.section.SectionKind.OPERATING_COSTS, "三、机关运行经费",
            "某某单位2025年机关运行经费预算10.00万元。")
        .section(io.budgetkit.core.section.SectionKind.THREE_PUBLIC,
            "四、财政拨款“三公”经费预算情况及增减变化原因", "某某单位2025年财政拨款“三公”经费预算1.00万元。")
        .section(io.budgetkit.core.section.SectionKind.PROJECTS, "五、预算绩效信息",
            "某某单位2025年实行绩效目标管理的项目1个。")
        .section(io.budgetkit.core.section.SectionKind.PROCUREMENT, "六、政府采购预算情况",
            "某某单位2025年无政府采购预算。")
        .section(io.budgetkit.core.section.SectionKind.ASSETS, "七、国有资产占用情况",
            "某某单位上年末固定资产金额50.00万元。")
        .section(io.budgetkit.core.section.SectionKind.GLOSSARY, "八、名词解释", "机关运行经费：指某某。")
        .section(io.budgetkit.core.section.SectionKind.OTHER_MATTERS, "九、其他需要说明的事项", "无。")
        .figure(io.budgetkit.core.section.FigureKind.INCOME, "某某单位2025年收入预算", "100.00万元")
        .figure(io.budgetkit.core.section.FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入",
            "100.00万元")
        .figure(io.budgetkit.core.section.FigureKind.EXPENDITURE, "某某单位2025年支出预算",
            "100.00万元")
        .figure(io.budgetkit.core.section.FigureKind.BASIC_EXPENDITURE, "基本支出", "80.00万元")
        .figure(io.budgetkit.core.section.FigureKind.PROJECT_EXPENDITURE, "项目支出", "20.00万元")
        .figure(io.budgetkit.core.section.FigureKind.CHANGE_BASE, "某某单位2025年收支安排",
            "100.00万元")
        .figure(io.budgetkit.core.section.FigureKind.CHANGE_TOTAL, "较上年增加", "10.00万元")
        .figure(io.budgetkit.core.section.FigureKind.OPERATING_COSTS, "机关运行经费预算", "10.00万元")
        .figure(io.budgetkit.core.section.FigureKind.THREE_PUBLIC, "财政拨款“三公”经费预算", "1.00万元")
        .figure(io.budgetkit.core.section.FigureKind.FIXED_ASSETS, "上年末固定资产金额", "50.00万元")
        .build();
    assertThat(r.budget().narrative().sections())
        .containsExactlyElementsOf(expected.sections());
    assertThat(r.budget().narrative().figures()).containsExactlyElementsOf(expected.figures());
    assertThat(r.budget().narrative()).isEqualTo(expected);
    assertThat(diagnostics(r)).isEmpty();
  }

  /** A 收入说明 giving only the total and 一般公共预算收入: two figures, nothing invented. */
  @Test
  void incomeParagraphWithOnlyTheTotalAndGeneralPublicIncome() {
    ImportResult r = read(
        "一、单位职责及机构设置",
        "某某单位主要职责是某某。",
        "二、单位预算安排的总体情况",
        "1.收入说明",
        "某某单位2025年收入预算100.00万元，其中：一般公共预算收入100.00万元。");
    assertThat(r.budget().narrative().figures()).extracting(f -> f.kind())
        .containsExactly(io.budgetkit.core.section.FigureKind.INCOME,
            io.budgetkit.core.section.FigureKind.INCOME_GENERAL_PUBLIC);
    assertThat(r.budget().narrative().figures()).containsExactly(
        io.budgetkit.core.section.Narrative.builder()
            .figure(io.budgetkit.core.section.FigureKind.INCOME, "某某单位2025年收入预算", "100.00万元")
            .figure(io.budgetkit.core.section.FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入",
                "100.00万元")
            .build().figures().toArray(new io.budgetkit.core.section.NarrativeFigure[0]));
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (11) quoted DOCX paragraph

  /**
   * A DOCX narrative paragraph pasted from Excel: wrapped in ASCII quotes, with TAB runs inside
   * and after it (`"某某…\t\t…"\t\t\t\t\t`). As with the fixtures' trailing TAB runs, the
   * quotes and TABs are paste debris, not published text: the section's text is the paragraph
   * without them, and no diagnostic is given. A quote that is part of the text (unbalanced, or
   * not wrapping a TAB-bearing paragraph) is kept as printed.
   */
  @Test
  void quotedDocxParagraphWithTabRunsIsReadWithoutThePasteDebris() {
    ImportResult r = read(
        "一、单位职责及机构设置",
        "某某单位主要职责是某某。",
        "单位机构设置情况表",
        "\t单位名称",
        "\t单位性质",
        "\t单位规格",
        "\t经费保障形式",
        "",
        "\t某某单位",
        "\t行政",
        "\t正处级",
        "\t财政拨款",
        "",
        "二、单位预算安排的总体情况",
        "\"某某单位2025年收入预算100.00万元，\t\t支出预算100.00万元。\"\t\t\t\t\t",
        "三、机关运行经费",
        "\"某某单位实行\"双监控”管理。");
    io.budgetkit.core.section.Narrative n = r.budget().narrative();
    assertThat(n.sections()).containsExactly(
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.DUTIES, "一、单位职责及机构设置", "某某单位主要职责是某某。"),
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.OVERVIEW, "二、单位预算安排的总体情况",
            "某某单位2025年收入预算100.00万元，支出预算100.00万元。"),
        io.budgetkit.core.section.NarrativeSection.of(
            io.budgetkit.core.section.SectionKind.OPERATING_COSTS, "三、机关运行经费",
            "\"某某单位实行\"双监控”管理。"));
    assertThat(r.budget().organisation()).containsExactly(
        io.budgetkit.core.section.OrganisationUnit.of("某某单位", "行政", "正处级", "财政拨款"));
    assertThat(diagnostics(r)).isEmpty();
  }

  // ------------------------------------------------------------- (12) full-width ％

  /** An indicator value with a full-width ％ (`≥90％`): kept as written, parsed as percent. */
  @Test
  void fullWidthPercentInAnIndicatorValueDocx() {
    ImportResult r = read(
        "1、某某项目绩效目标表",
        "\t单位：万元",
        "",
        "\t绩效目标",
        "\t保障某某工作正常开展",
        "",
        "\t一级指标",
        "\t二级指标",
        "\t三级指标",
        "\t绩效指标描述",
        "\t指标值",
        "\t指标值确定依据",
        "",
        "\t效益指标",
        "\t满意度指标",
        "\t服务对象满意度",
        "\t某某满意度",
        "\t≥90％",
        "\t计划标准",
        "");
    io.budgetkit.core.section.ProjectPerformance expected =
        io.budgetkit.core.section.ProjectPerformance.builder()
        .title("1、某某项目绩效目标表").name("某某项目")
        .goal("保障某某工作正常开展")
        .indicator("效益指标", "满意度指标", "服务对象满意度", "某某满意度", "≥90％", "计划标准")
        .build();
    assertThat(r.budget().projects()).containsExactly(expected);
    io.budgetkit.core.section.Measure m =
        r.budget().projects().get(0).indicators().get(0).value();
    assertThat(m.text()).isEqualTo("≥90％");
    assertThat(m.isPercentage()).isTrue();
    assertThat(m.unit()).contains("%");
    assertThat(m.number()).contains(new java.math.BigDecimal("90"));
    assertThat(m.comparator()).contains(io.budgetkit.core.section.Measure.Comparator.AT_LEAST);
    assertThat(diagnostics(r)).isEmpty();
  }
}
