package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.PublishedDocuments;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.internal.RegularFiles;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the kinds of input apart and reads each: BudgetKit JSON ({@code .json}), a CSV folder
 * (a directory with {@code manifest.json}), a CSV zip ({@code .zip}), and a published disclosure:
 * a file the import pipeline recognises by its content (PDF, DOCX, XLSX, XLS, HTML) or its text
 * ({@code .txt}), in one file or {@linkplain #read(List) several}, read by a {@link
 * DisclosureReader}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputFormats {

  private final DisclosureReader disclosureText;

  private InputFormats(DisclosureReader disclosureText) {
    this.disclosureText = Objects.requireNonNull(disclosureText, "disclosureText");
  }

  /**
   * Returns the formats the {@code budgetkit} command reads.
   *
   * @return the standard formats
   */
  public static InputFormats standard() {
    return new InputFormats(DisclosureReader.IMPORTER);
  }

  /**
   * Returns these formats with another reader of disclosure text.
   *
   * @param reader the reader of {@code .txt} inputs
   * @return the formats
   */
  public InputFormats withDisclosureReader(DisclosureReader reader) {
    return new InputFormats(reader);
  }

  /**
   * Reads one document given as several files ({@code --parts}): a disclosure published in
   * parts, e.g. Jiangsu's 说明 PDF and 表格 PDF. Each part must be a regular file of a format the
   * import pipeline reads (PDF, DOCX, XLSX, XLS, HTML or text); the parts are joined in the order
   * given and read as one disclosure by the {@link DisclosureReader}. One part is read as {@link
   * #read(Path)} reads it.
   *
   * @param parts the files, in reading order
   * @return the budget with its import problems
   * @throws UnreadableInputException if a part is missing, not a regular file, of a kind that is
   *     not a published document (BudgetKit JSON or CSV, which hold a whole budget), or if the
   *     parts cannot be read as a disclosure
   * @throws IllegalArgumentException if no part is given
   */
  public ValueWithProblems<DepartmentBudget> read(List<Path> parts) {
    return readWithSources(parts).value();
  }

  /**
   * Reads one document given as one file or several, as {@link #read(List)} does, with where
   * each table, row and cell of a published disclosure was printed in its files (empty for
   * BudgetKit JSON and CSV, which have no printed page).
   *
   * @param parts the files, in reading order
   * @return the budget with its import problems and its cells' places
   * @throws UnreadableInputException as {@link #read(List)} does
   * @throws IllegalArgumentException if no part is given
   */
  public ImportedBudget readWithSources(List<Path> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no file given");
    }
    if (parts.size() == 1) {
      return readWithSources(parts.get(0));
    }
    for (Path part : parts) {
      BasicFileAttributes attributes = attributes(part);
      if (!attributes.isRegularFile()) {
        throw new UnreadableInputException(part + ": --parts joins the files of one published"
            + " disclosure; a folder is not one of them");
      }
      String name = String.valueOf(part.getFileName()).toLowerCase(Locale.ROOT);
      if (!name.endsWith(".txt") && publishedFormat(part) == null) {
        throw new UnreadableInputException(part + ": --parts joins the files of one published"
            + " disclosure (PDF, DOCX, XLSX, XLS, HTML or text); this file is none of them");
      }
    }
    String label = Inputs.label(parts);
    try {
      return disclosureText.readWithSources(parts);
    } catch (OutOfMemoryError e) {
      throw new UnreadableInputException(label + ": too large to read in the memory of this run"
          + " (at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; java -Xmx sets it)");
    } catch (StackOverflowError e) {
      throw new UnreadableInputException(label + ": nested too deeply to be read");
    }
  }

  /**
   * Reads an input. Only what a person would name as a budget is opened: a regular file or a
   * folder (a link to one is followed: the user named it); a FIFO, a device or a socket is
   * refused before it is opened, as reading it would block or never end.
   *
   * @param input the file or folder
   * @return the budget with its import problems (none for JSON and CSV)
   * @throws UnreadableInputException if the input is missing, of an unknown kind, not a budget,
   *     beyond a reader's limits or too large for the memory of this run
   */
  public ValueWithProblems<DepartmentBudget> read(Path input) {
    return readWithSources(input).value();
  }

  private ImportedBudget readWithSources(Path input) {
    try {
      return readChecked(input);
    } catch (OutOfMemoryError e) {
      // The readers' limits keep a budget far below any sensible heap; a small -Xmx can still
      // be too small. The memory is free again once the reader has unwound to here.
      throw new UnreadableInputException(input + ": too large to read in the memory of this run"
          + " (at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; java -Xmx sets it)");
    } catch (StackOverflowError e) {
      throw new UnreadableInputException(input + ": nested too deeply to be read");
    }
  }

  /** The attributes of a file or folder the user named; anything else is refused unopened. */
  private static BasicFileAttributes attributes(Path input) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(input, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(input + ": no such file or folder");
    } catch (IOException e) {
      throw new UnreadableInputException(input + ": cannot be read: " + IoErrors.describe(e));
    }
    if (!attributes.isRegularFile() && !attributes.isDirectory()) {
      throw new UnreadableInputException(input + ": not a regular file (a FIFO, a device or a"
          + " socket); BudgetKit reads budgets from files and folders");
    }
    return attributes;
  }

  private ImportedBudget readChecked(Path input) {
    BasicFileAttributes attributes = attributes(input);
    String name = String.valueOf(input.getFileName()).toLowerCase(Locale.ROOT);
    try {
      if (attributes.isDirectory()) {
        if (!Files.exists(input.resolve(BudgetCsv.MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
          throw new UnreadableInputException(input + ": a folder without " + BudgetCsv.MANIFEST
              + " is not a BudgetKit CSV folder");
        }
        return ImportedBudget.of(ValueWithProblems.of(BudgetCsv.standard().readFolder(input)));
      }
      if (name.endsWith(".json")) {
        return ImportedBudget.of(ValueWithProblems.of(BudgetJson.defaults().read(input)));
      }
      if (name.endsWith(".zip")) {
        try (InputStream in = Files.newInputStream(input)) {
          return ImportedBudget.of(ValueWithProblems.of(BudgetCsv.standard().readZip(in)));
        }
      }
      if (name.endsWith(".txt") || publishedFormat(input) != null) {
        // the user's main case: the file a department published, or its extracted text
        return disclosureText.readWithSources(List.of(input));
      }
    } catch (BudgetFormatException e) {
      String m = e.getMessage();
      throw new UnreadableInputException(m.startsWith(input.toString()) ? m : input + ": " + m);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      throw new UnreadableInputException(input + ": cannot be read: " + IoErrors.describe(cause));
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      // The model refuses what it cannot represent; for an input that is a read failure too.
      throw new UnreadableInputException(input + ": " + e.getMessage());
    }
    throw new UnreadableInputException(input + ": unknown kind of input; expected BudgetKit JSON"
        + " (.json), a CSV folder (with " + BudgetCsv.MANIFEST + "), a CSV zip (.zip), a"
        + " published disclosure (PDF, DOCX, XLSX, XLS, HTML) or its text (.txt)");
  }

  /**
   * The format of a published file (PDF, DOCX, XLSX, XLS, HTML) that the import pipeline
   * recognises by its content, or {@code null}: a file it cannot read, or one over its size
   * limit, is left to the usual message.
   */
  private static String publishedFormat(Path input) {
    ReadLimits limits = ReadLimits.defaults();
    try (InputStream in = Files.newInputStream(input)) {
      byte[] bytes = RegularFiles.readUpTo(in, limits.maxFileBytes());
      if (bytes.length > limits.maxFileBytes()) {
        return null;
      }
      SourceFile file = SourceFile.of(String.valueOf(input.getFileName()), bytes);
      for (DocumentReader r : PublishedDocuments.standard().readers()) {
        if (r.recognizes(file) == DocumentReader.Match.CONTENT) {
          return r.format().toUpperCase(Locale.ROOT);
        }
      }
      return null;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }
}
