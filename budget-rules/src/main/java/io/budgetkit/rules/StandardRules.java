package io.budgetkit.rules;

import io.budgetkit.rules.arith.ArithmeticRules;
import io.budgetkit.rules.bal.BalanceRules;
import io.budgetkit.rules.hier.HierarchyRules;
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

  static RuleSet standard() {
    List<Rule> all = new ArrayList<>();
    all.addAll(arithmetic().rules());
    all.addAll(hierarchy().rules());
    all.addAll(balance().rules());
    return RuleSet.of("standard", all);
  }
}
