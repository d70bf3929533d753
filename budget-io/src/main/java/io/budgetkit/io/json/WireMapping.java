package io.budgetkit.io.json;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.amount.PrintedUnit;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Indicator;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.section.SpendingPlan;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.io.internal.Excerpts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Converts between the model and the wire records; the one place that knows the
 * {@code budgetkit/1} format's meaning.
 *
 * <p>Reading checks what the records cannot: ids, codes, amounts, columns against the layout,
 * which fields belong to which row shape. A failure is a {@link Problem} with the JSON pointer of
 * the offending value; the caller adds the line and column.
 */
final class WireMapping {

  /** The format version this class reads and writes. */
  static final String FORMAT = "budgetkit/1";

  private static final Pattern COLUMN_KEY = Pattern.compile("[1-9][0-9]{0,3}");

  private WireMapping() {}

  /** A failure to read, at a JSON pointer. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    Problem(String pointer, String message, Throwable cause) {
      super(message, cause);
      this.pointer = pointer;
    }

    Problem(String pointer, String message) {
      this(pointer, message, null);
    }

    String pointer() {
      return pointer;
    }
  }

  // ---------------------------------------------------------------- writing

  static Wire.Document toWire(DepartmentBudget b) {
    DisclosureProfile profile = b.profile();
    return new Wire.Document(FORMAT,
        new Wire.Department(b.departmentCode(), b.departmentName()),
        b.year(),
        b.kind().label(),
        profileRef(profile),
        b.tables().stream().map(t -> table(t, profile)).collect(Collectors.toList()),
        narrative(b.narrative()),
        new Wire.Organisation(b.organisationTitle().orElse(null),
            b.organisation().stream()
                .map(u -> new Wire.Unit(u.name(), u.nature(), u.rank(), u.funding()))
                .collect(Collectors.toList())),
        b.projects().stream().map(WireMapping::project).collect(Collectors.toList()),
        b.procurement().map(WireMapping::procurement).orElse(null),
        b.fixedAssets().map(WireMapping::fixedAssets).orElse(null));
  }

  private static Wire.ProfileRef profileRef(DisclosureProfile profile) {
    if (profile.equals(knownProfile(profile.name()))) {
      return new Wire.ProfileRef(profile.name(), null);
    }
    return new Wire.ProfileRef(null, new Wire.Profile(profile.name(),
        profile.tables().stream().map(WireMapping::layout).collect(Collectors.toList())));
  }

  private static Wire.Layout layout(TableLayout l) {
    boolean standard = l.kind().standardNumber() > 0;
    return new Wire.Layout(l.kind().id(),
        standard ? null : l.kind().baseTitle(),
        standard ? null : id(l.kind().shape()),
        l.precision().unit().label(),
        l.precision().decimals(),
        l.columns().stream().map(c -> new Wire.Column(c.number(), c.name(), id(c.type())))
            .collect(Collectors.toList()),
        l.columnSums().stream().map(s -> new Wire.ColumnSum(s.total(), List.copyOf(s.parts())))
            .collect(Collectors.toList()),
        l.emptyNote().orElse(null));
  }

  private static Wire.Table table(DisclosureTable t, DisclosureProfile profile) {
    // A table printed in another layout than its profile's carries its own (lossless).
    Wire.Layout own = profile.layout(t.kind()).filter(t.layout()::equals).isPresent()
        ? null : layout(t.layout());
    List<Wire.Row> rows = new ArrayList<>();
    for (TableRow r : t.rows()) {
      Map<String, Wire.AmountText> cells = new LinkedHashMap<>();
      r.cells().forEach((c, a) -> cells.put(Integer.toString(c), amount(a)));
      if (r instanceof SummaryRow) {
        SummaryRow s = (SummaryRow) r;
        rows.add(new Wire.Row(s.seq(), s.incomeItem().orElse(null),
            s.expenditureItem().orElse(null), null, null, null, cells));
      } else if (r instanceof CodedRow) {
        CodedRow<?> c = (CodedRow<?>) r;
        rows.add(new Wire.Row(c.seq(), null, null, c.code().map(Object::toString).orElse(null),
            c.name(), null, cells));
      } else {
        ThreePublicRow p = (ThreePublicRow) r;
        rows.add(new Wire.Row(p.seq(), null, null, null, null, p.item(), cells));
      }
    }
    return new Wire.Table(t.kind().id(), t.title(), own, rows, t.note().orElse(null));
  }

  private static Wire.Narrative narrative(Narrative n) {
    return new Wire.Narrative(n.preamble().orElse(null),
        n.sections().stream().map(s -> new Wire.Section(id(s.kind()), s.heading(), s.text()))
            .collect(Collectors.toList()),
        n.figures().stream().map(f -> new Wire.Figure(id(f.kind()), f.subject().orElse(null),
            f.words(), f.value().text(), f.sentence().orElse(null)))
            .collect(Collectors.toList()));
  }

  private static Wire.Project project(ProjectPerformance p) {
    return new Wire.Project(p.title().orElse(null), p.code().orElse(null), p.name(),
        p.department().orElse(null),
        p.budget().map(WireMapping::amount).orElse(null),
        p.fiscalFunds().map(WireMapping::amount).orElse(null),
        p.otherFunds().map(WireMapping::amount).orElse(null),
        p.purpose().orElse(null),
        p.spendingPlan().map(s -> new Wire.SpendingPlan(s.header(), s.points().stream()
            .map(pt -> new Wire.PlanPoint(pt.date(), pt.value().map(Object::toString).orElse(null)))
            .collect(Collectors.toList()))).orElse(null),
        List.copyOf(p.goals()),
        p.indicators().stream().map(i -> new Wire.Indicator(i.level1(), i.level2(), i.level3(),
            i.description(), i.value().text(), i.basis())).collect(Collectors.toList()));
  }

  private static Wire.Procurement procurement(Procurement p) {
    List<Wire.ProcurementLine> lines = new ArrayList<>();
    for (ProcurementLine l : p.lines()) {
      Map<String, Wire.AmountText> amounts = new LinkedHashMap<>();
      l.amounts().forEach((s, a) -> amounts.put(id(s), amount(a)));
      lines.add(new Wire.ProcurementLine(id(l.kind()), l.label(), l.department().orElse(null),
          l.projectBudget().map(WireMapping::amount).orElse(null), l.itemName().orElse(null),
          l.catalogueNumber().orElse(null), l.measureUnit().orElse(null),
          l.quantity().map(BigDecimal::toString).orElse(null),
          l.unitPrice().map(WireMapping::amount).orElse(null), amounts,
          l.smeReserve().map(WireMapping::amount).orElse(null)));
    }
    return new Wire.Procurement(p.layout().name(), p.title().orElse(null), lines,
        List.copyOf(p.notes()));
  }

  private static Wire.FixedAssets fixedAssets(FixedAssets f) {
    return new Wire.FixedAssets(f.title().orElse(null),
        f.asOf().map(LocalDate::toString).orElse(null),
        f.rows().stream().map(r -> new Wire.AssetRow(r.item(), r.quantity().orElse(null),
            r.value().map(WireMapping::amount).orElse(null))).collect(Collectors.toList()));
  }

  private static Wire.AmountText amount(Amount a) {
    return new Wire.AmountText(a.toString(), false);
  }

  /** The id of an enum constant in the format: lowercase, words joined by hyphens. */
  static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the profile BudgetKit knows by a name: {@code common} or {@code
   * common-<unit>-<decimals>} ({@code common-yuan-2}).
   */
  static DisclosureProfile knownProfile(String name) {
    return DisclosureProfile.commonNamed(name).orElse(null);
  }


  // ---------------------------------------------------------------- reading

  static DepartmentBudget toModel(Wire.Document d) {
    if (!FORMAT.equals(d.format())) {
      throw new Problem("/format", unsupportedFormat(d.format()));
    }
    BudgetBuilder b = DepartmentBudget.builder();
    if (!d.department().code().matches("[0-9A-Za-z]+")) {
      throw new Problem("/department/code", "department code "
          + Excerpts.quote(d.department().code()) + " must be ASCII letters and digits, e.g. 980");
    }
    b.department(d.department().code(), d.department().name()).year(d.year());
    BudgetKind kind = budgetKind(d.kind());
    b.kind(kind);
    DisclosureProfile profile = profile(d.profile());
    b.profile(profile);

    Set<String> seen = new HashSet<>();
    for (int i = 0; i < d.tables().size(); i++) {
      String at = "/tables/" + i;
      Wire.Table t = d.tables().get(i);
      if (!seen.add(t.kind())) {
        throw new Problem(at + "/kind", "a second table of kind " + Excerpts.quote(t.kind()));
      }
      b.table(table(t, profile, at));
    }
    b.narrative(narrative(d.narrative()));
    Wire.Organisation o = d.organisation();
    if (o.title() != null) {
      b.organisationTitle(o.title());
    }
    o.units().forEach(u -> b.organisationUnit(u.name(), u.nature(), u.rank(), u.funding()));
    for (int i = 0; i < d.projects().size(); i++) {
      b.project(project(d.projects().get(i), "/projects/" + i));
    }
    if (d.procurement() != null) {
      b.procurement(procurement(d.procurement(), "/procurement"));
    }
    if (d.fixedAssets() != null) {
      b.fixedAssets(fixedAssets(d.fixedAssets(), "/fixedAssets"));
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new Problem("", e.getMessage(), e);
    }
  }

  static String unsupportedFormat(String format) {
    if (format != null && format.startsWith("budgetkit/")) {
      return "unsupported format version " + Excerpts.quote(format)
          + "; this version of BudgetKit reads " + FORMAT;
    }
    return "not a BudgetKit document: \"format\" is " + Excerpts.quote(format) + ", expected '"
        + FORMAT + "'";
  }

  private static BudgetKind budgetKind(String label) {
    for (BudgetKind k : BudgetKind.values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    throw new Problem("/kind", "unknown budget kind " + Excerpts.quote(label)
        + "; expected 部门 or 单位");
  }

  private static DisclosureProfile profile(Wire.ProfileRef ref) {
    if (ref.name() != null) {
      DisclosureProfile known = knownProfile(ref.name());
      if (known == null) {
        throw new Problem("/profile", "unknown profile " + Excerpts.quote(ref.name())
            + "; known by name are 'common' and 'common-<wan-yuan|yuan>-<decimals>'"
            + " (e.g. 'common-yuan-2'); embed any other profile as an object with its name and"
            + " table layouts");
      }
      return known;
    }
    Wire.Profile p = ref.embedded();
    DisclosureProfile.Builder b = DisclosureProfile.builder();
    b.name(p.name());
    for (int i = 0; i < p.tables().size(); i++) {
      b.addTables(layout(p.tables().get(i), "/profile/tables/" + i));
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new Problem("/profile", e.getMessage(), e);
    }
  }

  private static TableLayout layout(Wire.Layout w, String at) {
    TableKind kind = TableKind.standardById(w.kind());
    if (kind != null) {
      if (w.baseTitle() != null || w.shape() != null) {
        throw new Problem(at + (w.baseTitle() != null ? "/baseTitle" : "/shape"),
            Excerpts.quote(w.kind()) + " is a standard table kind; baseTitle and shape are only"
                + " for custom kinds");
      }
    } else {
      if (w.baseTitle() == null || w.shape() == null) {
        throw new Problem(at, "custom table kind " + Excerpts.quote(w.kind())
            + " needs baseTitle and shape (standard kinds: " + standardIds() + ")");
      }
      TableShape shape = byId(TableShape.values(), w.shape(), at + "/shape", "table shape");
      try {
        kind = TableKind.custom(w.kind(), w.baseTitle(), shape);
      } catch (IllegalArgumentException e) {
        throw new Problem(at + "/kind", e.getMessage(), e);
      }
    }
    PrintedUnit unit = null;
    for (PrintedUnit u : PrintedUnit.values()) {
      if (u.label().equals(w.unit())) {
        unit = u;
      }
    }
    if (unit == null) {
      throw new Problem(at + "/unit", "unknown unit " + Excerpts.quote(w.unit())
          + "; expected 万元 or 元");
    }
    TableLayout.Builder b = TableLayout.builder();
    b.kind(kind);
    try {
      b.precision(Precision.of(unit, w.decimals()));
    } catch (IllegalArgumentException e) {
      throw new Problem(at + "/decimals", e.getMessage(), e);
    }
    for (int i = 0; i < w.columns().size(); i++) {
      Wire.Column c = w.columns().get(i);
      ColumnType type = byId(ColumnType.values(), c.type(), at + "/columns/" + i + "/type",
          "column type");
      try {
        b.addColumns(io.budgetkit.core.profile.Column.of(c.number(), c.name(), type));
      } catch (IllegalStateException e) {
        throw new Problem(at + "/columns/" + i, e.getMessage(), e);
      }
    }
    for (int i = 0; i < w.columnSums().size(); i++) {
      Wire.ColumnSum s = w.columnSums().get(i);
      try {
        b.addColumnSums(io.budgetkit.core.profile.ColumnSum.of(s.total(),
            s.parts().toArray(new Integer[0])));
      } catch (IllegalStateException | NullPointerException e) {
        throw new Problem(at + "/columnSums/" + i, String.valueOf(e.getMessage()), e);
      }
    }
    if (w.emptyNote() != null) {
      b.emptyNote(w.emptyNote());
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Problem(at, e.getMessage(), e);
    }
  }

  private static DisclosureTable table(Wire.Table t, DisclosureProfile profile, String at) {
    TableLayout layout;
    if (t.layout() != null) {
      layout = layout(t.layout(), at + "/layout");
      if (!layout.kind().id().equals(t.kind())) {
        throw new Problem(at + "/layout/kind", "the table is of kind " + Excerpts.quote(t.kind())
            + " but its layout is of kind '" + layout.kind().id() + "'");
      }
    } else {
      layout = profile.tables().stream().filter(l -> l.kind().id().equals(t.kind())).findFirst()
          .orElseThrow(() -> new Problem(at + "/kind", "unknown table kind "
              + Excerpts.quote(t.kind()) + ": profile '" + profile.name()
              + "' has no such table (it has "
              + profile.tables().stream().map(l -> l.kind().id())
                  .collect(Collectors.joining(", "))
              + "); a table in another layout carries its own \"layout\""));
    }
    try {
      switch (layout.kind().shape()) {
        case TWO_SIDED:
          return summaryTable(t, layout, at);
        case ITEM_ROWS:
          return threePublicTable(t, layout, at);
        case ECONOMIC_ROWS:
          return codedTable(t, layout, at, EconomicCode::parse);
        default:
          return codedTable(t, layout, at, FunctionCode::parse);
      }
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new Problem(at, e.getMessage(), e);
    }
  }

  private static SummaryTable summaryTable(Wire.Table t, TableLayout layout, String at) {
    SummaryTable.Builder b = SummaryTable.builder();
    b.layout(layout).title(t.title());
    for (int i = 0; i < t.rows().size(); i++) {
      Wire.Row r = t.rows().get(i);
      String rat = at + "/rows/" + i;
      refuse(r.code(), rat, "code", "a two-sided table");
      refuse(r.name(), rat, "name", "a two-sided table");
      refuse(r.item(), rat, "item", "a two-sided table");
      SummaryRow.Builder row = SummaryRow.builder();
      row.seq(r.seq()).putAllCells(cells(r.cells(), layout, rat));
      if (r.income() != null) {
        row.incomeItem(r.income());
      }
      if (r.expenditure() != null) {
        row.expenditureItem(r.expenditure());
      }
      b.addRows(row.build());
    }
    if (t.note() != null) {
      b.note(t.note());
    }
    return b.build();
  }

  private static ThreePublicTable threePublicTable(Wire.Table t, TableLayout layout, String at) {
    ThreePublicTable.Builder b = ThreePublicTable.builder();
    b.layout(layout).title(t.title());
    for (int i = 0; i < t.rows().size(); i++) {
      Wire.Row r = t.rows().get(i);
      String rat = at + "/rows/" + i;
      refuse(r.code(), rat, "code", "a table of item rows");
      refuse(r.name(), rat, "name", "a table of item rows");
      refuse(r.income(), rat, "income", "a table of item rows");
      refuse(r.expenditure(), rat, "expenditure", "a table of item rows");
      if (r.item() == null) {
        throw new Problem(rat, "missing required field 'item' (a row of a table of item rows)");
      }
      b.addRows(ThreePublicRow.builder().seq(r.seq()).item(r.item())
          .putAllCells(cells(r.cells(), layout, rat)).build());
    }
    if (t.note() != null) {
      b.note(t.note());
    }
    return b.build();
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> codedTable(Wire.Table t,
      TableLayout layout, String at, Function<String, C> codes) {
    CodedTable.Builder<C> b = CodedTable.builder();
    b.layout(layout).title(t.title());
    for (int i = 0; i < t.rows().size(); i++) {
      Wire.Row r = t.rows().get(i);
      String rat = at + "/rows/" + i;
      refuse(r.item(), rat, "item", "a table of coded rows");
      refuse(r.income(), rat, "income", "a table of coded rows");
      refuse(r.expenditure(), rat, "expenditure", "a table of coded rows");
      if (r.name() == null) {
        throw new Problem(rat, "missing required field 'name' (a row of a table of coded rows)");
      }
      CodedRow.Builder<C> row = CodedRow.builder();
      row.seq(r.seq()).name(r.name()).putAllCells(cells(r.cells(), layout, rat));
      if (r.code() != null) {
        try {
          row.code(codes.apply(r.code()));
        } catch (IllegalArgumentException e) {
          throw new Problem(rat + "/code", e.getMessage(), e);
        }
      }
      b.addRows(row.build());
    }
    if (t.note() != null) {
      b.note(t.note());
    }
    return b.build();
  }

  private static void refuse(String value, String at, String field, String what) {
    if (value != null) {
      throw new Problem(at + "/" + field, "field " + Excerpts.quote(field)
          + " does not belong to a row of " + what);
    }
  }

  private static SortedMap<Integer, Amount> cells(Map<String, Wire.AmountText> wire,
      TableLayout layout, String at) {
    SortedMap<Integer, Amount> cells = new TreeMap<>();
    for (Map.Entry<String, Wire.AmountText> e : wire.entrySet()) {
      String cat = at + "/cells/" + Pointers.escape(e.getKey());
      if (!COLUMN_KEY.matcher(e.getKey()).matches()) {
        throw new Problem(cat, "cell key " + Excerpts.quote(e.getKey())
            + " is not a column number (栏次), e.g. \"3\"");
      }
      int column = Integer.parseInt(e.getKey());
      if (layout.column(column).isEmpty()) {
        throw new Problem(cat, "the table " + layout.kind().baseTitle() + " (" + layout.kind().id()
            + ") has no 栏次" + column + "; it has 1 to " + layout.columns().size());
      }
      if (!layout.isAmountColumn(column)) {
        throw new Problem(cat, "栏次" + column + " (" + layout.column(column).get().name()
            + ") of " + layout.kind().baseTitle() + " holds no amounts");
      }
      cells.put(column, amount(e.getValue(), cat));
    }
    return cells;
  }

  static Amount amount(Wire.AmountText a, String at) {
    if (a.number()) {
      BigDecimal n = new BigDecimal(a.text());
      if (n.signum() != 0 && n.stripTrailingZeros().scale() > Amount.MAX_SCALE) {
        throw new Problem(at, "amount " + a.text() + " is finer than one fen (0.000001 万元); "
            + "amounts are never rounded");
      }
      try {
        return Amount.of(n);
      } catch (ArithmeticException e) {
        throw new Problem(at, e.getMessage(), e);
      }
    }
    try {
      return Amount.parse(a.text());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new Problem(at, e.getMessage(), e);
    }
  }

  private static Optional<Amount> optionalAmount(Wire.AmountText a, String at) {
    return a == null ? Optional.empty() : Optional.of(amount(a, at));
  }

  private static Narrative narrative(Wire.Narrative w) {
    Narrative.Builder b = Narrative.builder();
    if (w.preamble() != null) {
      b.preamble(w.preamble());
    }
    for (int i = 0; i < w.sections().size(); i++) {
      Wire.Section s = w.sections().get(i);
      b.addSections(NarrativeSection.of(byId(SectionKind.values(), s.kind(),
          "/narrative/sections/" + i + "/kind", "section kind"), s.heading(), s.text()));
    }
    for (int i = 0; i < w.figures().size(); i++) {
      Wire.Figure f = w.figures().get(i);
      NarrativeFigure.Builder fb = NarrativeFigure.builder();
      fb.kind(byId(FigureKind.values(), f.kind(), "/narrative/figures/" + i + "/kind",
          "figure kind")).words(f.words()).value(f.value());
      if (f.subject() != null) {
        fb.subject(f.subject());
      }
      if (f.sentence() != null) {
        fb.sentence(f.sentence());
      }
      b.addFigures(fb.build());
    }
    return b.build();
  }

  private static ProjectPerformance project(Wire.Project w, String at) {
    ProjectPerformance.Builder b = ProjectPerformance.builder();
    b.name(w.name());
    if (w.title() != null) {
      b.title(w.title());
    }
    if (w.code() != null) {
      b.code(w.code());
    }
    if (w.department() != null) {
      b.department(w.department());
    }
    optionalAmount(w.budget(), at + "/budget").ifPresent(a -> b.budget(a));
    optionalAmount(w.fiscalFunds(), at + "/fiscalFunds").ifPresent(a -> b.fiscalFunds(a));
    optionalAmount(w.otherFunds(), at + "/otherFunds").ifPresent(a -> b.otherFunds(a));
    if (w.purpose() != null) {
      b.purpose(w.purpose());
    }
    if (w.spendingPlan() != null) {
      Wire.SpendingPlan s = w.spendingPlan();
      List<String> dates = new ArrayList<>();
      String[] values = new String[s.points().size()];
      for (int i = 0; i < values.length; i++) {
        Wire.PlanPoint p = s.points().get(i);
        dates.add(p.date());
        values[i] = p.value();
        if (p.value() != null && p.value().isBlank()) {
          throw new Problem(at + "/spendingPlan/points/" + i + "/value",
              "a blank plan value is written by leaving \"value\" out");
        }
      }
      b.spendingPlan(SpendingPlan.of(s.header(), dates, values));
    }
    b.addAllGoals(w.goals());
    for (Wire.Indicator i : w.indicators()) {
      b.addIndicators(Indicator.of(i.level1(), i.level2(), i.level3(), i.description(),
          i.value(), i.basis()));
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Problem(at, e.getMessage(), e);
    }
  }

  private static Procurement procurement(Wire.Procurement w, String at) {
    ProcurementLayout layout = null;
    for (ProcurementLayout l : ProcurementLayout.values()) {
      if (l.name().equals(w.layout())) {
        layout = l;
      }
    }
    if (layout == null) {
      throw new Problem(at + "/layout", "unknown procurement layout "
          + Excerpts.quote(w.layout()) + "; expected G1 or G2");
    }
    Procurement.Builder b = Procurement.builder(layout);
    if (w.title() != null) {
      b.title(w.title());
    }
    for (int i = 0; i < w.lines().size(); i++) {
      Wire.ProcurementLine l = w.lines().get(i);
      String lat = at + "/lines/" + i;
      ProcurementLine.Builder lb = ProcurementLine.builder();
      lb.kind(byId(ProcurementLine.Kind.values(), l.kind(), lat + "/kind", "procurement line kind"))
          .label(l.label());
      if (l.department() != null) {
        lb.department(l.department());
      }
      optionalAmount(l.projectBudget(), lat + "/projectBudget").ifPresent(a -> lb.projectBudget(a));
      if (l.itemName() != null) {
        lb.itemName(l.itemName());
      }
      if (l.catalogueNumber() != null) {
        lb.catalogueNumber(l.catalogueNumber());
      }
      if (l.measureUnit() != null) {
        lb.measureUnit(l.measureUnit());
      }
      if (l.quantity() != null) {
        if (l.quantity().length() > 40) {
          // BigDecimal parses a long number in more than linear time
          throw new Problem(lat + "/quantity", "quantity has " + l.quantity().length()
              + " characters; at most 40");
        }
        try {
          lb.quantity(new BigDecimal(l.quantity()));
        } catch (NumberFormatException e) {
          throw new Problem(lat + "/quantity", "quantity " + Excerpts.quote(l.quantity())
              + " is not a decimal number", e);
        }
      }
      optionalAmount(l.unitPrice(), lat + "/unitPrice").ifPresent(a -> lb.unitPrice(a));
      for (Map.Entry<String, Wire.AmountText> e : l.amounts().entrySet()) {
        String aat = lat + "/amounts/" + Pointers.escape(e.getKey());
        FundingSource s = byId(FundingSource.values(), e.getKey(), aat, "funding column");
        if (!layout.funding().contains(s)) {
          throw new Problem(aat, "procurement layout " + layout + " has no funding column '"
              + e.getKey() + "' (it has " + layout.funding().stream().map(WireMapping::id)
                  .collect(Collectors.joining(", ")) + ")");
        }
        lb.putAmounts(s, amount(e.getValue(), aat));
      }
      optionalAmount(l.smeReserve(), lat + "/smeReserve").ifPresent(a -> lb.smeReserve(a));
      b.addLines(lb.build());
    }
    b.addAllNotes(w.notes());
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Problem(at, e.getMessage(), e);
    }
  }

  private static FixedAssets fixedAssets(Wire.FixedAssets w, String at) {
    FixedAssets.Builder b = FixedAssets.builder();
    if (w.title() != null) {
      b.title(w.title());
    }
    if (w.asOf() != null) {
      try {
        b.asOf(LocalDate.parse(w.asOf()));
      } catch (DateTimeParseException e) {
        throw new Problem(at + "/asOf", "asOf " + Excerpts.quote(w.asOf())
            + " is not an ISO date such as 2024-12-31", e);
      }
    }
    for (int i = 0; i < w.rows().size(); i++) {
      Wire.AssetRow r = w.rows().get(i);
      AssetRow.Builder rb = AssetRow.builder();
      rb.item(r.item());
      if (r.quantity() != null) {
        rb.quantity(r.quantity());
      }
      optionalAmount(r.value(), at + "/rows/" + i + "/value").ifPresent(a -> rb.value(a));
      b.addRows(rb.build());
    }
    return b.build();
  }

  private static <E extends Enum<E>> E byId(E[] values, String id, String at, String what) {
    for (E e : values) {
      if (id(e).equals(id)) {
        return e;
      }
    }
    throw new Problem(at, "unknown " + what + " " + Excerpts.quote(id) + "; expected one of "
        + java.util.Arrays.stream(values).map(WireMapping::id).collect(Collectors.joining(", ")));
  }

  private static String standardIds() {
    return TableKind.standard().stream().map(TableKind::id).collect(Collectors.joining(", "));
  }
}
