package io.budgetkit.rules;

import io.budgetkit.rules.arith.ArithmeticRules;
import io.budgetkit.rules.asset.AssetRules;
import io.budgetkit.rules.bal.BalanceRules;
import io.budgetkit.rules.comp.ComplianceRules;
import io.budgetkit.rules.hier.HierarchyRules;
import io.budgetkit.rules.narr.NarrativeRules;
import io.budgetkit.rules.proc.ProcurementRules;
import io.budgetkit.rules.proj.ProjectRules;
import io.budgetkit.rules.tpub.ThreePublicRules;
import io.budgetkit.rules.xt.CrossTableRules;
import java.util.ArrayList;
import java.util.List;

/** The rule areas of {@link RuleSet#standard()}, in the order they run. */
final class StandardRules {

  private StandardRules() {}

  static RuleSet arithmetic() {
    return RuleSet.of("arithmetic", ArithmeticRules.rules());
  }

  static RuleSet hierarchy() {
    return RuleSet.of("hierarchy", HierarchyRules.rules());
  }

  static RuleSet balance() {
    return RuleSet.of("balance", BalanceRules.rules());
  }

  static RuleSet crossTable() {
    return RuleSet.of("cross-table", CrossTableRules.rules());
  }

  static RuleSet threePublic() {
    return RuleSet.of("three-public", ThreePublicRules.rules());
  }

  static RuleSet narrative() {
    return RuleSet.of("narrative", NarrativeRules.rules());
  }

  static RuleSet projects() {
    return RuleSet.of("projects", ProjectRules.rules());
  }

  static RuleSet procurement() {
    return RuleSet.of("procurement", ProcurementRules.rules());
  }

  static RuleSet assets() {
    return RuleSet.of("assets", AssetRules.rules());
  }

  static RuleSet compliance() {
    return RuleSet.of("compliance", ComplianceRules.rules());
  }

  static RuleSet standard() {
    List<Rule> all = new ArrayList<>();
    all.addAll(arithmetic().rules());
    all.addAll(hierarchy().rules());
    all.addAll(balance().rules());
    all.addAll(crossTable().rules());
    all.addAll(threePublic().rules());
    all.addAll(narrative().rules());
    all.addAll(projects().rules());
    all.addAll(procurement().rules());
    all.addAll(assets().rules());
    all.addAll(compliance().rules());
    return RuleSet.of("standard", all);
  }
}
