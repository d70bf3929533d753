package io.budgetkit.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes files so that a failure leaves the previous output as it was: every file is written to
 * a temporary file beside it, forced to disk, and only then moved over the old one (an atomic
 * rename where the file system has one). A writer produces all its bytes before it calls this
 * class, so a budget that the writer refuses never touches the disk.
 *
 * <p>A temporary is named {@code .<name>.<random>.tmp} in the target's folder and is deleted
 * when anything fails. A replaced file keeps its POSIX permissions; a new one gets the
 * permissions a plain {@code Files.write} would give it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Replaces a file, or creates it, with the given bytes; on failure the old file is untouched.
   *
   * @param file the file
   * @param bytes its new content
   * @throws IOException if the file cannot be written; the old file is then unchanged
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Map<String, byte[]> one = new LinkedHashMap<>();
    Path folder = folderOf(file);
    one.put(file.getFileName().toString(), bytes);
    writeAll(folder, one);
  }

  /**
   * Writes files into a folder, creating the folder if needed; other files in it are left alone.
   * Every file is first written to a temporary in the folder; only when all of them are written
   * are they moved into place, each atomically where the file system allows. If writing any
   * temporary fails, no file is replaced.
   *
   * @param folder the folder
   * @param files the files' names (plain names, no folders) and contents, in order
   * @throws IOException if a file cannot be written or a name is taken by a folder
   */
  public static void writeAll(Path folder, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(folder);
    for (String name : files.keySet()) {
      Path target = folder.resolve(name);
      // refuse before anything is written: a move onto a folder would fail half-way through
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(target.toString(), null,
            "is a folder; cannot replace it with a file");
      }
    }
    List<Path> temporaries = new ArrayList<>();
    boolean done = false;
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        temporaries.add(temporary(folder.resolve(f.getKey()), f.getValue()));
      }
      int i = 0;
      for (String name : files.keySet()) {
        move(temporaries.get(i), folder.resolve(name));
        temporaries.set(i, null);
        i++;
      }
      done = true;
    } finally {
      if (!done) {
        for (Path t : temporaries) {
          if (t != null) {
            try {
              Files.deleteIfExists(t);
            } catch (IOException | RuntimeException e) {
              // the first failure is the one to report; a temporary left over is only clutter
            }
          }
        }
      }
    }
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || file.getFileName() == null) {
      throw new IllegalArgumentException("Not a file: " + file);
    }
    return parent;
  }

  private static Path temporary(Path target, byte[] bytes) throws IOException {
    Path folder = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path t = folder.resolve("." + target.getFileName() + "."
          + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      FileChannel ch;
      try {
        ch = FileChannel.open(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 10) {
          continue;
        }
        throw e;
      }
      boolean written = false;
      try (ch; OutputStream out = Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
        keepPermissions(target, t);
        written = true;
      } finally {
        if (!written) {
          Files.deleteIfExists(t);
        }
      }
      return t;
    }
  }

  /** Gives a temporary the POSIX permissions of the file it replaces, if there is one. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView old =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (old == null || !Files.isRegularFile(target)) {
      return;
    }
    Set<PosixFilePermission> permissions = old.readAttributes().permissions();
    Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
        .setPermissions(permissions);
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
