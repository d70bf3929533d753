package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The files written for 秦皇岛市海港区发展服务中心 2025, byte for byte. They were produced by the
 * writer and then read against the published document: e.g. 03-expenditure.csv row 3 is 20103
 * 政府办公厅（室）及相关机构事务 with 合计 1962.10, a blank 基本支出 and 项目支出 1962.10, as the
 * document prints it (docx.txt L495 ff.); procurement.csv prints 复印纸 200 包 at 单价 0.00 and
 * 金额 0.34, as printed (L2029 ff.); assets.csv has 资产总额 122.61 and 4、其他固定资产 80 122.61.
 */
class GoldenFilesTest {

  private static final String DIR = "haigang-development-service-center-2025/";

  private final DepartmentBudget budget = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();

  @Test
  void folderIsTheCheckedInFilesByteForByte() throws IOException {
    Map<String, byte[]> files = BudgetCsv.standard().write(budget);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      assertThat(new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8)).as(f.getKey())
          .isEqualTo(new String(golden(DIR + f.getKey()), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(f.getValue()).as(f.getKey()).isEqualTo(golden(DIR + f.getKey()));
    }
    assertThat(files).hasSize(19);
  }

  @Test
  void checkedInFilesReadBackToTheFixture() throws IOException {
    Map<String, byte[]> files = new java.util.HashMap<>();
    for (String name : BudgetCsv.standard().write(budget).keySet()) {
      files.put(name, golden(DIR + name));
    }
    assertThat(BudgetCsv.standard().read(files)).isEqualTo(budget);
  }

  @Test
  void tidyCsvAndDescriptorAreTheCheckedInFiles() throws IOException {
    assertThat(TidyCsv.write(List.of(budget))).isEqualTo(
        new String(golden("haigang-development-service-center-2025-tidy.csv"),
            java.nio.charset.StandardCharsets.UTF_8));
    assertThat(TidyCsv.descriptor()).isEqualTo(
        new String(golden("datapackage.json"), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void tidyCsvHasOneLinePerPrintedCellIncludingPrintedZeros() {
    long cells = budget.tables().stream().flatMap(t -> t.rows().stream())
        .mapToLong(r -> r.cells().size()).sum();
    assertThat(TidyCsv.write(List.of(budget)).split("\n")).hasSize((int) cells + 1);
  }

  static byte[] golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
