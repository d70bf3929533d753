package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.core.problem.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the bytes of a text file are decoded (issue 10, defects 7 and 11): a byte order mark is no
 * text, GB18030 and UTF-16 are told from UTF-8, and bytes that are none of them are reported as
 * an encoding problem, where they are, not as "not a published disclosure".
 */
class DisclosureTextEncodingTest {

  private static final Fixture SAMPLE = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  /** Writes bytes to the same path each time, so that messages naming the source agree. */
  private ImportResult readBytes(byte[] bytes) throws IOException {
    Path file = dir.resolve(SAMPLE.fileName());
    Files.write(file, bytes);
    return DisclosureText.read(file);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private ImportResult plain() throws IOException {
    return readBytes(SAMPLE.text().getBytes(StandardCharsets.UTF_8));
  }

  private static void assertSameImport(ImportResult actual, ImportResult expected) {
    assertThat(actual.budget()).isEqualTo(expected.budget());
    assertThat(actual.diagnostics()).containsExactlyElementsOf(expected.diagnostics());
    assertThat(actual.cellsRead()).isEqualTo(expected.cellsRead());
  }

  @Test
  void theSampleWithAUtf8ByteOrderMarkImportsAsWithout() throws IOException {
    // Notepad writes EF BB BF; it made the first title unknown and 收支总表 missing (BK-COMP-001)
    ImportResult expected = plain();
    assertThat(expected.budget().tables()).hasSize(9);
    ImportResult bom = readBytes(concat(UTF8_BOM, SAMPLE.text().getBytes(StandardCharsets.UTF_8)));
    assertSameImport(bom, expected);
    assertThat(bom.charset()).contains(StandardCharsets.UTF_8);
  }

  @Test
  void aLeadingByteOrderMarkInAStringOrReaderIsSkipped() throws IOException {
    ImportResult expected = DisclosureText.read(SAMPLE.text(), "sample");
    assertSameImport(DisclosureText.read("\uFEFF" + SAMPLE.text(), "sample"), expected);
    assertSameImport(DisclosureText.read(new StringReader("\uFEFF" + SAMPLE.text()), "sample"),
        expected);
    assertThat(expected.charset()).isEmpty();
  }

  @Test
  void onlyOneByteOrderMarkIsSkipped() {
    // a second one is text: the first title is then not a title, as with any stray character
    ImportResult r = DisclosureText.read("\uFEFF\uFEFF" + SAMPLE.text(), "sample");
    assertThat(r.budget().tables()).hasSize(8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB18030", "UTF-16LE", "UTF-16BE", "UTF-16"})
  void theSampleInAnotherEncodingImportsAsInUtf8(String name) throws IOException {
    // "UTF-16" writes big-endian with a byte order mark FE FF; LE and BE write none
    Charset charset = Charset.forName(name);
    ImportResult expected = plain();
    ImportResult r = readBytes(SAMPLE.text().getBytes(charset));
    assertSameImport(r, expected);
    assertThat(r.charset().map(Charset::name)).contains(name.equals("UTF-16") ? "UTF-16BE" : name);
  }

  @Test
  void theSampleInUtf16LittleEndianWithAByteOrderMarkImportsAsInUtf8() throws IOException {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    ImportResult r = readBytes(concat(bom, SAMPLE.text().getBytes(StandardCharsets.UTF_16LE)));
    assertSameImport(r, plain());
    assertThat(r.charset()).contains(StandardCharsets.UTF_16LE);
  }

  @Test
  void randomBytesAreReportedAsAnEncodingProblemWithTheBytesAndTheirPlace() throws IOException {
    byte[] bytes = new byte[1 << 16];
    new Random(11).nextBytes(bytes);
    ImportResult r = readBytes(bytes);
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("text.encoding"))
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.line()).isPositive();
          assertThat(d.message()).containsPattern("bytes? [0-9A-F]{2}( [0-9A-F]{2})*")
              .contains("UTF-8").contains("GB18030").contains("byte offset");
        });
  }

  @Test
  void oneBadByteInAUtf8FileIsReportedAtItsLineAndTheTablesAreRead() throws IOException {
    // L1432 is the narrative heading 一、部门职责及机构设置情况: a stray 0xFF in front of it
    String text = SAMPLE.text();
    int at = text.indexOf("一、部门职责及机构设置情况");
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    ImportResult r = readBytes(concat(concat(head, new byte[] {(byte) 0xFF}), tail));
    assertThat(r.budget().tables()).isEqualTo(plain().budget().tables());
    assertThat(r.charset()).contains(StandardCharsets.UTF_8);
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("text.encoding"))
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.line()).isEqualTo(1432);
          assertThat(d.message()).contains("FF").contains("UTF-8");
        });
  }

  @Test
  void aGb18030FileWithABadByteIsReadAsGb18030() throws IOException {
    // GB18030 reads further than UTF-8 into these bytes: the file is taken for GB18030
    byte[] gb = SAMPLE.text().getBytes(Charset.forName("GB18030"));
    byte[] broken = concat(gb, new byte[] {(byte) 0x81, '\n'});
    ImportResult r = readBytes(broken);
    assertThat(r.charset().map(Charset::name)).contains("GB18030");
    assertThat(r.budget().tables()).isEqualTo(plain().budget().tables());
    assertThat(r.diagnostics()).extracting(ImportDiagnostic::code).contains("text.encoding");
  }
}
