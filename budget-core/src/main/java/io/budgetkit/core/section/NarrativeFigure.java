package io.budgetkit.core.section;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure stated in the narrative, with the words that name it: {@code 项目支出1962.10万元},
 * {@code 基本支出减少31.83万元}.
 *
 * <p>The value is kept as written ({@code 1962.10万元}, {@code 600萬元}); a change is written
 * without sign and its direction ({@code 增加}/{@code 减少}) is part of the {@link #words()}, so
 * {@link #signedValue()} is provided for comparisons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NarrativeFigure {

  NarrativeFigure() {}

  /**
   * Returns what the figure stands for.
   *
   * @return the kind
   */
  public abstract FigureKind kind();

  /**
   * Returns the words that name the figure in the text.
   *
   * @return e.g. {@code 项目支出}, {@code 基本支出减少}
   */
  public abstract String words();

  /**
   * Returns the value as written, with its unit.
   *
   * @return e.g. {@code 1962.10万元}
   */
  public abstract Measure value();

  /**
   * Returns what the figure is about when the kind does not say it all: a project's or an
   * item's name.
   *
   * @return e.g. {@code 数字网格化管理平台项目}
   */
  public abstract Optional<String> subject();

  /**
   * Returns the sentence the figure was read from.
   *
   * @return the sentence, if recorded
   */
  public abstract Optional<String> sentence();

  /** The direction of a change, as the words state it. */
  public enum Direction {
    /** 增加, 增长, 提高, 上升. */
    INCREASE,
    /** 减少, 下降, 降低. */
    DECREASE
  }

  /**
   * Returns the direction the words state for a change: {@code 增加}/{@code 增长}/{@code 提高}/{@code 上升}
   * or {@code 减少}/{@code 下降}/{@code 降低}.
   *
   * @return the direction, or empty if the words state none (a plain figure, or a change component
   *     listed without a verb)
   */
  public Optional<Direction> direction() {
    String w = words();
    if (w.contains("减少") || w.contains("下降") || w.contains("降低")) {
      return Optional.of(Direction.DECREASE);
    }
    if (w.contains("增加") || w.contains("增长") || w.contains("提高") || w.contains("上升")) {
      return Optional.of(Direction.INCREASE);
    }
    return Optional.empty();
  }

  /**
   * Tells whether the words say the figure is a decrease.
   *
   * @return true for a stated decrease
   */
  public boolean isDecrease() {
    return direction().filter(Direction.DECREASE::equals).isPresent();
  }

  /**
   * Returns the value in 万元, negative when the words state a decrease; a figure without a stated
   * direction counts as positive (see {@link #direction()} to tell).
   *
   * @return the signed amount, or empty if the value is not a sum of money
   */
  public Optional<io.budgetkit.core.amount.Amount> signedValue() {
    return value().amount().map(a -> isDecrease() ? a.negated() : a);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NarrativeFigure}. */
  public static final class Builder extends ImmutableNarrativeFigure.Builder {
    Builder() {}

    /**
     * Sets the value as written.
     *
     * @param written e.g. {@code 2143.14万元}
     * @return this
     */
    public Builder value(String written) {
      return value(Measure.parse(written));
    }
  }
}
