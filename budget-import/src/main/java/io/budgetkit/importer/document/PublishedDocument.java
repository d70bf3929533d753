package io.budgetkit.importer.document;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A published disclosure as read from its file or files, whatever their format: the blocks in
 * reading order, and what the reader noticed on the way (a page without text, a cell it could
 * not place).
 *
 * <p>A document published in several files (a 说明 PDF and a 表格 PDF) is one document: its
 * blocks are those of each file in turn, each block's {@link Origin} naming its file.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedDocument {

  PublishedDocument() {}

  /**
   * Returns the names of the files read, in order.
   *
   * @return at least one file name
   */
  public abstract List<String> files();

  /**
   * Returns the formats of the files read, in the same order.
   *
   * @return e.g. {@code pdf}, {@code xlsx}
   */
  public abstract List<String> formats();

  /**
   * Returns the blocks in reading order.
   *
   * @return the blocks
   */
  public abstract List<Block> blocks();

  /**
   * Returns what the readers noticed that a person should know: the document was read, but not
   * all of it may be as printed.
   *
   * @return the notes, in the order found
   */
  public abstract List<ReadNote> notes();

  @Value.Check
  void check() {
    if (files().isEmpty()) {
      throw new IllegalStateException("A published document is read from at least one file");
    }
    if (files().size() != formats().size()) {
      throw new IllegalStateException("One format a file: " + files() + ", " + formats());
    }
  }

  /**
   * Returns the tables, in reading order.
   *
   * @return the table blocks
   */
  public List<TableBlock> tables() {
    return blocks().stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the headings and paragraphs, in reading order.
   *
   * @return the text blocks
   */
  public List<TextBlock> texts() {
    return blocks().stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns one document made of this one followed by others: the parts of a disclosure
   * published in several files.
   *
   * @param next the documents that follow, in order
   * @return the joined document
   */
  public PublishedDocument followedBy(List<PublishedDocument> next) {
    Builder b = builder().from(this);
    for (PublishedDocument d : next) {
      b.addAllFiles(d.files()).addAllFormats(d.formats()).addAllBlocks(d.blocks())
          .addAllNotes(d.notes());
    }
    return b.build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedDocument}. */
  public static final class Builder extends ImmutablePublishedDocument.Builder {
    Builder() {}
  }
}
