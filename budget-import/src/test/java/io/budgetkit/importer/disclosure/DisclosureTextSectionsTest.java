package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.core.problem.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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

  private static List<String> lines(Fixture f) {
    return new ArrayList<>(Arrays.asList(f.text().split("\n", -1)));
  }

  private static ImportResult read(List<String> lines) {
    return DisclosureText.read(String.join("\n", lines), "test");
  }

  private static List<String> errors(ImportResult r) {
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
        .map(d -> d.code() + " L" + d.line()).collect(Collectors.toList());
  }

  @Test
  void aProcurementLineWithABadAmountIsReportedAndTheOthersAreRead() {
    List<String> l = lines(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025);
    assertThat(l.get(2034)).isEqualTo("\t0.00"); // L2035, 单价 of 复印纸
    l.set(2034, "\t0.0x");
    ImportResult r = read(l);
    assertThat(errors(r)).containsExactly("procurement.line L2029");
    assertThat(r.budget().procurement().get().lines())
        .hasSize(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget().procurement().get()
            .lines().size() - 1);
  }

  @Test
  void aPdfProcurementLineWithTooManyCellsIsReported() {
    List<String> l = lines(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024);
    assertThat(l.get(996)).startsWith("东区检查站扩建项目\t"); // L997
    l.set(996, l.get(996) + "\t\t9.99");
    ImportResult r = read(l);
    assertThat(errors(r)).containsExactly("procurement.line L997");
    assertThat(r.budget().procurement().get().lines()).extracting(x -> x.label())
        .doesNotContain("东区检查站扩建项目");
  }

  @Test
  void aProjectRowThatFitsNoBlockIsReported() {
    List<String> l = lines(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024);
    assertThat(l.get(680)).startsWith("项目编码\t"); // L681
    l.add(681, "随便\t什么");
    ImportResult r = read(l);
    assertThat(errors(r)).containsExactly("project.row L682");
    assertThat(r.budget().projects())
        .isEqualTo(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget().projects());
  }

  @Test
  void aLineInsideTheAssetTableThatIsNoRowEndsItAndStaysUnread() {
    List<String> l = lines(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024);
    assertThat(l.get(1027)).startsWith("2、车辆"); // L1028
    l.add(1027, "一段不属于表格的文字");
    ImportResult r = read(l);
    assertThat(r.budget().fixedAssets().get().rows()).extracting(x -> x.item())
        .containsExactly("资产总额", "1、房屋（平方米）", "其中：办公用房（平方米）");
    assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("region.unread")
        && d.message().startsWith("L1028-"));
  }

  @Test
  void aShortIndicatorRowAtTheEndIsReported() {
    List<String> l = lines(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025);
    assertThat(l.get(1581)).isEqualTo("\t≥95%"); // L1582, last row of project 1
    l.set(1581, "");
    l.set(1582, "");
    ImportResult r = read(l);
    assertThat(errors(r)).containsExactly("project.row L1578");
  }
}
