package io.budgetkit.rules.comp;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Indicator;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.proc.ProcurementRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Completeness and the disclosure rules (area {@code COMP}).
 *
 * <ul>
 *   <li>{@code BK-COMP-001}: every table of the profile is published;</li>
 *   <li>{@code BK-COMP-002} (warning): the tables are printed in the profile's order;</li>
 *   <li>{@code BK-COMP-003}: a table with nothing printed carries a note that says so
 *       ({@code 注：无…，空表列示。});</li>
 *   <li>{@code BK-COMP-004}: a table with data carries no 空表 note;</li>
 *   <li>{@code BK-COMP-005} (info): an empty table's note reads as the profile's;</li>
 *   <li>{@code BK-COMP-006}: the functional classification is disclosed to 项: every 类 and 款 row
 *       printed in a functional table (tables 2, 3, 5, 7, 8) has rows below it;</li>
 *   <li>{@code BK-COMP-007}: the basic expenditure is disclosed to 款: every 类 of the
 *       economic table (table 6) has 款 rows;</li>
 *   <li>{@code BK-COMP-008}: the narrative has each required section, not as an empty heading:
 *       收入, 支出, 比上年增减, 机关运行经费, “三公”经费, 项目绩效目标, 政府采购, 国有资产;</li>
 *   <li>{@code BK-COMP-009} (warning): the “三公” section gives the reason for the change;</li>
 *   <li>{@code BK-COMP-010}: no template placeholder ({@code XX}, {@code ××}, {@code 某某},
 *       {@code 待填写}, {@code ***}…) is left in any text;</li>
 *   <li>{@code BK-COMP-011} (warning): a code's printed name is its name in the catalog edition of
 *       the budget year;</li>
 *   <li>{@code BK-COMP-012} (info): the catalog edition knows every printed code;</li>
 *   <li>{@code BK-COMP-013} (warning): a code printed in several tables has one name;</li>
 *   <li>{@code BK-COMP-014}: no amount is negative.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceRules {

  /** BK-COMP-001. */
  public static final Rule TABLES_PRESENT = Rule.of("BK-COMP-001", Severity.ERROR,
      "Every table of the profile is published", ComplianceRules::checkTablesPresent);

  /** BK-COMP-002. */
  public static final Rule TABLES_IN_ORDER = Rule.of("BK-COMP-002", Severity.WARNING,
      "The tables are printed in the profile's order", ComplianceRules::checkTablesInOrder);

  /** BK-COMP-003. */
  public static final Rule EMPTY_TABLE_NOTE = Rule.of("BK-COMP-003", Severity.ERROR,
      "A table with nothing printed carries its 空表 note", ComplianceRules::checkEmptyTableNote);

  /** BK-COMP-004. */
  public static final Rule NO_EMPTY_NOTE_ON_DATA = Rule.of("BK-COMP-004", Severity.ERROR,
      "A table with data carries no 空表 note", ComplianceRules::checkNoEmptyNoteOnData);

  /** BK-COMP-005. */
  public static final Rule EMPTY_NOTE_WORDING = Rule.of("BK-COMP-005", Severity.INFO,
      "An empty table's note reads as the profile's", ComplianceRules::checkEmptyNoteWording);

  /** BK-COMP-006. */
  public static final Rule FUNCTIONAL_TO_ITEM = Rule.of("BK-COMP-006", Severity.ERROR,
      "The functional classification is disclosed to 项 (7 digits)",
      (budget, findings) -> checkLeaves(budget, TableShape.FUNCTIONAL_ROWS, CodeLevel.ITEM,
          findings));

  /** BK-COMP-007. */
  public static final Rule ECONOMIC_TO_SECTION = Rule.of("BK-COMP-007", Severity.ERROR,
      "The basic expenditure is disclosed to 款 (5 digits)",
      (budget, findings) -> checkLeaves(budget, TableShape.ECONOMIC_ROWS, CodeLevel.SECTION,
          findings));

  /** BK-COMP-008. */
  public static final Rule SECTIONS_PRESENT = Rule.of("BK-COMP-008", Severity.ERROR,
      "Every required narrative section is present and not an empty heading",
      ComplianceRules::checkSections);

  /** BK-COMP-009. */
  public static final Rule THREE_PUBLIC_REASON = Rule.of("BK-COMP-009", Severity.WARNING,
      "The “三公” section gives the reason for the change against the previous year",
      ComplianceRules::checkThreePublicReason);

  /** BK-COMP-010. */
  public static final Rule NO_PLACEHOLDERS = Rule.of("BK-COMP-010", Severity.ERROR,
      "No template placeholder (XX, ××, 某某, 待填写, ***) is left in the text",
      ComplianceRules::checkPlaceholders);

  /** BK-COMP-011. */
  public static final Rule CATALOG_NAMES = Rule.of("BK-COMP-011", Severity.WARNING,
      "A code's printed name is its name in the catalog edition of the budget year",
      ComplianceRules::checkCatalogNames);

  /** BK-COMP-012. */
  public static final Rule KNOWN_CODES = Rule.of("BK-COMP-012", Severity.INFO,
      "The catalog edition of the budget year knows every printed code",
      ComplianceRules::checkKnownCodes);

  /** BK-COMP-013. */
  public static final Rule SAME_NAME_ACROSS_TABLES = Rule.of("BK-COMP-013", Severity.WARNING,
      "A code printed in several tables has the same name in all of them",
      ComplianceRules::checkSameNameAcrossTables);

  /** BK-COMP-014. */
  public static final Rule NO_NEGATIVE_AMOUNTS = Rule.of("BK-COMP-014", Severity.ERROR,
      "No printed amount is negative", ComplianceRules::checkNoNegativeAmounts);

  /**
   * The sections BK-COMP-008 requires, in printed order. 部门主管专项资金 (SPECIAL_FUNDS) is not
   * among them: DOMAIN.md does not require it and real documents print it as an empty heading
   * (LAYOUTS.md §1).
   */
  static final Set<SectionKind> REQUIRED_SECTIONS = EnumSet.of(SectionKind.INCOME,
      SectionKind.EXPENDITURE, SectionKind.CHANGE, SectionKind.OPERATING_COSTS,
      SectionKind.THREE_PUBLIC, SectionKind.PROJECTS, SectionKind.PROCUREMENT,
      SectionKind.ASSETS);

  /** The figures that show a section's content stated elsewhere (e.g. in section 二's paragraph). */
  private static final Map<SectionKind, Set<FigureKind>> FIGURES_OF = Map.of(
      SectionKind.INCOME, EnumSet.of(FigureKind.INCOME, FigureKind.INCOME_GENERAL_PUBLIC),
      SectionKind.EXPENDITURE, EnumSet.of(FigureKind.EXPENDITURE, FigureKind.BASIC_EXPENDITURE,
          FigureKind.PROJECT_EXPENDITURE),
      SectionKind.CHANGE, EnumSet.of(FigureKind.CHANGE_TOTAL, FigureKind.CHANGE_BASIC,
          FigureKind.CHANGE_PROJECT),
      SectionKind.OPERATING_COSTS, EnumSet.of(FigureKind.OPERATING_COSTS),
      SectionKind.THREE_PUBLIC, EnumSet.of(FigureKind.THREE_PUBLIC),
      SectionKind.ASSETS, EnumSet.of(FigureKind.FIXED_ASSETS));

  private ComplianceRules() {}

  /**
   * Returns the rules of this area, in id order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(TABLES_PRESENT, TABLES_IN_ORDER, EMPTY_TABLE_NOTE, NO_EMPTY_NOTE_ON_DATA,
        EMPTY_NOTE_WORDING, FUNCTIONAL_TO_ITEM, ECONOMIC_TO_SECTION, SECTIONS_PRESENT,
        THREE_PUBLIC_REASON, NO_PLACEHOLDERS, CATALOG_NAMES, KNOWN_CODES,
        SAME_NAME_ACROSS_TABLES, NO_NEGATIVE_AMOUNTS);
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-001, 002: the tables of the profile, in its order

  private static void checkTablesPresent(DepartmentBudget budget, Findings findings) {
    for (TableLayout layout : budget.profile().tables()) {
      if (budget.table(layout.kind()).isEmpty()) {
        findings.report(Location.of(layout.kind()),
            b -> b.putArguments("title", layout.title(budget.kind())));
      }
    }
  }

  private static void checkTablesInOrder(DepartmentBudget budget, Findings findings) {
    List<TableLayout> profile = budget.profile().tables();
    int latest = -1;
    TableKind latestKind = null;
    for (DisclosureTable table : budget.tables()) {
      int position = indexOf(profile, table.kind());
      if (position < 0) {
        continue; // not a table of the profile: its place is not prescribed
      }
      if (position < latest) {
        TableKind before = latestKind;
        findings.report(Location.of(table.kind()), b -> b.addRelated(Location.of(before))
            .putArguments("title", table.title().strip())
            .putArguments("after", before.title(budget.kind())));
      } else {
        latest = position;
        latestKind = table.kind();
      }
    }
  }

  private static int indexOf(List<TableLayout> profile, TableKind kind) {
    for (int i = 0; i < profile.size(); i++) {
      if (profile.get(i).kind().equals(kind)) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-003, 004, 005: 空表 notes

  private static void checkEmptyTableNote(DepartmentBudget budget, Findings findings) {
    for (DisclosureTable table : budget.tables()) {
      if (table.isEmpty() && table.note().filter(n -> saysEmpty(n, table.layout())).isEmpty()) {
        findings.report(Location.of(table.kind()), b -> b
            .putArguments("title", table.title().strip())
            .putArguments("note", table.layout().emptyNote().orElse("注：无…，空表列示。")));
      }
    }
  }

  private static void checkNoEmptyNoteOnData(DepartmentBudget budget, Findings findings) {
    for (DisclosureTable table : budget.tables()) {
      Optional<String> note = table.note();
      if (note.isPresent() && hasData(table) && isEmptyNote(note.get(), table.layout())) {
        findings.report(Location.builder().table(table.kind()).words(note.get().strip()).build(),
            b -> b.putArguments("title", table.title().strip())
                .putArguments("note", note.get().strip()));
      }
    }
  }

  private static void checkEmptyNoteWording(DepartmentBudget budget, Findings findings) {
    for (DisclosureTable table : budget.tables()) {
      Optional<String> note = table.note().filter(n -> !n.isBlank());
      Optional<String> expected = table.layout().emptyNote();
      if (table.isEmpty() && note.isPresent() && expected.isPresent()
          && !Text.matchKey(note.get()).equals(Text.matchKey(expected.get()))) {
        findings.report(Location.builder().table(table.kind()).words(note.get().strip()).build(),
            b -> b.putArguments("note", note.get().strip())
                .putArguments("expectedNote", expected.get()));
      }
    }
  }

  /** A table has data when some printed amount is not zero (a table of printed 0s has none). */
  private static boolean hasData(DisclosureTable table) {
    return table.rows().stream()
        .anyMatch(r -> r.cells().values().stream().anyMatch(a -> !a.isZero()));
  }

  /**
   * A note that says the table is empty: the profile's note, or any note that says 空表, 为空 or
   * 无 (注：本部门无基本支出。). A note on something else (注：单位：万元) does not.
   */
  private static boolean saysEmpty(String note, TableLayout layout) {
    String key = Text.matchKey(note);
    return isEmptyNote(note, layout) || key.contains("无") || key.contains("为空");
  }

  /**
   * A 空表 note on a table with data: one that says 空表 or is the profile's note. Notes that say
   * 无 are not enough here (注：无上年结转 can explain a table with data).
   */
  private static boolean isEmptyNote(String note, TableLayout layout) {
    String key = Text.matchKey(note);
    return key.contains("空表")
        || layout.emptyNote().map(n -> Text.matchKey(n).equals(key)).orElse(false);
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-006, 007: disclosed to 项 / 款

  private static void checkLeaves(DepartmentBudget budget, TableShape shape, CodeLevel leaf,
      Findings findings) {
    for (DisclosureTable table : budget.tables()) {
      if (table.kind().shape() != shape || !(table instanceof CodedTable)) {
        continue;
      }
      List<? extends CodedRow<?>> rows = ((CodedTable<?>) table).rows();
      // One pass collects the codes that have a row below them: a row is then looked up, not
      // searched for among all rows (which made a 200,000-row table take minutes).
      Set<String> parents = new HashSet<>();
      for (CodedRow<?> row : rows) {
        row.code().flatMap(ClassificationCode::parent).ifPresent(p -> parents.add(p.value()));
      }
      for (CodedRow<?> row : rows) {
        if (row.code().isEmpty() || row.code().get().level().digits() >= leaf.digits()) {
          continue;
        }
        ClassificationCode<?> code = row.code().get();
        if (!parents.contains(code.value())) {
          findings.report(Location.of(table, row), b -> b
              .putArguments("code", code.value())
              .putArguments("name", row.name().strip())
              .putArguments("level", code.level().label())
              .putArguments("leaf", leaf.label()));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-008, 009: narrative sections

  private static void checkSections(DepartmentBudget budget, Findings findings) {
    Narrative narrative = budget.narrative();
    if (narrative.sections().isEmpty()) {
      // No 情况说明 at all: one finding rather than one per section.
      findings.report(Location.builder().build(), b -> b.messageKey("BK-COMP-008.narrative"));
      return;
    }
    for (SectionKind kind : REQUIRED_SECTIONS) {
      Optional<NarrativeSection> section = narrative.section(kind);
      boolean written = section.isPresent() && !section.get().isEmpty();
      if (written || hasContentElsewhere(budget, kind)) {
        continue;
      }
      if (section.isPresent()) {
        findings.report(Location.of(kind, section.get().heading().strip()),
            b -> b.messageKey("BK-COMP-008.empty")
                .putArguments("heading", section.get().heading().strip()));
      } else {
        findings.report(Location.builder().section(kind).build(), b -> { });
      }
    }
  }

  /**
   * The tables that are a section's content (项目绩效目标表, 政府采购预算, 固定资产占用情况表),
   * or figures of the section stated in another paragraph.
   */
  private static boolean hasContentElsewhere(DepartmentBudget budget, SectionKind kind) {
    switch (kind) {
      case PROJECTS:
        return !budget.projects().isEmpty();
      case PROCUREMENT:
        return budget.procurement().isPresent();
      case ASSETS:
        if (budget.fixedAssets().isPresent()) {
          return true;
        }
        break;
      default:
        break;
    }
    Set<FigureKind> figures = FIGURES_OF.getOrDefault(kind, Set.of());
    return budget.narrative().figures().stream().anyMatch(f -> figures.contains(f.kind()));
  }

  private static void checkThreePublicReason(DepartmentBudget budget, Findings findings) {
    budget.narrative().section(SectionKind.THREE_PUBLIC).filter(s -> !s.isEmpty())
        .filter(s -> !ChangeReason.isExplained(s.text()))
        .ifPresent(s -> findings.report(Location.of(SectionKind.THREE_PUBLIC, s.heading().strip()),
            b -> b.putArguments("heading", s.heading().strip())));
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-010: placeholders

  private static void checkPlaceholders(DepartmentBudget budget, Findings findings) {
    BiConsumer<Location, String> scan = (where, text) -> {
      for (Placeholders.Hit hit : Placeholders.find(text)) {
        findings.report(where.refine(Location.builder().words(hit.context).build()),
            b -> b.putArguments("placeholder", hit.placeholder));
      }
    };
    scan.accept(Location.builder().subject(budget.departmentName().strip()).build(),
        budget.departmentName());
    for (DisclosureTable table : budget.tables()) {
      scanTable(table, scan);
    }
    Narrative n = budget.narrative();
    n.preamble().ifPresent(p -> scan.accept(Location.builder().build(), p));
    for (NarrativeSection s : n.sections()) {
      scan.accept(Location.builder().section(s.kind()).build(), s.heading());
      scan.accept(Location.builder().section(s.kind()).build(), s.text());
    }
    budget.organisationTitle()
        .ifPresent(t -> scan.accept(Location.builder().section(SectionKind.DUTIES).build(), t));
    for (OrganisationUnit u : budget.organisation()) {
      Location where = Location.builder().section(SectionKind.DUTIES).subject(u.name().strip())
          .build();
      for (String text : List.of(u.name(), u.nature(), u.rank(), u.funding())) {
        scan.accept(where, text);
      }
    }
    for (ProjectPerformance p : budget.projects()) {
      Location where = Location.builder().section(SectionKind.PROJECTS).subject(p.name().strip())
          .build();
      List<String> texts = new ArrayList<>();
      p.title().ifPresent(texts::add);
      p.code().ifPresent(texts::add);
      texts.add(p.name());
      p.purpose().ifPresent(texts::add);
      p.spendingPlan().ifPresent(plan -> texts.add(plan.header()));
      texts.addAll(p.goals());
      for (Indicator i : p.indicators()) {
        texts.addAll(List.of(i.level1(), i.level2(), i.level3(), i.description(),
            i.value().text(), i.basis()));
      }
      texts.forEach(t -> scan.accept(where, t));
    }
    budget.procurement().ifPresent(p -> {
      Location table = Location.builder().section(SectionKind.PROCUREMENT).build();
      p.title().ifPresent(t -> scan.accept(table, t));
      p.notes().forEach(t -> scan.accept(table, t));
      for (ProcurementLine l : p.lines()) {
        Location where = ProcurementRules.line(l);
        scan.accept(where, l.label());
        l.itemName().ifPresent(t -> scan.accept(where, t));
        l.catalogueNumber().ifPresent(t -> scan.accept(where, t));
        l.measureUnit().ifPresent(t -> scan.accept(where, t));
      }
    });
    budget.fixedAssets().ifPresent(a -> {
      a.title().ifPresent(t -> scan.accept(Location.builder().section(SectionKind.ASSETS).build(),
          t));
      for (AssetRow row : a.rows()) {
        Location where = Location.builder().section(SectionKind.ASSETS)
            .subject(row.item().strip()).build();
        scan.accept(where, row.item());
        row.quantity().ifPresent(q -> scan.accept(where, q));
      }
    });
  }

  private static void scanTable(DisclosureTable table, BiConsumer<Location, String> scan) {
    scan.accept(Location.of(table.kind()), table.title());
    table.note().ifPresent(n -> scan.accept(Location.of(table.kind()), n));
    List<Column> labels = table.layout().columns().stream()
        .filter(c -> c.type() == ColumnType.LABEL || c.type() == ColumnType.NAME)
        .collect(java.util.stream.Collectors.toList());
    for (TableRow row : table.rows()) {
      if (row instanceof CodedRow) {
        scan.accept(nameCell(table, row), ((CodedRow<?>) row).name());
      } else if (row instanceof SummaryRow && labels.size() == 2) {
        SummaryRow r = (SummaryRow) row;
        r.incomeItem().ifPresent(t -> scan.accept(
            Location.of(table, row, labels.get(0).number()), t));
        r.expenditureItem().ifPresent(t -> scan.accept(
            Location.of(table, row, labels.get(1).number()), t));
      } else if (row instanceof ThreePublicRow) {
        scan.accept(labels.isEmpty() ? Location.of(table, row)
            : Location.of(table, row, labels.get(0).number()), ((ThreePublicRow) row).item());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-011, 012, 013: code names

  private static void checkCatalogNames(DepartmentBudget budget, Findings findings) {
    CatalogEdition edition = findings.context().edition();
    forEachCodedRow(budget, (table, row) -> {
      ClassificationCode<?> code = row.code().get();
      edition.name(code).filter(n -> !Text.matchKey(n).equals(Text.matchKey(row.name())))
          .ifPresent(official -> findings.report(nameCell(table, row), b -> b
              .putArguments("code", code.value())
              .putArguments("name", row.name().strip())
              .putArguments("official", official)
              .putArguments("year", Integer.toString(edition.year()))));
    });
  }

  private static void checkKnownCodes(DepartmentBudget budget, Findings findings) {
    CatalogEdition edition = findings.context().edition();
    if (edition.entries().isEmpty()) {
      // A catalog without this edition: one note instead of one per code.
      boolean anyCode = budget.tables().stream().filter(t -> t instanceof CodedTable)
          .flatMap(t -> ((CodedTable<?>) t).rows().stream()).anyMatch(r -> r.code().isPresent());
      if (anyCode) {
        findings.report(Location.builder().build(), b -> b.messageKey("BK-COMP-012.edition")
            .putArguments("year", Integer.toString(edition.year())));
      }
      return;
    }
    forEachCodedRow(budget, (table, row) -> {
      ClassificationCode<?> code = row.code().get();
      if (!edition.contains(code)) {
        findings.report(nameCell(table, row), b -> b
            .putArguments("code", code.value())
            .putArguments("name", row.name().strip())
            .putArguments("year", Integer.toString(edition.year())));
      }
    });
  }

  private static void checkSameNameAcrossTables(DepartmentBudget budget, Findings findings) {
    Map<String, Location> firstPlace = new HashMap<>();
    Map<String, String> firstName = new HashMap<>();
    forEachCodedRow(budget, (table, row) -> {
      ClassificationCode<?> code = row.code().get();
      String key = code.scheme() + ":" + code.value();
      String first = firstName.get(key);
      if (first == null) {
        firstName.put(key, row.name());
        firstPlace.put(key, nameCell(table, row));
      } else if (!Text.matchKey(first).equals(Text.matchKey(row.name()))) {
        Location other = firstPlace.get(key);
        findings.report(nameCell(table, row), b -> b.addRelated(other)
            .putArguments("code", code.value())
            .putArguments("name", row.name().strip())
            .putArguments("other", first.strip())
            .putArguments("otherTable", other.table().map(TableKind::baseTitle).orElse("")));
      }
    });
  }

  /** Visits every row with a code, table by table in printed order (a code's first printing first). */
  private static void forEachCodedRow(DepartmentBudget budget,
      BiConsumer<DisclosureTable, CodedRow<?>> visit) {
    for (DisclosureTable table : budget.tables()) {
      if (table instanceof CodedTable) {
        for (CodedRow<?> row : ((CodedTable<?>) table).rows()) {
          if (row.code().isPresent()) {
            visit.accept(table, row);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-COMP-014: negative amounts

  private static void checkNoNegativeAmounts(DepartmentBudget budget, Findings findings) {
    BiConsumer<Location, Amount> check = (where, amount) -> {
      if (amount.isNegative()) {
        findings.report(where, b -> b.actual(amount));
      }
    };
    for (DisclosureTable table : budget.tables()) {
      for (TableRow row : table.rows()) {
        row.cells().forEach((column, amount) -> check.accept(Location.of(table, row, column),
            amount));
      }
    }
    budget.procurement().ifPresent(p -> checkProcurement(p, check, findings));
    budget.fixedAssets().ifPresent(a -> checkAssets(a, check, findings));
    for (ProjectPerformance p : budget.projects()) {
      Location.Builder project = Location.builder();
      project.section(SectionKind.PROJECTS).subject(p.name().strip());
      Location where = project.build();
      p.budget().ifPresent(a -> check.accept(where.refine(words("预算数")), a));
      p.fiscalFunds().ifPresent(a -> check.accept(where.refine(words("财政资金")), a));
      p.otherFunds().ifPresent(a -> check.accept(where.refine(words("其他资金")), a));
    }
  }

  private static void checkProcurement(Procurement p, BiConsumer<Location, Amount> check,
      Findings findings) {
    int firstFunding = 8;
    for (ProcurementLine l : p.lines()) {
      l.projectBudget().ifPresent(a -> check.accept(ProcurementRules.cell(p, l, 2), a));
      l.unitPrice().ifPresent(a -> check.accept(ProcurementRules.cell(p, l, 7), a));
      l.amounts().forEach((s, a) -> check.accept(
          ProcurementRules.cell(p, l, firstFunding + p.layout().funding().indexOf(s)), a));
      l.smeReserve().ifPresent(a -> check.accept(
          ProcurementRules.cell(p, l, firstFunding + p.layout().funding().size()), a));
      l.quantity().filter(q -> q.signum() < 0).ifPresent(q -> reportQuantity(
          ProcurementRules.cell(p, l, 6), q, findings));
    }
  }

  private static void checkAssets(FixedAssets a, BiConsumer<Location, Amount> check,
      Findings findings) {
    for (AssetRow row : a.rows()) {
      Location where = Location.builder().section(SectionKind.ASSETS).subject(row.item().strip())
          .build();
      row.value().ifPresent(v -> check.accept(where.refine(
          Location.builder().column(3).columnName("价值").build()), v));
      row.quantity().map(String::strip).filter(q -> q.matches("-[0-9]+(\\.[0-9]+)?"))
          .ifPresent(q -> reportQuantity(where.refine(
              Location.builder().column(2).columnName("数量").build()), new BigDecimal(q),
              findings));
    }
  }

  private static void reportQuantity(Location where, BigDecimal quantity, Findings findings) {
    findings.report(where, b -> b.messageKey("BK-COMP-014.quantity")
        .putArguments("quantity", quantity.toPlainString()));
  }

  // ---------------------------------------------------------------------------------------------
  // Locations

  private static Location words(String words) {
    return Location.builder().words(words).build();
  }

  /** The cell of a row's name (科目名称), or the row when the layout has no name column. */
  private static Location nameCell(DisclosureTable table, TableRow row) {
    return table.layout().columns().stream().filter(c -> c.type() == ColumnType.NAME)
        .findFirst().map(c -> Location.of(table, row, c.number()))
        .orElseGet(() -> Location.of(table, row));
  }
}
