package io.budgetkit.examples.cli;

import java.nio.file.Path;

/**
 * Reads the text of a published disclosure (部门预算公开, as extracted from its DOCX or PDF) into a
 * budget with its import diagnostics. This is where the text importer plugs into the command
 * line: {@link InputFormats#standard()} passes one to {@link InputFormats}.
 */
@FunctionalInterface
public interface DisclosureReader {

  /**
   * The reader used until the text importer exists: every input is unreadable.
   */
  DisclosureReader NOT_YET = file -> {
    throw new UnreadableInputException(file + ": published disclosure text cannot be read yet"
        + " (the text importer is not part of this build); give BudgetKit JSON, a CSV folder"
        + " or a zip instead");
  };

  /**
   * Reads a disclosure. Problems within the document are diagnostics of the result, not
   * exceptions.
   *
   * @param file the text file
   * @return the budget and its diagnostics
   * @throws UnreadableInputException if the file cannot be read as a disclosure at all
   */
  ReadResult read(Path file);
}
