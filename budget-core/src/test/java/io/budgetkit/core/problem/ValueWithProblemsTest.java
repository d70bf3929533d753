package io.budgetkit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueWithProblemsTest {

  private static Problem problem(String page, Severity severity) {
    return SimpleProblem.of("io.budgetkit.core.problem.testproblems", "test.cell", severity,
        ProblemLocation.of(SourceRef.ofPage("a.pdf", Integer.parseInt(page), 1)),
        Map.of("printed", page));
  }

  private static final Problem ONE = problem("1", Severity.WARNING);
  private static final Problem TWO = problem("2", Severity.ERROR);
  private static final Problem THREE = problem("3", Severity.INFO);

  @Test
  void mapKeepsTheProblems() {
    ValueWithProblems<String> read = ValueWithProblems.of("12", List.of(ONE));

    ValueWithProblems<Integer> n = read.map(Integer::parseInt);

    assertThat(n.value()).isEqualTo(12);
    assertThat(n.problems()).containsExactly(ONE);
    assertThat(n.hasErrors()).isFalse();
  }

  @Test
  void flatMapPutsTheStepsProblemsAfterThese() {
    ValueWithProblems<String> read = ValueWithProblems.of("12", List.of(ONE));

    ValueWithProblems<Integer> n = read.flatMap(s -> ValueWithProblems.of(s.length(),
        List.of(TWO)));

    assertThat(n.value()).isEqualTo(2);
    assertThat(n.problems()).containsExactly(ONE, TWO);
    assertThat(n.hasErrors()).isTrue();
  }

  @Test
  void combinedWithAndCombineKeepEveryProblemInOrder() {
    ValueWithProblems<String> a = ValueWithProblems.of("a", List.of(ONE));
    ValueWithProblems<String> b = ValueWithProblems.of("b", List.of(TWO, THREE));

    assertThat(a.combinedWith(b, String::concat))
        .isEqualTo(ValueWithProblems.of("ab", List.of(ONE, TWO, THREE)));
    ValueWithProblems<List<String>> all = ValueWithProblems.combine(List.of(b, a,
        ValueWithProblems.of("c")));
    assertThat(all.value()).containsExactly("b", "a", "c");
    assertThat(all.problems()).containsExactly(TWO, THREE, ONE);
    assertThat(a.withAdditionalProblems(List.of(THREE)).problems()).containsExactly(ONE, THREE);
  }

  @Test
  void theProblemsCannotBeChangedFromOutside() {
    java.util.ArrayList<Problem> mine = new java.util.ArrayList<>(List.of(ONE));
    ValueWithProblems<String> v = ValueWithProblems.of("x", mine);
    mine.add(TWO);

    assertThat(v.problems()).containsExactly(ONE);
    assertThatThrownBy(() -> v.problems().add(TWO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ValueWithProblems.of(null)).isInstanceOf(NullPointerException.class);
  }
}
