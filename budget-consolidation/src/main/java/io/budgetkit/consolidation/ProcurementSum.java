package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.core.section.ProcurementLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The 政府采购预算 tables: the lines carried with their department, and a 合计 re-summed per
 * column (from each input's 合计, or its 小计 and loose lines where it prints none).
 *
 * <p>The lines of one input keep their order. Those of several inputs are cut into pieces — each
 * line printed before any 小计 on its own, each 小计 with the lines under it — and the pieces are
 * sorted by department and content: loose lines first, as a 合计 counts them beside the 小计.
 */
final class ProcurementSum {

  private static final String TOTAL_LABEL = "合计";

  /** A 小计 with its lines, or a line printed before any 小计. */
  private static final class Piece {
    final boolean loose;
    final ProcurementLayout layout;
    final List<ProcurementLine> lines = new ArrayList<>();

    Piece(boolean loose, ProcurementLayout layout) {
      this.loose = loose;
      this.layout = layout;
    }

    private String sortKey;

    /** Computed once: sorting compares each piece many times, and a piece may be long. */
    String sortKey() {
      if (sortKey == null) {
        sortKey = lines.get(0).department().orElse("") + "\u0000" + lines;
      }
      return sortKey;
    }
  }

  private long inputs;
  private final List<Piece> pieces = new ArrayList<>();
  private final TreeMap<ProcurementLayout, Sample> layouts = new TreeMap<>();
  private final Map<ProcurementLayout, EnumMap<FundingSource, Amount>> totals =
      new EnumMap<>(ProcurementLayout.class);
  private Amount totalReserve;
  private String totalLabel;
  private String title;
  private List<String> notes;
  private final TreeSet<String> allNotes = new TreeSet<>();

  void add(Procurement p, String departmentName, String department, Conflicts conflicts) {
    if (!layouts.isEmpty() && !layouts.containsKey(p.layout())) {
      conflicts.clash(ConflictKind.PROCUREMENT_LAYOUT, "the 政府采购预算 of " + department
          + " is in layout " + p.layout() + ", that of " + layouts.firstEntry().getValue()
          + " in " + layouts.firstKey());
    }
    layouts.computeIfAbsent(p.layout(), x -> new Sample()).add(department);
    inputs++;
    title = Cells.min(title, p.title().orElse(null));
    notes = inputs == 1 ? List.copyOf(p.notes()) : null;
    allNotes.addAll(p.notes());
    EnumMap<FundingSource, Amount> total = totals.computeIfAbsent(p.layout(),
        x -> new EnumMap<>(FundingSource.class));
    Optional<ProcurementLine> printedTotal = p.total();
    Piece current = null;
    for (ProcurementLine line : p.lines()) {
      if (line.kind() == ProcurementLine.Kind.TOTAL) {
        totalLabel = Cells.min(totalLabel, line.label());
        if (printedTotal.get() == line) {
          addTotal(total, line, department);
        }
        continue;
      }
      ProcurementLine carried = line.department().isPresent() ? line
          : ProcurementLine.builder().from(line).department(departmentName).build();
      if (line.kind() == ProcurementLine.Kind.SUBTOTAL || current == null || current.loose) {
        current = new Piece(line.kind() == ProcurementLine.Kind.ITEM, p.layout());
        pieces.add(current);
      }
      current.lines.add(carried);
      if (printedTotal.isEmpty() && current.lines.size() == 1) {
        addTotal(total, line, department); // no 合计 printed: its 小计 and loose lines make it up
      }
    }
  }

  private void addTotal(EnumMap<FundingSource, Amount> total, ProcurementLine line,
      String department) {
    Supplier<String> from = () -> "those of " + department;
    Cells.add(total, line.amounts(), ProcurementSum::totalCell, from);
    line.smeReserve().ifPresent(r -> totalReserve = totalReserve == null ? r
        : Cells.plus(totalReserve, r, () -> totalCell(null), from));
  }

  /** The 合计 line's cell of a funding column, or of 预留中小微企业份额 for none. */
  private static String totalCell(FundingSource source) {
    return "政府采购预算 合计 " + (source == null ? "预留中小微企业份额" : source.label());
  }

  void merge(ProcurementSum other, Conflicts conflicts, Supplier<String> from) {
    for (Map.Entry<ProcurementLayout, Sample> e : other.layouts.entrySet()) {
      if (!layouts.isEmpty() && !layouts.containsKey(e.getKey())) {
        conflicts.clash(ConflictKind.PROCUREMENT_LAYOUT, "the 政府采购预算 of " + e.getValue()
            + " is in layout " + e.getKey() + ", that of " + layouts.firstEntry().getValue()
            + " in " + layouts.firstKey());
      }
      layouts.computeIfAbsent(e.getKey(), x -> new Sample()).merge(e.getValue());
    }
    notes = inputs == 0 ? other.notes : other.inputs == 0 ? notes : null;
    inputs += other.inputs;
    pieces.addAll(other.pieces);
    other.totals.forEach((l, t) -> Cells.add(totals.computeIfAbsent(l,
        x -> new EnumMap<>(FundingSource.class)), t, ProcurementSum::totalCell, from));
    if (other.totalReserve != null) {
      totalReserve = totalReserve == null ? other.totalReserve
          : Cells.plus(totalReserve, other.totalReserve, () -> totalCell(null), from);
    }
    totalLabel = Cells.min(totalLabel, other.totalLabel);
    title = Cells.min(title, other.title);
    allNotes.addAll(other.allNotes);
  }

  Optional<Procurement> build(List<Conflict> conflicts) {
    if (inputs == 0) {
      return Optional.empty();
    }
    ProcurementLayout layout = layouts.size() == 1 ? layouts.firstKey() : ProcurementLayout.G1;
    if (layouts.size() > 1) {
      List<Conflict.Variant> variants = new ArrayList<>();
      layouts.forEach((l, s) -> variants.add(s.printed(List.of(l.name()))));
      conflicts.add(Conflict.between(ConflictKind.PROCUREMENT_LAYOUT, "政府采购预算", variants,
          "PROCUREMENT_LAYOUT.resolution", Map.of()));
    }
    Procurement.Builder b = Procurement.builder(layout);
    Optional.ofNullable(title).ifPresent(b::title);
    b.addAllNotes(notes != null ? notes : allNotes);
    List<Piece> ordered = new ArrayList<>(pieces);
    if (inputs > 1) {
      ordered.sort(Comparator.comparing((Piece x) -> !x.loose).thenComparing(Piece::sortKey));
    }
    if (!ordered.isEmpty()) {
      EnumMap<FundingSource, Amount> sum = new EnumMap<>(FundingSource.class);
      totals.forEach((l, t) -> Cells.add(sum, convert(t, layout), ProcurementSum::totalCell,
          () -> "the budgets in layout " + l));
      ProcurementLine.Builder total = ProcurementLine.builder().kind(ProcurementLine.Kind.TOTAL)
          .label(totalLabel == null ? TOTAL_LABEL : totalLabel).putAllAmounts(sum);
      Optional.ofNullable(totalReserve).ifPresent(total::smeReserve);
      b.addLines(total.build());
    }
    for (Piece piece : ordered) {
      for (ProcurementLine line : piece.lines) {
        b.addLines(piece.layout == layout ? line : ProcurementLine.builder().from(line)
            .amounts(convert(line.amounts(), layout)).build());
      }
    }
    return Optional.of(b.build());
  }

  /** The amounts of a G2 line in layout G1: both carry-overs into 上年结转结余. */
  private static Map<FundingSource, Amount> convert(Map<FundingSource, Amount> amounts,
      ProcurementLayout layout) {
    EnumMap<FundingSource, Amount> result = new EnumMap<>(FundingSource.class);
    amounts.forEach((s, a) -> result.merge(layout.funding().contains(s) ? s
        : FundingSource.CARRYOVER, a, (x, y) -> Cells.plus(x, y,
            () -> "政府采购预算 " + FundingSource.CARRYOVER.label(),
            () -> "both carry-overs of layout G2")));
    return result;
  }
}
