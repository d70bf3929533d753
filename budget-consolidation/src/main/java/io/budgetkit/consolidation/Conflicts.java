package io.budgetkit.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meets disagreements as they are found: under {@link ConflictPolicy#FAIL} by throwing at once;
 * under {@link ConflictPolicy#REPORT} the sums keep what they need to describe the conflict when
 * the result is built, so that the report does not depend on the order of the inputs.
 */
final class Conflicts {

  private final ConflictPolicy policy;

  Conflicts(ConflictPolicy policy) {
    this.policy = policy;
  }

  /** Fails under FAIL with the message; does nothing under REPORT. */
  void clash(ConflictKind kind, String message) {
    if (policy == ConflictPolicy.FAIL) {
      throw new ConsolidationException(kind + ": " + message);
    }
  }

  void nameClash(String where, String name, String departments, String otherName,
      String otherDepartments) {
    clash(ConflictKind.NAME, where + " is printed as '" + name + "' by " + departments
        + " but as '" + otherName + "' by " + otherDepartments);
  }

  static Conflict name(String where, Names names, String chosen, Optional<String> catalogName) {
    List<Conflict.Variant> variants = new ArrayList<>();
    for (Names.Variant v : names.variants.values()) {
      variants.add(v.departments.printed(List.of(v.printed)));
    }
    boolean fromCatalog = catalogName.isPresent() && chosen.equals(catalogName.get());
    return Conflict.between(ConflictKind.NAME, where, variants,
        fromCatalog ? "NAME.resolution.catalog" : "NAME.resolution.smallest",
        Map.of("chosen", List.of(chosen)));
  }
}
