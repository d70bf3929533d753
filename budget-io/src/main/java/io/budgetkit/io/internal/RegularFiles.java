package io.budgetkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;

/**
 * Reads files that a user's folder names, without being led elsewhere: a file is looked at
 * without following a symbolic link, and only a regular file is opened (a named pipe blocks on
 * open, {@code /dev/zero} never ends). Reading counts the bytes it actually reads against a
 * limit and never trusts the size the file system reports, which is 0 for a device or a file
 * under {@code /proc} and may change while the file is read.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RegularFiles {

  /** What a path is, seen without following a link. */
  public enum Kind {
    /** A regular file. */
    REGULAR,
    /** Nothing. */
    MISSING,
    /** A symbolic link, wherever it points. */
    SYMBOLIC_LINK,
    /** A folder. */
    FOLDER,
    /** A named pipe, a socket or a device. */
    OTHER;

    /**
     * Returns how a message names this kind of file: "a symbolic link", "a folder"…
     *
     * @return the description
     */
    public String description() {
      switch (this) {
        case REGULAR:
          return "a regular file";
        case MISSING:
          return "missing";
        case SYMBOLIC_LINK:
          return "a symbolic link";
        case FOLDER:
          return "a folder";
        default:
          return "a named pipe, socket or device, not a regular file";
      }
    }
  }

  private static final OpenOption[] NO_FOLLOW = {StandardOpenOption.READ,
      LinkOption.NOFOLLOW_LINKS};

  private RegularFiles() {}

  /**
   * Returns what a path is, without following a symbolic link.
   *
   * @param path the path
   * @return its kind
   * @throws IOException if its attributes cannot be read (other than because it is missing)
   */
  public static Kind kind(Path path) throws IOException {
    BasicFileAttributes a = attributes(path);
    if (a == null) {
      return Kind.MISSING;
    }
    if (a.isSymbolicLink()) {
      return Kind.SYMBOLIC_LINK;
    }
    if (a.isDirectory()) {
      return Kind.FOLDER;
    }
    return a.isRegularFile() ? Kind.REGULAR : Kind.OTHER;
  }

  /**
   * Returns the size the file system reports for a path, without following a link: a first
   * check only, for a file may grow while it is read.
   *
   * @param path the path
   * @return the size in bytes, or 0 if it is missing
   * @throws IOException if its attributes cannot be read
   */
  public static long reportedSize(Path path) throws IOException {
    BasicFileAttributes a = attributes(path);
    return a == null ? 0 : a.size();
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * Reads a regular file, refusing to follow a symbolic link, up to {@code limit + 1} bytes: a
   * result longer than {@code limit} means that the file is larger than the limit, and the rest
   * of it was not read. Check {@link #kind(Path)} first: opening a named pipe blocks.
   *
   * @param file the file
   * @param limit the most bytes wanted, from 0 to {@code Integer.MAX_VALUE - 9}
   * @return the bytes read, at most {@code limit + 1}
   * @throws IOException if the file cannot be opened or read, or is a symbolic link
   */
  public static byte[] read(Path file, long limit) throws IOException {
    if (limit < 0 || limit > Integer.MAX_VALUE - 9) {
      throw new IllegalArgumentException("limit " + limit);
    }
    try (SeekableByteChannel ch = Files.newByteChannel(file, Set.of(NO_FOLLOW));
        InputStream in = Channels.newInputStream(ch)) {
      return readUpTo(in, limit);
    }
  }

  /**
   * Reads a stream up to {@code limit + 1} bytes, growing the buffer as bytes arrive rather than
   * allocating the limit up front.
   *
   * @param in the stream, not closed
   * @param limit the most bytes wanted
   * @return the bytes read, at most {@code limit + 1}
   * @throws IOException if the stream fails
   */
  public static byte[] readUpTo(InputStream in, long limit) throws IOException {
    int max = (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
    byte[] buf = new byte[Math.min(max, 8192)];
    int n = 0;
    while (n < max) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(8192L, 2L * buf.length)));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }
}
