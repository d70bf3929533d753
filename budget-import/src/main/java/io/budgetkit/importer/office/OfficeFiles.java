package io.budgetkit.importer.office;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What the Office readers share: recognising the two containers (a zip of Office Open XML, an
 * OLE2 compound file) from their bytes, POI's zip bomb limits, and turning POI's failures into
 * {@link ImportException}s a person understands.
 *
 * <p>This class is stateless and thread-safe.
 */
final class OfficeFiles {

  /** The largest part of an Office Open XML file inflated, in bytes: 256 MiB. */
  static final long MAX_ENTRY_BYTES = 256L << 20;

  /**
   * The least ratio of compressed to inflated size of a part: POI's default, 1 to 100. Real
   * sheets compress about 1 to 13 (the Shanghai templates), text parts 1 to 10.
   */
  static final double MIN_INFLATE_RATIO = 0.01;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
      (byte) 0xB1, 0x1A, (byte) 0xE1};

  private OfficeFiles() {}

  /**
   * Says whether a file is a zip archive holding an entry: a look at the archive's directory,
   * never inflating anything.
   */
  static boolean zipHolds(SourceFile file, String entry) {
    return file.startsWith(ZIP) && ZipDirectory.names(file.bytes()).contains(entry);
  }

  /** Says whether a file is a zip archive, whatever it holds. */
  static boolean isZip(SourceFile file) {
    return file.startsWith(ZIP);
  }

  /** Says whether a file is an OLE2 compound file (XLS, DOC, or an encrypted XLSX/DOCX). */
  static boolean isOle2(SourceFile file) {
    return file.startsWith(OLE2);
  }

  /**
   * Returns the top-level entry names of an OLE2 compound file, or nothing if it cannot be
   * opened: reading the directory is cheap next to the file, which is in memory already.
   */
  static Set<String> ole2Entries(SourceFile file) {
    if (!isOle2(file)) {
      return Set.of();
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file.bytes()))) {
      DirectoryNode root = fs.getRoot();
      return Set.copyOf(root.getEntryNames());
    } catch (IOException | RuntimeException e) {
      return Set.of();
    }
  }

  /**
   * Refuses, before opening, a file that cannot be an Office Open XML package: an encrypted
   * one (an OLE2 file holding an {@code EncryptedPackage}), another OLE2 file, or anything that
   * is no zip.
   */
  static void requireZip(SourceFile file, String kind) {
    if (isOle2(file)) {
      if (ole2Entries(file).contains("EncryptedPackage")) {
        throw encrypted(file, kind, null);
      }
      throw new ImportException(file.name(), "office.corrupt", "is an OLE2 file (an Office"
          + " 97-2003 format), not " + kind, null);
    }
    if (!isZip(file)) {
      throw corrupt(file, kind, null);
    }
  }

  /**
   * Makes POI's zip bomb limits at least as strict as ours before a package is opened. The
   * limits are static in POI, so a host that set stricter ones keeps them; looser ones are
   * tightened for every POI user of the JVM, which only refuses files no genuine document is.
   */
  static synchronized void guardZip() {
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }
  }

  /**
   * Turns what POI threw while reading a file into the problem a person is told of: a zip bomb,
   * a password, or a corrupt file.
   */
  static ImportException failure(SourceFile file, String kind, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ImportException) {
        return (ImportException) t;
      }
      if (t instanceof EncryptedDocumentException) {
        return encrypted(file, kind, e);
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb detected")) {
        return new ImportException(file.name(), "office.zip-bomb", "a part of the archive"
            + (message.contains("ratio") ? " expands more than " + Math.round(1 / MIN_INFLATE_RATIO)
            + " times its compressed size" : " expands beyond " + (MAX_ENTRY_BYTES >> 20)
            + " MiB") + " (a zip bomb): refused without inflating it", e);
      }
      if (t == t.getCause()) {
        break;
      }
    }
    return corrupt(file, kind, e);
  }

  /**
   * Maps commons-compress reaching for an optional codec that is not on the class path — a zip
   * entry compressed with Zstandard or XZ, which no Office application writes — to the file's
   * problem; any other linkage error is BudgetKit's and is thrown as it is.
   *
   * @param file the file
   * @param kind what it was read as
   * @param e the error
   * @return the problem to throw
   * @throws NoClassDefFoundError {@code e}, when it is not a missing codec
   */
  static ImportException missingCodec(SourceFile file, String kind, NoClassDefFoundError e) {
    String missing = String.valueOf(e.getMessage());
    if (!missing.startsWith("com/github/luben/zstd/") && !missing.startsWith("org/tukaani/xz/")
        && !missing.startsWith("org/brotli/")) {
      throw e;
    }
    return new ImportException(file.name(), "office.corrupt", "is not " + kind + " as Office"
        + " writes it: a part is compressed with a method (Zstandard, XZ or Brotli) that Office"
        + " never uses and BudgetKit does not read", e);
  }

  /** The problem of a file that is damaged, truncated or not of its kind at all. */
  static ImportException corrupt(SourceFile file, String kind, Throwable cause) {
    return new ImportException(file.name(), "office.corrupt", "is corrupt or truncated: it"
        + " cannot be read as " + kind, cause);
  }

  /** The problem of a worksheet whose cells cannot be read: bad addresses or values. */
  static ImportException corruptSheet(String file, SheetGrid grid, int row, int column) {
    return new ImportException(file, "office.corrupt", "is corrupt: sheet '" + grid.sheet()
        + "' has a cell that cannot be read, at or after " + grid.origin(row, column).cell()
        .orElse("A1"), null);
  }

  /** The problem of a file that needs a password. */
  static ImportException encrypted(SourceFile file, String kind, Throwable cause) {
    return new ImportException(file.name(), "office.encrypted", "is protected by a password: "
        + kind + " that is encrypted cannot be read; open it, remove the password and save it"
        + " again", cause);
  }

  /** Decodes an OOXML name such as a sheet name (names in the directory are UTF-8). */
  static String utf8(byte[] bytes, int from, int length) {
    return new String(bytes, from, length, StandardCharsets.UTF_8);
  }
}
