package io.budgetkit.importer.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A file handed to a {@link DocumentReader}: its name (for messages and {@link
 * io.budgetkit.importer.document.Origin origins}) and its bytes, read whole and within the
 * {@link io.budgetkit.importer.ReadLimits#maxFileBytes() size limit} before any reader sees it.
 *
 * <p>This class is immutable and thread-safe; it does not copy the bytes, which no one may
 * change.
 */
public final class SourceFile {

  private final String name;
  private final byte[] bytes;

  private SourceFile(String name, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  /**
   * Returns a source file.
   *
   * @param name the file name, e.g. {@code 2025年部门预算.pdf}
   * @param bytes its content, which the caller no longer changes
   * @return the source file
   */
  public static SourceFile of(String name, byte[] bytes) {
    return new SourceFile(name, bytes);
  }

  /**
   * Returns the file name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the file's extension in lower case, without the dot.
   *
   * @return e.g. {@code pdf}, or the empty string
   */
  public String extension() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Returns the content. Readers must not change it.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * Returns the length in bytes.
   *
   * @return the length
   */
  public int length() {
    return bytes.length;
  }

  /**
   * Says whether the content starts with some bytes: a format's signature.
   *
   * @param signature the bytes, e.g. {@code %PDF-}
   * @return whether it does
   */
  public boolean startsWith(byte[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name + " (" + bytes.length + " bytes)";
  }
}
