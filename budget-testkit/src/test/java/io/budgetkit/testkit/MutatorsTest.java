package io.budgetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of mutators against the invariants written out apart from the generator and
 * from the rules ({@link IndependentChecks}): a mutation breaks some, its original none, and the
 * mutation says what it did. That each is the one invariant its rule checks is budget-rules'
 * MutationProperties.
 */
class MutatorsTest {

  private static final ConsistentBudgets BUDGETS = ConsistentBudgets.standard();

  @Test
  void everyMutatorBreaksAnInvariantOfSomeBudgets() {
    Set<String> silent = new TreeSet<>();
    List<String> never = new ArrayList<>();
    for (Mutator mutator : Mutators.all()) {
      int made = 0;
      for (long seed = 1; seed <= 400 && made < 3; seed++) {
        DepartmentBudget b = BUDGETS.generate(SeededSource.of(seed));
        Optional<Mutation> m = mutator.mutate(b, SeededSource.of(seed + 1_000));
        if (m.isEmpty()) {
          continue;
        }
        made++;
        assertThat(m.get().original()).isSameAs(b);
        assertThat(m.get().budget()).isNotEqualTo(b);
        assertThat(m.get().ruleId()).isEqualTo(mutator.ruleId()).matches("BK-[A-Z]+-\\d{3}");
        assertThat(m.get().mutator()).isEqualTo(mutator.name());
        assertThat(m.get().alsoFires()).isEqualTo(mutator.alsoFires());
        assertThat(m.get().description()).isNotBlank();
        assertThat(IndependentChecks.problems(b)).isEmpty();
        if (IndependentChecks.problems(m.get().budget()).isEmpty()) {
          silent.add(mutator.name());
        }
      }
      if (made == 0) {
        never.add(mutator.name());
      }
    }
    assertThat(never).as("mutators that found no place in seeds 1-400").isEmpty();
    // The independent checks restate the generator's invariants; the mutations they cannot see
    // break what the generator never varies (an income item beyond the template's, a note, a
    // fractional 数量, a negative amount, listed change components, an itemised 资金用途) or
    // what they compare in the 合计 column only (the “三公” lines in 栏次3 and 4), listed here so
    // that a new blind spot is noticed.
    assertThat(silent).containsExactly("BAL_INCOME_ITEMS_NOT_SUM", "COMP_EMPTY_NOTE_ON_DATA",
        "COMP_NEGATIVE_AMOUNT", "NARR_CHANGE_COMPONENTS", "NARR_COMPONENT_DIRECTION",
        "PROC_FRACTIONAL_QUANTITY", "PROJ_PURPOSE_ITEMS", "TPUB_SUBTOTAL_NOT_SUM",
        "TPUB_VEHICLES_NOT_SUM");
  }

  @Test
  void aMutatorIsFoundByItsNameAndEachNamesAnotherRule() {
    for (Mutator m : Mutators.all()) {
      assertThat(Mutators.named(m.name())).isSameAs(m);
    }
    assertThat(Mutators.all()).extracting(Mutator::ruleId).doesNotHaveDuplicates();
    assertThat(Mutators.all()).hasSizeGreaterThanOrEqualTo(60);
    assertThatThrownBy(() -> Mutators.named("NO_SUCH_MUTATOR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_MUTATOR");
  }

  @Test
  void aBudgetWithoutThePlaceGivesNoMutation() {
    DepartmentBudget noProjects = ConsistentBudgets.builder().projects(0, 0).build()
        .generate(SeededSource.of(3));
    assertThat(Mutators.PROJ_FUNDS_SPLIT.mutate(noProjects, SeededSource.of(1))).isEmpty();
    assertThat(Mutators.NARR_PROJECT_AMOUNTS.mutate(noProjects, SeededSource.of(1))).isEmpty();
    assertThat(Mutators.PROC_SUBTOTALS.mutate(noProjects, SeededSource.of(1))).isEmpty();
  }

  @Test
  void theSameSeedsGiveTheSameMutation() {
    DepartmentBudget b = BUDGETS.generate(SeededSource.of(11));
    for (Mutator m : Mutators.all()) {
      Optional<Mutation> x = m.mutate(b, SeededSource.of(5));
      Optional<Mutation> y = m.mutate(b, SeededSource.of(5));
      assertThat(x.isPresent()).isEqualTo(y.isPresent());
      x.ifPresent(v -> {
        assertThat(v.budget()).isEqualTo(y.get().budget());
        assertThat(v.location()).isEqualTo(y.get().location());
        assertThat(v.description()).isEqualTo(y.get().description());
      });
    }
  }

  @Test
  void anExpectedLocationNamesOnlyWhatItIsGiven() {
    ExpectedLocation cell = ExpectedLocation.cell(TableKind.EXPENDITURE, 7, "20103", 3);
    assertThat(cell.table()).contains(TableKind.EXPENDITURE);
    assertThat(cell.row()).hasValue(7);
    assertThat(cell.code()).contains("20103");
    assertThat(cell.column()).hasValue(3);
    assertThat(cell.section()).isEmpty();
    assertThat(cell.subject()).isEmpty();
    assertThat(cell.words()).isEmpty();
    assertThat(cell).hasToString("支出总表 序号7 20103 栏次3")
        .isEqualTo(ExpectedLocation.cell(TableKind.EXPENDITURE, 7, "20103", 3))
        .isNotEqualTo(ExpectedLocation.row(TableKind.EXPENDITURE, 7, "20103"));
    ExpectedLocation project = ExpectedLocation.section(SectionKind.PROJECTS)
        .withSubject("专项审计经费").withWords("预算数");
    assertThat(project.table()).isEmpty();
    assertThat(project.subject()).contains("专项审计经费");
    assertThat(project).hasToString("情况说明·PROJECTS 「专项审计经费」 “预算数”");
  }
}
