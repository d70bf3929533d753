package io.budgetkit.importer.disclosure;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.problem.Severity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds and reads the sections after the nine tables that this slice reads: the project
 * performance tables ({@link ProjectReader}), the government procurement table ({@link
 * ProcurementReader}) and the fixed-asset table ({@link AssetReader}). Each table runs from its
 * title to the first line that is none of its rows, meta lines or note; the lines read are
 * claimed, so that {@link TableReader} does not report them as unread.
 */
final class SectionReaders {

  final TextRows rows;
  final List<ImportDiagnostic> diagnostics = new ArrayList<>();
  final List<ProjectPerformance> projects = new ArrayList<>();
  Procurement procurement;
  FixedAssets fixedAssets;

  private SectionReaders(TextRows rows) {
    this.rows = rows;
  }

  static SectionReaders read(TextRows rows) {
    SectionReaders s = new SectionReaders(rows);
    s.readAll();
    return s;
  }

  private void readAll() {
    List<Integer> titles = new ArrayList<>();
    List<String> lines = rows.lines;
    for (int i = 0; i < lines.size(); i++) {
      if (!rows.all.get(i).isRow() && TextRows.isTitle(lines.get(i))) {
        titles.add(i);
      }
    }
    for (int k = 0; k < titles.size(); k++) {
      int at = titles.get(k);
      int to = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
      String line = lines.get(at);
      if (TextRows.isProcurementTitle(line)) {
        Procurement p = new ProcurementReader(rows, diagnostics).read(at, to);
        if (procurement != null) {
          diagnostics.add(ImportDiagnostic.of("procurement.duplicate", Severity.ERROR,
              rows.all.get(at).line,
              line, "a second 政府采购预算 table; the first is kept").aboutItem(at + 1));
        } else {
          procurement = p;
        }
      } else if (TextRows.isAssetTitle(line)) {
        FixedAssets a = new AssetReader(rows, diagnostics).read(at, to);
        if (fixedAssets != null) {
          diagnostics.add(ImportDiagnostic.of("assets.duplicate", Severity.ERROR,
              rows.all.get(at).line,
              line, "a second 固定资产占用情况表; the first is kept").aboutItem(at + 1));
        } else {
          fixedAssets = a;
        }
      } else {
        ProjectPerformance p = new ProjectReader(rows, diagnostics).read(at, to);
        if (p != null) {
          projects.add(p);
        }
      }
    }
  }

  /** The 1-based lines read by these readers. */
  BitSet claimed() {
    return rows.claimed;
  }

  /** Puts what was read into the budget. */
  void apply(BudgetBuilder b) {
    projects.forEach(b::project);
    if (procurement != null) {
      b.procurement(procurement);
    }
    if (fixedAssets != null) {
      b.fixedAssets(fixedAssets);
    }
  }
}
