package io.budgetkit.io.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks on text that UTF-8 cannot carry. An unpaired surrogate ({@code "\ud800"} in a JSON
 * escape, or a Java string cut in the middle of a pair) has no UTF-8 encoding: an encoder
 * replaces it by {@code ?} or fails, so a lossless format must refuse it where it enters.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Unicode {

  private Unicode() {}

  /**
   * Returns the index of the first unpaired surrogate in a text.
   *
   * @param text the text
   * @return the index, or -1 if every surrogate is paired
   */
  public static int unpairedSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the code point notation of a character, e.g. {@code U+D800}.
   *
   * @param c the character
   * @return the notation
   */
  public static String notation(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  /**
   * Returns why a text cannot be written as UTF-8, or {@code null} if it can: "holds an unpaired
   * surrogate U+D800 at character 3".
   *
   * @param text the text
   * @return the reason, or {@code null}
   */
  public static String whyNotUtf8(CharSequence text) {
    int at = unpairedSurrogate(text);
    if (at < 0) {
      return null;
    }
    return "holds an unpaired surrogate " + notation(text.charAt(at)) + " at character "
        + (at + 1) + ", which UTF-8 cannot encode";
  }

  /**
   * Decodes bytes that are strictly UTF-8, after a leading UTF-8 byte order mark if there is one.
   *
   * @param bytes the bytes
   * @return the text without the byte order mark, or {@code null} if the bytes are not UTF-8
   */
  public static String decodeUtf8(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
