package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.fixtures.GoldenCells;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisclosureTextTest {

  private static ImportResult read(Fixture f) {
    return DisclosureText.read(f.text(), f.fileName());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theNineTablesEqualTheHandBuiltModel(Fixture f) {
    DepartmentBudget imported = read(f).budget();
    DepartmentBudget golden = f.budget();
    assertThat(imported.departmentCode()).isEqualTo(golden.departmentCode());
    assertThat(imported.departmentName()).isEqualTo(golden.departmentName());
    assertThat(imported.year()).isEqualTo(golden.year());
    assertThat(imported.kind()).isEqualTo(BudgetKind.DEPARTMENT);
    assertThat(imported.tables().stream().map(DisclosureTable::kind))
        .containsExactlyElementsOf(TableKind.standard());
    for (int i = 0; i < 9; i++) {
      DisclosureTable a = imported.tables().get(i);
      DisclosureTable g = golden.tables().get(i);
      assertThat(a.title()).as(g.title()).isEqualTo(g.title());
      assertThat(a.note()).as(g.title()).isEqualTo(g.note());
      assertThat(a.rows().stream().map(Object::toString).collect(Collectors.toList()))
          .as(g.title()).containsExactlyElementsOf(
              g.rows().stream().map(Object::toString).collect(Collectors.toList()));
      assertThat(a).as(g.title()).isEqualTo(g);
    }
    assertThat(imported.tables()).isEqualTo(golden.tables());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theGoldenCellListsAgreeBothWays(Fixture f) {
    DepartmentBudget imported = read(f).budget();
    assertThat(GoldenCells.compare(imported, GoldenCells.of(f))).isEmpty();
  }

  /**
   * Every line of the two DOCX extractions is placed by a reader: the nine tables, the
   * narrative ({@link NarrativeReader}) and the project, procurement and asset tables
   * ({@link SectionReaders}), so they give no diagnostic at all. The PDF's cover and 目录 (L3-L36:
   * title, date, table of contents with dot leaders) are front matter no reader places: one INFO.
   */
  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theOnlyDiagnosticsAreTheUnreadRegions(Fixture f) {
    List<String> d = read(f).diagnostics().stream()
        .map(x -> x.severity() + " " + x.code() + " " + x.message().split(" ")[0])
        .collect(Collectors.toList());
    switch (f) {
      case HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025:
      case HAIGANG_GOVERNMENT_OFFICE_2024:
        assertThat(d).isEmpty();
        break;
      default:
        assertThat(d).containsExactly("INFO region.unread L3-L36");
    }
  }

  /**
   * Cells counted by hand from the documents.
   *
   * <p>Amounts: in the DOCX tables (L1-1428 / L1-1532) every amount is a cell line of the form
   * {@code TAB digits.digits}; {@code grep -cP '^\t[0-9]+\.[0-9]+$'} finds 173 and 199, and the
   * government office's 三公 table adds 8 explicit {@code 0} cells (rows 2, 3, 4, 6 × 栏次 2, 3):
   * 207. Per table (发展服务中心): 收支总表 9 (income 3: 2143.14 ×3 for 一、本年收入合计、收入总计;
   * expenditure 6), 收入总表 48 (16 rows × 合计/小计/财政拨款收入), 支出总表 34, 财政拨款收支总表
   * 15, table 5 34, 基本支出表 33, tables 7-9 empty. In the PDF (L38-516) the amount tokens with
   * a decimal point number 275, of which 16 are codes split by a space ({@code 2040 2} …, every
   * 收入总表 code but the four 类 and the page-split 2040|299): 259; the page-split 3295|.04 is
   * counted once per cell by its {@code .04} part.
   *
   * <p>Labels and codes: a 收支总表 has 5 income items + 31 类 + 3 × 2 closing items = 42; a
   * 财政拨款收支总表 3 + 31 + 2 × 2 + 3 (rows 34-36, income side only) + 2 = 43; a coded table
   * with n rows has n names and n - 1 codes (合计 has none); the 三公 table one item per row.
   * 发展服务中心: 42 + 43 + 4 tables × 16 rows × 2 - 4 = 209, + 173 = 382. 政府办公室: 42 + 43 +
   * 3 × 31 + (24 + 23) + 8 = 233, + 207 = 440. 公安分局: 42 + 43 + 3 × 43 + (32 + 31) + 9 = 286,
   * + 259 = 545.
   */
  @ParameterizedTest
  @EnumSource(Fixture.class)
  void everyPrintedCellIsRead(Fixture f) {
    ImportResult r = read(f);
    int amounts = r.budget().tables().stream()
        .mapToInt(t -> t.rows().stream().mapToInt(row -> row.cells().size()).sum()).sum();
    int[] expected;
    switch (f) {
      case HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025:
        expected = new int[] {173, 382};
        break;
      case HAIGANG_GOVERNMENT_OFFICE_2024:
        expected = new int[] {207, 440};
        break;
      default:
        expected = new int[] {259, 545};
    }
    assertThat(amounts).isEqualTo(expected[0]);
    assertThat(r.cellsRead()).isEqualTo(expected[1]);
    assertThat(GoldenCells.cellsOf(r.budget())).hasSize(expected[1]);
  }
}
