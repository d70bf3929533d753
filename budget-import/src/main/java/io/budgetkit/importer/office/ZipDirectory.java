package io.budgetkit.importer.office;

import java.util.HashSet;
import java.util.Set;

/**
 * Lists the entry names of a zip archive held in memory without inflating any entry, so that a
 * reader recognises an Office Open XML file cheaply and a zip bomb costs nothing to look at.
 *
 * <p>It reads the central directory at the end of the archive; a truncated archive has none,
 * and then the local headers are walked from the start for as long as their sizes are known.
 * At most {@value #MAX_NAMES} names are read.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ZipDirectory {

  /** The most entry names read: far more than any Office file has. */
  static final int MAX_NAMES = 10_000;

  private static final int END_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int LOCAL_SIGNATURE = 0x04034b50;

  private ZipDirectory() {}

  /** Returns the entry names found, possibly none. */
  static Set<String> names(byte[] zip) {
    Set<String> names = fromCentralDirectory(zip);
    return names.isEmpty() ? fromLocalHeaders(zip) : names;
  }

  private static Set<String> fromCentralDirectory(byte[] zip) {
    Set<String> names = new HashSet<>();
    // the end record is 22 bytes plus a comment of at most 65,535
    int end = -1;
    for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65_535; i--) {
      if (int32(zip, i) == END_SIGNATURE) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    long at = uint32(zip, end + 16);
    int count = uint16(zip, end + 10);
    for (int n = 0; n < count && n < MAX_NAMES; n++) {
      if (at < 0 || at + 46 > zip.length || int32(zip, (int) at) != CENTRAL_SIGNATURE) {
        break;
      }
      int p = (int) at;
      int nameLength = uint16(zip, p + 28);
      int extra = uint16(zip, p + 30);
      int comment = uint16(zip, p + 32);
      if (p + 46L + nameLength > zip.length) {
        break;
      }
      names.add(OfficeFiles.utf8(zip, p + 46, nameLength));
      at = p + 46L + nameLength + extra + comment;
    }
    return names;
  }

  private static Set<String> fromLocalHeaders(byte[] zip) {
    Set<String> names = new HashSet<>();
    long at = 0;
    while (names.size() < MAX_NAMES && at + 30 <= zip.length
        && int32(zip, (int) at) == LOCAL_SIGNATURE) {
      int p = (int) at;
      int flags = uint16(zip, p + 6);
      long compressed = uint32(zip, p + 18);
      int nameLength = uint16(zip, p + 26);
      int extra = uint16(zip, p + 28);
      if (p + 30L + nameLength > zip.length) {
        break;
      }
      names.add(OfficeFiles.utf8(zip, p + 30, nameLength));
      if ((flags & 8) != 0) {
        // the size follows the data: the next header cannot be found without inflating
        break;
      }
      at = p + 30L + nameLength + extra + compressed;
    }
    return names;
  }

  private static int uint16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static int int32(byte[] b, int i) {
    return uint16(b, i) | uint16(b, i + 2) << 16;
  }

  private static long uint32(byte[] b, int i) {
    return int32(b, i) & 0xffffffffL;
  }
}
