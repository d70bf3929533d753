package io.budgetkit.importer.html;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.spi.SourceFile;
import io.budgetkit.io.internal.TextCharsets;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a web page by its first bytes and decodes it: a byte order mark says the encoding; else
 * the charset the page declares in its first {@value #SNIFF_BYTES} bytes ({@code <meta
 * charset>}, {@code http-equiv Content-Type} or an XML declaration), GB2312 and GBK read as
 * their superset GB18030; else bytes that are valid UTF-8 are UTF-8 and the rest GB18030, which
 * is what Chinese government sites serve without saying so.
 *
 * <p>A declaration the bytes contradict is a common fault of pages converted to UTF-8 that kept
 * their old {@code gb2312} meta (or the reverse), and it is noted: a page declared GB2312 or GBK
 * whose bytes are valid UTF-8 (which GBK text with any Chinese in it hardly ever is) is read as
 * UTF-8; a page declared UTF-8 whose bytes are not UTF-8 but are GB18030 is read as GB18030.
 */
final class HtmlDecoding {

  /** GB18030, the superset of GB2312 and GBK. */
  static final Charset GB18030 = TextCharsets.GB18030;

  /** How far the signature and the declared charset are looked for. */
  static final int SNIFF_BYTES = 4096;

  /** How far binary bytes are looked for. */
  private static final int BINARY_SAMPLE = 1 << 16;

  /** Names a page declares that all mean GB2312 or one of its supersets. */
  private static final Set<String> GB_NAMES = Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80",
      "gb18030", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "csgb2312", "chinese",
      "iso-ir-58", "csiso58gb231280");

  /**
   * Whitespace, comments and an XML declaration, then a tag only HTML starts with. Each
   * alternative starts with a different character, so the pattern does not backtrack.
   */
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|table|meta)"
          + "(?:[\\s/>]|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** {@code charset=NAME} in a meta tag, as both the HTML5 and the http-equiv form say it. */
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlDecoding() {}

  /** A page's text and the charset it was read in. */
  static final class Decoded {
    final String text;
    final Charset charset;

    Decoded(String text, Charset charset) {
      this.text = text;
      this.charset = charset;
    }
  }

  /** Whether the first bytes are those of a web page. */
  static boolean looksLikeHtml(byte[] bytes) {
    return SIGNATURE.matcher(sniff(bytes)).lookingAt();
  }

  /** The first bytes as text: UTF-16 by its mark, else Latin-1, which keeps ASCII markup. */
  private static String sniff(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    Charset bom = TextCharsets.byOrderMark(bytes);
    if (bom != null) {
      int skip = TextCharsets.orderMarkLength(bytes);
      return new String(bytes, skip, n - skip, bom == StandardCharsets.UTF_8
          ? StandardCharsets.ISO_8859_1 : bom);
    }
    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
  }

  /**
   * Decodes a page.
   *
   * @param notes where a contradicted declaration or undecodable bytes are noted
   * @throws ImportException if the bytes are binary, no text in any charset
   */
  static Decoded decode(SourceFile file, List<ReadNote> notes) {
    byte[] bytes = file.bytes();
    Origin whole = Origin.of(file.name());
    Charset bom = TextCharsets.byOrderMark(bytes);
    Charset cs;
    int skip = 0;
    if (bom != null) {
      cs = bom;
      skip = TextCharsets.orderMarkLength(bytes);
    } else {
      rejectBinary(file);
      cs = declared(file, notes);
      if (cs == null) {
        cs = firstError(bytes, 0, StandardCharsets.UTF_8) < 0 ? StandardCharsets.UTF_8 : GB18030;
      } else if (cs.equals(StandardCharsets.UTF_8) || cs.equals(GB18030)) {
        Charset other = cs.equals(GB18030) ? StandardCharsets.UTF_8 : GB18030;
        // Chinese in UTF-8 is mostly valid GB18030 too, GBK text hardly ever valid UTF-8: bytes
        // valid as UTF-8 are UTF-8, whatever a stale meta says
        boolean contradicted = cs.equals(GB18030)
            ? !isAscii(bytes) && firstError(bytes, 0, other) < 0
            : firstError(bytes, 0, cs) >= 0 && firstError(bytes, 0, other) < 0;
        if (contradicted) {
          notes.add(ReadNote.of("html.charset-mismatch", "the page declares the charset "
              + cs.name() + " but its bytes are not " + cs.name() + "; it is read as "
              + other.name() + ", which they are", whole,
              Map.of("declared", cs.name(), "read", other.name())));
          cs = other;
        }
      }
    }
    long error = firstError(bytes, skip, cs);
    if (error >= 0) {
      notes.add(ReadNote.of("html.encoding", "the bytes at byte offset " + error
          + " are not " + cs.name() + ", in which the page is read; they are shown as U+FFFD",
          whole, Map.of("offset", Long.toString(error), "charset", cs.name())));
    }
    return new Decoded(new String(bytes, skip, bytes.length - skip, cs), cs);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** The charset the page declares, GB2312 and GBK as GB18030, or null if none is usable. */
  private static Charset declared(SourceFile file, List<ReadNote> notes) {
    String head = sniff(file.bytes());
    Matcher m = META_CHARSET.matcher(head);
    String name = m.find() ? m.group(1) : null;
    if (name == null) {
      Matcher x = XML_ENCODING.matcher(head);
      name = x.find() ? x.group(1) : null;
    }
    if (name == null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (GB_NAMES.contains(lower)) {
      return GB18030;
    }
    if (lower.startsWith("utf-16") || lower.startsWith("utf16")) {
      // bytes the ASCII prescan could read are no UTF-16: browsers read such a page as UTF-8
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      notes.add(ReadNote.of("html.charset-unknown", "the page declares the charset " + name
          + ", which Java does not know; the charset is told from the bytes instead",
          Origin.of(file.name()), Map.of("declared", name)));
      return null;
    }
  }

  /**
   * Refuses bytes that are no text: a NUL byte, which no page in an ASCII-compatible charset
   * has, or a file whose first bytes are mostly control bytes.
   */
  private static void rejectBinary(SourceFile file) {
    byte[] bytes = file.bytes();
    int n = Math.min(bytes.length, BINARY_SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw notText(file, "the byte 00 at byte offset " + i);
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
        controls++;
      }
    }
    if (controls * 10 > n) {
      throw notText(file, controls + " control bytes in the first " + n);
    }
  }

  private static ImportException notText(SourceFile file, String why) {
    return new ImportException(file.name(), "html.not-text", "is not a web page: it holds"
        + " binary data, not text (" + why + "); it may be a file of another kind with a ."
        + file.extension() + " name", null);
  }

  /** The offset of the first bytes not in the charset from {@code from} on, or -1. */
  static long firstError(byte[] bytes, int from, Charset cs) {
    long error = TextCharsets.firstError(bytes, from, cs);
    return error < 0 ? -1 : (int) error;
  }
}
