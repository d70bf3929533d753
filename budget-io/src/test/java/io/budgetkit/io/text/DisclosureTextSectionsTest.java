package io.budgetkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.fixtures.Fixture;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The project, procurement and fixed-asset tables of each fixture equal the hand-built model. */
class DisclosureTextSectionsTest {

  private static DepartmentBudget read(Fixture f) {
    return DisclosureText.read(f.text(), f.fileName()).budget();
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void procurementEqualsTheHandBuiltModel(Fixture f) {
    DepartmentBudget golden = f.budget();
    DepartmentBudget imported = read(f);
    assertThat(golden.procurement()).isPresent();
    assertThat(imported.procurement().get().lines())
        .containsExactlyElementsOf(golden.procurement().get().lines());
    assertThat(imported.procurement()).isEqualTo(golden.procurement());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void fixedAssetsEqualTheHandBuiltModel(Fixture f) {
    DepartmentBudget golden = f.budget();
    DepartmentBudget imported = read(f);
    assertThat(golden.fixedAssets()).isPresent();
    assertThat(imported.fixedAssets()).isEqualTo(golden.fixedAssets());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void projectsEqualTheHandBuiltModel(Fixture f) {
    List<ProjectPerformance> golden = f.budget().projects();
    List<ProjectPerformance> imported = read(f).projects();
    assertThat(golden).isNotEmpty();
    assertThat(imported).hasSameSizeAs(golden);
    for (int i = 0; i < golden.size(); i++) {
      ProjectPerformance g = golden.get(i);
      ProjectPerformance a = imported.get(i);
      String as = g.title().orElse(g.name());
      assertThat(a.title()).as(as).isEqualTo(g.title());
      assertThat(a.code()).as(as).isEqualTo(g.code());
      assertThat(a.name()).as(as).isEqualTo(g.name());
      assertThat(a.budget()).as(as).isEqualTo(g.budget());
      assertThat(a.fiscalFunds()).as(as).isEqualTo(g.fiscalFunds());
      assertThat(a.otherFunds()).as(as).isEqualTo(g.otherFunds());
      assertThat(a.purpose()).as(as).isEqualTo(g.purpose());
      assertThat(a.spendingPlan()).as(as).isEqualTo(g.spendingPlan());
      assertThat(a.goals()).as(as).containsExactlyElementsOf(g.goals());
      assertThat(a.indicators()).as(as).containsExactlyElementsOf(g.indicators());
      assertThat(a).as(as).isEqualTo(g);
    }
    assertThat(imported).isEqualTo(golden);
  }
}
