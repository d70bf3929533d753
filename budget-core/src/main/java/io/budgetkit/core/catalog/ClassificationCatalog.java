package io.budgetkit.core.catalog;

import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.FunctionCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The official names of classification codes, per edition year.
 *
 * <p>Names of 政府收支分类科目 change between yearly editions (210 was 医疗卫生与计划生育支出
 * before it became 卫生健康支出), so a name is always looked up for the edition of a budget year:
 * {@code catalog.edition(2025).name(code)}.
 *
 * <p>{@link #bundled()} holds the 31 functional 类 rows of the 收支总表 in their printed order,
 * the codes that appear in BudgetKit's fixtures and the common economic 类 and 款. It is not the
 * full national catalog: host applications load theirs with {@link #load(Path)}, in the same
 * format (UTF-8, tab-separated: {@code scheme code name since until summary_row}; see the bundled
 * {@code classification-catalog.tsv}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClassificationCatalog {

  private static final String BUNDLED_RESOURCE = "classification-catalog.tsv";
  private static final String HEADER = "scheme\tcode\tname\tsince\tuntil\tsummary_row";

  private static volatile ClassificationCatalog bundled;

  private final List<CatalogEntry> entries;
  private final List<SummaryLine> summaryLines;

  private ClassificationCatalog(List<CatalogEntry> entries, List<SummaryLine> summaryLines) {
    this.entries = List.copyOf(entries);
    this.summaryLines = List.copyOf(summaryLines);
  }

  /**
   * Returns the catalog bundled with BudgetKit.
   *
   * @return the bundled catalog
   */
  public static ClassificationCatalog bundled() {
    ClassificationCatalog result = bundled;
    if (result == null) {
      try (InputStream in = ClassificationCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The bundled resource " + BUNDLED_RESOURCE + " is missing");
        }
        result = load(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = result;
    }
    return result;
  }

  /**
   * Loads a catalog from a UTF-8 file in the bundled format.
   *
   * @param file the catalog file
   * @return the catalog
   * @throws CatalogFormatException if a line is malformed; the message names the file and line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ClassificationCatalog load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalog " + file, e);
    }
  }

  /**
   * Loads a catalog from text in the bundled format.
   *
   * @param reader the text
   * @param sourceName a name for the source, used in error messages
   * @return the catalog
   * @throws CatalogFormatException if a line is malformed; the message names the source and line
   * @throws UncheckedIOException if the text cannot be read
   */
  public static ClassificationCatalog load(Reader reader, String sourceName) {
    List<CatalogEntry> entries = new ArrayList<>();
    List<SummaryLine> summary = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    boolean headerSeen = false;
    int lineNo = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!line.equals(HEADER)) {
            throw new CatalogFormatException(sourceName, lineNo,
                "expected the header line '" + HEADER.replace('\t', ' ') + "' (tab-separated)");
          }
          headerSeen = true;
          continue;
        }
        parseLine(line, sourceName, lineNo, entries, summary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalog " + sourceName, e);
    }
    if (!headerSeen) {
      throw new CatalogFormatException(sourceName, Math.max(lineNo, 1), "the catalog is empty");
    }
    return new ClassificationCatalog(entries, summary);
  }

  private static void parseLine(String line, String source, int lineNo,
      List<CatalogEntry> entries, List<SummaryLine> summary) {
    String[] f = line.split("\t", -1);
    if (f.length != 6) {
      throw new CatalogFormatException(source, lineNo,
          "expected 6 tab-separated fields (scheme, code, name, since, until, summary_row), found "
              + f.length);
    }
    CodeScheme scheme;
    switch (f[0]) {
      case "functional":
        scheme = CodeScheme.FUNCTIONAL;
        break;
      case "economic":
        scheme = CodeScheme.ECONOMIC;
        break;
      default:
        throw new CatalogFormatException(source, lineNo,
            "scheme must be 'functional' or 'economic', was '" + f[0] + "'");
    }
    String name = f[2].strip();
    if (name.isEmpty()) {
      throw new CatalogFormatException(source, lineNo, "the name is empty");
    }
    int since = year(f[3], "since", source, lineNo);
    OptionalInt until = f[4].isEmpty()
        ? OptionalInt.empty() : OptionalInt.of(year(f[4], "until", source, lineNo));
    if (until.isPresent() && until.getAsInt() < since) {
      throw new CatalogFormatException(source, lineNo, "until " + until.getAsInt()
          + " is before since " + since);
    }
    Optional<ClassificationCode<?>> code;
    try {
      code = f[1].isEmpty() ? Optional.empty() : Optional.of(scheme.parse(f[1]));
    } catch (IllegalArgumentException e) {
      throw new CatalogFormatException(source, lineNo, e.getMessage());
    }
    if (code.isPresent()) {
      CatalogEntry entry = new CatalogEntry(code.get(), name, since, until);
      for (CatalogEntry other : entries) {
        if (other.code().equals(entry.code()) && overlaps(other, entry)) {
          throw new CatalogFormatException(source, lineNo, "code " + f[1]
              + " already has a name for some of these years: " + other);
        }
      }
      entries.add(entry);
    }
    if (!f[5].isEmpty()) {
      if (scheme != CodeScheme.FUNCTIONAL || code.map(c -> c.value().length() != 3).orElse(false)) {
        throw new CatalogFormatException(source, lineNo,
            "only a functional 类 (3 digits) or a row without a code can be a summary row");
      }
      int position;
      try {
        position = Integer.parseInt(f[5]);
      } catch (NumberFormatException e) {
        position = 0;
      }
      if (position < 1 || position > 99) {
        throw new CatalogFormatException(source, lineNo,
            "summary_row must be a position from 1 to 99, was '" + f[5] + "'");
      }
      SummaryLine row = new SummaryLine(position, code.map(c -> (FunctionCode) c), name, since,
          until);
      for (SummaryLine other : summary) {
        if (other.position == position && other.overlaps(row)) {
          throw new CatalogFormatException(source, lineNo, "summary_row " + position
              + " is already taken by " + other.name + " for some of these years");
        }
      }
      summary.add(row);
    } else if (code.isEmpty()) {
      throw new CatalogFormatException(source, lineNo,
          "the code is empty; only a summary row (summary_row set) may have no code");
    }
  }

  private static boolean overlaps(CatalogEntry a, CatalogEntry b) {
    int aEnd = a.until().orElse(Integer.MAX_VALUE);
    int bEnd = b.until().orElse(Integer.MAX_VALUE);
    return a.since() <= bEnd && b.since() <= aEnd;
  }

  private static int year(String text, String field, String source, int lineNo) {
    if (text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(text);
    }
    throw new CatalogFormatException(source, lineNo,
        field + " must be a four-digit year, was '" + text + "'");
  }

  /**
   * Returns the names that apply to the edition of the given budget year.
   *
   * @param year the budget year, e.g. 2025
   * @return the edition; empty of names if the catalog has none for that year
   */
  public CatalogEdition edition(int year) {
    List<CatalogEntry> names = new ArrayList<>();
    for (CatalogEntry e : entries) {
      if (e.appliesTo(year)) {
        names.add(e);
      }
    }
    List<SummaryRowName> rows = new ArrayList<>();
    for (SummaryLine s : summaryLines) {
      if (year >= s.since && (s.until.isEmpty() || year <= s.until.getAsInt())) {
        rows.add(new SummaryRowName(s.position, s.code, s.name));
      }
    }
    rows.sort((a, b) -> Integer.compare(a.position(), b.position()));
    return new CatalogEdition(year, names, rows);
  }

  /**
   * Returns every entry of the catalog, of every edition, in file order.
   *
   * @return the entries
   */
  public List<CatalogEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  private static final class SummaryLine {
    final int position;
    final Optional<FunctionCode> code;
    final String name;
    final int since;
    final OptionalInt until;

    SummaryLine(int position, Optional<FunctionCode> code, String name, int since,
        OptionalInt until) {
      this.position = position;
      this.code = Objects.requireNonNull(code);
      this.name = name;
      this.since = since;
      this.until = until;
    }

    boolean overlaps(SummaryLine o) {
      return since <= o.until.orElse(Integer.MAX_VALUE) && o.since <= until.orElse(Integer.MAX_VALUE);
    }
  }
}
