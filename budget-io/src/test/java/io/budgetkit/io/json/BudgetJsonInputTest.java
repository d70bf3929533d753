package io.budgetkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.budgetkit.io.BudgetFormatException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defect 6 for BudgetKit JSON: a device or a pipe is refused before it is read, and
 * the length limit holds on the bytes actually read, whatever size is reported.
 */
class BudgetJsonInputTest {

  @Test
  void bytesJacksonTakesForUtf32ButThatAreNoCharacterAreRefusedNotAnIoFailure() {
    // Found by JsonFuzzTest: "i" and three NULs make Jackson read UTF-32; a quad that is no
    // code point escaped as UncheckedIOException(CharConversionException). Bytes that are UTF-8
    // are now read as text, so the quad here, 0x7FFFFFFF, is also bytes that are no UTF-8 and
    // reach the byte parser as the fuzzer's input did.
    byte[] bytes = new byte[59];
    bytes[0] = 'i';
    byte[] tail = "ncome@[]".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, bytes, 51, tail.length);
    bytes[4] = (byte) 0xFF;
    bytes[5] = (byte) 0xFF;
    bytes[6] = (byte) 0xFF;
    bytes[7] = (byte) 0x7F;

    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read(new java.io.ByteArrayInputStream(bytes)));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not JSON text in UTF-8");
  }

  @Test
  void utf8BytesWithANulNearTheStartAreRefusedAsTheirTextIsNotReadAsUtf16() {
    // JsonFuzzTest in CI found UTF-8 bytes that read(InputStream) refused and read(String) read
    // (its input was not kept). Bytes went to Jackson's byte parser, which guesses the encoding
    // from the first bytes: a NUL there makes it read valid UTF-8 as UTF-16 or UTF-32, and the
    // refusal quotes a character the file does not hold ('昢'). JSON exchanged between systems is
    // UTF-8 (RFC 8259 §8.1): bytes that are UTF-8 are now read as that text, through the same
    // path as read(String), so that the two readings cannot disagree.
    String text = "{\u0000\"format\": \"budgetkit/1\"}";
    BudgetFormatException fromBytes = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read(new java.io.ByteArrayInputStream(
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    BudgetFormatException fromText = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read(text));

    assertThat(fromBytes).hasMessage("line 1:3 at /: malformed JSON: Illegal character"
        + " ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between"
        + " tokens");
    assertThat(fromText).hasMessage(fromBytes.getMessage());
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedAndUtf16WithItsMarkIsStillRead() {
    String json = "{\"format\": \"budgetkit/2\"}";
    byte[] utf8 = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    byte[] utf16 = json.getBytes(java.nio.charset.StandardCharsets.UTF_16);   // FE FF first

    for (byte[] bytes : java.util.List.of(withBom, utf16)) {
      BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
          () -> BudgetJson.defaults().read(new java.io.ByteArrayInputStream(bytes)));
      // read as text: the refusal is about the format's version, not the bytes
      assertThat(e.getMessage()).contains("budgetkit/2");
    }
  }

  @Test
  void aDeviceIsRefusedBeforeAnyOfItIsRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    // /dev/zero reports size 0 and never ends
    BudgetFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowableOfType(BudgetFormatException.class,
            () -> BudgetJson.defaults().read(zero)));
    assertThat(e).hasMessage("/dev/zero: Not a regular file (a folder, a named pipe or a"
        + " device); expected a BudgetKit JSON file");
  }

  @Test
  void aStreamThatNeverEndsIsCutAtTheLimitOnTheBytesRead() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    BudgetJson small = BudgetJson.builder().maxDocumentLength(1 << 16).build();
    BudgetFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> catchThrowableOfType(BudgetFormatException.class, () -> small.read(endless)));
    assertThat(e).hasMessage("input limit exceeded: the document is longer than 65536 bytes"
        + " (BudgetJson.Builder.maxDocumentLength)");
  }

  @Test
  void jacksonsAdviceToEnableOneOfItsFeaturesIsNotPassedOn() {
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read("{\"format\": \"budgetkit/1\", \"year\": +1}"));
    assertThat(e).hasMessage("line 1:36 at /year: malformed JSON: Unexpected character ('+'"
        + " (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs");
    e = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read("{\"format\": \"budgetkit/1\",\u001e \"year\": 1}"));
    assertThat(e).hasMessage("line 1:27 at /format: malformed JSON: Illegal character"
        + " ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) is allowed between"
        + " tokens");
  }
}
