package io.budgetkit.rules.narr;

import io.budgetkit.core.internal.Text;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.NarrativeSection;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a stated figure stands in the narrative's text: its section, and whether a list it ends
 * is declared incomplete by {@code 等}.
 *
 * <p>The sections of all figures are found together, once per validation ({@link Sections}): one
 * read of each section's text answers for every figure, where asking each figure's section in
 * turn read the narrative once per figure.
 */
final class FigureText {

  private static final Object SECTIONS = new Object();
  private static final List<String> CHANGES = List.of("增加", "减少", "增长", "下降", "降低", "提高",
      "上升");

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
  static Location location(Findings findings, Narrative narrative, NarrativeFigure figure) {
    return section(findings, narrative, figure).map(s -> Location.of(s, figure.words()))
        .orElseGet(() -> Location.builder().words(figure.words()).build());
  }

  /** The section of a figure: its home section if it holds the figure, else the first one. */
  static Optional<SectionKind> section(Findings findings, Narrative narrative,
      NarrativeFigure figure) {
    return sections(findings, narrative).of(figure);
  }

  /** The sections of the narrative's figures, found once per validation. */
  private static Sections sections(Findings findings, Narrative narrative) {
    Sections s = findings.context().derived(SECTIONS, b -> new Sections(b.narrative()));
    return s.narrative == narrative ? s : new Sections(narrative);
  }

  /**
   * The section of every figure of a narrative, and the sections' texts read for matching.
   *
   * <p>A section holds a figure when its text holds the figure's words and value exactly, or
   * once both are read for matching ({@link Text#matchKey}: PDF text may carry spaces or
   * traditional characters the model's words do not). Text {@code 2i} of the index is section
   * {@code i}'s text as printed, text {@code 2i + 1} its matching key.
   */
  private static final class Sections {
    final Narrative narrative;
    private final List<NarrativeSection> sections;
    private final List<String> keys = new ArrayList<>();
    private final Map<SectionKind, Integer> firstOfKind = new EnumMap<>(SectionKind.class);
    private final Map<NarrativeFigure, Optional<SectionKind>> sectionOf = new IdentityHashMap<>();
    private final TextIndex index;

    Sections(Narrative narrative) {
      this.narrative = narrative;
      this.sections = narrative.sections();
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < sections.size(); i++) {
        NarrativeSection s = sections.get(i);
        String key = Text.matchKey(s.text());
        texts.add(s.text());
        texts.add(key);
        keys.add(key);
        firstOfKind.putIfAbsent(s.kind(), i);
      }
      List<String> words = new ArrayList<>();
      for (NarrativeFigure f : narrative.figures()) {
        words.add(f.words());
        words.add(f.value().text());
        words.add(Text.matchKey(f.words()));
        words.add(Text.matchKey(f.value().text()));
      }
      index = TextIndex.of(words, texts);
      for (NarrativeFigure f : narrative.figures()) {
        sectionOf.put(f, indexed(f));
      }
    }

    Optional<SectionKind> of(NarrativeFigure figure) {
      Optional<SectionKind> s = sectionOf.get(figure);
      // A figure of another narrative: its words are not in the index; read the texts.
      return s != null ? s : slowFind(figure);
    }

    /** The key text of the first section of a kind. */
    Optional<String> key(SectionKind kind) {
      Integer i = firstOfKind.get(kind);
      return i == null ? Optional.empty() : Optional.of(keys.get(i));
    }

    private Optional<SectionKind> indexed(NarrativeFigure figure) {
      Integer home = firstOfKind.get(home(figure.kind()));
      if (home != null && holds(home, figure)) {
        return Optional.of(sections.get(home).kind());
      }
      int first = Math.min(first(figure.words(), figure.value().text(), 0),
          first(Text.matchKey(figure.words()), Text.matchKey(figure.value().text()), 1));
      return first == Integer.MAX_VALUE ? Optional.empty()
          : Optional.of(sections.get(first).kind());
    }

    private boolean holds(int section, NarrativeFigure f) {
      return index.contains(2 * section, f.words())
          && index.contains(2 * section, f.value().text())
          || index.contains(2 * section + 1, Text.matchKey(f.words()))
          && index.contains(2 * section + 1, Text.matchKey(f.value().text()));
    }

    /**
     * The first section whose text {@code 2i + parity} holds both words, read through the texts
     * holding the rarer one.
     */
    private int first(String a, String b, int parity) {
      if (a.isEmpty() && b.isEmpty()) {
        return sections.isEmpty() ? Integer.MAX_VALUE : 0;
      }
      String rare = a.isEmpty() ? b : b.isEmpty() ? a
          : index.texts(a).length <= index.texts(b).length ? a : b;
      String other = rare.equals(a) ? b : a;
      for (int t : index.texts(rare)) {
        if (t % 2 == parity && index.contains(t, other)) {
          return t / 2;
        }
      }
      return Integer.MAX_VALUE;
    }

    private Optional<SectionKind> slowFind(NarrativeFigure figure) {
      Integer home = firstOfKind.get(home(figure.kind()));
      if (home != null && slowHolds(home, figure)) {
        return Optional.of(sections.get(home).kind());
      }
      for (int i = 0; i < sections.size(); i++) {
        if (slowHolds(i, figure)) {
          return Optional.of(sections.get(i).kind());
        }
      }
      return Optional.empty();
    }

    private boolean slowHolds(int section, NarrativeFigure figure) {
      String text = sections.get(section).text();
      String key = keys.get(section);
      return text.contains(figure.words()) && text.contains(figure.value().text())
          || key.contains(Text.matchKey(figure.words()))
          && key.contains(Text.matchKey(figure.value().text()));
    }
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
  static boolean endsWithEtc(Findings findings, Narrative narrative, NarrativeFigure figure) {
    String words = Text.matchKey(figure.words());
    if (words.endsWith("等") || CHANGES.stream().anyMatch(c -> words.endsWith("等" + c))
        || figure.subject().map(s -> Text.matchKey(s).endsWith("等")).orElse(false)) {
      return true;
    }
    String value = Text.matchKey(figure.value().text());
    if (figure.sentence().map(s -> followedByEtc(Text.matchKey(s), words, value)).orElse(false)) {
      return true;
    }
    Sections sections = sections(findings, narrative);
    return sections.of(figure).flatMap(sections::key)
        .map(text -> followedByEtc(text, words, value)).orElse(false);
  }

  /**
   * Whether, after some occurrence of the words, the value's first occurrence is followed by 等.
   * Later occurrences of the words share that first value until they pass it, so the value is
   * searched for only from beyond the last one found: one read of the text.
   */
  private static boolean followedByEtc(String text, String words, String value) {
    int v = -1;
    for (int w = text.indexOf(words); w >= 0; w = text.indexOf(words, w + 1)) {
      int end = w + words.length();
      if (v >= end) {
        continue; // the same first value as for the occurrence before: not followed by 等
      }
      v = text.indexOf(value, end);
      if (v < 0) {
        return false;
      }
      int after = v + value.length();
      if (after < text.length() && text.charAt(after) == '等') {
        return true;
      }
    }
    return false;
  }
}
