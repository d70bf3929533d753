package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.ValidationReport;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Consolidation of generated consistent budgets: valid in, valid out; independent of the order
 * and grouping of the inputs; every cell the sum of the inputs' cells; one input gives back its
 * figures.
 */
class ConsolidationProperties {

  private static final int EXAMPLES = 1000;
  private static final Map<String, Long> MILLIS = new TreeMap<>();

  @AfterAll
  static void times() {
    System.out.println("ConsolidationProperties: " + EXAMPLES + " examples each, ms " + MILLIS);
  }

  private static Gen<Generated.Group> groups(int min, int max, boolean oneKind) {
    return BudgetGens.of(s -> Generated.draw(s, min, max, oneKind))
        .describedAs(Generated.Group::toString);
  }

  private static void timed(String name, Runnable property) {
    long start = System.nanoTime();
    property.run();
    MILLIS.put(name, (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void consolidatingValidBudgetsGivesAValidBudget() {
    timed("valid", () -> qt().withExamples(EXAMPLES).forAll(groups(1, 4, false))
        .checkAssert(g -> {
          Consolidation r = Generated.consolidator(g.kind).consolidate(g.budgets);
          ValidationReport report = RuleSet.standard().validate(r.budget());
          assertThat(report.findings(Severity.ERROR)).as(() -> report.render(Locale.CHINESE))
              .isEmpty();
          assertThat(report.findings(Severity.WARNING)).as(() -> report.render(Locale.CHINESE))
              .isEmpty();
          assertThat(r.conflicts()).isEmpty();
          assertThat(r.departments()).hasSize(g.budgets.size());
        }));
  }

  @Test
  void theOrderOfTheInputsDoesNotMatter() {
    timed("commutative", () -> qt().withExamples(EXAMPLES).forAll(groups(2, 4, false))
        .checkAssert(g -> {
          Consolidator c = Generated.consolidator(g.kind);
          List<DepartmentBudget> reversed = new ArrayList<>(g.budgets);
          Collections.reverse(reversed);
          List<DepartmentBudget> rotated = new ArrayList<>(g.budgets);
          Collections.rotate(rotated, 1);
          DepartmentBudget expected = c.consolidate(g.budgets).budget();
          assertThat(c.consolidate(reversed).budget()).isEqualTo(expected);
          assertThat(c.consolidate(rotated).budget()).isEqualTo(expected);
          assertThat(c.consolidate(g.budgets.parallelStream()).budget()).isEqualTo(expected);
        }));
  }

  @Test
  void theGroupingOfTheInputsDoesNotMatter() {
    timed("associative", () -> qt().withExamples(EXAMPLES).forAll(groups(3, 3, false))
        .checkAssert(g -> {
          Consolidator c = Generated.consolidator(g.kind);
          DepartmentBudget a = g.budgets.get(0);
          DepartmentBudget b = g.budgets.get(1);
          DepartmentBudget d = g.budgets.get(2);
          Consolidator inner = Consolidator.builder().department("900", "内层汇总").kind(g.kind)
              .build();
          DepartmentBudget all = c.consolidate(List.of(a, b, d)).budget();
          DepartmentBudget left = c.consolidate(List.of(
              inner.consolidate(List.of(a, b)).budget(), d)).budget();
          DepartmentBudget right = c.consolidate(List.of(a,
              inner.consolidate(List.of(b, d)).budget())).budget();
          assertThat(left).isEqualTo(all);
          assertThat(right).isEqualTo(all);
        }));
  }

  @Test
  void everyCellIsTheSumOfTheInputsCells() {
    timed("totals", () -> qt().withExamples(EXAMPLES).forAll(groups(1, 4, true))
        .checkAssert(g -> {
          DepartmentBudget r = Generated.consolidator(g.kind).consolidate(g.budgets).budget();
          for (DisclosureTable t : r.tables()) {
            Map<String, Map<Integer, Amount>> expected = new TreeMap<>();
            boolean allEmpty = true;
            for (DepartmentBudget in : g.budgets) {
              DisclosureTable it = in.table(t.kind()).orElseThrow();
              allEmpty &= it.isEmpty();
              rows(it).forEach((key, cells) -> {
                Map<Integer, Amount> sum = expected.computeIfAbsent(key, k -> new TreeMap<>());
                cells.forEach((col, a) -> sum.merge(col, a, Amount::plus));
              });
            }
            if (allEmpty && !t.kind().equals(TableKind.SUMMARY)
                && !t.kind().equals(TableKind.FISCAL_SUMMARY)) {
              assertThat(t.rows()).as(t.kind() + " printed empty").isEmpty();
              assertThat(t.note()).isPresent();
              continue;
            }
            expected.values().removeIf(Map::isEmpty);
            Map<String, Map<Integer, Amount>> actual = rows(t);
            actual.values().removeIf(Map::isEmpty);
            assertThat(actual).as(t.kind().toString()).isEqualTo(expected);
          }
          assertThat(r.projects()).hasSize(g.budgets.stream().mapToInt(b -> b.projects().size())
              .sum());
          assertThat(r.organisation()).hasSize(g.budgets.stream()
              .mapToInt(b -> b.organisation().size()).sum());
          long items = g.budgets.stream().flatMap(b -> b.procurement().stream())
              .flatMap(p -> p.lines().stream())
              .filter(l -> l.kind() != ProcurementLine.Kind.TOTAL).count();
          assertThat(r.procurement().orElseThrow().lines().stream()
              .filter(l -> l.kind() != ProcurementLine.Kind.TOTAL).count()).isEqualTo(items);
        }));
  }

  @Test
  void consolidatingOneBudgetGivesBackItsFigures() {
    timed("identity", () -> qt().withExamples(EXAMPLES).forAll(groups(1, 1, true))
        .checkAssert(g -> {
          DepartmentBudget a = g.budgets.get(0);
          DepartmentBudget r = Consolidator.builder().department(a.departmentCode(),
              a.departmentName()).kind(a.kind()).build().consolidate(List.of(a)).budget();
          assertThat(r.tables()).isEqualTo(a.tables());
          assertThat(r.projects().stream().map(p -> ProjectPerformance.builder().from(p)
              .department(java.util.Optional.empty()).build()).collect(Collectors.toList()))
              .isEqualTo(a.projects());
          assertThat(r.projects()).allMatch(p -> p.department().equals(
              java.util.Optional.of(a.departmentName())));
          assertThat(r.procurement().map(p -> p.lines().stream().map(l -> ProcurementLine
              .builder().from(l).department(java.util.Optional.empty()).build())
              .collect(Collectors.toList()))).isEqualTo(a.procurement().map(p -> p.lines()));
          assertThat(r.fixedAssets()).isEqualTo(a.fixedAssets());
          assertThat(r.organisation()).isEqualTo(a.organisation());
          assertThat(figures(r)).isEqualTo(figures(a));
        }));
  }

  /** The narrative's amounts by kind and subject, signed. */
  private static Map<String, List<Amount>> figures(DepartmentBudget b) {
    Map<String, List<Amount>> m = new TreeMap<>();
    for (NarrativeFigure f : b.narrative().figures()) {
      m.computeIfAbsent(f.kind() + " " + f.subject().orElse(""), k -> new ArrayList<>())
          .add(f.signedValue().orElseThrow());
    }
    return m;
  }

  /**
   * A table's cells by row key, worked out here rather than by the consolidator: a coded row by
   * its code (合计 by its name), a row of a two-sided table by its two items, a “三公” row by its
   * item.
   */
  private static Map<String, Map<Integer, Amount>> rows(DisclosureTable t) {
    Map<String, Map<Integer, Amount>> m = new TreeMap<>();
    Function<TableRow, String> key = r -> {
      if (r instanceof CodedRow) {
        CodedRow<?> c = (CodedRow<?>) r;
        return c.code().map(Object::toString).orElse(Text.matchKey(c.name()));
      }
      if (r instanceof SummaryRow) {
        SummaryRow s = (SummaryRow) r;
        return s.incomeItem().orElse("") + " | " + s.expenditureItem().orElse("");
      }
      return Text.matchKey(((ThreePublicRow) r).item());
    };
    for (TableRow r : t.rows()) {
      Map<Integer, Amount> cells = m.computeIfAbsent(key.apply(r), k -> new TreeMap<>());
      r.cells().forEach((col, a) -> cells.merge(col, a, Amount::plus));
    }
    return m;
  }
}
