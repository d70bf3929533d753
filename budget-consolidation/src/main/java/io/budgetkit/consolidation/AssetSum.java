package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FixedAssets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The 固定资产占用情况表, summed by item: 资产总额 first, then each component with its {@code 其中}
 * rows, by item. 数量 are added where they are numbers; 价值 stay exact. One input's table is
 * given back as it is.
 */
final class AssetSum {

  /** A row: its item (the smallest printed), summed 数量 and 价值. */
  private static final class Row {
    String item;
    BigDecimal quantity;
    String quantityText;
    Amount value;
    final TreeMap<String, Row> ofWhich = new TreeMap<>();

    void add(AssetRow r, Supplier<String> from) {
      item = Cells.min(item, r.item());
      r.quantity().ifPresent(q -> {
        Optional<BigDecimal> n = number(q);
        if (n.isPresent()) {
          quantity = quantity == null ? n.get() : quantity.add(n.get());
        } else {
          quantityText = Cells.min(quantityText, q);
        }
      });
      r.value().ifPresent(v -> value = value == null ? v
          : Cells.plus(value, v, this::where, from));
    }

    /** The 价值 cell of this row, for an overflow's message. */
    private String where() {
      return "固定资产占用情况表 " + (item == null ? "" : item.strip()) + " 价值";
    }

    void merge(Row other, Supplier<String> from) {
      item = Cells.min(item, other.item);
      if (other.quantity != null) {
        quantity = quantity == null ? other.quantity : quantity.add(other.quantity);
      }
      quantityText = Cells.min(quantityText, other.quantityText);
      if (other.value != null) {
        value = value == null ? other.value
            : Cells.plus(value, other.value, this::where, from);
      }
      other.ofWhich.forEach((k, v) -> ofWhich.computeIfAbsent(k, x -> new Row())
          .merge(v, from));
    }

    AssetRow build() {
      AssetRow.Builder b = AssetRow.builder().item(item);
      if (quantity != null) {
        b.quantity(quantity.toPlainString());
      } else if (quantityText != null) {
        b.quantity(quantityText);
      }
      Optional.ofNullable(value).ifPresent(b::value);
      return b.build();
    }
  }

  private long inputs;
  private FixedAssets single;
  private final TreeMap<String, Row> rows = new TreeMap<>();
  private Row total;
  private String title;
  private final TreeMap<LocalDate, Sample> dates = new TreeMap<>();
  private boolean undated;

  void add(FixedAssets assets, String department, Conflicts conflicts) {
    inputs++;
    single = inputs == 1 ? assets : null;
    title = Cells.min(title, assets.title().orElse(null));
    if (assets.asOf().isPresent()) {
      date(assets.asOf().get(), department, conflicts);
      dates.computeIfAbsent(assets.asOf().get(), x -> new Sample()).add(department);
    } else {
      undated = true;
    }
    Supplier<String> from = () -> "those of " + department;
    Row parent = null;
    for (AssetRow r : assets.rows()) {
      String key = Text.matchKey(r.item());
      if (r.isTotal()) {
        total = total == null ? new Row() : total;
        total.add(r, from);
        parent = null;
      } else if (key.startsWith("其中") && parent != null) {
        parent.ofWhich.computeIfAbsent(key, x -> new Row()).add(r, from);
      } else {
        parent = rows.computeIfAbsent(key, x -> new Row());
        parent.add(r, from);
      }
    }
  }

  private void date(LocalDate asOf, String department, Conflicts conflicts) {
    if (!dates.isEmpty() && !dates.containsKey(asOf)) {
      conflicts.clash(ConflictKind.ASSETS_DATE, "the 固定资产占用情况表 of " + department
          + " is as of " + asOf + ", that of " + dates.firstEntry().getValue() + " as of "
          + dates.firstKey());
    }
  }

  void merge(AssetSum other, Conflicts conflicts, Supplier<String> from) {
    single = inputs == 0 ? other.single : other.inputs == 0 ? single : null;
    inputs += other.inputs;
    title = Cells.min(title, other.title);
    for (Map.Entry<LocalDate, Sample> e : other.dates.entrySet()) {
      date(e.getKey(), e.getValue().toString(), conflicts);
      dates.computeIfAbsent(e.getKey(), x -> new Sample()).merge(e.getValue());
    }
    undated |= other.undated;
    other.rows.forEach((k, v) -> rows.computeIfAbsent(k, x -> new Row()).merge(v, from));
    if (other.total != null) {
      total = total == null ? new Row() : total;
      total.merge(other.total, from);
    }
  }

  Optional<FixedAssets> build(List<Conflict> conflicts) {
    if (inputs == 0) {
      return Optional.empty();
    }
    if (dates.size() > 1) {
      List<Conflict.Variant> variants = new ArrayList<>();
      dates.forEach((d, s) -> variants.add(s.printed(List.of(d.toString()))));
      conflicts.add(Conflict.between(ConflictKind.ASSETS_DATE, "固定资产占用情况表", variants,
          "ASSETS_DATE.resolution", Map.of()));
    }
    if (single != null) {
      return Optional.of(single);
    }
    FixedAssets.Builder b = FixedAssets.builder();
    Optional.ofNullable(title).ifPresent(b::title);
    if (dates.size() == 1 && !undated) {
      b.asOf(dates.firstKey());
    }
    if (total != null) {
      b.addRows(total.build());
    }
    for (Row r : rows.values()) {
      b.addRows(r.build());
      r.ofWhich.values().forEach(o -> b.addRows(o.build()));
    }
    return Optional.of(b.build());
  }

  /**
   * A quantity as a number, thousands commas dropped; none for a quantity that is no plain
   * decimal ({@code ---}) or is written with more than 100 characters, which no count of assets
   * is and which BigDecimal would parse in time quadratic in its digits.
   */
  static Optional<BigDecimal> number(String quantity) {
    String s = quantity.strip().replace(",", "");
    return s.length() <= 100 && s.matches("-?[0-9]++(\\.[0-9]++)?+")
        ? Optional.of(new BigDecimal(s)) : Optional.empty();
  }
}
