package io.budgetkit.consolidation;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.table.DisclosureTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The streaming accumulator of a {@link Consolidator}: each {@link #add added} budget goes into
 * running sums at once and is not kept, so that any number of departments can be consolidated in
 * bounded memory (apart from what is carried: projects, procurement lines, organisation units,
 * and one code and name per department).
 *
 * <pre>{@code
 * ConsolidationBuilder acc = consolidator.start();
 * for (DepartmentBudget b : budgets) {
 *   acc.add(b);
 * }
 * Consolidation r = acc.result();
 * }</pre>
 *
 * <p>Not thread-safe: use one accumulator per thread and {@link #merge} them (as {@link
 * Consolidator#collector()} does for parallel streams).
 */
public final class ConsolidationBuilder {

  private final Consolidator.Settings settings;
  private final Conflicts conflicts;
  private final TreeMap<String, String> departments = new TreeMap<>();
  private Integer year;
  private String yearSetBy;
  private DisclosureProfile profile;
  private String profileSetBy;
  private final Map<String, TableSum> tables = new LinkedHashMap<>();
  private final Carried carried = new Carried();
  private final ProcurementSum procurement = new ProcurementSum();
  private final AssetSum assets = new AssetSum();
  private final FigureSum figures = new FigureSum();

  ConsolidationBuilder(Consolidator.Settings settings) {
    this.settings = settings;
    this.conflicts = new Conflicts(settings.policy);
    settings.year.ifPresent(y -> {
      year = y;
      yearSetBy = "the consolidator";
    });
  }

  /**
   * Adds a budget to the running sums.
   *
   * @param budget the budget
   * @return this
   * @throws ConsolidationException if the budget's year or profile differs from those before, its
   *     department code was added before, or (policy FAIL) it conflicts with them; the accumulator
   *     is then unusable
   */
  public ConsolidationBuilder add(DepartmentBudget budget) {
    Objects.requireNonNull(budget, "budget");
    String department = label(budget.departmentCode(), budget.departmentName());
    checkDepartment(budget.departmentCode(), budget.departmentName());
    checkYear(budget.year(), department);
    checkProfile(budget.profile(), department);
    for (DisclosureTable t : budget.tables()) {
      table(t.layout()).add(t, department, conflicts);
    }
    carried.add(budget);
    budget.procurement().ifPresent(p -> procurement.add(p, budget.departmentName(), department,
        conflicts));
    budget.fixedAssets().ifPresent(a -> assets.add(a, department, conflicts));
    figures.add(budget, department);
    return this;
  }

  /**
   * Adds everything another accumulator of the same consolidator has summed.
   *
   * @param other the other accumulator; not to be used afterwards
   * @return this
   * @throws ConsolidationException as {@link #add}
   */
  public ConsolidationBuilder merge(ConsolidationBuilder other) {
    Supplier<String> inputs = () -> "those of " + describe(other.departments);
    for (Map.Entry<String, String> d : other.departments.entrySet()) {
      checkDepartment(d.getKey(), d.getValue());
    }
    if (other.year != null && other.yearSetBy != null) {
      checkYear(other.year, other.yearSetBy);
    }
    if (other.profile != null) {
      checkProfile(other.profile, other.profileSetBy);
    }
    for (Map.Entry<String, TableSum> e : other.tables.entrySet()) {
      TableSum mine = tables.get(e.getKey());
      if (mine == null) {
        tables.put(e.getKey(), e.getValue());
      } else {
        mine.merge(e.getValue(), conflicts, inputs);
      }
    }
    carried.merge(other.carried);
    procurement.merge(other.procurement, conflicts, inputs);
    assets.merge(other.assets, conflicts, inputs);
    figures.merge(other.figures, inputs);
    return this;
  }

  /**
   * Builds the consolidated budget from the sums.
   *
   * @return the consolidation
   * @throws IllegalArgumentException if no budget was added
   * @throws ConsolidationException if the consolidated budget cannot be represented
   */
  public Consolidation result() {
    if (departments.isEmpty()) {
      throw new IllegalArgumentException("Nothing to consolidate: no budget was added");
    }
    CatalogEdition edition = settings.catalog.edition(year);
    List<Conflict> found = new ArrayList<>();
    BudgetBuilder b = DepartmentBudget.builder().department(settings.code, settings.name)
        .year(year).kind(settings.kind).profile(profile);
    for (TableLayout layout : profile.tables()) {
      TableSum sum = tables.get(layout.kind().id());
      if (sum != null) {
        b.table(sum.build(settings.kind, edition, found));
      }
    }
    carried.organisationTitle().ifPresent(b::organisationTitle);
    carried.units().forEach(u -> b.organisationUnit(u.name(), u.nature(), u.rank(), u.funding()));
    carried.projects().forEach(b::project);
    procurement.build(found).ifPresent(b::procurement);
    assets.build(found).ifPresent(b::fixedAssets);
    DepartmentBudget tablesAndSections = b.build();
    figures.report(found);
    DepartmentBudget budget = DepartmentBudget.builder().from(tablesAndSections)
        .narrative(new NarrativeWriter(tablesAndSections, figures).write()).build();
    found.sort(Comparator.comparing(Conflict::kind).thenComparing(Conflict::where)
        .thenComparing(Conflict::toString));
    return new Consolidation(budget, found, departments);
  }

  private TableSum table(TableLayout layout) {
    return tables.computeIfAbsent(layout.kind().id(), k -> {
      if (layout.kind().shape() == TableShape.TWO_SIDED) {
        return new SummarySum(layout, settings.kind);
      }
      if (layout.kind().shape() == TableShape.ITEM_ROWS) {
        return new ThreePublicSum(layout);
      }
      return new CodedSum(layout);
    });
  }

  private void checkDepartment(String code, String name) {
    String before = departments.putIfAbsent(code, name);
    if (before != null) {
      throw new ConsolidationException("Department code " + code + " is given twice: "
          + label(code, before) + " and " + label(code, name)
          + "; each department is consolidated once");
    }
  }

  private void checkYear(int y, String department) {
    if (year == null) {
      year = y;
      yearSetBy = department;
    } else if (year != y) {
      throw new ConsolidationException("Cannot consolidate budgets of different years: "
          + department + " is of " + y + ", " + yearSetBy + " of " + year);
    }
  }

  private void checkProfile(DisclosureProfile p, String department) {
    if (profile == null) {
      profile = p;
      profileSetBy = department;
    } else if (!profile.equals(p)) {
      throw new ConsolidationException("Cannot consolidate budgets of different profiles: "
          + department + " follows '" + p.name() + "', " + profileSetBy + " '" + profile.name()
          + "'");
    }
  }

  /** Up to three departments by code and name, and how many more. */
  private static String describe(TreeMap<String, String> departments) {
    List<String> first = new ArrayList<>();
    for (Map.Entry<String, String> d : departments.entrySet()) {
      if (first.size() == Sample.SIZE) {
        break;
      }
      first.add(label(d.getKey(), d.getValue()));
    }
    int more = departments.size() - first.size();
    return String.join(", ", first) + (more > 0 ? " and " + more + " more" : "");
  }

  static String label(String code, String name) {
    return code + " " + name;
  }
}
