package io.budgetkit.importer.text;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of pasted text from its bytes, as budget-io's text importer does (its
 * {@code TextEncoding} is package-private there, so the same rules are kept here): a byte order
 * mark (UTF-8, UTF-16LE, UTF-16BE); else NUL bytes at nearly every other position mean UTF-16
 * (Windows Notepad's "Unicode"); else bytes valid as UTF-8 are UTF-8, the rest GB18030, what
 * Chinese Windows writes.
 */
final class PastedTextEncoding {

  static final Charset GB18030 = Charset.forName("GB18030");

  /** The bytes checked for the NUL bytes of UTF-16. */
  private static final int UTF16_SAMPLE = 1 << 16;

  private PastedTextEncoding() {}

  /** The charset and how many bytes of byte order mark to skip. */
  static final class Detected {
    final Charset charset;
    final int skip;

    Detected(Charset charset, int skip) {
      this.charset = charset;
      this.skip = skip;
    }
  }

  static Detected detect(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    Charset utf16 = utf16ByNulBytes(b);
    if (utf16 != null) {
      return new Detected(utf16, 0);
    }
    return new Detected(valid(b, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GB18030, 0);
  }

  /**
   * UTF-16 without a mark: text with ASCII in it (line ends, digits, TABs) has a NUL byte in one
   * of every few pairs on one side and hardly any on the other; UTF-8 and GB18030 text has none.
   */
  private static Charset utf16ByNulBytes(byte[] bytes) {
    int n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i += 2) {
      even += bytes[i] == 0 ? 1 : 0;
      odd += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (pairs < 2) {
      return null;
    }
    int least = Math.max(1, pairs / 64);
    if (odd >= least && even <= odd / 16) {
      return StandardCharsets.UTF_16LE;
    }
    if (even >= least && odd <= even / 16) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean valid(byte[] bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      d.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
