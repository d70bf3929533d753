package io.budgetkit.core.section;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The 情况说明: its sections in printed order and the figures stated in them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Narrative {

  Narrative() {}

  /**
   * Returns the text printed before the first section: the 情况说明's title lines and its opening
   * sentence ({@code 按照《中华人民共和国预算法》…现将…公开如下：}), lines joined with {@code \n}.
   *
   * @return the preamble, if printed
   */
  public abstract Optional<String> preamble();

  /**
   * Returns the sections in printed order.
   *
   * @return the sections
   */
  public abstract List<NarrativeSection> sections();

  /**
   * Returns the figures stated in the text, in reading order.
   *
   * @return the figures
   */
  public abstract List<NarrativeFigure> figures();

  /**
   * Returns the first section of a kind.
   *
   * @param kind the kind
   * @return the section, if present
   */
  public Optional<NarrativeSection> section(SectionKind kind) {
    return sections().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * Returns the first figure of a kind.
   *
   * @param kind the kind
   * @return the figure, if stated
   */
  public Optional<NarrativeFigure> figure(FigureKind kind) {
    return figures().stream().filter(f -> f.kind() == kind).findFirst();
  }

  /**
   * Returns every figure of a kind.
   *
   * @param kind the kind
   * @return the figures, in reading order
   */
  public List<NarrativeFigure> figures(FigureKind kind) {
    return figures().stream().filter(f -> f.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the sentence a figure was stated in: the figure's own {@link
   * NarrativeFigure#sentence()} if recorded, else the first sentence of the sections' text in
   * which the figure's words are followed by its value as written. Sentences end at {@code 。},
   * {@code ！}, {@code ？} or a line break.
   *
   * @param figure a figure of this narrative
   * @return the sentence, or empty if no section states the figure
   */
  public Optional<String> sentenceOf(NarrativeFigure figure) {
    if (figure.sentence().isPresent()) {
      return figure.sentence();
    }
    String value = figure.value().text();
    // A figure stated twice (the same words and value in two paragraphs) is the n-th statement
    // for the n-th such figure, in reading order.
    int earlier = 0;
    for (NarrativeFigure f : figures()) {
      if (f == figure) {
        break;
      }
      if (f.words().equals(figure.words()) && f.value().text().equals(value)) {
        earlier++;
      }
    }
    for (NarrativeSection section : sections()) {
      for (String sentence : sentences(section.text())) {
        int words = sentence.indexOf(figure.words());
        if (words >= 0 && sentence.indexOf(value, words + figure.words().length()) >= 0
            && earlier-- == 0) {
          return Optional.of(sentence);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> sentences(String text) {
    List<String> result = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(current, result);
        continue;
      }
      current.append(c);
      if (c == '。' || c == '！' || c == '？') {
        flush(current, result);
      }
    }
    flush(current, result);
    return result;
  }

  private static void flush(StringBuilder sentence, List<String> into) {
    String s = sentence.toString().strip();
    if (!s.isEmpty()) {
      into.add(s);
    }
    sentence.setLength(0);
  }

  /**
   * Returns a narrative with no section and no figure.
   *
   * @return the empty narrative
   */
  public static Narrative empty() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Narrative}. */
  public static final class Builder extends ImmutableNarrative.Builder {
    Builder() {}

    /**
     * Adds a section.
     *
     * @param kind which section
     * @param heading the heading as printed
     * @param text the text under it, empty for an empty heading
     * @return this
     */
    public Builder section(SectionKind kind, String heading, String text) {
      return addSections(NarrativeSection.of(kind, heading, text));
    }

    /**
     * Adds a figure.
     *
     * @param kind what it stands for
     * @param words the words that name it
     * @param value the value as written, e.g. {@code 2143.14万元}
     * @return this
     */
    public Builder figure(FigureKind kind, String words, String value) {
      return addFigures(NarrativeFigure.builder().kind(kind).words(words).value(value).build());
    }

    /**
     * Adds a figure about a named subject (a project, an item).
     *
     * @param kind what it stands for
     * @param subject the project's or item's name
     * @param words the words that name it
     * @param value the value as written
     * @return this
     */
    public Builder figure(FigureKind kind, String subject, String words, String value) {
      return addFigures(NarrativeFigure.builder().kind(kind).subject(subject).words(words)
          .value(value).build());
    }
  }
}
