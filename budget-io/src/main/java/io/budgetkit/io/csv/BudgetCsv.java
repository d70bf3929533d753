package io.budgetkit.io.csv;

import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.Manifest.AssetsInfo;
import io.budgetkit.io.csv.Manifest.Content;
import io.budgetkit.io.csv.Manifest.Department;
import io.budgetkit.io.csv.Manifest.Entry;
import io.budgetkit.io.csv.Manifest.ProcurementInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * is a {@link BudgetFormatException} with the file, line and column.
 *
 * <p>Only the standard profiles are written ({@code common} and {@link
 * DisclosureProfile#common(Precision)}); a budget with a custom profile or table is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetCsv {

  /** The format of the manifest. */
  public static final String FORMAT = "budgetkit-csv/1";

  /** The name of the manifest file. */
  public static final String MANIFEST = Manifest.FILE;

  private static final int MAX_ZIP_ENTRIES = 64;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final List<String> SECTION_FILES = List.of(SectionFiles.NARRATIVE,
      SectionFiles.FIGURES, SectionFiles.ORGANISATION, SectionFiles.PROJECTS, SectionFiles.PLANS,
      SectionFiles.GOALS, SectionFiles.INDICATORS, SectionFiles.PROCUREMENT, SectionFiles.ASSETS);

  private static final BudgetCsv STANDARD = new BudgetCsv(null, false);

  private final Charset charset;
  private final boolean excelBom;

  private BudgetCsv(Charset charset, boolean excelBom) {
    this.charset = charset;
    this.excelBom = excelBom;
  }

  /**
   * Returns the standard reader and writer: it detects the charset of what it reads and writes
   * UTF-8 without byte order mark.
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
    return new BudgetCsv(charset, excelBom);
  }

  /**
   * Returns a copy that writes a UTF-8 byte order mark at the start of every CSV file, which
   * Excel needs to recognise UTF-8 on a double click. Reading accepts either.
   *
   * @param bom whether to write the byte order mark
   * @return a copy
   */
  public BudgetCsv withExcelBom(boolean bom) {
    return new BudgetCsv(charset, bom);
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
          + " common-yuan-2, …); profile '" + budget.profile().name() + "' is not one of them");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (DisclosureTable t : budget.tables()) {
      if (!profile.layout(t.kind()).filter(t.layout()::equals).isPresent()) {
        throw new IllegalArgumentException("Table " + t.title() + " (" + t.kind().id()
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
   * @param budget the budget
   * @param folder the folder
   * @throws UncheckedIOException if a file cannot be written
   */
  public void writeFolder(DepartmentBudget budget, Path folder) {
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, byte[]> f : write(budget).entrySet()) {
        Files.write(folder.resolve(f.getKey()), f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a budget as a zip of its files, in order, with fixed timestamps so that the same
   * budget always gives the same bytes.
   *
   * @param budget the budget
   * @param out the stream, left open
   * @throws UncheckedIOException if the stream fails
   */
  public void writeZip(DepartmentBudget budget, OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> f : write(budget).entrySet()) {
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
   * Reads a budget from its files by name (as {@link #write} returns them).
   *
   * @param files the files
   * @return the budget
   * @throws BudgetFormatException if a file is missing or cannot be read
   */
  public DepartmentBudget read(Map<String, byte[]> files) {
    byte[] manifestBytes = files.get(MANIFEST);
    if (manifestBytes == null) {
      throw new BudgetFormatException("Missing " + MANIFEST + ": a " + FORMAT + " budget is "
          + MANIFEST + " and the CSV files it lists", MANIFEST, null, 0, 0, null);
    }
    Content m = Manifest.read(CsvInput.decode(MANIFEST, manifestBytes, StandardCharsets.UTF_8));
    DisclosureProfile profile = profile(m.profile());
    if (profile == null) {
      throw new BudgetFormatException("Unknown profile '" + m.profile() + "'; " + FORMAT
          + " knows common and common-<unit>-<decimals>", MANIFEST, "/profile", 0, 0, null);
    }
    BudgetKind kind;
    try {
      kind = BudgetKind.valueOf(m.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BudgetFormatException("Unknown kind '" + m.kind() + "'; expected department or"
          + " unit", MANIFEST, "/kind", 0, 0, e);
    }
    BudgetBuilder b = DepartmentBudget.builder()
        .department(m.department().code(), m.department().name()).year(m.year()).kind(kind)
        .profile(profile);
    Map<String, String> sections = new HashMap<>();
    for (int i = 0; i < m.files().size(); i++) {
      Entry e = m.files().get(i);
      String pointer = "/files/" + i;
      byte[] bytes = files.get(e.file());
      if (bytes == null) {
        throw new BudgetFormatException("Missing file " + e.file() + ", listed in " + MANIFEST,
            e.file(), null, 0, 0, null);
      }
      String text = CsvInput.decode(e.file(), bytes, charset);
      if (e.content().equals("table")) {
        TableKind tk = TableKind.standardById(String.valueOf(e.table()));
        TableLayout layout = tk == null ? null : profile.layout(tk).orElse(null);
        if (layout == null) {
          throw new BudgetFormatException("Unknown table '" + e.table() + "'", MANIFEST,
              pointer + "/table", 0, 0, null);
        }
        if (e.title() == null) {
          throw new BudgetFormatException("Missing value", MANIFEST, pointer + "/title", 0, 0,
              null);
        }
        b.table(TableFiles.read(e.file(), text, layout, e.title(), e.note()));
      } else if (SECTION_FILES.contains(e.content() + ".csv")) {
        if (!e.file().equals(e.content() + ".csv")) {
          throw new BudgetFormatException("The " + e.content() + " file must be named "
              + e.content() + ".csv", MANIFEST, pointer + "/file", 0, 0, null);
        }
        sections.put(e.file(), text);
      } else {
        throw new BudgetFormatException("Unknown content '" + e.content() + "'", MANIFEST,
            pointer + "/content", 0, 0, null);
      }
    }
    try {
      return readSections(b, m, sections);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new BudgetFormatException(e.getMessage(), MANIFEST, null, 0, 0, e);
    }
  }

  private static DepartmentBudget readSections(BudgetBuilder b, Content m,
      Map<String, String> files) {
    String narrative = files.get(SectionFiles.NARRATIVE);
    String figures = files.get(SectionFiles.FIGURES);
    if (narrative != null || figures != null) {
      b.narrative(SectionFiles.readNarrative(SectionFiles.NARRATIVE, narrative,
          SectionFiles.FIGURES, figures));
    }
    if (m.organisationTitle() != null) {
      b.organisationTitle(m.organisationTitle());
    }
    if (files.containsKey(SectionFiles.ORGANISATION)) {
      for (OrganisationUnit u : SectionFiles.readOrganisation(SectionFiles.ORGANISATION,
          files.get(SectionFiles.ORGANISATION))) {
        b.organisationUnit(u.name(), u.nature(), u.rank(), u.funding());
      }
    }
    if (files.containsKey(SectionFiles.PROJECTS)) {
      SectionFiles.readProjects(files::get).forEach(b::project);
    } else {
      for (String f : List.of(SectionFiles.PLANS, SectionFiles.GOALS, SectionFiles.INDICATORS)) {
        if (files.containsKey(f)) {
          throw new BudgetFormatException(f + " without " + SectionFiles.PROJECTS, f, null, 0, 0,
              null);
        }
      }
    }
    String procurement = files.get(SectionFiles.PROCUREMENT);
    if ((procurement == null) != (m.procurement() == null)) {
      throw new BudgetFormatException(procurement == null
          ? MANIFEST + " has \"procurement\" but lists no " + SectionFiles.PROCUREMENT
          : MANIFEST + " lists " + SectionFiles.PROCUREMENT + " but has no \"procurement\"",
          MANIFEST, "/procurement", 0, 0, null);
    }
    if (procurement != null) {
      ProcurementLayout layout;
      try {
        layout = ProcurementLayout.valueOf(String.valueOf(m.procurement().layout()));
      } catch (IllegalArgumentException e) {
        throw new BudgetFormatException("Unknown 政府采购 layout '" + m.procurement().layout()
            + "'; expected G1 or G2", MANIFEST, "/procurement/layout", 0, 0, e);
      }
      b.procurement(SectionFiles.readProcurement(SectionFiles.PROCUREMENT, procurement, layout,
          m.procurement().title(),
          m.procurement().notes() == null ? List.of() : m.procurement().notes()));
    }
    String assets = files.get(SectionFiles.ASSETS);
    if ((assets == null) != (m.fixedAssets() == null)) {
      throw new BudgetFormatException(assets == null
          ? MANIFEST + " has \"fixedAssets\" but lists no " + SectionFiles.ASSETS
          : MANIFEST + " lists " + SectionFiles.ASSETS + " but has no \"fixedAssets\"",
          MANIFEST, "/fixedAssets", 0, 0, null);
    }
    if (assets != null) {
      try {
        b.fixedAssets(SectionFiles.readAssets(SectionFiles.ASSETS, assets,
            m.fixedAssets().title(), m.fixedAssets().asOf()));
      } catch (DateTimeParseException e) {
        throw new BudgetFormatException("Malformed date '" + m.fixedAssets().asOf()
            + "'; expected YYYY-MM-DD", MANIFEST, "/fixedAssets/asOf", 0, 0, e);
      }
    }
    return b.build();
  }

  /**
   * Reads a budget from a folder written by {@link #writeFolder}.
   *
   * @param folder the folder
   * @return the budget
   * @throws BudgetFormatException if the manifest or a file it lists is missing or malformed
   * @throws UncheckedIOException if a file cannot be read
   */
  public DepartmentBudget readFolder(Path folder) {
    Map<String, byte[]> files = new HashMap<>();
    Path manifest = folder.resolve(MANIFEST);
    byte[] bytes = readFile(manifest);
    if (bytes == null) {
      throw new BudgetFormatException("Missing " + MANIFEST + " in " + folder + ": a " + FORMAT
          + " budget is " + MANIFEST + " and the CSV files it lists", manifest.toString(), null,
          0, 0, null);
    }
    files.put(MANIFEST, bytes);
    Content m = Manifest.read(CsvInput.decode(MANIFEST, bytes, StandardCharsets.UTF_8));
    for (Entry e : m.files()) {
      if (e.file().contains("/") || e.file().contains("\\") || e.file().startsWith(".")) {
        throw new BudgetFormatException("File name '" + e.file() + "' leaves the folder",
            MANIFEST, "/files", 0, 0, null);
      }
      byte[] f = readFile(folder.resolve(e.file()));
      if (f != null) {
        files.put(e.file(), f);
      }
    }
    return read(files);
  }

  private static byte[] readFile(Path file) {
    try {
      if (Files.size(file) > CsvInput.MAX_BYTES) {
        throw new BudgetFormatException("File has " + Files.size(file) + " bytes; at most "
            + CsvInput.MAX_BYTES + " are read", file.toString(), null, 0, 0, null);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a budget from a zip written by {@link #writeZip}; entries are looked up by name.
   *
   * @param in the stream, left open
   * @return the budget
   * @throws BudgetFormatException if the zip is malformed or too large, or a file is missing or
   *     malformed
   */
  public DepartmentBudget readZip(InputStream in) {
    Map<String, byte[]> files = new HashMap<>();
    try {
      ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (files.size() >= MAX_ZIP_ENTRIES) {
          throw new BudgetFormatException("More than " + MAX_ZIP_ENTRIES + " entries in the zip",
              e.getName(), null, 0, 0, null);
        }
        if (e.isDirectory()) {
          continue;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = zip.read(chunk)) > 0) {
          if (buf.size() + n > CsvInput.MAX_BYTES) {
            throw new BudgetFormatException("Zip entry larger than " + CsvInput.MAX_BYTES
                + " bytes", e.getName(), null, 0, 0, null);
          }
          buf.write(chunk, 0, n);
        }
        if (files.put(e.getName(), buf.toByteArray()) != null) {
          throw new BudgetFormatException("Two zip entries named " + e.getName(), e.getName(),
              null, 0, 0, null);
        }
      }
    } catch (IOException e) {
      throw new BudgetFormatException("Malformed zip: " + e.getMessage(), null, null, 0, 0, e);
    }
    return read(files);
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
    return TableFiles.read(source, CsvInput.decode(source, csv, charset), layout, title, note);
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
