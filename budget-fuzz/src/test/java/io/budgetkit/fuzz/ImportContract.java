package io.budgetkit.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.PublishedDocuments;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.export.DocumentExport;
import io.budgetkit.importer.spi.SourceFile;
import java.io.IOException;

/**
 * The contract every reader of published files keeps, whatever the bytes: the file is read or
 * refused with an {@link ImportException} whose message speaks to the user ({@link
 * ReaderContract#refusedCleanly}); a refusal is never a library failure that a reader let
 * through (the facade's key {@code reader.failed}); what is read names its file in every origin
 * and writes out as CSV grids and as JSON that parses.
 */
final class ImportContract {

  private static final PublishedDocuments READERS = PublishedDocuments.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportContract() {}

  /**
   * Reads the fuzzer's bytes as a file of the given name and checks the contract.
   *
   * @param name the file name, whose extension a reader may go by when the content says nothing
   * @param input the bytes
   */
  static void holds(String name, byte[] input) {
    PublishedDocument d;
    try {
      d = READERS.read(SourceFile.of(name, input));
    } catch (ImportException e) {
      if ("reader.failed".equals(e.key())) {
        throw new AssertionError("A reader let a library failure through (" + e.getMessage()
            + "): " + e.getCause(), e.getCause());
      }
      ReaderContract.refusedCleanly(e, Inputs.latin1(input));
      return;
    }
    for (Block b : d.blocks()) {
      if (!b.origin().file().equals(name)) {
        throw new AssertionError("A block says it comes from " + b.origin() + ", not " + name);
      }
      if (b instanceof TableBlock) {
        for (Cell c : ((TableBlock) b).cells()) {
          if (c.origin().isPresent() && !c.origin().get().file().equals(name)) {
            throw new AssertionError("A cell says it comes from " + c.origin().get());
          }
        }
      }
    }
    DocumentExport.csvFiles(d);
    try {
      JSON.readTree(DocumentExport.json(d));
    } catch (IOException e) {
      throw new AssertionError("The JSON written for a document does not parse: " + e, e);
    }
  }
}
