package io.budgetkit.examples.cli;

import io.budgetkit.io.internal.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * each moved over the old one (budget-io's {@code AtomicFiles}).
   *
   * @throws IOException if a file cannot be written; when it fails while writing (a full disk, a
   *     file size limit), no old file has been touched; no temporary file is left
   */
  void write() throws IOException {
    Map<Path, Map<String, byte[]>> byFolder = new LinkedHashMap<>();
    files.forEach((path, bytes) -> byFolder.computeIfAbsent(
        path.toAbsolutePath().getParent(), f -> new LinkedHashMap<>())
        .put(path.getFileName().toString(), bytes));
    for (Map.Entry<Path, Map<String, byte[]>> f : byFolder.entrySet()) {
      AtomicFiles.writeAll(f.getKey(), f.getValue());
    }
  }

  /**
   * Writes every file as {@link #write()} does, unless one would overwrite an input, and says
   * on standard error why not when it does not: the clash, or the reason the file system gives.
   *
   * @param output the file or folder named on the command line, for messages
   * @param inputs the inputs read, which the output must not overwrite
   * @param err standard error
   * @return whether everything was written
   */
  boolean writeOrSayWhyNot(Path output, List<Path> inputs, PrintWriter err) {
    try {
      Path clash = clashWith(inputs);
      if (clash != null) {
        err.println("budgetkit: " + output + ": refusing to overwrite the input " + clash
            + "; write to another file or folder");
        return false;
      }
      write();
      return true;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println("budgetkit: " + output + ": cannot be written: " + IoErrors.describe(cause)
          + "; nothing was changed there");
      return false;
    }
  }
}
