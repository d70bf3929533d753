package io.budgetkit.importer;

import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import io.budgetkit.io.internal.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Reads published files — PDF, DOCX, XLSX, XLS, HTML, text — into {@link PublishedDocument}s,
 * picking the reader by the file's content and only then by its extension.
 *
 * <pre>{@code
 * PublishedDocument d = PublishedDocuments.standard().read(Path.of("2025年部门预算.pdf"));
 * d.tables().forEach(t -> System.out.println(t.origin() + ": " + t.rows()));
 * }</pre>
 *
 * <p>The readers are those {@link ServiceLoader} finds for {@link DocumentReader}; a host adds a
 * format by adding a jar that declares its reader. Whatever the bytes, reading gives a document
 * or an {@link ImportException} that says what is wrong, within the {@link ReadLimits}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedDocuments {

  private final List<DocumentReader> readers;
  private final ReadLimits limits;

  private PublishedDocuments(List<DocumentReader> readers, ReadLimits limits) {
    this.readers = List.copyOf(readers);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns the readers found on the class path of BudgetKit (or the module path), with the
   * default limits.
   *
   * @return the facade
   */
  public static PublishedDocuments standard() {
    List<DocumentReader> found = new ArrayList<>();
    ServiceLoader.load(DocumentReader.class, PublishedDocuments.class.getClassLoader())
        .forEach(found::add);
    // a fixed order, whatever order the class path lists the jars in
    found.sort(Comparator.comparing(DocumentReader::format));
    return new PublishedDocuments(found, ReadLimits.defaults());
  }

  /**
   * Returns a facade over the given readers only, with the default limits.
   *
   * @param readers the readers, asked in this order when two recognise a file equally
   * @return the facade
   */
  public static PublishedDocuments of(List<? extends DocumentReader> readers) {
    return new PublishedDocuments(List.copyOf(readers), ReadLimits.defaults());
  }

  /**
   * Returns this facade with other limits.
   *
   * @param limits the limits
   * @return the new facade
   */
  public PublishedDocuments withLimits(ReadLimits limits) {
    return new PublishedDocuments(readers, limits);
  }

  /**
   * Returns the readers, in the order they are asked.
   *
   * @return the readers
   */
  public List<DocumentReader> readers() {
    return readers;
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a file. The path may name a link, but what it names must be a regular file: a folder,
   * a named pipe or a device is refused before it is opened.
   *
   * @param file the file
   * @return the document
   * @throws ImportException if the file cannot be read as a published document, is missing or
   *     is not a regular file, or is larger than the limit
   * @throws UncheckedIOException if reading fails (a disk error, no permission)
   */
  public PublishedDocument read(Path file) {
    return read(load(file));
  }

  /**
   * Reads a disclosure published in several files, e.g. a 说明 PDF and a 表格 PDF, as one
   * document: the blocks of each file in turn.
   *
   * @param parts the files, in reading order
   * @return the document
   * @throws ImportException if a part cannot be read; its message names the part
   * @throws IllegalArgumentException if no part is given
   */
  public PublishedDocument readParts(List<Path> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("No file to read");
    }
    List<PublishedDocument> read = new ArrayList<>();
    for (Path p : parts) {
      read.add(read(p));
    }
    return read.get(0).followedBy(read.subList(1, read.size()));
  }

  /**
   * Reads a file held in memory.
   *
   * @param file the file
   * @return the document
   * @throws ImportException if it cannot be read as a published document or is larger than the
   *     limit
   */
  public PublishedDocument read(SourceFile file) {
    if (file.length() > limits.maxFileBytes()) {
      throw tooLarge(file.name());
    }
    DocumentReader reader = readerFor(file);
    PublishedDocument d;
    try {
      d = reader.read(file, limits);
    } catch (ImportException e) {
      throw e;
    } catch (OutOfMemoryError | StackOverflowError e) {
      throw new ImportException(file.name(), "limit.resources", "the " + reader.format()
          + " reader ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
          + " on this file; it is larger or more deeply nested than BudgetKit can read", null);
    } catch (RuntimeException e) {
      // a reader's contract is ImportException only; a library failure it let through is still
      // the file's problem for the user, and a defect of the reader for us: keep the cause
      throw new ImportException(file.name(), "reader.failed", "cannot be read as "
          + reader.format() + ": the file is damaged or not what its content says ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return d;
  }

  /**
   * Returns the reader that reads a file: the first that recognises its content, else the first
   * that recognises its extension.
   *
   * @param file the file
   * @return the reader
   * @throws ImportException if no reader recognises it
   */
  public DocumentReader readerFor(SourceFile file) {
    DocumentReader byExtension = null;
    for (DocumentReader r : readers) {
      DocumentReader.Match m = r.recognizes(file);
      if (m == DocumentReader.Match.CONTENT) {
        return r;
      }
      if (m == DocumentReader.Match.EXTENSION && byExtension == null) {
        byExtension = r;
      }
    }
    if (byExtension != null) {
      return byExtension;
    }
    throw new ImportException(file.name(), "format.unknown", "not a format BudgetKit reads"
        + " (it reads " + readers.stream().map(DocumentReader::format)
        .collect(Collectors.joining(", ")) + "); neither its content nor its name says one",
        null);
  }

  private SourceFile load(Path file) {
    String name = String.valueOf(file.getFileName());
    if (!Files.isRegularFile(file)) {
      String what = Files.isDirectory(file) ? "a folder"
          : Files.exists(file) ? "a named pipe, socket or device" : null;
      if (what == null) {
        throw new ImportException(file.toString(), "file.missing", "no such file", null);
      }
      throw new ImportException(file.toString(), "file.not-regular", "is " + what
          + ", not a regular file", null);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = RegularFiles.readUpTo(in, limits.maxFileBytes());
    } catch (NoSuchFileException e) {
      throw new ImportException(file.toString(), "file.missing", "no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw tooLarge(file.toString());
    }
    return SourceFile.of(name, bytes);
  }

  private ImportException tooLarge(String file) {
    return new ImportException(file, "limit.file-size", "larger than "
        + limits.maxFileBytes() + " bytes (ReadLimits.maxFileBytes)", null);
  }
}
