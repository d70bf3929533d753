package io.budgetkit.io.csv;

import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.internal.Excerpts;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the files of a budget zip as a stream, checking every limit while entries are inflated:
 * bytes are counted as they come out of the inflater, so a zip bomb is stopped a few kilobytes
 * past the limit it breaks, whatever its headers claim. Only {@code manifest.json} and the files
 * it lists are held; any other entry is refused, at once if the manifest came before it.
 */
final class ZipInput {

  private static final String MANIFEST = Manifest.FILE;

  /** The files read, and the manifest that lists them. */
  record Result(Listing listing, Map<String, byte[]> files) {}

  private final BudgetCsv.Limits limits;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private Listing listing;
  private long inflated;
  private long compressed;

  private ZipInput(BudgetCsv.Limits limits) {
    this.limits = limits;
  }

  /**
   * Reads a zip.
   *
   * @param in the stream, left open
   * @throws BudgetFormatException if it is not a zip, is malformed or beyond the limits, holds an
   *     entry the manifest does not list, or has no manifest
   * @throws UncheckedIOException if the stream fails
   */
  static Result read(InputStream in, BudgetCsv.Limits limits) {
    return new ZipInput(limits).readAll(in);
  }

  private Result readAll(InputStream raw) {
    BufferedInputStream in = new BufferedInputStream(raw);
    try {
      checkSignature(in);
      Zip zip = new Zip(in);
      ZipEntry e;
      while ((e = zip.next()) != null) {
        entry(zip, e);
      }
    } catch (ZipException | EOFException e) {
      throw new BudgetFormatException("Malformed zip: " + e.getMessage(), null, null, 0, 0, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (listing == null) {
      throw noManifest();
    }
    return new Result(listing, files);
  }

  /**
   * Says what the input is when it is not a zip of files: empty, a zip without entries, or no
   * zip at all (the stream reader would just find no entries and report a missing manifest).
   */
  private static void checkSignature(BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    if (head.length == 0) {
      throw new BudgetFormatException("Empty file, not a zip: expected a zip of " + MANIFEST
          + " and the CSV files it lists", null, null, 0, 0, null);
    }
    if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 5 && head[3] == 6) {
      throw new BudgetFormatException("The zip is empty: it holds no files; expected "
          + MANIFEST + " and the CSV files it lists", null, null, 0, 0, null);
    }
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      StringBuilder hex = new StringBuilder();
      for (byte b : head) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X",
            b & 0xFF));
      }
      throw new BudgetFormatException("Not a zip file: it starts with the bytes " + hex
          + ", a zip with PK (50 4B 03 04)", null, null, 0, 0, null);
    }
  }

  private void entry(Zip zip, ZipEntry e) throws IOException {
    String name = e.getName();
    names.add(name);
    if (names.size() > limits.maxZipEntries()) {
      throw new BudgetFormatException("The zip has more than " + limits.maxZipEntries()
          + " entries (limit maxZipEntries); a budget has at most 19 files", name, null, 0, 0,
          null);
    }
    if (!seen.add(name)) {
      throw new BudgetFormatException("Two zip entries named " + Excerpts.quote(name), name,
          null, 0, 0, null);
    }
    if (listing != null) {
      requireListed(name);
    }
    if (e.isDirectory()) {
      return;
    }
    files.put(name, inflate(zip, e, name));
    if (name.equals(MANIFEST)) {
      listing = Listing.of(files.get(MANIFEST), limits.maxFileBytes());
      for (String before : names) {
        requireListed(before);
      }
    }
  }

  private void requireListed(String name) {
    if (!name.equals(MANIFEST) && !listing.files().contains(name)) {
      throw new BudgetFormatException("Zip entry " + Excerpts.quote(name) + " is not listed in "
          + MANIFEST + "; a " + BudgetCsv.FORMAT + " zip holds only " + MANIFEST
          + " and the files it lists, at its top level", name, null, 0, 0, null);
    }
  }

  /** Inflates an entry, checking every limit after each chunk. */
  private byte[] inflate(Zip zip, ZipEntry e, String name) throws IOException {
    boolean stored = e.getMethod() == ZipEntry.STORED;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    long size = 0;
    long packed = 0;
    int n;
    while ((n = zip.read(chunk)) > 0) {
      size += n;
      packed = stored ? size : zip.compressedBytes();
      if (size > limits.maxFileBytes()) {
        throw limit(name, "Zip entry inflates to more than " + limits.maxFileBytes()
            + " bytes (limit maxFileBytes)");
      }
      if (inflated + size > limits.maxTotalBytes()) {
        throw limit(name, "The zip's files inflate to more than " + limits.maxTotalBytes()
            + " bytes in all with this entry (limit maxTotalBytes)");
      }
      long ratio = limits.maxCompressionRatio();
      if (size > BudgetCsv.RATIO_GRACE_BYTES && size > ratio * Math.max(1, packed)) {
        throw limit(name, "Zip entry inflates to more than " + ratio + " times its compressed"
            + " size (limit maxCompressionRatio): refused as a zip bomb");
      }
      long all = inflated + size;
      if (all > BudgetCsv.RATIO_GRACE_BYTES && all > ratio * Math.max(1, compressed + packed)) {
        throw limit(name, "The zip's files inflate to more than " + ratio + " times their"
            + " compressed size in all with this entry (limit maxCompressionRatio): refused as a"
            + " zip bomb");
      }
      out.write(chunk, 0, n);
    }
    inflated += size;
    compressed += packed;
    return out.toByteArray();
  }

  private static BudgetFormatException limit(String name, String problem) {
    return new BudgetFormatException(problem, name, null, 0, 0, null);
  }

  private BudgetFormatException noManifest() {
    if (names.isEmpty()) {
      return new BudgetFormatException("The zip is empty: it holds no files; expected "
          + MANIFEST + " and the CSV files it lists", null, null, 0, 0, null);
    }
    for (String name : names) {
      if (name.endsWith("/" + MANIFEST)) {
        String folder = name.substring(0, name.length() - MANIFEST.length());
        return new BudgetFormatException("The files are inside the folder "
            + Excerpts.quote(folder) + " of the zip; " + MANIFEST + " and the CSV files must be"
            + " at its top level: zip the files, not the folder that holds them", null, null, 0,
            0, null);
      }
    }
    return new BudgetFormatException("Missing " + MANIFEST + ": a " + BudgetCsv.FORMAT
        + " zip holds " + MANIFEST + " and the CSV files it lists; this one holds "
        + names.stream().limit(5).map(Excerpts::quote).collect(Collectors.joining(", "))
        + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : ""), MANIFEST, null, 0,
        0, null);
  }

  /**
   * A zip stream that tells how many compressed bytes the current entry has consumed, and turns
   * the runtime exceptions of the JDK's zip reader (a malformed entry name, a bad header) into
   * {@link ZipException}s.
   */
  private static final class Zip extends ZipInputStream {
    Zip(InputStream in) {
      super(in, StandardCharsets.UTF_8);
    }

    ZipEntry next() throws IOException {
      try {
        return getNextEntry();
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw malformed(e, e instanceof IllegalArgumentException);
      } catch (ZipException e) {
        // JDK 17 throws IllegalArgumentException for a name that is not UTF-8, newer JDKs
        // (Temurin 25) this ZipException: one message on every JDK
        if (String.valueOf(e.getMessage()).contains("bad entry name")) {
          throw malformed(e, true);
        }
        throw e;
      }
    }

    @Override
    public int read(byte[] b) throws IOException {
      try {
        return super.read(b, 0, b.length);
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw malformed(e, e instanceof IllegalArgumentException);
      }
    }

    /** The compressed bytes the inflater has consumed of the current entry. */
    long compressedBytes() {
      return inf.getBytesRead();
    }

    private static ZipException malformed(Exception e, boolean badName) {
      ZipException z = new ZipException("an entry's header cannot be read"
          + (badName ? " (a name that is not UTF-8?)" : ""));
      z.initCause(e);
      return z;
    }
  }
}
