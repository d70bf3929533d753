package io.budgetkit.testkit;

import static io.budgetkit.testkit.TableLookups.label;
import static io.budgetkit.testkit.TableLookups.rows;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mutations of completeness and the disclosure rules (area COMP): a table left out or out of
 * order, a 空表 note missing or misplaced, a classification cut short, a section missing, a
 * reason left out, a placeholder left in, a code misnamed.
 */
final class ComplianceMutations {

  /** Tables that no other table's figures depend on being present. */
  private static final List<TableKind> OMITTABLE = List.of(
      TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE,
      TableKind.THREE_PUBLIC);

  /** Required sections that the generated narrative also states figures in. */
  private static final List<SectionKind> STATED = List.of(SectionKind.INCOME,
      SectionKind.EXPENDITURE, SectionKind.CHANGE, SectionKind.OPERATING_COSTS,
      SectionKind.THREE_PUBLIC);

  /** Economic 款 that BK-XT-013 looks for in table 6 when table 5 prints their 项. */
  private static final Set<String> SOCIAL_ECONOMIC = Set.of("30108", "30109", "30110", "30111",
      "30113");

  private ComplianceMutations() {}

  /** BK-COMP-001: table 7, 8 or 9 is left out. */
  static Optional<Broken> tableMissing(DepartmentBudget b, Source s) {
    List<TableKind> present = OMITTABLE.stream().filter(k -> b.table(k).isPresent())
        .collect(Collectors.toList());
    if (present.isEmpty()) {
      return Optional.empty();
    }
    TableKind kind = s.pick(present);
    List<DisclosureTable> tables = b.tables().stream().filter(t -> !t.kind().equals(kind))
        .collect(Collectors.toList());
    return Broken.of(BudgetRebuild.withTables(b, tables), ExpectedLocation.table(kind),
        kind.baseTitle() + " left out");
  }

  /** BK-COMP-002 (warning): two tables next to each other change places. */
  static Optional<Broken> tablesSwapped(DepartmentBudget b, Source s) {
    if (b.tables().size() < 2) {
      return Optional.empty();
    }
    int i = s.intBetween(0, b.tables().size() - 2);
    List<DisclosureTable> tables = new ArrayList<>(b.tables());
    Collections.swap(tables, i, i + 1);
    TableKind later = b.tables().get(i).kind();
    return Broken.of(BudgetRebuild.withTables(b, tables), ExpectedLocation.table(later),
        later.baseTitle() + " printed after " + b.tables().get(i + 1).kind().baseTitle());
  }

  /** BK-COMP-003: an empty table loses its 空表 note. */
  static Optional<Broken> emptyTableWithoutNote(DepartmentBudget b, Source s) {
    List<DisclosureTable> empty = b.tables().stream()
        .filter(t -> t.isEmpty() && t.note().isPresent()).collect(Collectors.toList());
    if (empty.isEmpty()) {
      return Optional.empty();
    }
    DisclosureTable t = s.pick(empty);
    return Broken.of(BudgetRebuild.withTable(b, BudgetRebuild.withNote(t, Optional.empty())),
        ExpectedLocation.table(t.kind()), t.kind().baseTitle() + " empty without its note");
  }

  /** BK-COMP-004: a table with data carries a 空表 note. */
  static Optional<Broken> noteOnTableWithData(DepartmentBudget b, Source s) {
    List<DisclosureTable> data = b.tables().stream()
        .filter(t -> t.note().isEmpty() && t.rows().stream()
            .anyMatch(r -> r.cells().values().stream().anyMatch(a -> !a.isZero())))
        .collect(Collectors.toList());
    if (data.isEmpty()) {
      return Optional.empty();
    }
    DisclosureTable t = s.pick(data);
    String note = t.layout().emptyNote()
        .orElse("注：无" + t.kind().baseTitle() + "数据，空表列示。");
    return Broken.of(BudgetRebuild.withTable(b, BudgetRebuild.withNote(t, Optional.of(note))),
        ExpectedLocation.table(t.kind()), t.kind().baseTitle() + " with data carries " + note);
  }

  /**
   * BK-COMP-006: 支出总表, the 项 rows of one 款 are left out: the 款 still equals its 类's share
   * (nothing is added to it any more), but the disclosure stops at 款.
   */
  static Optional<Broken> sectionWithoutItems(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    List<CodedRow<FunctionCode>> sections = table.map(t -> rows(t, CodeLevel.SECTION))
        .orElse(List.of());
    if (sections.isEmpty()) {
      return Optional.empty();
    }
    return withoutChildren(b, table.get(), s.pick(sections), "项");
  }

  /**
   * BK-COMP-007: 基本支出表, the 款 rows of an economic 类 are left out (not a 类 whose 款 BK-XT-013
   * compares with table 5).
   */
  static Optional<Broken> classWithoutSections(DepartmentBudget b, Source s) {
    Optional<CodedTable<EconomicCode>> table = b.basicExpenditure();
    List<CodedRow<EconomicCode>> classes = table.map(t -> rows(t, r -> r.code()
        .filter(c -> c.level() == CodeLevel.CLASS).isPresent()
        && rows(t, x -> x.code().filter(c -> c.parent().filter(r.code().get()::equals)
            .isPresent()).isPresent() && SOCIAL_ECONOMIC.contains(label(x))).isEmpty()))
        .orElse(List.of());
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    return withoutChildren(b, table.get(), s.pick(classes), "款");
  }

  private static <C extends ClassificationCode<C>> Optional<Broken> withoutChildren(
      DepartmentBudget b, CodedTable<C> t, CodedRow<C> parent, String level) {
    C code = parent.code().orElseThrow();
    List<CodedRow<C>> rows = t.rows().stream()
        .filter(r -> r.code().filter(code::isAncestorOf).isEmpty()).collect(Collectors.toList());
    CodedTable<C> changed = BudgetRebuild.withRows(t, rows);
    CodedRow<C> kept = changed.rows().get(rows.indexOf(parent));
    return Broken.of(BudgetRebuild.withTable(b, changed),
        ExpectedLocation.row(t.kind(), kept.seq(), label(kept)),
        t.kind().baseTitle() + " " + label(parent) + " printed without its " + level);
  }

  /** BK-COMP-008: a required section is left out, with the figures it states. */
  static Optional<Broken> sectionMissing(DepartmentBudget b, Source s) {
    List<SectionKind> present = STATED.stream()
        .filter(k -> b.narrative().section(k).isPresent()).collect(Collectors.toList());
    if (present.isEmpty()) {
      return Optional.empty();
    }
    SectionKind kind = s.pick(present);
    return Broken.of(BudgetRebuild.withNarrative(b, NarrativeEdits.without(b.narrative(), kind)),
        ExpectedLocation.section(kind), "narrative section " + kind + " left out");
  }

  /** BK-COMP-009 (warning): the 三公 section no longer gives the reason of the change. */
  static Optional<Broken> threePublicWithoutReason(DepartmentBudget b, Source s) {
    Optional<NarrativeSection> section = b.narrative().section(SectionKind.THREE_PUBLIC);
    String reason = "，增减变化的主要原因是[^。]*。";
    if (section.isEmpty() || !section.get().text().matches("(?s).*" + reason + ".*")) {
      return Optional.empty();
    }
    String text = section.get().text().replaceFirst(reason, "。");
    return Broken.of(BudgetRebuild.withNarrative(b, NarrativeEdits.withText(b.narrative(),
        SectionKind.THREE_PUBLIC, text)), ExpectedLocation.section(SectionKind.THREE_PUBLIC)
            .withWords(section.get().heading().strip()), "the reason for the change of the"
            + " “三公” costs left out");
  }

  /** BK-COMP-010: a template placeholder is left in the 总体情况 paragraph. */
  static Optional<Broken> placeholder(DepartmentBudget b, Source s) {
    SectionKind kind = SectionKind.OVERVIEW;
    Optional<NarrativeSection> section = b.narrative().section(kind);
    if (section.isEmpty()) {
      return Optional.empty();
    }
    String left = s.pick(List.of("XX", "××", "某某", "待填写"));
    Narrative n = NarrativeEdits.withText(b.narrative(), kind,
        section.get().text() + "具体内容详见" + left + "门户网站。");
    return Broken.of(BudgetRebuild.withNarrative(b, n), ExpectedLocation.section(kind),
        "placeholder " + left + " left in section " + kind);
  }

  /**
   * BK-COMP-011 (warning): a functional code of the 支出总表 is printed under another name than
   * the catalog's, the same in every table (so that the tables agree among themselves).
   */
  static Optional<Broken> wrongName(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> table = b.expenditure();
    List<CodedRow<FunctionCode>> coded = table.map(t -> rows(t, r -> r.code().isPresent()))
        .orElse(List.of());
    if (coded.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> row = s.pick(coded);
    String code = label(row);
    String name = row.name().strip() + "经费";
    List<DisclosureTable> tables = new ArrayList<>();
    for (DisclosureTable t : b.tables()) {
      tables.add(t.kind().shape() == table.get().kind().shape()
          ? renamed((CodedTable<?>) t, code, name) : t);
    }
    return Broken.of(BudgetRebuild.withTables(b, tables),
        ExpectedLocation.cell(TableKind.EXPENDITURE, row.seq(), code, 2),
        "code " + code + " printed as " + name + " in every table");
  }

  /**
   * BK-COMP-013 (warning), with BK-COMP-011: a functional code printed in the 收入总表 and the
   * 支出总表 is named otherwise in the 支出总表 only. Since the 收入总表's name is the catalog's,
   * the other name is not the catalog's either: BK-COMP-011 necessarily reports it too.
   */
  static Optional<Broken> nameDiffersAcrossTables(DepartmentBudget b, Source s) {
    Optional<CodedTable<FunctionCode>> expenditure = b.expenditure();
    Optional<CodedTable<FunctionCode>> income = b.income();
    if (expenditure.isEmpty() || income.isEmpty()) {
      return Optional.empty();
    }
    List<CodedRow<FunctionCode>> coded = rows(expenditure.get(), r -> r.code().isPresent()
        && TableLookups.row(income.get(), label(r)).isPresent());
    if (coded.isEmpty()) {
      return Optional.empty();
    }
    CodedRow<FunctionCode> row = s.pick(coded);
    String name = row.name().strip() + "经费";
    return Broken.of(BudgetRebuild.withTable(b, renamed(expenditure.get(), label(row), name)),
        ExpectedLocation.cell(TableKind.EXPENDITURE, row.seq(), label(row), 2), "code "
            + label(row) + " printed as " + name + " in the 支出总表, as " + row.name().strip()
            + " in the 收入总表");
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> renamed(CodedTable<C> t,
      String code, String name) {
    List<CodedRow<C>> rows = new ArrayList<>();
    for (CodedRow<C> r : t.rows()) {
      rows.add(label(r).equals(code) ? CodedRow.<C>builder().from(r).name(name).build() : r);
    }
    return BudgetRebuild.withRows(t, rows);
  }
}
