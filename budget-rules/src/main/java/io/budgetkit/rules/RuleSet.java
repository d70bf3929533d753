package io.budgetkit.rules;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.problem.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named, ordered set of rules with the caller's settings: tolerance, catalog, disabled rules
 * and severity overrides. Validating a budget runs every enabled rule and returns every finding.
 *
 * <pre>{@code
 * ValidationReport report = RuleSet.standard()
 *     .tolerance(Tolerance.STRICT)
 *     .disable("BK-XT-010")
 *     .withSeverity("BK-COMP-009", Severity.WARNING)
 *     .validate(budget);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: every setting returns a new set.
 */
public final class RuleSet {

  private final String name;
  private final List<Rule> rules;
  private final Tolerance tolerance;
  private final ClassificationCatalog catalog;
  private final Map<String, Severity> severities;
  private final Set<String> disabled;

  private RuleSet(String name, List<Rule> rules, Tolerance tolerance,
      ClassificationCatalog catalog, Map<String, Severity> severities, Set<String> disabled) {
    this.name = name;
    this.rules = List.copyOf(rules);
    this.tolerance = tolerance;
    this.catalog = catalog;
    this.severities = Map.copyOf(severities);
    this.disabled = Set.copyOf(disabled);
  }

  /**
   * Returns every rule of BudgetKit: arithmetic, hierarchy, balance, cross-table, 三公,
   * narrative, projects, procurement, assets and completeness.
   *
   * @return the standard rule set, ROUNDING_AWARE, with the bundled catalog
   */
  public static RuleSet standard() {
    return StandardRules.standard();
  }

  /**
   * Returns the row-arithmetic rules (area ARITH).
   *
   * @return the arithmetic rule set
   */
  public static RuleSet arithmetic() {
    return StandardRules.arithmetic();
  }

  /**
   * Returns the hierarchy roll-up rules (area HIER): 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, orphans,
   * duplicates and rows under the wrong parent.
   *
   * @return the hierarchy rule set
   */
  public static RuleSet hierarchy() {
    return StandardRules.hierarchy();
  }

  /**
   * Returns the balance rules of the 收支总表 and the 财政拨款收支总表 (area BAL).
   *
   * @return the balance rule set
   */
  public static RuleSet balance() {
    return StandardRules.balance();
  }

  /**
   * Returns the cross-table rules (area XT): tables 1-3 agree, table 4's fund columns agree with
   * tables 5, 7 and 8, table 5's 基本支出 with table 6, 三公 lines bound their economic codes,
   * 机关运行经费 and the social-insurance correspondences (warnings).
   *
   * @return the cross-table rule set
   */
  public static RuleSet crossTable() {
    return StandardRules.crossTable();
  }

  /**
   * Returns the “三公” table's internal sums (area TPUB).
   *
   * @return the three-public rule set
   */
  public static RuleSet threePublic() {
    return StandardRules.threePublic();
  }

  /**
   * Returns the narrative rules (area NARR): every stated figure against the tables, and the
   * narrative's own arithmetic.
   *
   * @return the narrative rule set
   */
  public static RuleSet narrative() {
    return StandardRules.narrative();
  }

  /**
   * Returns the project rules (area PROJ): budgets add up to 项目支出, spending plans, the funds
   * split, cost indicators.
   *
   * @return the project rule set
   */
  public static RuleSet projects() {
    return StandardRules.projects();
  }

  /**
   * Returns the government-procurement rules (area PROC).
   *
   * @return the procurement rule set
   */
  public static RuleSet procurement() {
    return StandardRules.procurement();
  }

  /**
   * Returns the fixed-asset rules (area ASSET).
   *
   * @return the asset rule set
   */
  public static RuleSet assets() {
    return StandardRules.assets();
  }

  /**
   * Returns the completeness and disclosure rules (area COMP): tables present and in order,
   * empty-table notes, classification depth, narrative sections, placeholders, names, signs.
   *
   * @return the compliance rule set
   */
  public static RuleSet compliance() {
    return StandardRules.compliance();
  }

  /**
   * Returns a rule set of the given rules, ROUNDING_AWARE, with the bundled catalog.
   *
   * @param name the set's name
   * @param rules the rules, in the order they run
   * @return the set
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(String name, List<Rule> rules) {
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Two rules have the id " + r.id());
      }
    }
    return new RuleSet(name, rules, Tolerance.ROUNDING_AWARE, null, Map.of(), Set.of());
  }

  /**
   * Returns the set's name.
   *
   * @return e.g. {@code standard}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rules, in the order they run.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns this set with another tolerance policy.
   *
   * @param tolerance STRICT or ROUNDING_AWARE (the default)
   * @return the new set
   */
  public RuleSet tolerance(Tolerance tolerance) {
    return new RuleSet(name, rules, Objects.requireNonNull(tolerance, "tolerance"), catalog,
        severities, disabled);
  }

  /**
   * Returns this set naming codes by another catalog than the bundled one.
   *
   * @param catalog the catalog
   * @return the new set
   */
  public RuleSet catalog(ClassificationCatalog catalog) {
    return new RuleSet(name, rules, tolerance, Objects.requireNonNull(catalog, "catalog"),
        severities, disabled);
  }

  /**
   * Returns this set without a rule.
   *
   * @param ruleId the rule's id
   * @return the new set
   * @throws IllegalArgumentException if the set has no such rule
   */
  public RuleSet disable(String ruleId) {
    requireRule(ruleId);
    Set<String> d = new HashSet<>(disabled);
    d.add(ruleId);
    return new RuleSet(name, rules, tolerance, catalog, severities, d);
  }

  /**
   * Returns this set with a rule reporting at another severity (rounding notes stay INFO).
   *
   * @param ruleId the rule's id
   * @param severity the severity
   * @return the new set
   * @throws IllegalArgumentException if the set has no such rule
   */
  public RuleSet withSeverity(String ruleId, Severity severity) {
    requireRule(ruleId);
    Map<String, Severity> s = new HashMap<>(severities);
    s.put(ruleId, Objects.requireNonNull(severity, "severity"));
    return new RuleSet(name, rules, tolerance, catalog, s, disabled);
  }

  /**
   * Returns this set with more rules, e.g. a host application's own.
   *
   * @param more the rules to add after this set's
   * @return the new set
   * @throws IllegalArgumentException if a rule's id is taken
   */
  public RuleSet with(Rule... more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(List.of(more));
    RuleSet checked = of(name, all);
    return new RuleSet(name, checked.rules, tolerance, catalog, severities, disabled);
  }

  /**
   * Returns this set with the rules of another.
   *
   * @param other the other set
   * @return the new set, named after both
   * @throws IllegalArgumentException if a rule's id is taken
   */
  public RuleSet with(RuleSet other) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    RuleSet checked = of(name + "+" + other.name, all);
    return new RuleSet(checked.name, checked.rules, tolerance, catalog, severities, disabled);
  }

  /**
   * Validates a budget with every enabled rule; never throws on bad data.
   *
   * @param budget the budget
   * @return every finding, sorted by location
   */
  public ValidationReport validate(DepartmentBudget budget) {
    ValidationContext context = new ValidationContext(budget, tolerance,
        catalog == null ? ClassificationCatalog.bundled() : catalog);
    Findings findings = Findings.collect(context, new Findings.RuleSettings(severities, disabled));
    for (Rule rule : rules) {
      rule.validate(budget, findings);
    }
    return new ValidationReport(findings.list());
  }

  /**
   * Returns the rules' ids with their default severity, in order.
   *
   * @return id → severity
   */
  public Map<String, Severity> catalogue() {
    Map<String, Severity> m = new LinkedHashMap<>();
    rules.forEach(r -> m.put(r.id(), r.severity()));
    return m;
  }

  private void requireRule(String id) {
    if (rules.stream().noneMatch(r -> r.id().equals(id))) {
      throw new IllegalArgumentException("Rule set '" + name + "' has no rule " + id);
    }
  }

  @Override
  public String toString() {
    return "RuleSet " + name + " (" + rules.size() + " rules, " + tolerance + ")";
  }
}
