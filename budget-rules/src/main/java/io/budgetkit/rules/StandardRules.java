package io.budgetkit.rules;

import io.budgetkit.rules.arith.ArithmeticRules;
import java.util.ArrayList;
import java.util.List;

/** The rule areas of {@link RuleSet#standard()}, in the order they run. */
final class StandardRules {

  private StandardRules() {}

  static RuleSet arithmetic() {
    return RuleSet.of("arithmetic", ArithmeticRules.rules());
  }

  static RuleSet standard() {
    List<Rule> all = new ArrayList<>();
    all.addAll(arithmetic().rules());
    return RuleSet.of("standard", all);
  }
}
