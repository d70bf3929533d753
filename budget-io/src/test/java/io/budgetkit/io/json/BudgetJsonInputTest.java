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
    // Found by JsonFuzzTest: "i" and three NULs make Jackson read UTF-32; 0x04030000 at byte 7
    // is no code point, which escaped as UncheckedIOException(CharConversionException).
    byte[] bytes = new byte[59];
    bytes[0] = 'i';
    byte[] tail = "ncome@[]".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, bytes, 51, tail.length);
    bytes[4] = 0;

    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read(new java.io.ByteArrayInputStream(bytes)));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not JSON text in UTF-8");
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
