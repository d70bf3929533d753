package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The mutations of the narrative's figures (area NARR): a figure restated with another amount,
 * in its text as well. Where the narrative adds the figure up with others, a second figure of
 * the same sum changes the other way, so that the narrative's own arithmetic still holds.
 */
final class NarrativeMutations {

  private NarrativeMutations() {}

  /**
   * One figure {@code d} higher, alone: for figures the narrative adds up with no other
   * (预算收支安排 → BK-NARR-001, 上年末固定资产 → 010, 拟购置固定资产 → 011, a 机关运行经费 item →
   * 012, the change of the total → 013).
   *
   * @param at the figure whose location the rule reports: the changed one, or the total its sum
   *     is checked at
   */
  static Optional<Broken> raise(DepartmentBudget b, Source s, FigureKind kind, FigureKind at) {
    Narrative n = b.narrative();
    List<NarrativeFigure> figures = amounts(n, kind);
    Optional<NarrativeFigure> where = kind == at ? Optional.empty() : n.figure(at);
    if (figures.isEmpty() || (kind != at && where.isEmpty())) {
      return Optional.empty();
    }
    NarrativeFigure f = s.pick(figures);
    Amount d = Deltas.any(s);
    Narrative changed = NarrativeEdits.restate(n, f, f.value().amount().get().plus(d));
    NarrativeFigure located = where.orElse(f);
    return Broken.of(BudgetRebuild.withNarrative(b, changed), location(located),
        "narrative “" + f.words() + "” " + Deltas.signed(d) + " (now "
            + Deltas.text(f.value().amount().get().plus(d)) + "万元)");
  }

  /**
   * BK-NARR-003: the stated 支出预算 {@code d} higher, where the 支出总表 also prints 经营支出,
   * 上解上级支出 or 对附属单位补助支出 (the stated 基本 + 项目 is then only a part of it).
   */
  static Optional<Broken> expenditure(DepartmentBudget b, Source s) {
    boolean other = b.expenditure().flatMap(t -> t.totalRow())
        .map(r -> r.cells().entrySet().stream()
            .anyMatch(e -> e.getKey() >= 6 && !e.getValue().isZero())).orElse(false);
    return other ? raise(b, s, FigureKind.EXPENDITURE, FigureKind.EXPENDITURE) : Optional.empty();
  }

  /**
   * Figures {@code d} higher together, where the 支出总表 prints at least {@code d} of 经营支出,
   * 上解上级支出 or 对附属单位补助支出 (so that the stated 基本 + 项目 stays within the stated 支出):
   * 基本支出 with 人员经费 (BK-NARR-004; BK-NARR-005 necessarily fires for 人员经费 too), or
   * 项目支出 alone (BK-NARR-006; BK-NARR-009 fires too, the project list adding up to the old
   * 项目支出). Reported at the first kind's figure.
   */
  static Optional<Broken> raiseWithinOther(DepartmentBudget b, Source s, FigureKind... kinds) {
    Amount other = b.expenditure().flatMap(t -> t.totalRow())
        .map(r -> Amount.sum(r.cells().entrySet().stream().filter(e -> e.getKey() >= 6)
            .map(java.util.Map.Entry::getValue).collect(Collectors.toList())))
        .orElse(Amount.ZERO);
    Narrative n = b.narrative();
    List<NarrativeFigure> figures = new ArrayList<>();
    for (FigureKind kind : kinds) {
      n.figure(kind).filter(f -> f.value().amount().isPresent()).ifPresent(figures::add);
    }
    Optional<Amount> d = Deltas.within(s, other);
    if (figures.size() < kinds.length || d.isEmpty()) {
      return Optional.empty();
    }
    for (NarrativeFigure f : figures) {
      n = NarrativeEdits.restate(n, f, f.value().amount().get().plus(d.get()));
    }
    return Broken.of(BudgetRebuild.withNarrative(b, n), location(figures.get(0)), "narrative "
        + figures.stream().map(f -> "“" + f.words() + "”").collect(Collectors.joining(" and "))
        + " " + Deltas.signed(d.get()) + ", within the 经营/上解/补助 expenditure");
  }

  /**
   * Two figures of one stated sum, one {@code d} higher and the other {@code d} lower: the sum
   * still holds, both disagree with the tables (income sources → BK-NARR-002, 人员经费 and
   * 日常公用经费 → 005, “三公” lines → 007, project amounts → 008).
   *
   * @param pairs the kinds that may go up and down together, as pairs {up, down}
   */
  static Optional<Broken> shift(DepartmentBudget b, Source s, List<FigureKind[]> pairs) {
    Narrative n = b.narrative();
    List<NarrativeFigure[]> options = new ArrayList<>();
    for (FigureKind[] pair : pairs) {
      for (NarrativeFigure up : amounts(n, pair[0])) {
        for (NarrativeFigure down : amounts(n, pair[1])) {
          if (up != down && Deltas.roomIn(down.value().amount().get())) {
            options.add(new NarrativeFigure[] {up, down});
          }
        }
      }
    }
    if (options.isEmpty()) {
      return Optional.empty();
    }
    NarrativeFigure[] pick = s.pick(options);
    Amount d = Deltas.within(s, pick[1].value().amount().get()).orElseThrow();
    Narrative changed = NarrativeEdits.restate(n, pick[0],
        pick[0].value().amount().get().plus(d));
    changed = NarrativeEdits.restate(changed, pick[1], pick[1].value().amount().get().minus(d));
    return Broken.of(BudgetRebuild.withNarrative(b, changed), location(pick[0]),
        "narrative “" + pick[0].words() + "” " + Deltas.signed(d) + " and “" + pick[1].words()
            + "” " + Deltas.signed(d.negated()) + ": their sum holds, the tables disagree");
  }

  /**
   * BK-NARR-014 and 015 (warnings): the change of 项目支出 gets two listed components, written
   * after it in the 比上年增减情况 paragraph. Without directions, they add up to {@code d} more than
   * the change (014); with a direction stated for the first only, they add up to it exactly (015).
   */
  static Optional<Broken> changeComponents(DepartmentBudget b, Source s, boolean direction) {
    Narrative n = b.narrative();
    Optional<NarrativeFigure> change = n.figure(FigureKind.CHANGE_PROJECT)
        .filter(f -> f.value().amount().isPresent());
    if (change.isEmpty() || n.section(SectionKind.CHANGE).isEmpty()) {
      return Optional.empty();
    }
    Amount whole = change.get().value().amount().get();
    Amount second;
    Amount first;
    if (direction) {
      Optional<Amount> x = Deltas.within(s, whole);
      if (x.isEmpty()) {
        return Optional.empty();
      }
      second = x.get();
      first = whole.minus(second);
    } else {
      first = whole;
      second = Deltas.any(s);
    }
    String firstWords = "专项业务经费" + (direction ? change.get().isDecrease() ? "减少" : "增加" : "");
    String secondWords = "信息化建设经费";
    String firstValue = Deltas.text(first) + "万元";
    String secondValue = Deltas.text(second) + "万元";
    List<NarrativeFigure> figures = new ArrayList<>();
    for (NarrativeFigure f : n.figures()) {
      figures.add(f);
      if (f == change.get()) {
        figures.add(NarrativeFigure.builder().kind(FigureKind.CHANGE_COMPONENT).words(firstWords)
            .value(firstValue).build());
        figures.add(NarrativeFigure.builder().kind(FigureKind.CHANGE_COMPONENT)
            .words(secondWords).value(secondValue).build());
      }
    }
    String text = n.section(SectionKind.CHANGE).get().text() + "项目支出变动中：" + firstWords
        + firstValue + "，" + secondWords + secondValue + "。";
    Narrative changed = NarrativeEdits.withText(Narrative.builder().from(n).figures(figures)
        .build(), SectionKind.CHANGE, text);
    return Broken.of(BudgetRebuild.withNarrative(b, changed), direction
        ? ExpectedLocation.section(SectionKind.CHANGE).withWords(secondWords)
        : location(change.get()), "components of “" + change.get().words() + "” listed: "
            + firstWords + firstValue + ", " + secondWords + secondValue);
  }

  /** The figures of a kind that state an amount. */
  private static List<NarrativeFigure> amounts(Narrative n, FigureKind kind) {
    return n.figures(kind).stream().filter(f -> f.value().amount().isPresent())
        .collect(Collectors.toList());
  }

  /** Where the rules locate a figure of the generated narrative: its home section and words. */
  static ExpectedLocation location(NarrativeFigure f) {
    return ExpectedLocation.section(NarrativeEdits.home(f.kind())).withWords(f.words());
  }
}
