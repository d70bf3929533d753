package io.budgetkit.core.table;

import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.profile.TableShape;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A table whose rows are classification codes with a 合计 row: the 收入总表, 支出总表 and
 * tables 5, 7 and 8 (functional codes), and the 基本支出表 (economic codes).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <C> the code type
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(x) copies rows through the covariant override
public abstract class CodedTable<C extends ClassificationCode<C>> implements DisclosureTable {

  CodedTable() {}

  @Override
  public abstract String title();

  @Override
  public abstract List<CodedRow<C>> rows();

  @Override
  public abstract Optional<String> note();

  /**
   * Returns the 合计 row, the first row without a code.
   *
   * @return the total row, if printed
   */
  public Optional<CodedRow<C>> totalRow() {
    return rows().stream().filter(CodedRow::isTotal).findFirst();
  }

  /**
   * Returns the first row with the given code.
   *
   * @param code the code
   * @return the row, if printed
   */
  public Optional<CodedRow<C>> row(C code) {
    return rows().stream().filter(r -> r.code().filter(code::equals).isPresent()).findFirst();
  }

  /**
   * Returns the row with the given 序号.
   *
   * @param seq the 序号
   * @return the row, if printed
   */
  public Optional<CodedRow<C>> rowBySeq(int seq) {
    return rows().stream().filter(r -> r.seq() == seq).findFirst();
  }

  @Value.Check
  void check() {
    TableShape shape = layout().kind().shape();
    CodeScheme expected = shape == TableShape.ECONOMIC_ROWS ? CodeScheme.ECONOMIC
        : shape == TableShape.FUNCTIONAL_ROWS ? CodeScheme.FUNCTIONAL : null;
    if (expected == null) {
      throw new IllegalStateException(kind() + " is not a table of coded rows");
    }
    for (CodedRow<C> row : rows()) {
      if (row.code().isPresent() && row.code().get().scheme() != expected) {
        throw new IllegalStateException(kind() + " " + row.describe() + ": a "
            + row.code().get().scheme().label() + " code in a table of " + expected.label());
      }
      Tables.checkCells(layout(), row);
    }
  }

  /**
   * Returns a new builder.
   *
   * @param <C> the code type
   * @return the builder
   */
  public static <C extends ClassificationCode<C>> Builder<C> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link CodedTable}.
   *
   * @param <C> the code type
   */
  public static final class Builder<C extends ClassificationCode<C>>
      extends ImmutableCodedTable.Builder<C> {
    Builder() {}
  }
}
