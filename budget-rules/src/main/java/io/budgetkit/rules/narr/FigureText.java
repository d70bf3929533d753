package io.budgetkit.rules.narr;

import io.budgetkit.core.internal.Text;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.rules.Location;
import java.util.Optional;

/**
 * Where a stated figure stands in the narrative's text: its section, and whether a list it ends
 * is declared incomplete by {@code 等}.
 */
final class FigureText {

  private FigureText() {}

  /**
   * Returns the location of a figure: its section and its words, without a section if no
   * section's text holds both the figure's words and its value as written.
   *
   * <p>The section is the one where the figure's kind belongs (a change in 比上年增减情况, a
   * “三公” figure in its section…) when that section's text holds the words and the value, else
   * the first section that does: a single-paragraph section 二 holds them all, and a change
   * paragraph may repeat the project names and amounts of the 支出说明 word for word.
   */
  static Location location(Narrative narrative, NarrativeFigure figure) {
    return section(narrative, figure).map(s -> Location.of(s, figure.words()))
        .orElseGet(() -> Location.builder().words(figure.words()).build());
  }

  /** The section of a figure: its home section if it holds the figure, else the first one. */
  static Optional<SectionKind> section(Narrative narrative, NarrativeFigure figure) {
    Optional<NarrativeSection> home = narrative.section(home(figure.kind()));
    if (home.isPresent() && holds(home.get(), figure)) {
      return Optional.of(home.get().kind());
    }
    return narrative.sections().stream().filter(s -> holds(s, figure)).findFirst()
        .map(NarrativeSection::kind);
  }

  /** Whether a section's text holds the figure's words and value (exactly, or folded). */
  private static boolean holds(NarrativeSection section, NarrativeFigure figure) {
    String text = section.text();
    String words = figure.words();
    String value = figure.value().text();
    if (text.contains(words) && text.contains(value)) {
      return true;
    }
    // PDF text may carry spaces or traditional characters the model's words do not.
    String t = Text.matchKey(text);
    return t.contains(Text.matchKey(words)) && t.contains(Text.matchKey(value));
  }

  /** The section a figure of this kind belongs to in the standard outline. */
  static SectionKind home(FigureKind kind) {
    switch (kind) {
      case INCOME:
      case INCOME_GENERAL_PUBLIC:
      case INCOME_GOVERNMENT_FUND:
      case INCOME_STATE_CAPITAL:
      case INCOME_SPECIAL_ACCOUNT:
      case INCOME_UNIT_FUNDS:
      case INCOME_CARRYOVER:
        return SectionKind.INCOME;
      case CHANGE_BASE:
      case CHANGE_TOTAL:
      case CHANGE_BASIC:
      case CHANGE_PROJECT:
      case CHANGE_COMPONENT:
        return SectionKind.CHANGE;
      case OPERATING_COSTS:
      case OPERATING_COSTS_COMPONENT:
        return SectionKind.OPERATING_COSTS;
      case THREE_PUBLIC:
      case THREE_PUBLIC_OVERSEAS:
      case THREE_PUBLIC_VEHICLES:
      case THREE_PUBLIC_VEHICLE_PURCHASE:
      case THREE_PUBLIC_VEHICLE_OPERATION:
      case THREE_PUBLIC_RECEPTION:
      case THREE_PUBLIC_CHANGE:
        return SectionKind.THREE_PUBLIC;
      case FIXED_ASSETS:
      case FIXED_ASSETS_PLANNED_PURCHASES:
        return SectionKind.ASSETS;
      default:
        return SectionKind.EXPENDITURE;
    }
  }

  /**
   * Tells whether the text declares a list incomplete right after this figure, its last item:
   * {@code …18.41万元等。}. Read from the words or subject ({@code 人员薪酬等}), the recorded
   * sentence, or the text of the figure's section (the value written after the words, then 等).
   */
  static boolean endsWithEtc(Narrative narrative, NarrativeFigure figure) {
    String words = Text.matchKey(figure.words());
    if (words.endsWith("等") || words.matches(".*等(增加|减少|增长|下降|降低|提高|上升)$")
        || figure.subject().map(s -> Text.matchKey(s).endsWith("等")).orElse(false)) {
      return true;
    }
    String value = Text.matchKey(figure.value().text());
    if (figure.sentence().map(s -> followedByEtc(Text.matchKey(s), words, value)).orElse(false)) {
      return true;
    }
    Optional<SectionKind> kind = section(narrative, figure);
    return kind.flatMap(narrative::section)
        .map(s -> followedByEtc(Text.matchKey(s.text()), words, value)).orElse(false);
  }

  private static boolean followedByEtc(String text, String words, String value) {
    int from = 0;
    while (true) {
      int w = text.indexOf(words, from);
      if (w < 0) {
        return false;
      }
      int v = text.indexOf(value, w + words.length());
      if (v < 0) {
        return false;
      }
      int after = v + value.length();
      if (after < text.length() && text.charAt(after) == '等') {
        return true;
      }
      from = w + 1;
    }
  }
}
