package io.budgetkit.examples.cli;

import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the kinds of input apart and reads each: BudgetKit JSON ({@code .json}), a CSV folder
 * (a directory with {@code manifest.json}), a CSV zip ({@code .zip}) and published disclosure
 * text ({@code .txt}, read by a {@link DisclosureReader}).
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
   * Reads an input.
   *
   * @param input the file or folder
   * @return the budget with its import diagnostics
   * @throws UnreadableInputException if the input is missing, of an unknown kind or not a budget
   */
  public ReadResult read(Path input) {
    if (!Files.exists(input)) {
      throw new UnreadableInputException(input + ": no such file or folder");
    }
    String name = String.valueOf(input.getFileName()).toLowerCase(Locale.ROOT);
    try {
      if (Files.isDirectory(input)) {
        if (!Files.isRegularFile(input.resolve(BudgetCsv.MANIFEST))) {
          throw new UnreadableInputException(input + ": a folder without " + BudgetCsv.MANIFEST
              + " is not a BudgetKit CSV folder");
        }
        return ReadResult.of(BudgetCsv.standard().readFolder(input));
      }
      if (name.endsWith(".json")) {
        return ReadResult.of(BudgetJson.defaults().read(input));
      }
      if (name.endsWith(".zip")) {
        try (InputStream in = Files.newInputStream(input)) {
          return ReadResult.of(BudgetCsv.standard().readZip(in));
        }
      }
      if (name.endsWith(".txt")) {
        return disclosureText.read(input);
      }
    } catch (BudgetFormatException e) {
      String m = e.getMessage();
      throw new UnreadableInputException(m.startsWith(input.toString()) ? m : input + ": " + m);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      throw new UnreadableInputException(input + ": cannot be read: " + cause);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The model refuses what it cannot represent; for an input that is a read failure too.
      throw new UnreadableInputException(input + ": " + e.getMessage());
    }
    throw new UnreadableInputException(input + ": unknown kind of input; expected BudgetKit JSON"
        + " (.json), a CSV folder (with " + BudgetCsv.MANIFEST + "), a CSV zip (.zip) or"
        + " disclosure text (.txt)");
  }
}
