package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetCsvRoundTripTest {

  private final BudgetCsv csv = BudgetCsv.standard();

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void modelToCsvToModelIsEqualAndCsvToModelToCsvIsByteIdentical(Fixture fixture) {
    DepartmentBudget budget = fixture.budget();
    Map<String, byte[]> files = csv.write(budget);
    DepartmentBudget back = csv.read(files);
    assertThat(back).isEqualTo(budget);
    assertSameFiles(csv.write(back), files);
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void folderRoundTrip(Fixture fixture, @TempDir Path dir) {
    DepartmentBudget budget = fixture.budget();
    csv.writeFolder(budget, dir);
    assertThat(csv.readFolder(dir)).isEqualTo(budget);
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void zipRoundTripAndTheSameBytesEachTime(Fixture fixture) {
    DepartmentBudget budget = fixture.budget();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(budget, zip);
    assertThat(csv.readZip(new ByteArrayInputStream(zip.toByteArray()))).isEqualTo(budget);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    csv.writeZip(budget, again);
    assertThat(again.toByteArray()).isEqualTo(zip.toByteArray());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void excelBomIsReadBack(Fixture fixture) {
    DepartmentBudget budget = fixture.budget();
    Map<String, byte[]> files = csv.withExcelBom(true).write(budget);
    assertThat(files.get("03-expenditure.csv")).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(csv.read(files)).isEqualTo(budget);
  }

  static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((name, bytes) -> assertThat(new String(actual.get(name),
        java.nio.charset.StandardCharsets.UTF_8)).as(name)
        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
  }
}
