package io.budgetkit.io;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.function.UnaryOperator;

/**
 * Puts texts into the parts of a budget that the CSV format keeps in {@code manifest.json} (the
 * department's name, the tables' titles and notes, the section titles and notes), or into a part
 * it keeps in a CSV file (an organisation unit's name, a row's name).
 */
public final class OddTexts {

  private OddTexts() {}

  /**
   * Returns a copy of a budget whose manifest texts are changed.
   *
   * @param b the budget
   * @param text how each text changes
   * @return the copy
   */
  public static DepartmentBudget inManifest(DepartmentBudget b, UnaryOperator<String> text) {
    BudgetBuilder c = DepartmentBudget.builder()
        .department(b.departmentCode(), text.apply(b.departmentName())).year(b.year())
        .kind(b.kind()).profile(b.profile()).narrative(b.narrative());
    b.tables().forEach(t -> c.table(retitle(t, text)));
    c.organisationTitle(text.apply(b.organisationTitle().orElse("")));
    b.organisation().forEach(u -> c.organisationUnit(u.name(), u.nature(), u.rank(),
        u.funding()));
    b.projects().forEach(c::project);
    b.procurement().ifPresent(p -> {
      Procurement.Builder pb = Procurement.builder(p.layout());
      pb.from(p);
      pb.title(text.apply(p.title().orElse("")));
      pb.notes(p.notes().stream().map(text).toList());
      c.procurement(pb.build());
    });
    b.fixedAssets().ifPresent(a -> c.fixedAssets(FixedAssets.builder().from(a)
        .title(text.apply(a.title().orElse(""))).build()));
    return c.build();
  }

  /**
   * Returns a copy of a budget with one more organisation unit, named by the text: a text that
   * the CSV format writes inside a CSV file.
   *
   * @param b the budget
   * @param name the unit's name
   * @return the copy
   */
  public static DepartmentBudget inCsvFile(DepartmentBudget b, String name) {
    return DepartmentBudget.builder().from(b).organisationUnit(name, "行政", "正处级", "财政拨款")
        .build();
  }

  private static DisclosureTable retitle(DisclosureTable t, UnaryOperator<String> text) {
    String title = text.apply(t.title());
    String note = text.apply(t.note().orElse(""));
    if (t instanceof SummaryTable) {
      return SummaryTable.builder().from((SummaryTable) t).title(title).note(note).build();
    }
    if (t instanceof ThreePublicTable) {
      return ThreePublicTable.builder().from((ThreePublicTable) t).title(title).note(note)
          .build();
    }
    return coded((CodedTable<?>) t, title, note);
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> coded(CodedTable<C> t,
      String title, String note) {
    CodedTable.Builder<C> b = CodedTable.builder();
    b.from(t);
    b.title(title).note(note);
    return b.build();
  }
}
