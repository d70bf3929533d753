package io.budgetkit.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The clues to a text file's encoding that every reader of Chinese text files uses: a byte order
 * mark (UTF-8, UTF-16LE, UTF-16BE); the NUL bytes at every other position of UTF-16 without one
 * (Windows Notepad's "Unicode"); and whether bytes decode strictly in a charset (UTF-8, or
 * GB18030, the superset of GBK that Chinese Windows writes). How a reader weighs them, and what
 * it says when none fits, is its own.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TextCharsets {

  /** GB18030, the superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The bytes checked for the NUL bytes of UTF-16: enough to see the pattern. */
  private static final int UTF16_SAMPLE = 1 << 16;

  private TextCharsets() {}

  /**
   * Returns the charset a byte order mark at the start of the bytes says.
   *
   * @param bytes the bytes
   * @return UTF-8 ({@code EF BB BF}), UTF-16LE ({@code FF FE}) or UTF-16BE ({@code FE FF}), or
   *     {@code null} without a mark
   */
  public static Charset byOrderMark(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Returns the length of the byte order mark at the start of the bytes.
   *
   * @param bytes the bytes
   * @return 3 for UTF-8, 2 for UTF-16, 0 without a mark
   */
  public static int orderMarkLength(byte[] bytes) {
    Charset cs = byOrderMark(bytes);
    return cs == null ? 0 : cs == StandardCharsets.UTF_8 ? 3 : 2;
  }

  /**
   * Tells UTF-16 without a byte order mark: text with ASCII in it (TABs, digits, line ends) has
   * NUL bytes at every other position, which UTF-8 and GB18030 text never has. One pair in 64
   * (and at least {@code minNulBytes}) with a NUL on one side and hardly any on the other is the
   * pattern; random bytes have as many NUL bytes on both sides.
   *
   * @param bytes the bytes, of which the first 64 KiB are looked at
   * @param minNulBytes the fewest NUL bytes that make the pattern: a short text has few
   * @return UTF-16LE or UTF-16BE, or {@code null} if the bytes do not show the pattern
   */
  public static Charset utf16ByNulBytes(byte[] bytes, int minNulBytes) {
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
    int least = Math.max(minNulBytes, pairs / 64);
    if (odd >= least && even <= odd / 16) {
      return StandardCharsets.UTF_16LE;
    }
    if (even >= least && odd <= even / 16) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Decodes strictly, into a small buffer that is reused, and finds the first bytes that are not
   * in the charset.
   *
   * @param bytes the bytes
   * @param cs the charset
   * @return -1 if all the bytes are in the charset, else the offset of the first that is not in
   *     the low 32 bits and the length of the malformed sequence in the high bits
   */
  public static long firstError(byte[] bytes, Charset cs) {
    return firstError(bytes, 0, cs);
  }

  /**
   * Finds the first bytes not in the charset from an offset on, e.g. past a byte order mark.
   *
   * @param bytes the bytes
   * @param from the offset to start at
   * @param cs the charset
   * @return -1 if all the bytes from {@code from} on are in the charset, else the offset (from
   *     the start of {@code bytes}) of the first that is not in the low 32 bits and the length of
   *     the malformed sequence in the high bits
   */
  public static long firstError(byte[] bytes, int from, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return ((long) r.length() << 32) | in.position();
      }
      if (r.isUnderflow()) {
        break;
      }
      out.clear(); // overflow: the characters are not kept
    }
    while (true) {
      CoderResult r = decoder.flush(out);
      if (r.isError()) {
        return ((long) r.length() << 32) | in.position();
      }
      if (r.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
