package io.budgetkit.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number of tables and of cells with text in each table of every copied fixture.
 *
 * <p>Every number here was counted by hand from {@code pdftotext -layout -f N -l N} of the file
 * (poppler, not PDFBox), page by page, without looking at the reader's output first; where the
 * layout was ambiguous the page was rendered ({@code pdftoppm}) to see its rulings. Rules of the
 * count: a disclosure table is one table however many pages it runs over; header rows that a
 * continuation page repeats are not counted again; a merged header cell is one cell; a cell
 * whose text wraps over lines is one cell; the title, the 编制单位/部门 line and the unit line
 * above a table are not cells (they stand outside its rulings) unless the rulings enclose them.
 * A helper split the layout lines at runs of spaces; since pdftotext often leaves only one
 * space between two cells (a code and its name, an amount and the next label), each line was
 * checked by eye. The per-table reasoning is in the comments.
 */
class PdfReaderFixtureCountsTest {

  @Test
  void shanghaiWelfareHomeWpsUnitBudgetHasNineTables() {
    // putuo-welfare-home-2024-unit.pdf, pp.7-15, one table a page:
    //  p.7  财务收支预算总表: header 11 (本年收入, 本年支出, 预算数 over the four expenditure
    //       columns, 项目, 预算数, 项目, 合计, 基本支出, 项目支出, 人员经费, 公用经费); rows
    //       3+7+4+4 + 事业收入 2 + 1 + 1 + 收入总计 row 7 = 29 -> 40
    //  p.8  收入预算总表: header 12 (项目, 收入预算, 功能分类科目编码, 功能分类科目名称, 合计,
    //       财政拨款收入, 事业收入, 事业单位经营收入 wrapped, 其他收入, 类, 款, 项); 14 code rows
    //       5+5+6+6+6+6+6+7+4+5+6+4+5+6 + 合计 4 = 81 -> 93
    //  p.9  支出预算总表: header 10 (项目, 支出预算, 编码, 名称, 合计, 基本支出, 项目支出, 类,
    //       款, 项); rows 5+5+6+6+6+6+6+7+4+5+6+4+5+6 + 合计 4 = 81 -> 91
    //  p.10 财政拨款收支预算总表: header 9; rows 3+4+4+3 + 收入总计 5 = 19 -> 28
    //  p.11 一般公共预算支出功能分类: header 10; rows 4+5+6+6+6+6+5+6+4+5+6+4+5+6 + 合计 3
    //       = 77 -> 87
    //  p.12 政府性基金 and p.13 国有资本经营 (empty tables): header 10 + 合计 = 11 each
    //  p.14 基本支出经济分类: header 9 (项目, 一般公共预算基本支出, 编码, 名称, 合计, 人员经费,
    //       公用经费, 类, 款); 301 row 4 + 9 rows x5 + 302 row 4 + 13 rows x5 + 303 row 4 + 5
    //       + 合计 4 = 131 -> 140
    //  p.15 “三公”经费和机关运行经费: header 9 + 6 amounts = 15
    assertCounts("shanghai/putuo-welfare-home-2024-unit.pdf",
        40, 93, 91, 28, 87, 11, 11, 140, 15);
  }

  @Test
  void shanghaiFinanceBureauExcelUnitBudgetJoinsTablesOverPageBreaks() {
    // shanghai-finance-bureau-2025-unit.pdf, pp.7-20; pdftotext prints "201 06 01 行政运行"
    // with single spaces, so each code row was counted token by token:
    //  p.7     财务收支预算总表: header 11; rows 7+7+5+4+1+1+1 + 收入总计 7 = 33 -> 44
    //  pp.8-9  收入预算总表 (header repeated on p.9, counted once): header 12; p.8 14 rows
    //          4+5+6+6+6+6+4+5+6+6+6+6+5+6 = 77; p.9 9 rows 4+5+6+5+6+4+5+6+6 + 合计 3 = 50
    //          -> 139
    //  pp.10-11 支出预算总表: header 10; p.10 5+6+6+6+6+6+5+5+6+6+6+6+5+6 = 80; p.11
    //          5+5+6+5+6+4+5+6+6 + 合计 4 = 52 -> 142
    //  p.12    财政拨款收支预算总表: header 9; rows 5+4+4+3 + 收入总计 5 = 21 -> 30
    //  pp.13-14 一般公共预算支出功能分类: as pp.10-11, 10 + 80 + 52 = 142
    //  p.15, p.16 empty 政府性基金 / 国有资本经营 tables: 10 + 合计 = 11 each
    //  pp.17-19 基本支出经济分类: header 9; p.17 4 + 10x5 + 4 + 2x5 = 68; p.18 16x5 + 4 = 84;
    //          p.19 5 + 4 + 5 + 合计 4 = 18 -> 179
    //  p.20    “三公”经费: header 9 + 6 amounts = 15
    assertCounts("shanghai/shanghai-finance-bureau-2025-unit.pdf",
        44, 139, 142, 30, 142, 11, 11, 179, 15);
  }

  @Test
  void shanghaiStreetDepartmentBudgetHasItsFiveProjectFormsAsFiveTables() {
    // putuo-wanli-street-2023-department.pdf; code rows counted by whitespace tokens (no cell
    // text in them has a space; the one name wrapped onto a line of its own, "…缴费支/出" on
    // p.11, is one cell):
    //  p.10     财务收支预算总表: header 6 (本年收入, 本年支出, 项目, 预算数, 项目, 预算数); rows
    //           4+4+3+3+3+3+3+2 + 收入总计 4 = 29 -> 35
    //  pp.11-14 收入预算总表: header 12; 66 code rows and 合计: 359 tokens -> 371
    //  pp.15-18 支出预算总表: header 10; 426 -> 436
    //  p.19     财政拨款收支预算总表: header 9; rows 5+4+4+3 (四、文化旅游体育与传媒支出 wrapped)
    //           +3+3+3+3 + 收入总计 5 = 33 -> 42
    //  pp.20-23 一般公共预算支出功能分类 (header repeated on each page, counted once): 10 + 426
    //           = 436
    //  p.24, p.25 empty tables: 10 + 合计 = 11 each
    //  pp.26-27 基本支出经济分类: header 9; 31 rows, 151 tokens -> 160
    //  p.28     “三公”经费: header 9 + 7 amounts = 16
    //  pp.31-35 财政项目支出绩效目标填报表, one form a page, each for another project (its
    //           rulings enclose the title and （2023年度）, so those are two cells); each form
    //           ends well above the foot of its page. Common part: 2 + 项目名称 row 6 + 主管部门
    //           row 4 + 日期 row 4 + 项目资金（元） 1 + 4 + 2 + 2 + 2 + 4 + 项目总目标/年度总体目标
    //           2 + 项目绩效目标 1 + the two goal texts 2 + 一级…指标值 4 = 40. Indicators:
    //    p.31 数量指标 row 3, 产出指标 + 质量指标 row 4, 绩效指标 + 成本指标 row 4, 效益 row 4,
    //         服务对象满意度指标 1, 满意度 row 3 = 19 -> 59
    //    p.32 产出指标 1, 数量 3, 质量 3, 绩效指标 1, 效益 4, 满意度 1+3 = 16 -> 56
    //    p.33 the same shape as p.32 -> 56
    //    p.34 绩效指标, 产出指标, 数量指标 3 + 15 rows x2, 质量指标 1 + 8x2, 效益指标 and
    //         社会效益指标 2 + 14x2, 满意度指标 and 服务对象满意度指标 2 + 6x2 = 94 -> 134
    //    p.35 3 + 2x2, 1 + 3x2, 2 + 2x2, 2 + 2x2 = 26 -> 66
    assertCounts("shanghai/putuo-wanli-street-2023-department.pdf",
        35, 371, 436, 42, 436, 11, 11, 160, 16, 59, 56, 56, 134, 66);
  }

  @Test
  void jiangsuExcelTablesOfThePoliticalConsultativeConferenceAreTwelve() {
    // cppcc-office-2017-tables.pdf, 表一 … 表十二, one a page, 表十二 over pp.12-13:
    //  表一 p.1 收支预算总表: header 10 (收入, 支出, 功能分类, 支出用途, 项目名称, 金额,
    //       功能科目名称, 金额, 项目名称, 金额); rows 6+5+4+2+3 (pdftotext joins "9,066.79
    //       二、外交支出" with one space) + 六 … 二十 15 names and 2 amounts + totals 4+2+4
    //       = 47 -> 57
    //  表二 p.2 收入预算总表: header 2; 收入总计 2, 小计 2, 一般公共预算资金/公共财政拨款/amount
    //       3, 专项收入 1, 政府性基金 小计 2, 小计 1, 财政转专户管理资金 专户管理教育收费 2,
    //       其他非税收入 1, 小计 80.00 2, 事业收入 1, 其他资金 经营收入 2, 其他收入 80.00 2,
    //       债务资金 1, 小计 1, 上年结转和结余资金 1, 其中 1 = 25 -> 27
    //  表三 p.3 支出预算总表: 5 headers + 4 amounts = 9
    //  表四 p.4 财政拨款收支预算总表: header 7 (收入, 支出, 支出用途, 项目名称, 金额, 项目名称,
    //       金额); rows 4+3+2 + 收入合计 4 = 13 -> 20
    //  表五 p.5 财政拨款支出预算表: header 3 + 合计 2 + 14 rows x3 = 47
    //  表六 p.6 财政拨款基本支出: 3 + 2 + 26 x3 = 83
    //  表七 p.7 政府性基金 (empty, "注：我单位无…" below the rulings): 3 + 合计 = 4
    //  表八 p.8 一般公共预算支出: as 表五, 47;  表九 p.9 一般公共预算基本支出: as 表六, 83
    //  表十 p.10 机关运行经费: 3 + 2 + 14 x3 = 47
    //  表十一 p.11 “三公”经费…: header 11 (“三公”经费, 公务用车购置及运行维护费, 合计, 会议费,
    //       培训费, 因公出国（境）费, 小计, 公务接待费, 小计, 公务用车购置费, 公务用车运行维护费)
    //       + 8 amounts = 19
    //  表十二 pp.12-13 政府采购预算表, p.13 repeating title, 部门 line and header: header 6;
    //       p.12 合计 2, 一、货物A 2, 18 rows x3, 三、服务C 2, 4 rows x3 = 72; p.13 15 rows x3
    //       = 45 -> 123
    assertCounts("jiangsu/cppcc-office-2017-tables.pdf",
        57, 27, 9, 20, 47, 83, 4, 47, 83, 47, 19, 123);
  }

  @Test
  void jiangsuAcrobatTablesOfThePartyCommitteeOfficeAreTwelve() {
    // party-committee-office-2017-tables.pdf, twelve titled tables, the last over pp.12-14:
    //  p.1 收支预算总表: header 10; rows 6+5+4+3+2 + 15 names and 2 amounts + 4+2+4 = 47 -> 57
    //  p.2 收入预算总表: 2 + 2+2+3+1+2+2+2+2+1+1+2+1+1+1+1+1 = 27
    //  p.3 支出预算总表: 9;  p.4 财政拨款收支预算总表: 7 + 4+3+2+4 = 20
    //  p.5 财政拨款支出预算表: 3 + 2 + 11 x3 = 38;  p.6 基本支出: 3 + 2 + 30 x3 = 95
    //  p.7 政府性基金 (empty): 4;  p.8 as p.5: 38;  p.9 as p.6: 95
    //  p.10 机关运行经费: 3 + 2 + 17 x3 = 56;  p.11 “三公”经费: 11 + 8 = 19
    //  pp.12-14 政府采购预算表 (no header repeated): p.12 header 6, 合计 2, 一、货物A 2, 12 rows
    //      x3, then 30.00 with 机要及电子政务业务费 and 办公设备购置 merged beside it 3, 台式计算机
    //      row 3 = 52; p.13 prints the merged 机要及电子政务业务费 / 办公设备购置 again in its
    //      part of the cell (a box of its own on that page): that row 5, 19 rows x3, 三、服务C 2
    //      = 64; p.14 会议费 50.00 2 + 9 rows x3 = 29 -> 145
    assertCounts("jiangsu/party-committee-office-2017-tables.pdf",
        57, 27, 9, 20, 38, 95, 4, 38, 95, 56, 19, 145);
  }

  @Test
  void jiangsuPostScriptPrintedLandscapeTablesOfTheNpcStandingCommitteeOfficeAreTwelve() {
    // npc-standing-committee-office-2019-tables.pdf, 公开表一 … 公开表十二 (PScript5.dll and
    // Acrobat Distiller: every page a portrait A3 page turned by /Rotate 90, its rulings drawn
    // across the unturned page). Counted from pdftotext -layout page by page; pp.1, 2, 9, 12,
    // 13 rendered (pdftoppm) to see the merged cells:
    //  表一 p.1 收支预算总表: header 10 (收入, 支出, 功能分类, 支出用途, 项目名称, 金额,
    //       功能科目名称, 金额, 项目名称, 金额); rows 6+5+4 + 二、财政专户管理资金 2 + 三、其他资金
    //       2 + 六 … 二十一 16 names and 2 amounts (1,121.39, 3,301.20) + 当年收入小计 row 4 +
    //       上年结转资金 / 结转下年资金 2 + 收入合计 row 4 = 47 -> 57
    //  表二 p.2 收入预算总表: 项目名称, 金额 2; 收入总计 (over both name columns) 2; 一般公共预算
    //       资金 (over three rows), 小计, amount 3; 公共财政拨款(补助)资金, amount 2; 专项收入 1;
    //       政府性基金, 小计 2; 财政专户管理资金, 小计 2; 专户管理教育收费 1; 其他非税收入 1;
    //       其他资金, 小计 2; 事业收入, 经营收入, 其他收入 3; 上年结转和结余资金, 小计 2;
    //       其中：动用上年结转和结余资金 1 -> 24
    //  表三 p.3 支出预算总表: 5 headers + 4 amounts (结转下年资金 empty) = 9
    //  表四 p.4 财政拨款收支预算总表: header 7 (收入, 支出, 支出用途, 项目名称, 金额, 项目名称,
    //       金额); rows 4+3+2 + 收入合计 row 4 = 13 -> 20
    //  表五 p.5 财政拨款支出预算表（功能科目）: header 3 + 合计 (over code and name) and amount 2
    //       + 20 code rows (201 … 2010199 11, 208 … 2080506 5, 221 … 2210202 4) x3 = 65
    //  表六 p.6 财政拨款基本支出预算表（经济科目）: 3 + 2 + 24 rows (301 and 8, 302 and 10, 303
    //       and 3) x3 = 77
    //  表七 p.7 as 表五: 65;  表八 p.8 as 表六: 77
    //  表九 p.9 “三公”经费、会议费、培训费: header 11 (合计, “三公”经费, 会议费, 培训费, 小计,
    //       因公出国（境）费, 公务用车购置及运行维护费, 公务接待费, 小计, 公务用车购置费,
    //       公务用车运行维护费) + 8 amounts (公务用车购置费 empty) = 19
    //  表十 p.10 政府性基金 (empty): 3 + 合计 = 4
    //  表十一 p.11 机关运行经费: 3 + 2 + 11 rows (302 and 10) x3 = 38
    //  表十二 pp.12-13 政府采购预算表, p.13 without title or header: header 6; 合计 2, 一、货物A 2,
    //       7 rows of three (办公设备购置费 row, 台式计算机, 便携式计算机 wrapped, 图书和档案,
    //       家具用具, 信息化建设经费 row, 其他计算机设备及软件) 21, 三、服务C 2, 5 rows of three
    //       (交通运行费 row, 车辆维修和保养服务, 江苏省第十三届 人代会二次会议经费 wrapped,
    //       会议服务, 全国人代会江苏代表团工作经费 wrapped) 15 = 48; p.13 11 rows x3 = 33 -> 81
    // Before /Rotate was applied to the rulings the reader gave 18 tables here, all from text
    // alignment, with rows mixed and stray headings.
    assertCounts("jiangsu/npc-standing-committee-office-2019-tables.pdf",
        57, 24, 9, 20, 65, 77, 65, 77, 19, 4, 38, 81);
  }

  @Test
  void jiangsuPostScriptPrintedTablesOfThePartyCommitteeOfficeAreTwelve() {
    // party-committee-office-2019-tables.pdf, made by the same driver as the NPC office's file
    // above (pages turned by /Rotate 90), twelve tables, one a page, no 公开表 labels. Counted
    // from pdftotext -layout; p.12 rendered:
    //  p.1 收支预算总表: header 10; rows 6+5+4+2+2 + 六 … 二十一 16 names and 2 amounts (1,374.63, 3,894.09) + 4 + 2 + 4 = 47 -> 57
    //  p.2 收入预算总表: the same lines as the NPC office's p.2, amounts on 收入总计, 小计 and
    //      公共财政拨款(补助)资金 -> 24
    //  p.3 支出预算总表: 5 + 4 = 9;  p.4 财政拨款收支预算总表: 7 + 4+3+2+4 = 20
    //  p.5 财政拨款支出预算表（功能科目）: 3 + 合计 2 + 13 code rows (201 and 3, 208 and 4, 221
    //      and 3) x3 = 44
    //  p.6 财政拨款基本支出预算表（经济科目）: 3 + 2 + 31 rows (301 and 10, 302 and 15, 303 and 3)
    //      x3 = 98
    //  p.7 as p.5: 44;  p.8 as p.6: 98
    //  p.9 “三公”经费、会议费、培训费: 11 headers + 8 amounts (公务用车购置费 empty) = 19
    //  p.10 政府性基金 (empty; 注：本部门无相关收支项目 below the rulings): 3 + 合计 = 4
    //  p.11 机关运行经费: 3 + 合 计 and amount 2 + 16 rows (302 and 15) x3 = 53
    //  p.12 政府采购预算表: header 6 (采购组织形式, its 式 drawn below the header ruling and
    //      clipped away by Excel: still one cell); 合计 2, 一、货物A 2, 机要及电子政务业务费 row 3,
    //      8 items x3 (其他办公消耗用品及类似物品 wrapped) 24, 办公设备购置费 row 3, 10 items x3
    //      30, 三、服务C 2; 商品和服务支出 会议费 50.00 3, 会议服务 3, 培训费 25.00 2, 会议服务 3,
    //      机要及电子政务业务费 会议费 3, 会议服务 3, 培训费 2, 会议服务 3, 物业管理费 2,
    //      物业管理服务 3, 省委办公厅承办的会议费 row 3, 会议服务 3, 文印、机要及办公自动化经费
    //      (wrapped) row 3, 印刷和出版服务 3, 行政运转保障经费 row 3, 物业管理服务 3 = 45 -> 117
    // Before: 17 tables, from text alignment only; after turning the rulings, 118 cells on p.12
    // (the clipped 式 a cell of the 合计 row) until the clip of each glyph was taken into account.
    assertCounts("jiangsu/party-committee-office-2019-tables.pdf",
        57, 24, 9, 20, 44, 98, 44, 98, 19, 4, 53, 117);
  }

  @Test
  void shanghaiStreetDepartmentBudget2024HasNineTablesWithItsZeroCells() {
    // putuo-wanli-street-2024-department.pdf (WPS Writer), pp.10-31; unlike 2023 every amount
    // cell without money prints "0", a cell like any other; code rows counted by whitespace
    // tokens (no code, name or amount in them has a space; pp.27, 29 and 31 rendered):
    //  p.10     财务收支预算总表: header 6; rows 4+4 (pdftotext joins "156,211,123 一、…" with
    //           one space) +3+3+3+3+3 + 八 2 + 九 2 + 收入总计 4 = 31 -> 37
    //  pp.11-15 收入预算总表 (no header repeated): header 12 (事业单位/经营收入 one cell);
    //           类 rows 7, 款 rows 8, 项 rows 9 cells: p.11 100, p.12 146, p.13 154, p.14 152,
    //           合计 6 = 558 -> 570
    //  pp.16-20 支出预算总表: header 10; p.16 76, p.17 110, p.18 118, p.19 116, 合计 4 = 424
    //           -> 434
    //  p.21     财政拨款收支预算总表: header 9; rows 5+4+4 + 6 rows x3 + 收入总计 5 = 36 -> 45
    //  pp.22-26 一般公共预算支出功能分类, header repeated on pp.23-26 and counted once: 10 +
    //           83+96+105+103+37 = 434
    //  p.27, p.28 empty tables (注 below the rulings): 10 + 合计 = 11 each
    //  pp.29-30 基本支出经济分类: header 9 (部门预算经济分类科目编码 one wrapped cell over 类 and
    //           款, rendered); p.29 76, p.30 111 (the 合计 row 4) -> 196
    //  p.31     “三公”经费和机关运行经费: header 9 + 7 amounts (因公出国(境)费 "0") = 16; its
    //           注 below the rulings
    assertCounts("shanghai/putuo-wanli-street-2024-department.pdf",
        37, 570, 434, 45, 434, 11, 11, 196, 16);
  }

  @Test
  void shanghaiWpsSpreadsheetDepartmentBudgetRepeatsItsHeaderOnContinuationPages() {
    // putuo-finance-bureau-2025-department.pdf (WPS 表格), pp.9-21, amounts with two decimals;
    // cells without money are blank except in the economic table (0.00); pp.9, 19-21 rendered:
    //  p.9      财务收支预算总表: header 6; rows 4+4+3+3 + 二、事业收入 1 + 三 1 + 四 1 + 收入总计
    //           4 = 21 -> 27
    //  pp.10-11 收入预算总表, header repeated on p.11: 12; p.10 4+5+6+6+6+6+4+5+6+6+6+6 = 66,
    //           p.11 4+5+6+4+5+6+6 + 合计 3 = 39 -> 117
    //  pp.12-13 支出预算总表: 10; p.12 5+6+7+6+6+6+4+5+6+6+6+6 = 69, p.13 4+5+6+4+5+6+6 + 合计
    //           4 = 40 -> 119
    //  p.14     财政拨款收支预算总表: 9; rows 5+4+4+3 + 收入总计 5 = 21 -> 30
    //  pp.15-16 一般公共预算支出功能分类: 10; p.15 69 + 210 row 4 = 73, p.16 36 -> 119
    //  p.17, p.18 empty tables without a note: 10 + 合计 = 11 each
    //  pp.19-20 基本支出经济分类: header 9; p.19 5 + 8x6 + 5 + 4x6 = 82; p.20 11x6 + 5 + 6 + 5
    //           + 6 + 合计 4 = 92 -> 183
    //  p.21     “三公”经费和机关运行经费: header 9 + 3 amounts (合计 0.95, 公务接待费 0.95,
    //           机关运行经费 229.43; the other four cells blank) = 12
    assertCounts("shanghai/putuo-finance-bureau-2025-department.pdf",
        27, 117, 119, 30, 119, 11, 11, 183, 12);
  }

  @Test
  void jiangsuExcelTablesOfThePoliticalConsultativeConference2018AreTwelve() {
    // cppcc-office-2018-tables.pdf (Excel 2010), 公开01表 … 公开12表, one a page; p.10 rendered:
    //  01 p.1 收支预算总表: header 10; rows 6+5+4+2+3 + 六 … 二十 15 names and 2 amounts (823.76,
    //       1,499.26) + 4+2+4 = 47 -> 57
    //  02 p.2 收入预算总表: 项目名称, 金额 2; 收入总计 2, 小计 2, 一般公共预算资金 / 公共财政拨款
    //       (补助)资金 / amount 3, 专项收入 1, 政府性基金 小计 2, 小计 1, 财政专户管理资金
    //       专户管理教育收费 2, 其他非税收入 1, 小计 80.00 2, 事业收入 1, 其他资金 经营收入 2,
    //       其他收入 80.00 2, 债务资金(银行贷款) 1, 小计 1, 上年结转和结余资金 1, 其中 1 -> 27
    //  03 p.3 支出预算总表: 5 + 4 = 9;  04 p.4 财政拨款收支预算总表: 7 + 4+3+2+4 = 20
    //  05 p.5 财政拨款支出预算表: 3 + 合计 2 + 16 code rows (201 and 6, 208 and 4, 221 and 3)
    //       x3 = 53
    //  06 p.6 财政拨款基本支出预算表: 3 + 2 + 27 rows (301 and 8, 302 and 13, 303 and 3) x3 = 86
    //  07 p.7 as 05: 53;  08 p.8 as 06: 86
    //  09 p.9 “三公”经费、会议费、培训费: 11 headers + 8 amounts (公务用车购置费 empty) = 19
    //  10 p.10 政府性基金 (empty, "注：本部门无该项目" below the rulings): 3 + 合计 = 4
    //  11 p.11 机关运行经费: 3 + 2 + 14 rows (302 and 13) x3 = 47
    //  12 p.12 2018年政府采购预算表: header 6; 合计 2, 一、货物A 2, 办公设备购置费 row 3, 7 items
    //       x3, 省政协专项会议 会议费 row 3, 2 x3, 三、服务C 2, 省政协业务工作经费 培训费 row 3,
    //       3 x3, 省政协专项会议 会议费 row 3, 4 x3, 商品和服务支出 会议费 row 3, 2 x3, 培训费
    //       16.00 2, 2 x3 -> 89
    assertCounts("jiangsu/cppcc-office-2018-tables.pdf",
        57, 27, 9, 20, 53, 86, 53, 86, 19, 4, 47, 89);
  }

  @Test
  void jiangsuWpsReportOfTheNpcOffice2017HasTwelveTablesWithCellsWrappedInNarrowColumns() {
    // npc-standing-committee-office-2017.pdf (WPS Writer), tables on pp.7-23 between the text
    // parts, titled but not numbered; narrow columns wrap most names over two or three lines
    // ("一、财政 / 拨款", "1. 一 般 公 / 共预算", "单位 / 预留机动 / 经费"), one cell each.
    // pp.7, 9, 10, 15, 20 rendered. Twelve tables, not thirteen:
    //  pp.7-9  收支预算总表 (no header repeated): header 10; rows 6+5+4 + 二、财政专户管理资金
    //          四、公共安全支出 2 + 三、其他资金 五、教育支出 2 (no amount) + 六 … 二十 15 names
    //          and 2 amounts (1,608.51, 1,512.23) + 当年收入小计 row 4 + 上年结转资金 / 结转下年
    //          资金 2 + 收入合计 row 4 = 46 -> 56
    //  pp.9-10 收入预算总表: 项目名称, 金额 2; 收入总计 2, 小计 2, 一般公共预算资金 / 公共财政拨款
    //          (补助)资金 / amount 3, 专项收入 1, 政府性基金 小计 2, 财政专户管理资金 小计 2,
    //          专户管理教育收费 1, 其他非税收入 1, 其他资金 小计 2, 事业收入 1, 经营收入 1, 其他收入
    //          1, 债务资金(银行贷款) 1, 小计 1, 上年结转和结余资金 1, 其中 1 -> 25
    //  p.10    支出预算总表: 5 + 4 = 9
    //  p.11    财政拨款支出预算表: 3 + 合计 2 + 18 rows (201 and 10, 208 and 2, 221 and 3) x3
    //          = 59
    //  p.12    财政拨款收支预算总表: 7 + 4+3+2+4 = 20
    //  pp.12-15 财政拨款基本支出预算表 (title on p.12, rulings from p.13): 3 + 2 + 23 rows (301
    //          and 4, 302 and 10, 303 and 6) x3 = 74
    //  p.15    财政拨款政府性基金支出预算表: 3 + 合计 = 4 ("(无政府性基金支出）" below the rulings)
    //  pp.16-17 一般公共预算支出预算表: as p.11, 59
    //  pp.17-18 一般公共预算基本支出预算表: as pp.13-15, 74
    //  pp.18-19 一般公共预算机关运行经费支出预算表 (title on p.18): 3 + 2 + 15 rows (302 and 12,
    //          310 and 1) x3 = 50
    //  p.20    “三公”经费、会议费、培训费: 11 headers + 9 amounts (公务用车购置费 "0", set lower
    //          in its cell) = 20
    //  pp.20-23 2017年政府采购预算表: header 6; 合计 2, 一、货物 A 2; p.21 办公设备购置费 row 3,
    //          5 items x3, 三、服务 C 2, 交通运行费 row 3, 1 item 3, 综合管理费 row 3, 1 item 3;
    //          p.22 1 item 3, four 会议费/印刷费 rows with their 会议服务/印刷服务 items 24,
    //          专职人员活动费 row 3; p.23 印刷服务 3, 立法费及法制专刊费 row 3, 印刷服务 3 -> 81
    assertCounts("jiangsu/npc-standing-committee-office-2017.pdf",
        56, 25, 9, 59, 20, 74, 4, 59, 74, 50, 20, 81);
  }

  @Test
  void jiangsuWpsReportOfTheNpcOffice2018HasTwelveNumberedTables() {
    // npc-standing-committee-office-2018.pdf (WPS Writer), 公开 01 表 … 公开 12 表 on pp.8-18,
    // page numbers below the tables; pp.8 and 15 rendered:
    //  01 p.8  收支预算总表 (部门名称 wrapped above the rulings): header 10; rows 6+5+4+2+2 + 六 …
    //          二十 15 names and 2 amounts + 4+2+4 = 46 -> 56
    //  02 p.9  收入预算总表: 2 + 2+2+3+1+2+1+2+1+1+1+2+1+1+1+1+1 = 25
    //  03 p.10 支出预算总表: 5 + 4 = 9;  04 p.10 财政拨款收支预算总表: 7 + 4+3+2+4 = 20
    //  05 p.11 财政拨款支出预算表（功能科目）: 3 + 2 + 20 rows (201 and 10, 208 and 4, 221 and 3;
    //          机关事业单位基本养老保险缴费支出 wrapped) x3 = 65
    //  06 p.12 财政拨款基本支出预算表（经济科目）: 3 + 2 + 23 rows (301 and 8, 302 and 9, 303 and
    //          3) x3 = 74
    //  07 p.13 as 05: 65;  08 p.14 as 06: 74
    //  09 p.15 “三公”经费、会议费、培训费: 11 + 8 amounts (公务用车购置费 empty) = 19
    //  10 p.15 政府性基金 (empty; 注 below the rulings): 3 + 合 计 = 4
    //  11 p.16 机关运行经费: 3 + 2 + 10 rows (302 and 9) x3 = 35 (its 注 below the rulings)
    //  12 pp.17-18 政府采购支出预算表: header 6, 合计 2, 一、货物 A 2, 办公设备购置费 row 3,
    //          5 items x3, 三、服务 C 2, 综合管理费 row 3, 2 items x3, 常委会会议经费… row 3,
    //          会议服务 3 = 45; p.18 five rows with their items 30 -> 75
    assertCounts("jiangsu/npc-standing-committee-office-2018.pdf",
        56, 25, 9, 20, 65, 74, 65, 74, 19, 4, 35, 75);
  }

  @Test
  void jiangsuWpsReportOfTheProcuratorate2017HasTwelveTablesSomeOverPageBreaks() {
    // procuratorate-2017.pdf (WPS Writer), tables 一 … 十二 on pp.10-18, several beginning
    // mid-page and running over the page break; page numbers below them; p.13 rendered:
    //  一 p.10 收支预算总表: header 10; rows 5 (一般公共服务支出 without amount) +5+4 +
    //       二、财政专户管理资金 四、公共安全支出 13,656.34 3 + 三、其他资金 15.00 五、教育支出 3 +
    //       六 … 二十 15 names and 2 amounts + 4+2+4 = 47 -> 57
    //  二 p.11 收入预算总表: 27 (小计 and 其他收入 with 15.00)
    //  三 p.11 支出预算总表: 5 + 4 = 9
    //  四 pp.11-12 财政拨款收支预算总表: 7 + 4 (p.11) + 3+2+4 (p.12) = 20
    //  五 p.12 财政拨款支出预算表: 3 + 合计 2 + 15 rows (204 and 7, 208 and 2, 221 and 3) x3 = 50
    //  六 pp.12-13 财政拨款基本支出预算表: 3 + 2 + (4 + 23) rows x3 = 86
    //  七 p.13 政府性基金支出预算表 (empty): 3 + 合计 = 4
    //  八 p.14 一般公共预算支出预算表: as 五, 50
    //  九 pp.14-15 一般公共预算基本支出预算表: 3 + 2 + (8 + 19) x3 = 86
    //  十 pp.15-16 机关运行经费: 3 + 2 + (9 + 6) x3 = 50
    //  十一 p.16 “三公”经费、会议费、培训费: 11 + 9 amounts (pdftotext joins "267.80 156.55") = 20
    //  十二 pp.16-18 政府采购支出预算表, names wrapped over 2-4 lines: header 6, 合计 2, 一、货物
    //       A 2; p.16 办公、办案设备更新购置费 row 3, 6 items x3, 办公办案设备更新购置费 row 3 = 24;
    //       p.17 1 item 3, 办公设备购置 row 3, 4 items x3, 网络、电子检务… row 3, 4 items x3,
    //       专用设备购置 30.00 2, 1 item 3, 执法执勤车辆购置 row 3, 客车 3, 三、服务 C 2,
    //       网络… 维修（护）费 row 3, 1 item 3, 租赁费 460.00 2, 1 item 3, 网络运行维护费 row 3,
    //       1 item 3, 维修（护）费 4.00 2, 1 item 3, 交通运行费 row 3 = 71; p.18 车辆维修和保养服务
    //       3, 物业管理费 row 3, 2 items x3, 物业管理费 390.00 2, 2 items x3, 商品和服务支出 row 3,
    //       会议服务 3, 检察教育培训经费 row 3, 教育服务 3 = 32 -> 137
    // The text after the tables (p.19 "一 般 公 共 预 算 收 入   17981.68 万 元 ， 占") is text.
    assertCounts("jiangsu/procuratorate-2017.pdf",
        57, 27, 9, 20, 50, 86, 4, 50, 86, 50, 20, 137);
  }

  @Test
  void jiangsuWordReportHasTwelveTablesAmongItsText() {
    // procuratorate-2018.pdf, 公开01表 … 公开12表 on pp.13-23 between the text parts; several
    // tables begin mid-page and run over the page break:
    //  01 pp.13-14 收支预算总表: header 10; rows 5+5+4+3+3 (二、财政专户管理资金 and
    //       2.政府性基金预算 wrap, one cell each) + 15 names and 2 amounts (十七、国土海洋气象等
    //       支出 is cut by the page break: one cell) + 4+2+4 = 47 -> 57
    //  02 p.14 收入预算总表: 27 (as the other Jiangsu files)
    //  03 p.15 支出预算总表: 5 (单位预留机动经费 wrapped) + 4 = 9
    //  04 p.15 财政拨款收支预算总表: 7 + 4+3+2+4 = 20
    //  05 pp.15-16 财政拨款支出预算表: 3 + 合计 2 + 3 + 11 rows x3 = 47
    //  06 pp.16-17 基本支出: 3 + 2 + (14 + 15) x3 = 92
    //  07 pp.17-18: 3 + 2 + (10 + 4) x3 = 47;  08 pp.18-19: 3 + 2 + (23 + 6) x3 = 92
    //  09 p.19 “三公”经费…: 11 + 8 = 19
    //  10 p.19 政府性基金 (empty): 3 + 合计 + 此表为空 (inside the rulings, rendered) = 5
    //  11 p.20 机关运行经费: 3 + 2 + 15 x3 = 50
    //  12 pp.20-23 政府采购支出预算表, names wrapped over 2-5 lines: header 6, 合计 2,
    //       一、货物 A 2; p.20 3 rows x3 = 9; p.21 专用设备购置 2 + 18 rows x3 + 三、服务 C 2 = 58;
    //       p.22 维修（护）费 2, 4x3, 租赁费 2, 3x3, 网络运行维护费 3, 3, 租赁费 2, 3, 交通运行费
    //       3, 3, 物业管理费 3, 3x3, 物业管理费 2, 物业管理服务 over two rows with 部门集中采购
    //       330.00 / 分散自行组织 20.00 5, 其他服务 3 = 64; p.23 4 rows x3 = 12 -> 153
    // The justified paragraphs of p.25 (一 般 公 共 预 算 收 入 … 万 元 ， 占) are text.
    assertCounts("jiangsu/procuratorate-2018.pdf",
        57, 27, 9, 20, 47, 92, 47, 92, 19, 5, 50, 153);
  }

  @Test
  void jiangsuWordReportReadsItsJustifiedParagraphsAsTextNotAsTables() {
    // procuratorate-2018.pdf: the twelve tables stand on pp.13-23 (see above); the text part
    // after them sets justified lines with wide gaps ("一 般 公 共 预 算 收 入   21,940.96 万
    // 元 ， 占" on p.25) that must stay paragraphs.
    PublishedDocument d = PdfReaderGoldenTest.read("jiangsu/procuratorate-2018.pdf");
    assertThat(d.tables()).hasSize(12);
    assertThat(d.tables()).extracting(t -> t.origin().page().getAsInt())
        .allMatch(page -> page >= 13 && page <= 23);
  }

  private static void assertCounts(String path, Integer... cellsPerTable) {
    PublishedDocument d = PdfReaderGoldenTest.read(path);
    assertThat(d.tables()).extracting(TableBlock::cells).extracting(List::size)
        .containsExactly(cellsPerTable);
  }
}
