package io.budgetkit.rules.hier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the roll-up rules on generated 支出总表: 1-5 类, each with 1-3 款, each with 1-3
 * 项; amounts in 栏次4 基本支出 and 5 项目支出 known to the fen (1/1,000,000 万元) at 项 level, each
 * parent the exact sum of its children, every figure printed to 0.01 万元.
 */
class HierarchyRulesProperties {

  private static final RuleSet RULES = RuleSet.of("hier", HierarchyRules.rules());
  private static final String[] CLASSES = {"201", "204", "208", "210", "221"};
  private static final String[] SUFFIXES = {"01", "02", "50"};
  private static final int[] COLUMNS = {4, 5};

  /** A row of the generated table: its code ({@code null} for 合计) and exact amounts by column. */
  private static final class Line {
    final String code;
    final long[] fen = new long[COLUMNS.length];
    final boolean[] printed = new boolean[COLUMNS.length];

    Line(String code) {
      this.code = code;
    }

    void add(Line child) {
      for (int i = 0; i < COLUMNS.length; i++) {
        fen[i] += child.fen[i];
        printed[i] |= child.printed[i];
      }
    }
  }

  /** A table in printed order: 合计, then each 类 followed by its 款, each followed by its 项. */
  private static Gen<List<Line>> tables() {
    return in -> {
      List<Line> lines = new ArrayList<>();
      Line total = new Line(null);
      lines.add(total);
      int classes = integers().between(1, CLASSES.length).generate(in);
      for (int c = 0; c < classes; c++) {
        Line cls = new Line(CLASSES[c]);
        lines.add(cls);
        int sections = integers().between(1, SUFFIXES.length).generate(in);
        for (int s = 0; s < sections; s++) {
          Line section = new Line(cls.code + SUFFIXES[s]);
          lines.add(section);
          int items = integers().between(1, SUFFIXES.length).generate(in);
          for (int i = 0; i < items; i++) {
            Line item = new Line(section.code + SUFFIXES[i]);
            for (int k = 0; k < COLUMNS.length; k++) {
              // About one cell in four is blank, as in real tables.
              item.printed[k] = integers().between(0, 3).generate(in) > 0;
              item.fen[k] = item.printed[k] ? longs().between(0, 5_000_000_000L).generate(in) : 0;
            }
            lines.add(item);
            section.add(item);
          }
          cls.add(section);
        }
        total.add(cls);
      }
      return lines;
    };
  }

  /** Builds the budget, each figure rounded half-up to 0.01 万元 (or exact when so generated). */
  private static DepartmentBudget budget(List<Line> lines, int changedRow, int changedColumn,
      long byHundredths) {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025)
        .expenditure(t -> {
          for (int r = 0; r < lines.size(); r++) {
            Line line = lines.get(r);
            String[] cells = new String[3];
            cells[0] = "";
            for (int k = 0; k < COLUMNS.length; k++) {
              Amount printed = Amount.ofFen(line.fen[k]).rounded(2, RoundingMode.HALF_UP);
              boolean shown = line.printed[k];
              if (r == changedRow && k == changedColumn) {
                printed = printed.plus(Amount.ofFen(byHundredths * 10_000L));
                shown = true;
              }
              cells[k + 1] = shown ? printed.format(2, RoundingMode.UNNECESSARY) : "";
            }
            add(t, r + 1, line.code, cells);
          }
        })
        .build();
  }

  private static void add(CodedRows<?> t, int seq, String code, String[] cells) {
    t.row(seq, code, code == null ? "合计" : "科目" + code, cells);
  }

  @Test
  void exactTablesGiveNoFinding() {
    // Amounts in whole hundredths of 万元: every parent is exactly the sum of its children.
    qt().forAll(tables()).checkAssert(lines -> {
      exact(lines);
      assertThat(RULES.tolerance(Tolerance.STRICT).validate(budget(lines, -1, -1, 0)).findings())
          .isEmpty();
    });
  }

  @Test
  void roundedTablesGiveNoErrorWhenRoundingAware() {
    // Each parent is the exact sum of its children; rounding each printed figure moves the
    // printed parent off the sum of the printed children by at most 0.005 × (n + 1).
    qt().forAll(tables()).checkAssert(lines -> assertThat(
        RULES.validate(budget(lines, -1, -1, 0)).findings(Severity.ERROR)).isEmpty());
  }

  @Test
  void anyChangeOfAHundredthIsAnErrorNamingTheCellUnderStrict() {
    qt().forAll(tables(), integers().between(0, 10_000), integers().between(0, 1),
        longs().between(1, 100_000)).checkAssert((lines, pick, column, by) -> {
          exact(lines);
          int row = pick % lines.size();
          assertNamed(RULES.tolerance(Tolerance.STRICT), lines, row, column, by);
        });
  }

  @Test
  void anyChangeBeyondRoundingIsAnErrorNamingTheCell() {
    // At most 5 siblings: the widest tolerance is 0.005 × 6 = 0.03, so change by 0.04 or more.
    qt().forAll(tables(), integers().between(0, 10_000), integers().between(0, 1),
        longs().between(4, 100_000)).checkAssert((lines, pick, column, by) -> {
          exact(lines);
          assertNamed(RULES, lines, pick % lines.size(), column, by);
        });
  }

  private static void assertNamed(RuleSet rules, List<Line> lines, int row, int column,
      long by) {
    DepartmentBudget changed = budget(lines, row, column, by);
    Location cell = Location.builder().table(TableKind.EXPENDITURE).row(row + 1)
        .code(lines.get(row).code == null ? "合计" : lines.get(row).code)
        .column(COLUMNS[column]).columnName(COLUMNS[column] == 4 ? "基本支出" : "项目支出").build();
    List<Finding> errors = rules.validate(changed).findings(Severity.ERROR);
    assertThat(errors).as("changing %s by %d hundredths", cell, by)
        .anySatisfy(f -> assertThat(f.names(cell)).isTrue());
  }

  /** Makes the 项 amounts whole hundredths of 万元 and every parent their exact sum. */
  private static void exact(List<Line> lines) {
    for (Line l : lines) {
      for (int k = 0; k < COLUMNS.length; k++) {
        l.fen[k] -= l.fen[k] % 10_000L;
      }
    }
    recompute(lines);
  }

  /** Recomputes every parent as the sum of its children after the items were changed. */
  private static void recompute(List<Line> lines) {
    for (Line parent : lines) {
      if (parent.code != null && parent.code.length() == 7) {
        continue;
      }
      for (int k = 0; k < COLUMNS.length; k++) {
        parent.fen[k] = 0;
      }
      for (Line child : lines) {
        boolean isChild = child.code != null && child.code.length() == 7 && (parent.code == null
            || child.code.startsWith(parent.code));
        if (isChild) {
          for (int k = 0; k < COLUMNS.length; k++) {
            parent.fen[k] += child.fen[k];
          }
        }
      }
    }
  }
}
