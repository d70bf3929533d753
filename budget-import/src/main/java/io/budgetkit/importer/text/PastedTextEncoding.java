package io.budgetkit.importer.text;

import io.budgetkit.io.internal.TextCharsets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of pasted text from its bytes with the clues budget-io's text importer
 * uses ({@link TextCharsets}): a byte order mark (UTF-8, UTF-16LE, UTF-16BE); else NUL bytes at
 * nearly every other position mean UTF-16 (Windows Notepad's "Unicode"); else bytes valid as
 * UTF-8 are UTF-8, the rest GB18030, what Chinese Windows writes.
 */
final class PastedTextEncoding {

  static final Charset GB18030 = TextCharsets.GB18030;

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
    Charset marked = TextCharsets.byOrderMark(b);
    if (marked != null) {
      return new Detected(marked, TextCharsets.orderMarkLength(b));
    }
    // pasted text is short: one NUL byte in the pattern is enough
    Charset utf16 = TextCharsets.utf16ByNulBytes(b, 1);
    if (utf16 != null) {
      return new Detected(utf16, 0);
    }
    return new Detected(TextCharsets.firstError(b, StandardCharsets.UTF_8) < 0
        ? StandardCharsets.UTF_8 : GB18030, 0);
  }
}
