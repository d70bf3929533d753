package io.budgetkit.importer.document;

import org.immutables.value.Value;

/**
 * A heading or a paragraph of a published document: its text with the lines of the page joined
 * (a line break inside a paragraph is the layout's, not the author's).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TextBlock extends Block {

  TextBlock() {}

  /** What a text block is, as far as the format says it. */
  public enum Kind {
    /** A title or heading: styled as one (DOCX, HTML) or standing alone in larger type (PDF). */
    HEADING,
    /** Running text. */
    PARAGRAPH
  }

  /**
   * Returns whether this is a heading or a paragraph.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the text.
   *
   * @return the text, not blank
   */
  public abstract String text();

  @Value.Check
  void check() {
    if (text().isBlank()) {
      throw new IllegalStateException("A text block has text; at " + origin());
    }
  }

  /**
   * Returns a paragraph.
   *
   * @param text the text
   * @param origin where it starts
   * @return the block
   */
  public static TextBlock paragraph(String text, Origin origin) {
    return builder().kind(Kind.PARAGRAPH).text(text).origin(origin).build();
  }

  /**
   * Returns a heading.
   *
   * @param text the text
   * @param origin where it is
   * @return the block
   */
  public static TextBlock heading(String text, Origin origin) {
    return builder().kind(Kind.HEADING).text(text).origin(origin).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextBlock}. */
  public static final class Builder extends ImmutableTextBlock.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return kind() + " " + origin() + ": " + text();
  }
}
