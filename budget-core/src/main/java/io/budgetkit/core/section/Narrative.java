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
