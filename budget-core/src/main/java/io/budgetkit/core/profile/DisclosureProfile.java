package io.budgetkit.core.profile;

import io.budgetkit.core.amount.Precision;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a jurisdiction publishes: the tables, in order, with their columns, printed unit and
 * precision.
 *
 * <p>{@link #common()} is the common national nine-table profile in 万元 at 0.01 that the
 * fixtures follow. Jurisdictions that publish eight or twelve tables, other titles or amounts in
 * 元 build their own profile; nothing in BudgetKit assumes the common one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisclosureProfile {

  DisclosureProfile() {}

  /**
   * Returns the profile's name.
   *
   * @return e.g. {@code "common"}
   */
  public abstract String name();

  /**
   * Returns the tables in their published order.
   *
   * @return the table layouts
   */
  public abstract List<TableLayout> tables();

  /**
   * Returns the layout of a table of the given kind.
   *
   * @param kind the table kind
   * @return its layout, or empty if the profile does not publish it
   */
  public Optional<TableLayout> layout(TableKind kind) {
    return tables().stream().filter(t -> t.kind().equals(kind)).findFirst();
  }

  /**
   * Returns the layout of a table of the given kind.
   *
   * @param kind the table kind
   * @return its layout
   * @throws IllegalArgumentException if the profile does not publish it
   */
  public TableLayout requireLayout(TableKind kind) {
    return layout(kind).orElseThrow(() -> new IllegalArgumentException(
        "Profile '" + name() + "' has no table " + kind.baseTitle() + " (" + kind.id() + ")"));
  }

  @Value.Check
  void check() {
    for (int i = 0; i < tables().size(); i++) {
      for (int j = i + 1; j < tables().size(); j++) {
        if (tables().get(i).kind().equals(tables().get(j).kind())) {
          throw new IllegalStateException(
              "Profile '" + name() + "' lists " + tables().get(i).kind() + " twice");
        }
      }
    }
  }

  /**
   * Returns the common nine-table profile, printed in 万元 with two decimals.
   *
   * @return the common profile
   */
  public static DisclosureProfile common() {
    return StandardLayouts.COMMON;
  }

  /**
   * Returns the common nine tables with another precision, e.g. for a jurisdiction that prints
   * its tables in 元: {@code DisclosureProfile.common(Precision.FEN)}.
   *
   * @param precision the printed unit and precision of every table
   * @return the profile, named {@code common-<unit>-<decimals>}, e.g. {@code common-yuan-2}
   */
  public static DisclosureProfile common(Precision precision) {
    return StandardLayouts.common(precision);
  }

  /**
   * Returns the common profile of a name, as {@link #common()} and {@link #common(Precision)}
   * name them: {@code common}, or {@code common-<wan-yuan|yuan>-<decimals>} ({@code
   * common-yuan-2}).
   *
   * @param name the profile's name
   * @return the profile, or empty if no common profile has that name
   */
  public static Optional<DisclosureProfile> commonNamed(String name) {
    if (common().name().equals(name)) {
      return Optional.of(common());
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("common-(wan-yuan|yuan)-([0-9])").matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    io.budgetkit.core.amount.PrintedUnit unit = m.group(1).equals("yuan")
        ? io.budgetkit.core.amount.PrintedUnit.YUAN : io.budgetkit.core.amount.PrintedUnit.WAN_YUAN;
    try {
      DisclosureProfile p = common(Precision.of(unit, Integer.parseInt(m.group(2))));
      return p.name().equals(name) ? Optional.of(p) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
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

  /** Builds a {@link DisclosureProfile}. */
  public static final class Builder extends ImmutableDisclosureProfile.Builder {
    Builder() {}
  }
}
