package io.budgetkit.rules.asset;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 固定资产占用情况表 (area {@code ASSET}).
 *
 * <ul>
 *   <li>{@code BK-ASSET-001}: the components (1、房屋, 2、车辆, 3、设备, 4、其他固定资产 — every row
 *       but 资产总额 and the {@code 其中：} rows) add up to 资产总额 in the 价值 column; layout F3
 *       prints no 资产总额 and is skipped;</li>
 *   <li>{@code BK-ASSET-002}: a {@code 其中：} row (其中：办公用房) is part of the row above it
 *       (房屋): its 价值 and its 数量 are not larger.</li>
 * </ul>
 *
 * <p>A 数量 that is not a number ({@code ---}, LAYOUTS.md §7 F2) is not compared and is no
 * finding. Findings point at {@link SectionKind#ASSETS} with the row's item as subject and the
 * column by its position (2 数量, 3 价值).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssetRules {

  /** Position of 数量. */
  static final int QUANTITY_COLUMN = 2;
  /** Position of 价值. */
  static final int VALUE_COLUMN = 3;

  /** BK-ASSET-001. */
  public static final Rule COMPONENTS_SUM = Rule.of("BK-ASSET-001", Severity.ERROR,
      "The asset components add up to 资产总额",
      (budget, findings) -> budget.fixedAssets()
          .ifPresent(a -> checkTotal(a, precision(budget), findings)));

  /** BK-ASSET-002. */
  public static final Rule OF_WHICH_WITHIN_PARENT = Rule.of("BK-ASSET-002", Severity.ERROR,
      "A 其中 row of the asset table is not larger than the row it is part of",
      (budget, findings) -> budget.fixedAssets()
          .ifPresent(a -> checkOfWhich(a, precision(budget), findings)));

  private AssetRules() {}

  /**
   * Returns the rules of this area, in id order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(COMPONENTS_SUM, OF_WHICH_WITHIN_PARENT);
  }

  private static Precision precision(DepartmentBudget budget) {
    // The asset table is not in the profile: it prints like the profile's tables.
    return budget.profile().tables().stream().findFirst().map(TableLayout::precision)
        .orElse(Precision.HUNDREDTHS_OF_WAN);
  }

  private static void checkTotal(FixedAssets assets, Precision precision, Findings findings) {
    Optional<AssetRow> total = assets.total();
    if (total.isEmpty()) {
      return; // layout F3: no 资产总额 row, the total is only in the narrative
    }
    boolean anyPrinted = total.get().value().isPresent();
    List<Location> parts = new ArrayList<>();
    List<Amount> values = new ArrayList<>();
    for (AssetRow row : assets.rows()) {
      if (row.isTotal() || isOfWhich(row)) {
        continue;
      }
      anyPrinted |= row.value().isPresent();
      parts.add(cell(row, VALUE_COLUMN));
      values.add(row.value().orElse(Amount.ZERO));
    }
    if (anyPrinted) {
      findings.checkSum(cell(total.get(), VALUE_COLUMN), total.get().value().orElse(Amount.ZERO),
          parts, values, precision, Map.of("count", Integer.toString(parts.size())));
    }
  }

  private static void checkOfWhich(FixedAssets assets, Precision precision, Findings findings) {
    AssetRow parent = null;
    for (AssetRow row : assets.rows()) {
      if (!isOfWhich(row)) {
        parent = row.isTotal() ? null : row;
        continue;
      }
      if (parent == null) {
        continue; // a 其中 row with no component above it: nothing to be part of
      }
      AssetRow whole = parent;
      row.value().ifPresent(v -> findings.checkAtMost(cell(row, VALUE_COLUMN), v,
          cell(whole, VALUE_COLUMN), whole.value().orElse(Amount.ZERO), precision,
          Map.of("whole", whole.item().strip())));
      Optional<BigDecimal> part = row.quantity().flatMap(AssetRules::number);
      Optional<BigDecimal> of = whole.quantity().flatMap(AssetRules::number);
      if (part.isPresent() && of.isPresent() && part.get().compareTo(of.get()) > 0) {
        findings.report(cell(row, QUANTITY_COLUMN), b -> b.messageKey("BK-ASSET-002.quantity")
            .addRelated(cell(whole, QUANTITY_COLUMN))
            .putArguments("whole", whole.item().strip())
            .putArguments("part", part.get().toPlainString())
            .putArguments("of", of.get().toPlainString()));
      }
    }
  }

  /** Tells whether a row is a {@code 其中：} row, a part of the row above it, not a component. */
  static boolean isOfWhich(AssetRow row) {
    return Text.matchKey(Text.dropBookmarks(row.item())).startsWith("其中");
  }

  /** Reads a 数量 as a number; {@code ---} and other words are none. */
  static Optional<BigDecimal> number(String quantity) {
    String s = quantity.strip().replace(",", "");
    // BigDecimal parses in time that grows faster than the digits: a quantity is short
    if (s.length() > 100 || !s.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s));
  }

  /**
   * Returns the location of a cell of the asset table.
   *
   * @param row the row
   * @param column 2 (数量) or 3 (价值)
   * @return the location
   */
  static Location cell(AssetRow row, int column) {
    return Location.builder().section(SectionKind.ASSETS).subject(row.item().strip())
        .column(column).columnName(column == QUANTITY_COLUMN ? "数量" : "价值").build();
  }
}
