package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.fixtures.Fixture;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 情况说明 read from each fixture against the hand-built model: preamble, sections, figures,
 * 机构设置 title and units.
 *
 * <p>The importer found two mistakes of the PDF fixture's hand-built model, since corrected there:
 * the file's last line L1051 (without a final newline) is section 十一's text, and the 三公 total
 * of L567 is named 财政拨款“三公”经费预算安排 as in the DOCX models.
 */
class DisclosureTextNarrativeTest {

  private static final Fixture PDF = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024;

  private static DepartmentBudget read(Fixture f) {
    return DisclosureText.read(f.text(), f.fileName()).budget();
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void thePreambleEqualsTheHandBuiltModel(Fixture f) {
    assertThat(read(f).narrative().preamble()).isPresent()
        .isEqualTo(f.budget().narrative().preamble());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theOrganisationEqualsTheHandBuiltModel(Fixture f) {
    DepartmentBudget imported = read(f);
    assertThat(imported.organisationTitle()).isPresent()
        .isEqualTo(f.budget().organisationTitle());
    assertThat(imported.organisation()).hasSize(1).isEqualTo(f.budget().organisation());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theNarrativeEqualsTheHandBuiltModel(Fixture f) {
    Narrative imported = read(f).narrative();
    Narrative golden = f.budget().narrative();
    assertThat(imported.sections()).containsExactlyElementsOf(golden.sections());
    assertThat(imported.figures()).containsExactlyElementsOf(golden.figures());
    assertThat(imported).isEqualTo(golden);
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void sectionAndFigureCounts(Fixture f) {
    Narrative imported = read(f).narrative();
    int[] expected;
    switch (f) {
      case HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025:
        expected = new int[] {14, 32};
        break;
      case HAIGANG_GOVERNMENT_OFFICE_2024:
        expected = new int[] {11, 18};
        break;
      default:
        expected = new int[] {14, 46};
    }
    assertThat(imported.sections()).hasSize(expected[0]);
    assertThat(imported.figures()).hasSize(expected[1]);
    assertThat(f.budget().narrative().sections()).hasSize(expected[0]);
    assertThat(f.budget().narrative().figures()).hasSize(expected[1]);
  }

  @org.junit.jupiter.api.Test
  void thePdfsLastLineHasNoFinalNewlineAndIsRead() {
    assertThat(PDF.text().lines().collect(Collectors.toList()))
        .hasSize(1051).last().isEqualTo("我部门无其他需要说明的事项。");
    assertThat(read(PDF).narrative().section(SectionKind.OTHER_MATTERS).orElseThrow().text())
        .isEqualTo("我部门无其他需要说明的事项。");
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void theNarrativeLinesAreNoLongerReportedUnread(Fixture f) {
    ImportResult r = DisclosureText.read(f.text(), f.fileName());
    assertThat(r.diagnostics()).allSatisfy(d -> {
      assertThat(d.code()).isEqualTo("region.unread");
      assertThat(d.text()).doesNotContain("情况说明").doesNotContain("职责");
    });
  }

  @org.junit.jupiter.api.Test
  void withoutANarrativeTheBudgetHasNone() {
    String text = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text();
    String tables = text.substring(0, text.indexOf("第一部分"));
    DepartmentBudget b = DisclosureText.read(tables, "tables only").budget();
    assertThat(b.narrative()).isEqualTo(Narrative.empty());
    assertThat(b.organisation()).isEmpty();
    assertThat(b.organisationTitle()).isEmpty();
  }
}
