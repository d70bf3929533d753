package io.budgetkit.core.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A code of a 政府收支分类科目 classification, functional or economic.
 *
 * <p>Codes are hierarchical by prefix: the parent of a code is the code one level up, whose
 * digits it starts with. Implementations are immutable value types that compare by their digits.
 *
 * @param <C> the code type itself, so that {@link #parent()} and {@link #ancestors()} keep it
 */
public interface ClassificationCode<C extends ClassificationCode<C>> extends Comparable<C> {

  /**
   * Returns the classification this code belongs to.
   *
   * @return the scheme
   */
  CodeScheme scheme();

  /**
   * Returns the digits of the code.
   *
   * @return e.g. {@code "2010301"}
   */
  String value();

  /**
   * Returns the level of the code.
   *
   * @return 类, 款 or 项
   */
  CodeLevel level();

  /**
   * Returns the code one level up, or empty for a 类.
   *
   * @return the parent
   */
  Optional<C> parent();

  /**
   * Returns the codes above this one, the 类 first.
   *
   * @return the ancestors; empty for a 类
   */
  default List<C> ancestors() {
    List<C> result = new ArrayList<>();
    Optional<C> p = parent();
    while (p.isPresent()) {
      result.add(p.get());
      p = p.get().parent();
    }
    Collections.reverse(result);
    return Collections.unmodifiableList(result);
  }

  /**
   * Tells whether this code is a strict ancestor of another code of the same scheme.
   *
   * @param other the possible descendant
   * @return true if {@code other} lies below this code
   */
  default boolean isAncestorOf(ClassificationCode<?> other) {
    return other.scheme() == scheme()
        && other.value().length() > value().length()
        && other.value().startsWith(value());
  }

  /**
   * Tells whether this code is the parent of another code of the same scheme.
   *
   * @param other the possible child
   * @return true if {@code other}'s parent is this code
   */
  default boolean isParentOf(ClassificationCode<?> other) {
    return isAncestorOf(other) && other.parent().map(p -> p.value().equals(value())).orElse(false);
  }
}
