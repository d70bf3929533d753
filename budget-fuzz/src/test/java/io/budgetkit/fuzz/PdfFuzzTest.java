package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes reading a PDF through the import pipeline, {@code
 * PublishedDocuments.standard().read(SourceFile)} of a file named {@code fuzz.pdf}, with the
 * {@link ImportContract}. The reader is picked by content, so a mutation that makes the bytes
 * another format reaches that format's reader: every reader is exercised from every seed.
 *
 * <p>Seeds: {@code PdfFuzzTestInputs/pdfReadsOrIsRefused/}.
 */
class PdfFuzzTest {

  @FuzzTest
  void pdfReadsOrIsRefused(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> ImportContract.holds("fuzz.pdf", input));
  }
}
