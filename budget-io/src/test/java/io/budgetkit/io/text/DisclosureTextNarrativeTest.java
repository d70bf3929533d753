package io.budgetkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.fixtures.Fixture;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 情况说明 read from each fixture against the hand-built model: preamble, sections, figures,
 * 机构设置 title and units.
 *
 * <p>Two differences remain in the PDF fixture ({@code etdz-public-security-bureau-2024.pdf.txt}),
 * both asserted exactly below so that any other change fails:
 * <ul>
 *   <li>section 十一: the file's last line L1051 {@code 我部门无其他需要说明的事项。} (no final newline)
 *       is read as the section's text; the hand-built model has {@code ""} ("the document ends
 *       with this heading", L1049);</li>
 *   <li>the 三公 total of L567 {@code 我部门财政拨款“三公”经费预算安排104.07万元}: the importer names
 *       it {@code 财政拨款“三公”经费预算安排}, as the hand-built models of both DOCX fixtures do for
 *       the same sentence; the PDF model has {@code “三公”经费预算安排}.</li>
 * </ul>
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
  @EnumSource(value = Fixture.class, names = "ETDZ_PUBLIC_SECURITY_BUREAU_2024",
      mode = EnumSource.Mode.EXCLUDE)
  void theDocxNarrativeEqualsTheHandBuiltModel(Fixture f) {
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
  void thePdfSectionsEqualTheHandBuiltModelButTheLastLine() {
    List<NarrativeSection> imported = read(PDF).narrative().sections();
    List<NarrativeSection> golden = PDF.budget().narrative().sections();
    int last = golden.size() - 1;
    assertThat(imported.subList(0, last)).containsExactlyElementsOf(golden.subList(0, last));
    assertThat(golden.get(last))
        .isEqualTo(NarrativeSection.of(SectionKind.OTHER_MATTERS, "十一、其他需要说明的事项", ""));
    assertThat(imported.get(last)).isEqualTo(NarrativeSection.of(SectionKind.OTHER_MATTERS,
        "十一、其他需要说明的事项", "我部门无其他需要说明的事项。"));
    assertThat(PDF.text().lines().collect(Collectors.toList()))
        .hasSize(1051).last().isEqualTo("我部门无其他需要说明的事项。");
  }

  @org.junit.jupiter.api.Test
  void thePdfFiguresEqualTheHandBuiltModelButTheWordsOfTheThreePublicTotal() {
    List<NarrativeFigure> imported = read(PDF).narrative().figures();
    List<NarrativeFigure> golden = PDF.budget().narrative().figures();
    assertThat(imported).hasSameSizeAs(golden);
    int differing = 0;
    for (int i = 0; i < golden.size(); i++) {
      NarrativeFigure a = imported.get(i);
      NarrativeFigure g = golden.get(i);
      if (g.kind() == FigureKind.THREE_PUBLIC) {
        differing++;
        assertThat(g.words()).isEqualTo("“三公”经费预算安排");
        assertThat(a).isEqualTo(NarrativeFigure.builder().from(g)
            .words("财政拨款“三公”经费预算安排").build());
      } else {
        assertThat(a).as("figure %d", i).isEqualTo(g);
      }
    }
    assertThat(differing).isEqualTo(1);
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
