package io.budgetkit.io.csv;

import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.Manifest.AssetsInfo;
import io.budgetkit.io.csv.Manifest.Content;
import io.budgetkit.io.csv.Manifest.Department;
import io.budgetkit.io.csv.Manifest.Entry;
import io.budgetkit.io.csv.Manifest.ProcurementInfo;
import io.budgetkit.io.internal.AtomicFiles;
import io.budgetkit.io.internal.Excerpts;
import io.budgetkit.io.internal.RegularFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes a whole {@link DepartmentBudget} as a folder (or a zip) of CSV files, format
 * {@value #FORMAT}: each of the nine tables in its published layout, the other sections as
 * further CSV files, and a {@code manifest.json}. The round trip is lossless: model → CSV →
 * model gives an equal model, and CSV written by this class → model → CSV gives the same bytes.
 *
 * <h2>Files</h2>
 * <ul>
 *   <li>{@code manifest.json}: {@code format}, {@code department} (code, name), {@code year},
 *       {@code kind} ({@code department} or {@code unit}), {@code profile} ({@code common}, or
 *       {@code common-yuan-2} for a profile printed in another unit), {@code files} in order
 *       (each table with its id, printed title and note), {@code organisationTitle}, {@code
 *       procurement} (layout, title, notes) and {@code fixedAssets} (title, asOf).
 *   <li>{@code 01-summary.csv} … {@code 09-three-public.csv}: a table each, as printed: a header
 *       of {@code 序号} and every column's printed name with its 栏次 ({@code
 *       序号,科目编码(1),科目名称(2),合计(3),…}), one line per printed row, an empty cell where
 *       the document prints a blank and {@code 0} where it prints 0. Amounts are in the unit of
 *       the profile (万元 for {@code common}) with at least its decimals. A reader finds each
 *       column by its 栏次: columns may come in any order, all-blank amount columns may be left
 *       out.
 *   <li>{@code narrative-sections.csv} (section, heading, text; the preamble is section {@code
 *       PREAMBLE}), {@code narrative-figures.csv}, {@code organisation.csv}, {@code
 *       projects.csv}, {@code project-plans.csv}, {@code project-goals.csv}, {@code
 *       project-indicators.csv} (rows refer to {@code projects.csv} by its {@code project}
 *       number), {@code procurement.csv} and {@code assets.csv}; a file is written only when the
 *       budget has that part.
 * </ul>
 *
 * <h2>Cells</h2>
 * <p>Every file is RFC 4180 CSV, UTF-8 without byte order mark (or with one, for Excel: {@link
 * #withExcelBom(boolean)}), "\n" line ends, fields quoted only when they must be. A text cell that
 * a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return first) is written with a leading apostrophe, as is a text that itself begins
 * with an apostrophe; reading strips exactly one leading apostrophe from a text cell and refuses
 * an unguarded formula. An optional text that is present but empty is a lone apostrophe (an empty
 * cell means absent). Amounts and codes are never guarded: {@code -1.00} stays a number.
 *
 * <h2>Reading</h2>
 * <p>A file that starts with a UTF-8 byte order mark is UTF-8; otherwise the charset given to
 * {@link #withCharset(Charset)}, or by default UTF-8 if the bytes are valid UTF-8 and GB18030
 * (the superset of GBK that Chinese Excel writes) if not. CRLF or LF, quoted fields. Every problem
 * is a {@link BudgetFormatException} with the file, line and column; a message quotes a file's
 * content only as a short, escaped excerpt of the offending cell.
 *
 * <p>{@code manifest.json} is read as strictly as BudgetKit JSON (no duplicate key, no {@code
 * "2025"} for a number, no unknown field, no null) and checked in full before any CSV file is
 * read: every file it lists has a plain name, is listed once, and (in a folder) is a regular
 * file within the limits.
 *
 * <h2>Limits</h2>
 * <p>Every reader counts the bytes it actually reads (never a size the file system or a zip
 * header reports) against limits set with {@link #withMaxFileBytes}, {@link
 * #withMaxTotalBytes}, {@link #withMaxZipEntries} and {@link #withMaxCompressionRatio}: by
 * default a file of at most 64 MiB, 64 MiB for all files together, 64 zip entries, and a zip
 * entry (or whole zip) inflating at most 100 times its compressed size once past 100 KiB. A
 * limit exceeded is a {@link BudgetFormatException} naming the file or entry and the limit,
 * thrown as soon as it is exceeded. In a folder only regular files are read, never a symbolic
 * link, a named pipe or a device; the folder itself may be named through a link.
 *
 * <h2>Writing</h2>
 * <p>Only the standard profiles are written ({@code common} and {@link
 * DisclosureProfile#common(Precision)}); a budget with a custom profile or table is refused. So
 * is a text that the reader would not give back: an unpaired surrogate anywhere (UTF-8 cannot
 * encode it), or a U+FEFF inside a CSV file (the reader takes it for a second file's byte order
 * mark); the {@link IllegalArgumentException} names the file, row and column, or the manifest's
 * JSON pointer. A U+FEFF in a text of the manifest (a department name, a title) is written as
 * {@code \}{@code uFEFF} and read back. {@link #writeFolder} and {@link #writeZip(DepartmentBudget,
 * Path)} replace their output only once everything is written: on failure the previous output is
 * left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetCsv {

  /** The format of the manifest. */
  public static final String FORMAT = "budgetkit-csv/1";

  /** The name of the manifest file. */
  public static final String MANIFEST = Manifest.FILE;

  /**
   * The default limit on one file (a CSV file, the manifest, a zip entry inflated): 64 MiB. A
   * budget's largest file is a few hundred kilobytes.
   */
  public static final long DEFAULT_MAX_FILE_BYTES = CsvInput.MAX_BYTES;

  /**
   * The default limit on all the files of a budget together (inflated, for a zip): 64 MiB. A
   * real budget's zip is well under 5 MB.
   */
  public static final long DEFAULT_MAX_TOTAL_BYTES = 64L << 20;

  /** The default limit on the entries of a zip: 64 (a budget has at most 19 files). */
  public static final int DEFAULT_MAX_ZIP_ENTRIES = 64;

  /**
   * The default limit on how many times its compressed size a zip entry, or the whole zip, may
   * inflate to: 100. Text CSV compresses about 5 to 10 times; a zip bomb about 1000 times.
   */
  public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;

  /**
   * The bytes an entry (or the whole zip) may inflate to before its compression ratio is
   * checked: 100 KiB, so that small, very regular files are never refused.
   */
  public static final long RATIO_GRACE_BYTES = 100L << 10;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final BudgetCsv STANDARD = new BudgetCsv(null, false, new Limits(
      DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_ZIP_ENTRIES,
      DEFAULT_MAX_COMPRESSION_RATIO));

  private final Charset charset;
  private final boolean excelBom;
  private final Limits limits;

  /** The limits of a reader; see the {@code withMax…} methods. */
  record Limits(long maxFileBytes, long maxTotalBytes, int maxZipEntries,
      int maxCompressionRatio) {}

  private BudgetCsv(Charset charset, boolean excelBom, Limits limits) {
    this.charset = charset;
    this.excelBom = excelBom;
    this.limits = limits;
  }

  /**
   * Returns the standard reader and writer: it detects the charset of what it reads, reads with
   * the default limits and writes UTF-8 without byte order mark.
   *
   * @return the standard instance
   */
  public static BudgetCsv standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that reads CSV files in the given charset (a UTF-8 byte order mark still
   * wins).
   *
   * @param charset the charset, or {@code null} to detect UTF-8 or GB18030
   * @return a copy
   */
  public BudgetCsv withCharset(Charset charset) {
    return new BudgetCsv(charset, excelBom, limits);
  }

  /**
   * Returns a copy that writes a UTF-8 byte order mark at the start of every CSV file, which
   * Excel needs to recognise UTF-8 on a double click. Reading accepts either.
   *
   * @param bom whether to write the byte order mark
   * @return a copy
   */
  public BudgetCsv withExcelBom(boolean bom) {
    return new BudgetCsv(charset, bom, limits);
  }

  /**
   * Returns a copy that reads no file (a CSV file, the manifest, a zip entry once inflated)
   * larger than the given size; default {@value #DEFAULT_MAX_FILE_BYTES}.
   *
   * @param bytes the limit, from 1 to {@code Integer.MAX_VALUE - 9}
   * @return a copy
   * @throws IllegalArgumentException if the limit is out of range
   */
  public BudgetCsv withMaxFileBytes(long bytes) {
    if (bytes < 1 || bytes > Integer.MAX_VALUE - 9) {
      throw new IllegalArgumentException("maxFileBytes must be from 1 to "
          + (Integer.MAX_VALUE - 9) + ", was " + bytes);
    }
    return new BudgetCsv(charset, excelBom, new Limits(bytes, limits.maxTotalBytes(),
        limits.maxZipEntries(), limits.maxCompressionRatio()));
  }

  /**
   * Returns a copy that reads no budget whose files (inflated, for a zip) are larger than the
   * given size in all; default {@value #DEFAULT_MAX_TOTAL_BYTES}.
   *
   * @param bytes the limit, at least 1
   * @return a copy
   * @throws IllegalArgumentException if the limit is not positive
   */
  public BudgetCsv withMaxTotalBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxTotalBytes must be at least 1, was " + bytes);
    }
    return new BudgetCsv(charset, excelBom, new Limits(limits.maxFileBytes(), bytes,
        limits.maxZipEntries(), limits.maxCompressionRatio()));
  }

  /**
   * Returns a copy that reads no zip with more entries than given (folders included); default
   * {@value #DEFAULT_MAX_ZIP_ENTRIES}.
   *
   * @param entries the limit, at least 1
   * @return a copy
   * @throws IllegalArgumentException if the limit is not positive
   */
  public BudgetCsv withMaxZipEntries(int entries) {
    if (entries < 1) {
      throw new IllegalArgumentException("maxZipEntries must be at least 1, was " + entries);
    }
    return new BudgetCsv(charset, excelBom, new Limits(limits.maxFileBytes(),
        limits.maxTotalBytes(), entries, limits.maxCompressionRatio()));
  }

  /**
   * Returns a copy that refuses a zip entry, or a whole zip, that inflates to more than the
   * given number of times its compressed size, once it has inflated past {@value
   * #RATIO_GRACE_BYTES} bytes; default {@value #DEFAULT_MAX_COMPRESSION_RATIO}.
   *
   * @param ratio the limit, at least 1
   * @return a copy
   * @throws IllegalArgumentException if the limit is not positive
   */
  public BudgetCsv withMaxCompressionRatio(int ratio) {
    if (ratio < 1) {
      throw new IllegalArgumentException("maxCompressionRatio must be at least 1, was " + ratio);
    }
    return new BudgetCsv(charset, excelBom, new Limits(limits.maxFileBytes(),
        limits.maxTotalBytes(), limits.maxZipEntries(), ratio));
  }

  // ---- writing

  /**
   * Returns the files of a budget by name, the manifest first, then in the manifest's order.
   *
   * @param budget the budget
   * @return the files, in order
   * @throws IllegalArgumentException if the budget has a custom profile or table, or a text
   *     holding a byte order mark (U+FEFF)
   */
  public Map<String, byte[]> write(DepartmentBudget budget) {
    Objects.requireNonNull(budget, "budget");
    DisclosureProfile profile = profile(budget.profile().name());
    if (profile == null || !profile.equals(budget.profile())) {
      throw new IllegalArgumentException(FORMAT + " writes the standard profiles only (common,"
          + " common-yuan-2, …); profile " + Excerpts.quote(budget.profile().name())
          + " is not one of them");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (DisclosureTable t : budget.tables()) {
      if (!profile.layout(t.kind()).filter(t.layout()::equals).isPresent()) {
        throw new IllegalArgumentException("Table " + Excerpts.quote(t.title()) + " ("
            + t.kind().id()
            + ") does not have the layout of profile '" + profile.name() + "'");
      }
      String file = tableFile(t.kind());
      texts.put(file, TableFiles.write(t));
      entries.add(new Entry(file, "table", t.kind().id(), t.title(), t.note().orElse(null)));
    }
    Narrative n = budget.narrative();
    if (n.preamble().isPresent() || !n.sections().isEmpty()) {
      section(texts, entries, SectionFiles.NARRATIVE, SectionFiles.writeNarrative(n));
    }
    if (!n.figures().isEmpty()) {
      section(texts, entries, SectionFiles.FIGURES, SectionFiles.writeFigures(n));
    }
    if (!budget.organisation().isEmpty()) {
      section(texts, entries, SectionFiles.ORGANISATION,
          SectionFiles.writeOrganisation(budget.organisation()));
    }
    if (!budget.projects().isEmpty()) {
      section(texts, entries, SectionFiles.PROJECTS, SectionFiles.writeProjects(budget.projects()));
      if (budget.projects().stream().anyMatch(p -> p.spendingPlan().isPresent())) {
        section(texts, entries, SectionFiles.PLANS, SectionFiles.writePlans(budget.projects()));
      }
      if (budget.projects().stream().anyMatch(p -> !p.goals().isEmpty())) {
        section(texts, entries, SectionFiles.GOALS, SectionFiles.writeGoals(budget.projects()));
      }
      if (budget.projects().stream().anyMatch(p -> !p.indicators().isEmpty())) {
        section(texts, entries, SectionFiles.INDICATORS,
            SectionFiles.writeIndicators(budget.projects()));
      }
    }
    ProcurementInfo procurement = null;
    if (budget.procurement().isPresent()) {
      Procurement p = budget.procurement().get();
      section(texts, entries, SectionFiles.PROCUREMENT, SectionFiles.writeProcurement(p));
      procurement = new ProcurementInfo(p.layout().name(), p.title().orElse(null), p.notes());
    }
    AssetsInfo assets = null;
    if (budget.fixedAssets().isPresent()) {
      FixedAssets a = budget.fixedAssets().get();
      section(texts, entries, SectionFiles.ASSETS, SectionFiles.writeAssets(a));
      assets = new AssetsInfo(a.title().orElse(null), a.asOf().map(Object::toString).orElse(null));
    }
    Content manifest = new Content(FORMAT,
        new Department(budget.departmentCode(), budget.departmentName()), budget.year(),
        budget.kind().name().toLowerCase(Locale.ROOT), profile.name(), entries,
        budget.organisationTitle().orElse(null), procurement, assets);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(MANIFEST, Manifest.write(manifest).getBytes(StandardCharsets.UTF_8));
    texts.forEach((name, text) -> files.put(name, encode(text)));
    return files;
  }

  private static void section(Map<String, String> texts, List<Entry> entries, String file,
      String text) {
    texts.put(file, text);
    entries.add(new Entry(file, file.substring(0, file.length() - ".csv".length()), null, null,
        null));
  }

  /**
   * Returns the CSV file of one table in its published layout.
   *
   * @param table the table
   * @return the file's text
   */
  public String writeTable(DisclosureTable table) {
    return TableFiles.write(table);
  }

  /**
   * Writes a budget into a folder, creating it if needed; other files in it are left alone.
   *
   * <p>All files are produced first, so a budget this format cannot hold fails before anything
   * is touched; then each is written to a temporary file in the folder, and only when all are
   * written is each moved over the old one (atomically where the file system can). If writing
   * fails, the previous files are left as they were and the temporaries are deleted.
   *
   * @param budget the budget
   * @param folder the folder
   * @throws IllegalArgumentException as {@link #write(DepartmentBudget)} does
   * @throws UncheckedIOException if a file cannot be written
   */
  public void writeFolder(DepartmentBudget budget, Path folder) {
    Map<String, byte[]> files = write(budget);
    try {
      AtomicFiles.writeAll(folder, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a budget as a zip of its files, in order, with fixed timestamps so that the same
   * budget always gives the same bytes. All files are produced before the first byte is
   * written, so a budget this format cannot hold leaves the stream untouched.
   *
   * @param budget the budget
   * @param out the stream, left open
   * @throws IllegalArgumentException as {@link #write(DepartmentBudget)} does
   * @throws UncheckedIOException if the stream fails
   */
  public void writeZip(DepartmentBudget budget, OutputStream out) {
    Map<String, byte[]> files = write(budget);
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        ZipEntry e = new ZipEntry(f.getKey());
        e.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        zip.putNextEntry(e);
        zip.write(f.getValue());
        zip.closeEntry();
      }
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a budget as a zip file, as {@link #writeZip(DepartmentBudget, OutputStream)} does,
   * replacing the file only once the whole zip is written: the zip goes to a temporary file in
   * the same folder, which is then moved over the old one (atomically where the file system
   * can). If anything fails, the old file is left as it was.
   *
   * @param budget the budget
   * @param zip the file
   * @throws IllegalArgumentException as {@link #write(DepartmentBudget)} does
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeZip(DepartmentBudget budget, Path zip) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeZip(budget, bytes);
    try {
      AtomicFiles.write(zip, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] encode(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!excelBom) {
      return body;
    }
    byte[] all = new byte[body.length + BOM.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  // ---- reading

  /**
   * Reads a budget from its files by name (as {@link #write} returns them). The manifest is
   * checked in full before any CSV file is decoded; files the manifest does not list are
   * ignored.
   *
   * @param files the files
   * @return the budget
   * @throws BudgetFormatException if the manifest or a file it lists is missing, malformed or
   *     larger than the limits
   */
  public DepartmentBudget read(Map<String, byte[]> files) {
    byte[] manifestBytes = files.get(MANIFEST);
    if (manifestBytes == null) {
      throw new BudgetFormatException("Missing " + MANIFEST + ": a " + FORMAT + " budget is "
          + MANIFEST + " and the CSV files it lists", MANIFEST, null, 0, 0, null);
    }
    Listing listing = Listing.of(manifestBytes, limits.maxFileBytes());
    long total = manifestBytes.length;
    for (String name : listing.files()) {
      byte[] f = files.get(name);
      total += f == null ? 0 : f.length;
      if (total > limits.maxTotalBytes()) {
        throw tooLargeInAll(name);
      }
    }
    return listing.read(files::get, charset, limits.maxFileBytes());
  }

  /**
   * Reads a budget from a folder written by {@link #writeFolder}. The folder may be named through
   * a symbolic link; the files in it are read only if they are regular files, never through a
   * link (which could lead anywhere) and never a named pipe or device. The manifest is read and
   * checked first, then every file it lists is looked at (present, regular, within the limits),
   * and only then are the files read, counting the bytes actually read against the limits.
   * Files the manifest does not list are left alone.
   *
   * @param folder the folder
   * @return the budget
   * @throws BudgetFormatException if the folder, the manifest or a file it lists is missing,
   *     not a regular file, malformed or larger than the limits
   * @throws UncheckedIOException if a file cannot be read
   */
  public DepartmentBudget readFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BudgetFormatException(Files.exists(folder) ? "Not a folder"
          : "No such folder", folder.toString(), null, 0, 0, null);
    }
    try {
      Path manifest = folder.resolve(MANIFEST);
      RegularFiles.Kind kind = RegularFiles.kind(manifest);
      if (kind == RegularFiles.Kind.MISSING) {
        throw new BudgetFormatException("Missing " + MANIFEST + " in " + folder + ": a " + FORMAT
            + " budget is " + MANIFEST + " and the CSV files it lists", manifest.toString(),
            null, 0, 0, null);
      }
      requireRegular(MANIFEST, kind);
      byte[] manifestBytes = readRegular(manifest, MANIFEST);
      Listing listing = Listing.of(manifestBytes, limits.maxFileBytes());
      long total = manifestBytes.length;
      for (String name : listing.files()) {
        Path file = folder.resolve(name);
        RegularFiles.Kind k = RegularFiles.kind(file);
        if (k == RegularFiles.Kind.MISSING) {
          throw new BudgetFormatException("Missing file " + name + ", listed in " + MANIFEST,
              name, null, 0, 0, null);
        }
        requireRegular(name, k);
        long size = RegularFiles.reportedSize(file);
        if (size > limits.maxFileBytes()) {
          throw tooLarge(name, size);
        }
        total += size;
        if (total > limits.maxTotalBytes()) {
          throw tooLargeInAll(name);
        }
      }
      Map<String, byte[]> files = new HashMap<>();
      total = manifestBytes.length;
      for (String name : listing.files()) {
        byte[] bytes = readRegular(folder.resolve(name), name);
        total += bytes.length;
        if (total > limits.maxTotalBytes()) {
          throw tooLargeInAll(name);
        }
        files.put(name, bytes);
      }
      return listing.read(files::get, charset, limits.maxFileBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireRegular(String name, RegularFiles.Kind kind) {
    if (kind == RegularFiles.Kind.SYMBOLIC_LINK) {
      throw new BudgetFormatException("A symbolic link; the files of a " + FORMAT + " folder"
          + " are read only as regular files in the folder, never through a link, which could"
          + " lead anywhere: copy the file in place of the link", name, null, 0, 0, null);
    }
    if (kind != RegularFiles.Kind.REGULAR) {
      throw new BudgetFormatException("Not a regular file but " + kind.description()
          + "; a " + FORMAT + " folder holds regular files", name, null, 0, 0, null);
    }
  }

  /** Reads a regular file, counting the bytes actually read against the limit on a file. */
  private byte[] readRegular(Path file, String name) throws IOException {
    byte[] bytes = RegularFiles.read(file, limits.maxFileBytes());
    if (bytes.length > limits.maxFileBytes()) {
      throw tooLarge(name, bytes.length);
    }
    return bytes;
  }

  private BudgetFormatException tooLarge(String name, long atLeast) {
    return new BudgetFormatException("File has more than " + limits.maxFileBytes()
        + " bytes (limit maxFileBytes; it has at least " + atLeast + ")", name, null, 0, 0,
        null);
  }

  private BudgetFormatException tooLargeInAll(String name) {
    return new BudgetFormatException("The files have more than " + limits.maxTotalBytes()
        + " bytes in all with this one (limit maxTotalBytes)", name, null, 0, 0, null);
  }

  /**
   * Reads a budget from a zip written by {@link #writeZip}; entries are looked up by name.
   *
   * <p>The zip is read as a stream, and every limit is checked while entries are inflated,
   * counting the bytes as they come: an entry larger than {@link #withMaxFileBytes}, files
   * larger than {@link #withMaxTotalBytes} in all, an entry (or the whole zip) that inflates
   * more than {@link #withMaxCompressionRatio} times its compressed size once past {@value
   * #RATIO_GRACE_BYTES} bytes, or more than {@link #withMaxZipEntries} entries is refused at
   * once, naming the entry and the limit. The zip holds {@code manifest.json} and the files it
   * lists at its top level and nothing else: any other entry (a folder, a file it does not list)
   * is refused, as soon as the manifest has been read.
   *
   * @param in the stream, left open
   * @return the budget
   * @throws BudgetFormatException if the input is not a zip, the zip is malformed or beyond the
   *     limits, holds what the manifest does not list, or a file is missing or malformed
   * @throws UncheckedIOException if the stream fails
   */
  public DepartmentBudget readZip(InputStream in) {
    ZipInput.Result zip = ZipInput.read(in, limits);
    return zip.listing().read(zip.files()::get, charset, limits.maxFileBytes());
  }

  /**
   * Reads a budget from a zip file, as {@link #readZip(InputStream)} does; the file (which may be
   * named through a link) must be a regular file, not a named pipe or a device.
   *
   * @param zip the file
   * @return the budget
   * @throws BudgetFormatException as {@link #readZip(InputStream)} does, or if the file is not a
   *     regular file
   * @throws UncheckedIOException if the file cannot be read
   */
  public DepartmentBudget readZip(Path zip) {
    if (!Files.isRegularFile(zip)) {
      throw new BudgetFormatException(Files.exists(zip) ? "Not a regular file (a folder, a"
          + " named pipe or a device); expected a zip file" : "No such file", zip.toString(),
          null, 0, 0, null);
    }
    try (InputStream in = Files.newInputStream(zip)) {
      return readZip(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one table from its CSV file.
   *
   * @param source the file name, for messages
   * @param csv the file's bytes
   * @param layout the table's layout
   * @param title the table's printed title
   * @param note the note printed under the table, or {@code null}
   * @return the table
   * @throws BudgetFormatException if the file cannot be read as the table
   */
  public DisclosureTable readTable(String source, byte[] csv, TableLayout layout, String title,
      String note) {
    return TableFiles.read(source, CsvInput.decode(source, csv, charset, limits.maxFileBytes()),
        layout, title, note);
  }

  /** The file name of a table: its standard number and id, e.g. 03-expenditure.csv. */
  static String tableFile(TableKind kind) {
    return String.format(Locale.ROOT, "%02d-%s.csv", kind.standardNumber(), kind.id());
  }

  /** The standard profile of a name, or {@code null}. */
  static DisclosureProfile profile(String name) {
    return DisclosureProfile.commonNamed(name).orElse(null);
  }

}
