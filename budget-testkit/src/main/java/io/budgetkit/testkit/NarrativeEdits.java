package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.SectionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to a narrative that keep its text and its recorded figures in step: a figure restated
 * with another amount in both, a section rewritten or removed with the figures it states.
 */
final class NarrativeEdits {

  private NarrativeEdits() {}

  /**
   * The narrative with a figure stating another amount: the figure's value and, where the text
   * writes the figure's words right followed by its value — in the figure's own section if it
   * does there, else in the first section that does — that value.
   *
   * @throws IllegalArgumentException if the figure is not the narrative's or no section states it
   */
  static Narrative restate(Narrative n, NarrativeFigure figure, Amount amount) {
    String old = figure.value().text();
    String now = Deltas.text(amount) + "万元";
    List<NarrativeFigure> figures = new ArrayList<>();
    boolean found = false;
    for (NarrativeFigure f : n.figures()) {
      if (!found && f.equals(figure)) {
        figures.add(NarrativeFigure.builder().from(f).value(now).build());
        found = true;
      } else {
        figures.add(f);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("Not a figure of the narrative: " + figure.words());
    }
    String stated = figure.words() + old;
    SectionKind home = home(figure.kind());
    Optional<NarrativeSection> where = n.section(home).filter(x -> x.text().contains(stated))
        .or(() -> n.sections().stream().filter(x -> x.text().contains(stated)).findFirst());
    if (where.isEmpty()) {
      throw new IllegalArgumentException("No section states " + stated);
    }
    List<NarrativeSection> sections = new ArrayList<>();
    for (NarrativeSection s : n.sections()) {
      sections.add(s != where.get() ? s : NarrativeSection.of(s.kind(), s.heading(),
          s.text().replaceFirst(Pattern.quote(stated),
              Matcher.quoteReplacement(figure.words() + now))));
    }
    return Narrative.builder().from(n).sections(sections).figures(figures).build();
  }

  /** The narrative with the text of a section replaced. */
  static Narrative withText(Narrative n, SectionKind kind, String text) {
    List<NarrativeSection> sections = new ArrayList<>();
    for (NarrativeSection s : n.sections()) {
      sections.add(s.kind() == kind ? NarrativeSection.of(kind, s.heading(), text) : s);
    }
    return Narrative.builder().from(n).sections(sections).build();
  }

  /** The narrative without a section and without the figures that section states. */
  static Narrative without(Narrative n, SectionKind kind) {
    List<NarrativeSection> sections = new ArrayList<>();
    n.sections().stream().filter(s -> s.kind() != kind).forEach(sections::add);
    Set<FigureKind> stated = figuresOf(kind);
    List<NarrativeFigure> figures = new ArrayList<>();
    n.figures().stream().filter(f -> !stated.contains(f.kind())).forEach(figures::add);
    return Narrative.builder().from(n).sections(sections).figures(figures).build();
  }

  /** The section where the generated narrative states figures of a kind. */
  static SectionKind home(FigureKind kind) {
    for (SectionKind s : List.of(SectionKind.INCOME, SectionKind.CHANGE,
        SectionKind.OPERATING_COSTS, SectionKind.THREE_PUBLIC, SectionKind.ASSETS)) {
      if (figuresOf(s).contains(kind)) {
        return s;
      }
    }
    return SectionKind.EXPENDITURE;
  }

  /** The figures a section of the generated narrative states. */
  static Set<FigureKind> figuresOf(SectionKind kind) {
    switch (kind) {
      case INCOME:
        return EnumSet.of(FigureKind.INCOME, FigureKind.INCOME_GENERAL_PUBLIC,
            FigureKind.INCOME_GOVERNMENT_FUND, FigureKind.INCOME_STATE_CAPITAL,
            FigureKind.INCOME_SPECIAL_ACCOUNT, FigureKind.INCOME_UNIT_FUNDS,
            FigureKind.INCOME_CARRYOVER);
      case EXPENDITURE:
        return EnumSet.of(FigureKind.EXPENDITURE, FigureKind.BASIC_EXPENDITURE,
            FigureKind.PERSONNEL, FigureKind.PUBLIC_EXPENSES, FigureKind.PROJECT_EXPENDITURE,
            FigureKind.PROJECT_AMOUNT);
      case CHANGE:
        return EnumSet.of(FigureKind.CHANGE_BASE, FigureKind.CHANGE_TOTAL,
            FigureKind.CHANGE_BASIC, FigureKind.CHANGE_PROJECT, FigureKind.CHANGE_COMPONENT);
      case OPERATING_COSTS:
        return EnumSet.of(FigureKind.OPERATING_COSTS, FigureKind.OPERATING_COSTS_COMPONENT);
      case THREE_PUBLIC:
        return EnumSet.of(FigureKind.THREE_PUBLIC, FigureKind.THREE_PUBLIC_OVERSEAS,
            FigureKind.THREE_PUBLIC_VEHICLES, FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE,
            FigureKind.THREE_PUBLIC_VEHICLE_OPERATION, FigureKind.THREE_PUBLIC_RECEPTION,
            FigureKind.THREE_PUBLIC_CHANGE);
      case ASSETS:
        return EnumSet.of(FigureKind.FIXED_ASSETS, FigureKind.FIXED_ASSETS_PLANNED_PURCHASES);
      default:
        return EnumSet.noneOf(FigureKind.class);
    }
  }
}
