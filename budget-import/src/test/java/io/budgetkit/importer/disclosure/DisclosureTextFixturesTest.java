package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.fixtures.GoldenCells;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole of each real document, imported, against its hand-built model: every table, the
 * narrative, the organisation, the projects, procurement and assets.
 */
class DisclosureTextFixturesTest {

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theImportedBudgetEqualsTheHandBuiltModel(Fixture f) {
    DepartmentBudget imported = DisclosureText.read(f.text(), f.fileName()).budget();

    assertThat(GoldenCells.compare(imported, GoldenCells.of(f))).isEmpty();
    assertThat(imported).isEqualTo(f.budget());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void textToJsonToCsvToJsonIsByteIdentical(Fixture f, @TempDir Path tmp) throws IOException {
    DepartmentBudget imported = DisclosureText.read(f.text(), f.fileName()).budget();
    String json = BudgetJson.defaults().write(imported);
    Path folder = tmp.resolve("csv");
    BudgetCsv.standard().writeFolder(BudgetJson.defaults().read(json), folder);

    String again = BudgetJson.defaults().write(BudgetCsv.standard().readFolder(folder));

    assertThat(again).isEqualTo(json);
    assertThat(Files.list(folder).count()).isGreaterThan(9);
  }
}
