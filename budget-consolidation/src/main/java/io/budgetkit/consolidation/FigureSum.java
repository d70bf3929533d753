package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.NarrativeFigure;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The narrative figures that no table holds — the changes against the previous year, the
 * 上年末固定资产金额 and the planned fixed-asset purchases — summed over the inputs as signed
 * amounts ({@link NarrativeFigure#signedValue()}). A figure some input does not state is left out
 * of the result and reported ({@link ConflictKind#MISSING_FIGURE}).
 */
final class FigureSum {

  static final List<FigureKind> KINDS = List.of(FigureKind.CHANGE_TOTAL, FigureKind.CHANGE_BASIC,
      FigureKind.CHANGE_PROJECT, FigureKind.THREE_PUBLIC_CHANGE, FigureKind.FIXED_ASSETS,
      FigureKind.FIXED_ASSETS_PLANNED_PURCHASES);

  private final EnumMap<FigureKind, Amount> sums = new EnumMap<>(FigureKind.class);
  private final EnumMap<FigureKind, Sample> missing = new EnumMap<>(FigureKind.class);

  void add(DepartmentBudget b, String department) {
    for (FigureKind kind : KINDS) {
      Optional<Amount> value = b.narrative().figure(kind).flatMap(NarrativeFigure::signedValue);
      if (value.isPresent()) {
        sums.merge(kind, value.get(), (x, y) -> Cells.plus(x, y, () -> "情况说明 " + kind,
            () -> "those of " + department));
      } else {
        missing.computeIfAbsent(kind, k -> new Sample()).add(department);
      }
    }
  }

  void merge(FigureSum other, Supplier<String> inputs) {
    other.sums.forEach((k, v) -> sums.merge(k, v, (a, b) -> Cells.plus(a, b,
        () -> "情况说明 " + k, inputs)));
    other.missing.forEach((k, v) -> missing.computeIfAbsent(k, x -> new Sample()).merge(v));
  }

  /** The sum, if every input states the figure. */
  Optional<Amount> sum(FigureKind kind) {
    return missing.containsKey(kind) ? Optional.empty() : Optional.ofNullable(sums.get(kind));
  }

  void report(List<Conflict> conflicts) {
    for (Map.Entry<FigureKind, Sample> e : missing.entrySet()) {
      if (!sums.containsKey(e.getKey())) {
        continue; // stated by none: nothing to disagree about
      }
      conflicts.add(Conflict.about(ConflictKind.MISSING_FIGURE, "情况说明 " + e.getKey(),
          e.getValue(), e.getValue().count() == 1 ? "MISSING_FIGURE.one" : "MISSING_FIGURE",
          "MISSING_FIGURE.resolution", Map.of("figure", List.of(e.getKey().name()))));
    }
  }
}
