package io.budgetkit.consolidation;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.ProjectPerformance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The projects and organisation units, carried with their department.
 *
 * <p>One input's are kept in its order; those of several inputs are sorted (projects by
 * department, code, name and content; units by name, nature, rank and funding), so that neither
 * the order nor the grouping of the inputs shows in the result.
 */
final class Carried {

  static final Comparator<ProjectPerformance> PROJECT_ORDER = Comparator
      .comparing((ProjectPerformance p) -> p.department().orElse(""))
      .thenComparing(p -> p.code().orElse(""))
      .thenComparing(ProjectPerformance::name)
      .thenComparing(ProjectPerformance::toString);

  static final Comparator<OrganisationUnit> UNIT_ORDER = Comparator
      .comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::nature)
      .thenComparing(OrganisationUnit::rank).thenComparing(OrganisationUnit::funding);

  private long inputs;
  private final List<ProjectPerformance> projects = new ArrayList<>();
  private final List<OrganisationUnit> units = new ArrayList<>();
  private String organisationTitle;

  void add(DepartmentBudget b) {
    inputs++;
    for (ProjectPerformance p : b.projects()) {
      projects.add(p.department().isPresent() ? p
          : ProjectPerformance.builder().from(p).department(b.departmentName()).build());
    }
    units.addAll(b.organisation());
    organisationTitle = Cells.min(organisationTitle, b.organisationTitle().orElse(null));
  }

  void merge(Carried other) {
    inputs += other.inputs;
    projects.addAll(other.projects);
    units.addAll(other.units);
    organisationTitle = Cells.min(organisationTitle, other.organisationTitle);
  }

  List<ProjectPerformance> projects() {
    List<ProjectPerformance> result = new ArrayList<>(projects);
    if (inputs > 1) {
      result.sort(PROJECT_ORDER);
    }
    return result;
  }

  List<OrganisationUnit> units() {
    List<OrganisationUnit> result = new ArrayList<>(units);
    if (inputs > 1) {
      result.sort(UNIT_ORDER);
    }
    return result;
  }

  java.util.Optional<String> organisationTitle() {
    return java.util.Optional.ofNullable(organisationTitle);
  }
}
