package io.budgetkit.core.section;

import org.immutables.value.Value;

/**
 * A section of the 情况说明: its heading as printed and the text under it (empty for an empty
 * heading).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NarrativeSection {

  NarrativeSection() {}

  /**
   * Returns which section this is.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SectionKind kind();

  /**
   * Returns the heading as printed.
   *
   * @return e.g. 三、机关运行经费安排情况
   */
  @Value.Parameter
  public abstract String heading();

  /**
   * Returns the text under the heading, paragraphs separated by newlines; empty if none.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Tells whether the heading stands alone, without text.
   *
   * @return true if the text is blank
   */
  public boolean isEmpty() {
    return text().isBlank();
  }

  /**
   * Returns a section.
   *
   * @param kind which section
   * @param heading the heading as printed
   * @param text the text under it
   * @return the section
   */
  public static NarrativeSection of(SectionKind kind, String heading, String text) {
    return ImmutableNarrativeSection.of(kind, heading, text);
  }
}
