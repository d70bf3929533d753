package io.budgetkit.core.table;

import io.budgetkit.core.profile.TableShape;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The 财政拨款“三公”经费支出表, in any of its row layouts ({@link ThreePublicLayout}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(x) copies rows through the covariant override
public abstract class ThreePublicTable implements DisclosureTable {

  ThreePublicTable() {}

  @Override
  public abstract String title();

  @Override
  public abstract List<ThreePublicRow> rows();

  @Override
  public abstract Optional<String> note();

  /**
   * Returns the first row printed for a line.
   *
   * @param line the line
   * @return the row, if printed
   */
  public Optional<ThreePublicRow> row(ThreePublicLine line) {
    return rows().stream().filter(r -> r.line().filter(line::equals).isPresent()).findFirst();
  }

  /**
   * Returns the row layout the table is printed in.
   *
   * @return the layout
   */
  @Value.Lazy
  public ThreePublicLayout rowLayout() {
    // Layout A prints one row of blank cells under the header, or none once an importer drops it.
    if (rows().stream().allMatch(r -> r.item().isBlank() && r.cells().isEmpty())) {
      return ThreePublicLayout.EMPTY;
    }
    Set<ThreePublicLine> lines = EnumSet.noneOf(ThreePublicLine.class);
    rows().forEach(r -> r.line().ifPresent(lines::add));
    if (lines.size() != rows().size()) {
      return ThreePublicLayout.OTHER;
    }
    Set<ThreePublicLine> core = EnumSet.range(ThreePublicLine.SUBTOTAL, ThreePublicLine.RECEPTION);
    if (lines.equals(EnumSet.allOf(ThreePublicLine.class))) {
      return ThreePublicLayout.FULL;
    }
    if (lines.equals(core)) {
      return ThreePublicLayout.SUBTOTAL_ONLY;
    }
    EnumSet<ThreePublicLine> withTotal = EnumSet.copyOf(core);
    withTotal.add(ThreePublicLine.TOTAL);
    if (lines.equals(withTotal)) {
      return ThreePublicLayout.TOTAL_WITHOUT_MEETINGS;
    }
    return ThreePublicLayout.OTHER;
  }

  @Value.Check
  void check() {
    if (layout().kind().shape() != TableShape.ITEM_ROWS) {
      throw new IllegalStateException(kind() + " is not a table of item rows");
    }
    for (ThreePublicRow row : rows()) {
      Tables.checkCells(layout(), row);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThreePublicTable}. */
  public static final class Builder extends ImmutableThreePublicTable.Builder {
    Builder() {}
  }
}
