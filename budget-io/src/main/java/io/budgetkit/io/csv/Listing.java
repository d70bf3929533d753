package io.budgetkit.io.csv;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.Manifest.Content;
import io.budgetkit.io.csv.Manifest.Entry;
import io.budgetkit.io.internal.Excerpts;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A manifest read and checked in full before any CSV file is read: the format, profile and kind;
 * every listed file's name (not empty, no folder, no character a file system treats specially),
 * that no file and no table is listed twice, what each file holds, and that the section titles
 * and files agree. Reading the files then only has their contents left to check.
 */
final class Listing {

  /** The longest file name listed, in characters. */
  static final int MAX_NAME_LENGTH = 255;

  private static final String SPECIAL_CHARACTERS = "/\\:*?\"<>|";

  private static final List<String> SECTION_FILES = List.of(SectionFiles.NARRATIVE,
      SectionFiles.FIGURES, SectionFiles.ORGANISATION, SectionFiles.PROJECTS, SectionFiles.PLANS,
      SectionFiles.GOALS, SectionFiles.INDICATORS, SectionFiles.PROCUREMENT, SectionFiles.ASSETS);

  private static final String MANIFEST = Manifest.FILE;

  private final Content manifest;
  private final DisclosureProfile profile;
  private final BudgetKind kind;
  private final List<TableLayout> layouts = new ArrayList<>();
  private final Set<String> files = new LinkedHashSet<>();
  private ProcurementLayout procurementLayout;

  private Listing(Content manifest, DisclosureProfile profile, BudgetKind kind) {
    this.manifest = manifest;
    this.profile = profile;
    this.kind = kind;
  }

  /**
   * Reads and checks a manifest.
   *
   * @param bytes the manifest.json file
   * @param maxBytes the limit on its size
   * @throws BudgetFormatException if the manifest is malformed or lists what cannot be read
   */
  static Listing of(byte[] bytes, long maxBytes) {
    Content m = Manifest.read(CsvInput.decodeJson(MANIFEST, bytes, maxBytes));
    DisclosureProfile profile = BudgetCsv.profile(m.profile());
    if (profile == null) {
      throw new BudgetFormatException("Unknown profile " + Excerpts.quote(m.profile()) + "; "
          + BudgetCsv.FORMAT + " knows common and common-<unit>-<decimals>", MANIFEST,
          "/profile", 0, 0, null);
    }
    BudgetKind kind = null;
    for (BudgetKind k : BudgetKind.values()) {
      if (k.name().equalsIgnoreCase(m.kind())) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new BudgetFormatException("Unknown kind " + Excerpts.quote(m.kind())
          + "; expected department or unit", MANIFEST, "/kind", 0, 0, null);
    }
    Listing l = new Listing(m, profile, kind);
    l.checkFiles();
    l.checkSections();
    return l;
  }

  private void checkFiles() {
    Map<String, Integer> byName = new HashMap<>();
    Map<TableKind, Integer> byTable = new HashMap<>();
    for (int i = 0; i < manifest.files().size(); i++) {
      Entry e = manifest.files().get(i);
      String pointer = "/files/" + i;
      checkName(e.file(), pointer + "/file");
      Integer before = byName.putIfAbsent(e.file(), i);
      if (before != null) {
        throw new BudgetFormatException("File " + Excerpts.quote(e.file()) + " is listed twice"
            + " (also at /files/" + before + "); each file is listed once", MANIFEST,
            pointer + "/file", 0, 0, null);
      }
      files.add(e.file());
      if (e.content().equals("table")) {
        TableKind tk = e.table() == null ? null : TableKind.standardById(e.table());
        TableLayout layout = tk == null ? null : profile.layout(tk).orElse(null);
        if (layout == null) {
          throw new BudgetFormatException((e.table() == null ? "Missing table id"
              : "Unknown table " + Excerpts.quote(e.table())) + "; expected one of "
              + profile.tables().stream().map(t -> t.kind().id())
                  .collect(Collectors.joining(", ")), MANIFEST, pointer + "/table", 0, 0, null);
        }
        Integer twice = byTable.putIfAbsent(tk, i);
        if (twice != null) {
          throw new BudgetFormatException("Table " + tk.id() + " is listed twice (also at"
              + " /files/" + twice + ")", MANIFEST, pointer + "/table", 0, 0, null);
        }
        if (e.title() == null) {
          throw new BudgetFormatException("Missing value", MANIFEST, pointer + "/title", 0, 0,
              null);
        }
        layouts.add(layout);
      } else if (SECTION_FILES.contains(e.content() + ".csv")) {
        if (!e.file().equals(e.content() + ".csv")) {
          throw new BudgetFormatException("The " + e.content() + " file must be named "
              + e.content() + ".csv", MANIFEST, pointer + "/file", 0, 0, null);
        }
        layouts.add(null);
      } else {
        throw new BudgetFormatException("Unknown content " + Excerpts.quote(e.content())
            + "; expected table or one of " + SECTION_FILES.stream()
                .map(f -> f.substring(0, f.length() - ".csv".length()))
                .collect(Collectors.joining(", ")), MANIFEST, pointer + "/content", 0, 0, null);
      }
    }
  }

  /**
   * Refuses a file name that is empty, names a folder, hides, or holds a character that some
   * file system treats specially ({@code C:}, {@code name:stream}, a control character).
   */
  private static void checkName(String name, String pointer) {
    String why = null;
    if (name.isEmpty()) {
      why = "Empty file name; expected the name of a file beside " + MANIFEST
          + ", e.g. 01-summary.csv";
    } else if (name.length() > MAX_NAME_LENGTH) {
      why = "File name of " + name.length() + " characters; at most " + MAX_NAME_LENGTH;
    } else if (name.startsWith(".")) {
      why = "File name " + Excerpts.quote(name) + " starts with '.'; the files of a "
          + BudgetCsv.FORMAT + " budget are plain names beside " + MANIFEST;
    } else if (name.chars().anyMatch(c -> SPECIAL_CHARACTERS.indexOf(c) >= 0
        || Character.isISOControl(c))) {
      why = "File name " + Excerpts.quote(name) + " leaves the folder or holds a character"
          + " that file systems treat specially (" + SPECIAL_CHARACTERS + " or a control"
          + " character); the files of a " + BudgetCsv.FORMAT + " budget are plain names beside "
          + MANIFEST;
    } else if (name.equals(MANIFEST)) {
      why = MANIFEST + " cannot list itself";
    }
    if (why != null) {
      throw new BudgetFormatException(why, MANIFEST, pointer, 0, 0, null);
    }
  }

  private void checkSections() {
    if (!files.contains(SectionFiles.PROJECTS)) {
      for (String f : List.of(SectionFiles.PLANS, SectionFiles.GOALS, SectionFiles.INDICATORS)) {
        if (files.contains(f)) {
          throw new BudgetFormatException(MANIFEST + " lists " + f + " but not "
              + SectionFiles.PROJECTS + ", whose projects its rows refer to", MANIFEST, "/files",
              0, 0, null);
        }
      }
    }
    boolean procurement = files.contains(SectionFiles.PROCUREMENT);
    if (procurement != (manifest.procurement() != null)) {
      throw new BudgetFormatException(procurement
          ? MANIFEST + " lists " + SectionFiles.PROCUREMENT + " but has no \"procurement\""
          : MANIFEST + " has \"procurement\" but lists no " + SectionFiles.PROCUREMENT,
          MANIFEST, "/procurement", 0, 0, null);
    }
    if (procurement) {
      String layout = manifest.procurement().layout();
      procurementLayout = Arrays.stream(ProcurementLayout.values())
          .filter(p -> p.name().equals(layout)).findFirst()
          .orElseThrow(() -> new BudgetFormatException("Unknown 政府采购 layout "
              + Excerpts.quote(String.valueOf(layout)) + "; expected one of "
              + Arrays.stream(ProcurementLayout.values()).map(Enum::name)
                  .collect(Collectors.joining(", ")), MANIFEST, "/procurement/layout", 0, 0,
              null));
    }
    boolean assets = files.contains(SectionFiles.ASSETS);
    if (assets != (manifest.fixedAssets() != null)) {
      throw new BudgetFormatException(assets
          ? MANIFEST + " lists " + SectionFiles.ASSETS + " but has no \"fixedAssets\""
          : MANIFEST + " has \"fixedAssets\" but lists no " + SectionFiles.ASSETS,
          MANIFEST, "/fixedAssets", 0, 0, null);
    }
    if (assets && manifest.fixedAssets().asOf() != null) {
      try {
        LocalDate.parse(manifest.fixedAssets().asOf());
      } catch (DateTimeParseException e) {
        throw new BudgetFormatException("Malformed date "
            + Excerpts.quote(manifest.fixedAssets().asOf()) + "; expected YYYY-MM-DD", MANIFEST,
            "/fixedAssets/asOf", 0, 0, e);
      }
    }
  }

  /**
   * Returns the names of the files listed, in the manifest's order.
   *
   * @return the names
   */
  Set<String> files() {
    return files;
  }

  /**
   * Reads the budget from the listed files.
   *
   * @param contents the bytes of a file by name, {@code null} if missing
   * @param charset the charset of the CSV files, or {@code null} to detect it
   * @param maxFileBytes the limit on a file's size
   * @throws BudgetFormatException if a file is missing or malformed, or the budget they make
   *     is not one the model can hold
   */
  DepartmentBudget read(Function<String, byte[]> contents, Charset charset, long maxFileBytes) {
    BudgetBuilder b = DepartmentBudget.builder();
    Map<String, String> sections = new HashMap<>();
    try {
      b.department(manifest.department().code(), manifest.department().name())
          .year(manifest.year()).kind(kind).profile(profile);
      for (int i = 0; i < manifest.files().size(); i++) {
        Entry e = manifest.files().get(i);
        byte[] bytes = contents.apply(e.file());
        if (bytes == null) {
          throw new BudgetFormatException("Missing file " + e.file() + ", listed in " + MANIFEST,
              e.file(), null, 0, 0, null);
        }
        String text = CsvInput.decode(e.file(), bytes, charset, maxFileBytes);
        if (layouts.get(i) != null) {
          b.table(TableFiles.read(e.file(), text, layouts.get(i), e.title(), e.note()));
        } else {
          sections.put(e.file(), text);
        }
      }
      return readSections(b, sections);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // the model refuses what it cannot hold (a department code it does not accept…)
      throw new BudgetFormatException(e.getMessage(), MANIFEST, null, 0, 0, e);
    }
  }

  private DepartmentBudget readSections(BudgetBuilder b, Map<String, String> files) {
    Content m = manifest;
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
    }
    String procurement = files.get(SectionFiles.PROCUREMENT);
    if (procurement != null) {
      b.procurement(SectionFiles.readProcurement(SectionFiles.PROCUREMENT, procurement,
          procurementLayout, m.procurement().title(),
          m.procurement().notes() == null ? List.of() : m.procurement().notes()));
    }
    String assets = files.get(SectionFiles.ASSETS);
    if (assets != null) {
      b.fixedAssets(SectionFiles.readAssets(SectionFiles.ASSETS, assets,
          m.fixedAssets().title(), m.fixedAssets().asOf()));
    }
    return b.build();
  }
}
