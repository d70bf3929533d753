package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.testkit.ProblemsDocumentation;
import io.budgetkit.testkit.ProblemsDocumentation.Row;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A conflict is the consolidation's Problem, and docs/PROBLEMS.md lists every kind. */
class ConflictAsProblemTest {

  private static final String BUNDLE = "io/budgetkit/consolidation/messages";

  /** The office (“三公” layout C) and the police (layout D) of 2024: see FixturesConsolidation. */
  private static List<Conflict> conflicts() {
    return Consolidator.builder().department("000", "海港区").conflicts(ConflictPolicy.REPORT)
        .build().consolidate(List.of(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget(),
            Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget())).conflicts();
  }

  @Test
  void aConflictIsAWarningKeyedByItsKindAndLocatedAtItsPlace() {
    List<Conflict> conflicts = conflicts();

    assertThat(conflicts).isNotEmpty();
    for (Conflict c : conflicts) {
      Problem p = c;
      assertThat(p.key()).isEqualTo("consolidation." + c.kind().name());
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.location().describe(Locale.CHINESE)).isEqualTo(c.where());
      assertThat(p.location().describe(Locale.ENGLISH)).isEqualTo(c.where());
      assertThat(p.arguments()).isEqualTo(c.arguments());
      assertThat(p.describe(Locale.ENGLISH)).isEqualTo("WARNING consolidation." + c.kind() + " "
          + c.where() + ": " + c.message(Locale.ENGLISH));
    }
    // The “三公” layouts: the lines printed and dropped are arguments, lists for machines.
    Conflict layout = conflicts.stream().filter(c -> c.kind() == ConflictKind.THREE_PUBLIC_LAYOUT)
        .findFirst().orElseThrow();
    assertThat(layout.location().describe(Locale.CHINESE)).isEqualTo("财政拨款“三公”经费支出表");
    assertThat(((Problem) layout).arguments().get("dropped")).isInstanceOf(List.class);
  }

  @Test
  void theDocumentListsEveryKindAsAWarningWithBothTemplates() {
    List<Row> rows = ProblemsDocumentation.rows("Consolidation conflicts (`consolidation.*`)");
    Map<String, String> en = ProblemsDocumentation.bundle(BUNDLE);
    Map<String, String> zh = ProblemsDocumentation.bundle(BUNDLE + "_zh");

    Set<ConflictKind> listed = EnumSet.noneOf(ConflictKind.class);
    for (Row r : rows) {
      assertThat(r.key()).startsWith(Conflict.KEY_PREFIX);
      ConflictKind kind = ConflictKind.valueOf(r.key().substring(Conflict.KEY_PREFIX.length()));
      listed.add(kind);
      assertThat(r.severity()).as(r.key()).isEqualTo("WARNING");
      assertThat(en.get(kind.name())).as(r.key() + " en").isNotBlank().isEqualTo(r.english());
      assertThat(zh.get(kind.name())).as(r.key() + " zh").isNotBlank().isEqualTo(r.chinese());
    }
    assertThat(listed).containsExactlyInAnyOrder(ConflictKind.values());
  }

  @Test
  void everyTemplateOfTheBundleHasItsTranslation() {
    Map<String, String> en = ProblemsDocumentation.bundle(BUNDLE);
    Map<String, String> zh = ProblemsDocumentation.bundle(BUNDLE + "_zh");

    assertThat(en).isNotEmpty();
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    assertThat(zh.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey)
        .collect(Collectors.toList())).isEmpty();
  }
}
