package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes reading a web page through the import pipeline, {@code
 * PublishedDocuments.standard().read(SourceFile)} of a file named {@code fuzz.html}, with the
 * {@link ImportContract}. The reader is picked by content, so a mutation that makes the bytes
 * another format reaches that format's reader: every reader is exercised from every seed.
 *
 * <p>Seeds: {@code HtmlFuzzTestInputs/htmlReadsOrIsRefused/}.
 */
class HtmlFuzzTest {

  @FuzzTest
  void htmlReadsOrIsRefused(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> ImportContract.holds("fuzz.html", input));
  }
}
