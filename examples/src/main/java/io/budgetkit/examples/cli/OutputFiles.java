package io.budgetkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command writes, held in full before anything on disk is touched: the files by path.
 * Writing never destroys what was there unless it succeeds: each file is written to a temporary
 * file in its own folder and then moved over the old one, so that a failure (a full disk, a
 * file size limit, a budget the writer refuses) leaves the old output as it was.
 *
 * <p>It also refuses to overwrite an input: {@code convert --to json a.json -o a.json}, also
 * through links, or a CSV folder written over itself.
 */
final class OutputFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<Path, byte[]> files;

  private OutputFiles(Map<Path, byte[]> files) {
    this.files = files;
  }

  /**
   * Returns one file.
   *
   * @param file the path
   * @param bytes its content
   * @return the output
   */
  static OutputFiles file(Path file, byte[] bytes) {
    Map<Path, byte[]> m = new LinkedHashMap<>();
    m.put(file, bytes);
    return new OutputFiles(m);
  }

  /**
   * Returns files in a folder.
   *
   * @param folder the folder, created when missing
   * @param byName the files by name, in order
   * @return the output
   */
  static OutputFiles folder(Path folder, Map<String, byte[]> byName) {
    Map<Path, byte[]> m = new LinkedHashMap<>();
    byName.forEach((name, bytes) -> m.put(folder.resolve(name), bytes));
    return new OutputFiles(m);
  }

  /**
   * Returns the first file written that is one of the inputs or part of one (a file of an
   * input folder), or {@code null}.
   *
   * @param inputs the inputs read
   * @return the clash, or {@code null}
   * @throws UncheckedIOException if the file system cannot answer
   */
  Path clashWith(List<Path> inputs) {
    List<Path> parts = new ArrayList<>();
    for (Path input : inputs) {
      parts.add(input);
      if (Files.isDirectory(input)) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(input)) {
          entries.forEach(parts::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    for (Path target : files.keySet()) {
      if (!Files.exists(target)) {
        continue;
      }
      for (Path part : parts) {
        try {
          if (Files.exists(part) && Files.isSameFile(target, part)) {
            return target;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return null;
  }

  /**
   * Writes every file: first each to a temporary file beside it, then, when all are written,
   * each moved over the old one.
   *
   * @throws IOException if a file cannot be written; when it fails while writing (a full disk, a
   *     file size limit), no old file has been touched; no temporary file is left
   */
  void write() throws IOException {
    Map<Path, Path> written = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        Path target = f.getKey().toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException(f.getKey() + " is a folder; it is not replaced by a file");
        }
        // not createTempFile: its files are private (0600); the output gets the usual permissions
        Path tmp = folder.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        Files.createFile(tmp);
        written.put(target, tmp);
        Files.write(tmp, f.getValue());
      }
      for (Map.Entry<Path, Path> w : written.entrySet()) {
        try {
          Files.move(w.getValue(), w.getKey(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(w.getValue(), w.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path tmp : written.values()) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
