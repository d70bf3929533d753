package io.budgetkit.io.csv;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Indicator;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.PlanPoint;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.section.SpendingPlan;
import io.budgetkit.io.csv.CsvInput.Row;
import io.budgetkit.io.internal.Excerpts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sections other than the nine tables, each as a CSV file with a header of field names:
 * the 情况说明 (sections and the figures it quotes), the organisation, the projects' 绩效目标
 * (projects, spending plans, goals, indicators), the 政府采购 lines and the 固定资产 rows.
 * Amounts are in 万元 as {@link Amount#toString()} prints them.
 */
final class SectionFiles {

  static final String NARRATIVE = "narrative-sections.csv";
  static final String FIGURES = "narrative-figures.csv";
  static final String ORGANISATION = "organisation.csv";
  static final String PROJECTS = "projects.csv";
  static final String PLANS = "project-plans.csv";
  static final String GOALS = "project-goals.csv";
  static final String INDICATORS = "project-indicators.csv";
  static final String PROCUREMENT = "procurement.csv";
  static final String ASSETS = "assets.csv";

  /** The section value of the narrative's preamble, which comes before the first section. */
  static final String PREAMBLE = "PREAMBLE";

  private static final Precision WAN = Precision.HUNDREDTHS_OF_WAN;

  private static final List<String> NARRATIVE_HEADER = List.of("section", "heading", "text");
  private static final List<String> FIGURE_HEADER =
      List.of("figure", "subject", "words", "value", "sentence");
  private static final List<String> ORGANISATION_HEADER =
      List.of("name", "nature", "rank", "funding");
  private static final List<String> PROJECT_HEADER = List.of("project", "title", "code", "name",
      "budget", "fiscal_funds", "other_funds", "purpose", "plan_header");
  /**
   * The optional last column of {@value #PROJECTS} and {@value #PROCUREMENT}: the department a
   * project or line belongs to, written only when some project or line has one.
   */
  static final String DEPARTMENT = "department";
  private static final List<String> PLAN_HEADER = List.of("project", "date", "value");
  private static final List<String> GOAL_HEADER = List.of("project", "goal");
  private static final List<String> INDICATOR_HEADER = List.of("project", "level1", "level2",
      "level3", "description", "value", "basis");
  private static final List<String> ASSET_HEADER = List.of("item", "quantity", "value");

  private SectionFiles() {}

  // ---- narrative

  static String writeNarrative(Narrative n) {
    List<String[]> rows = Grid.withHeader(NARRATIVE_HEADER);
    n.preamble().ifPresent(p -> rows.add(new String[] {PREAMBLE, "", Cells.text(p, false)}));
    for (NarrativeSection s : n.sections()) {
      rows.add(new String[] {s.kind().name(), Cells.text(s.heading(), false),
          Cells.text(s.text(), false)});
    }
    return CsvOutput.write(NARRATIVE, rows);
  }

  static String writeFigures(Narrative n) {
    List<String[]> rows = Grid.withHeader(FIGURE_HEADER);
    for (NarrativeFigure f : n.figures()) {
      rows.add(new String[] {f.kind().name(), Cells.text(f.subject().orElse(null), true),
          Cells.text(f.words(), false), Cells.text(f.value().text(), false),
          Cells.text(f.sentence().orElse(null), true)});
    }
    return CsvOutput.write(FIGURES, rows);
  }

  /** Reads the narrative from its two files, either of which may be {@code null}. */
  static Narrative readNarrative(String sectionsSource, String sections, String figuresSource,
      String figures) {
    Narrative.Builder b = Narrative.builder();
    if (sections != null) {
      Grid g = grid(sectionsSource, sections, "the 情况说明 sections", NARRATIVE_HEADER);
      for (Row r : g.rows()) {
        String kind = g.text(r, "section", false);
        String text = g.text(r, "text", false);
        if (kind.equals(PREAMBLE)) {
          b.preamble(text);
        } else {
          SectionKind k = g.choice(r, "section", "section kind", SectionKind.class).get();
          b.addSections(NarrativeSection.of(k, g.text(r, "heading", false), text));
        }
      }
    }
    if (figures != null) {
      Grid g = grid(figuresSource, figures, "the 情况说明 figures", FIGURE_HEADER);
      for (Row r : g.rows()) {
        NarrativeFigure.Builder f = NarrativeFigure.builder();
        f.kind(required(g, r, "figure", "figure kind", FigureKind.class))
            .words(g.text(r, "words", false)).value(g.text(r, "value", false));
        Optional.ofNullable(g.text(r, "subject", true)).ifPresent(f::subject);
        Optional.ofNullable(g.text(r, "sentence", true)).ifPresent(f::sentence);
        b.addFigures(f.build());
      }
    }
    return b.build();
  }

  // ---- organisation

  static String writeOrganisation(List<OrganisationUnit> units) {
    List<String[]> rows = Grid.withHeader(ORGANISATION_HEADER);
    for (OrganisationUnit u : units) {
      rows.add(new String[] {Cells.text(u.name(), false), Cells.text(u.nature(), false),
          Cells.text(u.rank(), false), Cells.text(u.funding(), false)});
    }
    return CsvOutput.write(ORGANISATION, rows);
  }

  static List<OrganisationUnit> readOrganisation(String source, String text) {
    Grid g = grid(source, text, "the organisation", ORGANISATION_HEADER);
    List<OrganisationUnit> units = new ArrayList<>();
    for (Row r : g.rows()) {
      units.add(OrganisationUnit.of(g.text(r, "name", false), g.text(r, "nature", false),
          g.text(r, "rank", false), g.text(r, "funding", false)));
    }
    return units;
  }

  // ---- projects

  static String writeProjects(List<ProjectPerformance> projects) {
    boolean departments = projects.stream().anyMatch(p -> p.department().isPresent());
    List<String[]> rows = Grid.withHeader(withDepartment(PROJECT_HEADER, departments));
    int n = 0;
    for (ProjectPerformance p : projects) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(++n)));
      cells.add(Cells.text(p.title().orElse(null), true));
      cells.add(Cells.text(p.code().orElse(null), true));
      cells.add(Cells.text(p.name(), false));
      cells.add(Cells.amount(p.budget().orElse(null)));
      cells.add(Cells.amount(p.fiscalFunds().orElse(null)));
      cells.add(Cells.amount(p.otherFunds().orElse(null)));
      cells.add(Cells.text(p.purpose().orElse(null), true));
      cells.add(Cells.text(p.spendingPlan().map(SpendingPlan::header).orElse(null), true));
      if (departments) {
        cells.add(Cells.text(p.department().orElse(null), true));
      }
      rows.add(cells.toArray(new String[0]));
    }
    return CsvOutput.write(PROJECTS, rows);
  }

  static String writePlans(List<ProjectPerformance> projects) {
    List<String[]> rows = Grid.withHeader(PLAN_HEADER);
    int n = 0;
    for (ProjectPerformance p : projects) {
      String project = Integer.toString(++n);
      for (PlanPoint point : p.spendingPlan().map(SpendingPlan::points).orElse(List.of())) {
        rows.add(new String[] {project, Cells.text(point.date(), false),
            Cells.text(point.value().map(m -> m.text()).orElse(null), true)});
      }
    }
    return CsvOutput.write(PLANS, rows);
  }

  static String writeGoals(List<ProjectPerformance> projects) {
    List<String[]> rows = Grid.withHeader(GOAL_HEADER);
    int n = 0;
    for (ProjectPerformance p : projects) {
      String project = Integer.toString(++n);
      for (String goal : p.goals()) {
        rows.add(new String[] {project, Cells.text(goal, false)});
      }
    }
    return CsvOutput.write(GOALS, rows);
  }

  static String writeIndicators(List<ProjectPerformance> projects) {
    List<String[]> rows = Grid.withHeader(INDICATOR_HEADER);
    int n = 0;
    for (ProjectPerformance p : projects) {
      String project = Integer.toString(++n);
      for (Indicator i : p.indicators()) {
        rows.add(new String[] {project, Cells.text(i.level1(), false),
            Cells.text(i.level2(), false), Cells.text(i.level3(), false),
            Cells.text(i.description(), false), Cells.text(i.value().text(), false),
            Cells.text(i.basis(), false)});
      }
    }
    return CsvOutput.write(INDICATORS, rows);
  }

  /** The four files of the projects, by name; absent files are {@code null}. */
  static List<ProjectPerformance> readProjects(Sources files) {
    Grid g = grid(PROJECTS, files.text(PROJECTS), "the projects", PROJECT_HEADER,
        List.of(DEPARTMENT));
    List<ProjectPerformance.Builder> builders = new ArrayList<>();
    List<String> planHeaders = new ArrayList<>();
    for (Row r : g.rows()) {
      int n = g.integer(r, "project");
      if (n != builders.size() + 1) {
        throw g.error("project " + n + " out of order; expected " + (builders.size() + 1),
            g.cell(r, "project"), null);
      }
      ProjectPerformance.Builder p = ProjectPerformance.builder();
      p.name(g.text(r, "name", false));
      Optional.ofNullable(g.text(r, "title", true)).ifPresent(p::title);
      Optional.ofNullable(g.text(r, "code", true)).ifPresent(p::code);
      Optional.ofNullable(g.text(r, DEPARTMENT, true)).ifPresent(p::department);
      g.amount(r, "budget", WAN).ifPresent(p::budget);
      g.amount(r, "fiscal_funds", WAN).ifPresent(p::fiscalFunds);
      g.amount(r, "other_funds", WAN).ifPresent(p::otherFunds);
      Optional.ofNullable(g.text(r, "purpose", true)).ifPresent(p::purpose);
      planHeaders.add(g.text(r, "plan_header", true));
      builders.add(p);
    }
    List<List<String>> dates = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    builders.forEach(b -> {
      dates.add(new ArrayList<>());
      values.add(new ArrayList<>());
    });
    if (files.text(PLANS) != null) {
      Grid pg = grid(PLANS, files.text(PLANS), "the spending plans", PLAN_HEADER);
      for (Row r : pg.rows()) {
        int n = project(pg, r, builders.size());
        if (planHeaders.get(n - 1) == null) {
          throw pg.error("Project " + n + " has no plan_header in " + PROJECTS
              + ", so no spending plan", r, null);
        }
        dates.get(n - 1).add(pg.text(r, "date", false));
        values.get(n - 1).add(pg.text(r, "value", true));
      }
    }
    for (int i = 0; i < builders.size(); i++) {
      if (planHeaders.get(i) != null) {
        builders.get(i).spendingPlan(SpendingPlan.of(planHeaders.get(i), dates.get(i),
            values.get(i).toArray(new String[0])));
      }
    }
    if (files.text(GOALS) != null) {
      Grid gg = grid(GOALS, files.text(GOALS), "the project goals", GOAL_HEADER);
      for (Row r : gg.rows()) {
        builders.get(project(gg, r, builders.size()) - 1).addGoals(gg.text(r, "goal", false));
      }
    }
    if (files.text(INDICATORS) != null) {
      Grid ig = grid(INDICATORS, files.text(INDICATORS), "the project indicators",
          INDICATOR_HEADER);
      for (Row r : ig.rows()) {
        builders.get(project(ig, r, builders.size()) - 1).addIndicators(Indicator.of(
            ig.text(r, "level1", false), ig.text(r, "level2", false),
            ig.text(r, "level3", false), ig.text(r, "description", false),
            ig.text(r, "value", false), ig.text(r, "basis", false)));
      }
    }
    List<ProjectPerformance> projects = new ArrayList<>();
    builders.forEach(b -> projects.add(b.build()));
    return projects;
  }

  private static int project(Grid g, Row r, int count) {
    int n = g.integer(r, "project");
    if (n < 1 || n > count) {
      throw g.error("No project " + n + " in " + PROJECTS + " (it has " + count + ")",
          g.cell(r, "project"), null);
    }
    return n;
  }

  // ---- procurement

  static List<String> procurementHeader(ProcurementLayout layout) {
    List<String> h = new ArrayList<>(List.of("line", "label", "project_budget", "item_name",
        "catalogue_number", "measure_unit", "quantity", "unit_price"));
    layout.funding().forEach(s -> h.add(s.name().toLowerCase(Locale.ROOT)));
    h.add("sme_reserve");
    return h;
  }

  static String writeProcurement(Procurement p) {
    boolean departments = p.lines().stream().anyMatch(l -> l.department().isPresent());
    List<String[]> rows = Grid.withHeader(withDepartment(procurementHeader(p.layout()),
        departments));
    for (ProcurementLine l : p.lines()) {
      List<String> cells = new ArrayList<>(List.of(l.kind().name()));
      cells.add(Cells.text(l.label(), false));
      cells.add(Cells.amount(l.projectBudget().orElse(null)));
      cells.add(Cells.text(l.itemName().orElse(null), true));
      cells.add(Cells.text(l.catalogueNumber().orElse(null), true));
      cells.add(Cells.text(l.measureUnit().orElse(null), true));
      cells.add(l.quantity().map(BigDecimal::toString).orElse(null));
      cells.add(Cells.amount(l.unitPrice().orElse(null)));
      for (FundingSource s : p.layout().funding()) {
        cells.add(Cells.amount(l.amounts().get(s)));
      }
      cells.add(Cells.amount(l.smeReserve().orElse(null)));
      if (departments) {
        cells.add(Cells.text(l.department().orElse(null), true));
      }
      rows.add(cells.toArray(new String[0]));
    }
    return CsvOutput.write(PROCUREMENT, rows);
  }

  static Procurement readProcurement(String source, String text, ProcurementLayout layout,
      String title, List<String> notes) {
    Grid g = grid(source, text, "the 政府采购 lines (layout " + layout + ")",
        procurementHeader(layout), List.of(DEPARTMENT));
    Procurement.Builder p = Procurement.builder(layout);
    if (title != null) {
      p.title(title);
    }
    p.addAllNotes(notes);
    for (Row r : g.rows()) {
      ProcurementLine.Builder l = ProcurementLine.builder();
      l.kind(required(g, r, "line", "line kind", ProcurementLine.Kind.class))
          .label(g.text(r, "label", false));
      Optional.ofNullable(g.text(r, DEPARTMENT, true)).ifPresent(l::department);
      g.amount(r, "project_budget", WAN).ifPresent(l::projectBudget);
      Optional.ofNullable(g.text(r, "item_name", true)).ifPresent(l::itemName);
      Optional.ofNullable(g.text(r, "catalogue_number", true)).ifPresent(l::catalogueNumber);
      Optional.ofNullable(g.text(r, "measure_unit", true)).ifPresent(l::measureUnit);
      g.decimal(r, "quantity").ifPresent(l::quantity);
      g.amount(r, "unit_price", WAN).ifPresent(l::unitPrice);
      for (FundingSource s : layout.funding()) {
        g.amount(r, s.name().toLowerCase(Locale.ROOT), WAN).ifPresent(a -> l.putAmounts(s, a));
      }
      g.amount(r, "sme_reserve", WAN).ifPresent(l::smeReserve);
      p.addLines(l.build());
    }
    return p.build();
  }

  // ---- fixed assets

  static String writeAssets(FixedAssets assets) {
    List<String[]> rows = Grid.withHeader(ASSET_HEADER);
    for (AssetRow a : assets.rows()) {
      rows.add(new String[] {Cells.text(a.item(), false),
          Cells.text(a.quantity().orElse(null), true), Cells.amount(a.value().orElse(null))});
    }
    return CsvOutput.write(ASSETS, rows);
  }

  static FixedAssets readAssets(String source, String text, String title, String asOf) {
    Grid g = grid(source, text, "the 固定资产 rows", ASSET_HEADER);
    FixedAssets.Builder b = FixedAssets.builder();
    if (title != null) {
      b.title(title);
    }
    if (asOf != null) {
      b.asOf(asOf);
    }
    for (Row r : g.rows()) {
      AssetRow.Builder a = AssetRow.builder();
      a.item(g.text(r, "item", false));
      Optional.ofNullable(g.text(r, "quantity", true)).ifPresent(a::quantity);
      g.amount(r, "value", WAN).ifPresent(a::value);
      b.addRows(a.build());
    }
    return b.build();
  }

  // ---- shared

  private static Grid grid(String source, String text, String what, List<String> header) {
    return grid(source, text, what, header, List.of());
  }

  /** A grid whose optional columns may be left out; every other column of the header must be. */
  private static Grid grid(String source, String text, String what, List<String> header,
      List<String> optional) {
    List<String> all = new ArrayList<>(header);
    all.addAll(optional);
    return Grid.read(source, text, what + " (" + String.join(",", header) + ")", h -> {
      if (!all.contains(h)) {
        throw new IllegalArgumentException("Unknown column header " + Excerpts.quote(h) + "; "
            + source + " has " + String.join(",", all));
      }
      return h;
    }, header, h -> h);
  }

  /**
   * Adds the optional {@value #DEPARTMENT} column to a header when some row has a department
   * (a consolidation), so that single-department files keep their columns.
   */
  private static List<String> withDepartment(List<String> header, boolean any) {
    if (!any) {
      return header;
    }
    List<String> h = new ArrayList<>(header);
    h.add(DEPARTMENT);
    return h;
  }

  private static <E extends Enum<E>> E required(Grid g, Row r, String key, String what,
      Class<E> type) {
    return g.choice(r, key, what, type).orElseThrow(
        () -> g.error("Empty " + key + "; every row names its " + what, r, null));
  }

  /** The decoded files of a budget by name. */
  interface Sources {
    /** The text of a file, or {@code null} if the budget has no such file. */
    String text(String file);
  }

}
