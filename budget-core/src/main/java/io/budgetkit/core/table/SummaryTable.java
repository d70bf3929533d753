package io.budgetkit.core.table;

import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A two-sided table: the 收支总表 or the 财政拨款收支总表.
 *
 * <p>The income side's amounts sit in the amount columns between the two label columns, the
 * expenditure side's after the second label column.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(x) copies rows through the covariant override
public abstract class SummaryTable implements DisclosureTable {

  SummaryTable() {}

  @Override
  public abstract String title();

  @Override
  public abstract List<SummaryRow> rows();

  @Override
  public abstract Optional<String> note();

  /**
   * Returns the amount columns of the income side.
   *
   * @return the columns between the income and the expenditure label
   */
  public List<Column> incomeColumns() {
    return side(layout(), true);
  }

  /**
   * Returns the amount columns of the expenditure side.
   *
   * @return the columns after the expenditure label
   */
  public List<Column> expenditureColumns() {
    return side(layout(), false);
  }

  static List<Column> side(TableLayout layout, boolean income) {
    int split = layout.labelColumns().get(1).number();
    return layout.amountColumns().stream()
        .filter(c -> income ? c.number() < split : c.number() > split)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the row with the given 序号.
   *
   * @param seq the 序号
   * @return the row, if printed
   */
  public Optional<SummaryRow> rowBySeq(int seq) {
    return rows().stream().filter(r -> r.seq() == seq).findFirst();
  }

  /**
   * Returns the row whose income item reads as given, ignoring spacing, ordinal and the width of
   * punctuation.
   *
   * @param item e.g. 本年收入合计 or 一般公共预算拨款收入
   * @return the row, if printed
   */
  public Optional<SummaryRow> incomeRow(String item) {
    String key = Text.matchKey(Text.stripOrdinal(item));
    return rows().stream().filter(r -> r.incomeItem()
        .map(i -> Text.matchKey(Text.stripOrdinal(i)).equals(key)).orElse(false)).findFirst();
  }

  /**
   * Returns the row whose expenditure item reads as given, ignoring spacing, ordinal and the
   * width of punctuation.
   *
   * @param item e.g. 本年支出合计 or 住房保障支出
   * @return the row, if printed
   */
  public Optional<SummaryRow> expenditureRow(String item) {
    String key = Text.matchKey(Text.stripOrdinal(item));
    return rows().stream().filter(r -> r.expenditureItem()
        .map(i -> Text.matchKey(Text.stripOrdinal(i)).equals(key)).orElse(false)).findFirst();
  }

  /**
   * Returns the functional 类 a row's expenditure item stands for, by its name in the catalog
   * edition of the budget year.
   *
   * @param row a row of this table
   * @param edition the catalog edition of the budget year
   * @return the 类 code, or empty if the item is not a 类 row of that edition (a total, 人行科目)
   */
  public static Optional<FunctionCode> expenditureClass(SummaryRow row, CatalogEdition edition) {
    if (row.expenditureItem().isEmpty()) {
      return Optional.empty();
    }
    String key = Text.matchKey(Text.stripOrdinal(row.expenditureItem().get()));
    for (SummaryRowName name : edition.summaryRows()) {
      if (Text.matchKey(name.name()).equals(key)) {
        return name.code();
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (layout().kind().shape() != TableShape.TWO_SIDED || layout().labelColumns().size() != 2) {
      throw new IllegalStateException(kind() + " is not a two-sided table with two label columns");
    }
    for (SummaryRow row : rows()) {
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

  /** Builds a {@link SummaryTable}. */
  public static final class Builder extends ImmutableSummaryTable.Builder {
    Builder() {}
  }
}
