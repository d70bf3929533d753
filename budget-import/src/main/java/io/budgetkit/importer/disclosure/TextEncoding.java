package io.budgetkit.importer.disclosure;

import io.budgetkit.io.internal.TextCharsets;
import io.budgetkit.core.problem.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of a text file from its bytes: a byte order mark (UTF-8, UTF-16LE,
 * UTF-16BE) says it; without one, NUL bytes at every other position mean UTF-16, bytes that are
 * valid UTF-8 mean UTF-8, and bytes that are valid GB18030 mean GB18030 (what Chinese Windows
 * writes). Bytes that fit none are read in the encoding that reads furthest into them, with
 * U+FFFD for what it cannot read, and an error diagnostic says which bytes, where.
 *
 * <p>The byte order mark is left in the bytes: decoded, it is the one U+FEFF that the line
 * reader skips at the start of any text.
 */
final class TextEncoding {

  /** GB18030, the superset of GBK. */
  static final Charset GB18030 = TextCharsets.GB18030;

  /** What the bytes were found to be. */
  static final class Detected {
    final Charset charset;
    /** An error diagnostic when some bytes are not in {@link #charset}, else {@code null}. */
    final ImportDiagnostic problem;

    Detected(Charset charset, ImportDiagnostic problem) {
      this.charset = charset;
      this.problem = problem;
    }
  }

  private TextEncoding() {}

  /** Detects the encoding of the bytes. */
  static Detected detect(byte[] bytes) {
    Charset marked = TextCharsets.byOrderMark(bytes);
    if (marked != null) {
      return checked(bytes, marked, "which the byte order mark "
          + hex(bytes, ((long) TextCharsets.orderMarkLength(bytes) << 32)) + " says");
    }
    Charset utf16 = TextCharsets.utf16ByNulBytes(bytes, 4);
    if (utf16 != null) {
      return checked(bytes, utf16, "which the NUL bytes at every other position say");
    }
    long utf8 = firstError(bytes, StandardCharsets.UTF_8);
    if (utf8 < 0) {
      return new Detected(StandardCharsets.UTF_8, null);
    }
    long gb = firstError(bytes, GB18030);
    if (gb < 0) {
      return new Detected(GB18030, null);
    }
    // Neither: read in the one that reads furthest, so that a GB18030 file with one bad byte is
    // read as GB18030, and a UTF-8 file with one as UTF-8.
    boolean gbFurther = offset(gb) > offset(utf8);
    Charset cs = gbFurther ? GB18030 : StandardCharsets.UTF_8;
    long error = gbFurther ? gb : utf8;
    return new Detected(cs, problem(bytes, cs, error, "neither UTF-8 nor GB18030"));
  }

  /** Reads as a charset the bytes say they are in, reporting bytes that are not. */
  private static Detected checked(byte[] bytes, Charset cs, String why) {
    long error = firstError(bytes, cs);
    if (error < 0) {
      return new Detected(cs, null);
    }
    return new Detected(cs, problem(bytes, cs, error, "not " + cs.name() + ", " + why));
  }

  /** The diagnostic: "the byte(s) … at byte offset … (is|are) {what}: …". */
  private static ImportDiagnostic problem(byte[] bytes, Charset cs, long error, String what) {
    int at = offset(error);
    String hex = hex(bytes, error);
    boolean one = hex.length() == 2;
    return ImportDiagnostic.of("text.encoding", Severity.ERROR, lineAt(bytes, cs, at), "",
        (one ? "the byte " : "the bytes ") + hex + " at byte offset " + at
            + (one ? " is " : " are ") + what + ": the file is read as " + cs.name()
            + ", with U+FFFD (�) for what cannot be read; save it as UTF-8");
  }

  /** The first bytes not in the charset ({@link TextCharsets#firstError}). */
  static long firstError(byte[] bytes, Charset cs) {
    return TextCharsets.firstError(bytes, cs);
  }

  private static int offset(long error) {
    return (int) error;
  }

  /** The malformed bytes, in hexadecimal, at most 8 of them. */
  private static String hex(byte[] bytes, long error) {
    int at = offset(error);
    int length = Math.max(1, Math.min(8, (int) (error >>> 32)));
    StringBuilder s = new StringBuilder();
    for (int i = at; i < Math.min(bytes.length, at + length); i++) {
      s.append(s.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
    }
    return s.toString();
  }

  /** The 1-based line of a byte: the line ends decoded before it, as the line reader splits. */
  private static int lineAt(byte[] bytes, Charset cs, int offset) {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, offset);
    CharBuffer out = CharBuffer.allocate(8192);
    int line = 1;
    boolean cr = false;
    boolean more = true;
    while (more) {
      CoderResult r = decoder.decode(in, out, true);
      more = r.isOverflow();
      if (!more) {
        decoder.flush(out);
      }
      out.flip();
      while (out.hasRemaining()) {
        char c = out.get();
        if (c == '\n') {
          line += cr ? 0 : 1;
        } else if (c == '\r') {
          line++;
        }
        cr = c == '\r';
      }
      out.clear();
    }
    return line;
  }

}
