package io.budgetkit.importer.disclosure;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.SectionKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 情况说明 reader behind {@link DisclosureRecognizer}: the preamble, the sections with their text,
 * the 机构设置 table and the figures stated in the text (LAYOUTS.md §1).
 *
 * <p>Section text is the trimmed non-blank prose lines under a heading, joined with {@code \n}.
 * The lines of other tables printed inside sections (project 绩效目标表, 政府采购, 固定资产, with
 * their captions, header lines and notes) are not prose: from such a table's caption (or first
 * cell line) up to the next heading the lines are left to their readers, and stay reported as
 * unread until one reads them. Every item this reader places is marked {@link #consumed()}.
 *
 * <p>Lines are lines of text blocks, whatever the format; rows of cells are never prose. What an
 * extraction leaves in the text (a PDF converter's spaces and markup, a DOCX paragraph pasted
 * from Excel in quotes with TABs) is undone by its reader ({@link DisclosureTextReader}).
 * Characters are kept as written (traditional characters included); the text is never
 * corrected.
 */
final class NarrativeReader {

  /** Matched only on lines of at most 40 characters ({@link #headingKind}). */
  private static final Pattern HEADING = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|[0-9]{1,2}[、.．])\\s*(\\S.*)$");
  /**
   * An amount in 万元 in a sentence. It starts where a run of digits starts, and the digits are
   * not given back: tried at every digit of a run without them, a long run cost its square.
   */
  private static final Pattern AMOUNT =
      Pattern.compile("(?<![0-9])([0-9]++(?:\\.[0-9]++)?+)\\s*+([万萬]元)");
  private static final Pattern YEAR = Pattern.compile("^[0-9]{4}年");
  private static final Pattern ORG_CAPTION = Pattern.compile("^(?:部门|单位)?机构设置情况表?$");
  private static final Pattern TABLE_CAPTION = Pattern.compile(
      "^(?:(?:部门|单位)?政府采购预算表?|.*固定资产占用情况表?|.*绩效目标表)$");
  private static final String DELIMITERS = "，,。；;：:\n";
  private static final String[] CONNECTORS = {"其中", "包括", "主要为", "和"};

  private final TextRows rows;
  private final BitSet consumed = new BitSet();
  private final Narrative.Builder narrative = Narrative.builder();
  private final List<OrganisationUnit> units = new ArrayList<>();
  private String organisationTitle;
  private boolean found;

  private SectionKind kind;
  private String heading;
  private final List<String> text = new ArrayList<>();

  NarrativeReader(TextRows rows) {
    this.rows = rows;
  }

  private int size() {
    return rows.all.size();
  }

  /** The text of item {@code i} (0-based). */
  private String raw(int i) {
    return rows.all.get(i).text;
  }

  /** Whether item {@code i} is a row of cells. */
  private boolean isRow(int i) {
    return rows.all.get(i).isRow();
  }

  /**
   * Reads the narrative.
   *
   * @return this
   */
  NarrativeReader read() {
    int first = firstHeading();
    if (first < 0) {
      return this;
    }
    found = true;
    preamble(first);
    boolean tableZone = false;
    for (int i = first; i < size(); i++) {
      String raw = raw(i);
      boolean row = isRow(i);
      if (raw.isBlank()) {
        continue;
      }
      if (!row && TableReader.titleKind(raw) != null) {
        break; // a standard table after the narrative: the table reader's
      }
      String line = clean(raw);
      SectionKind k = !row ? headingKind(line) : null;
      if (k != null && (kind == null || k.ordinal() > kind.ordinal())) {
        finishSection();
        kind = k;
        heading = line;
        consumed.set(i + 1);
        tableZone = false;
        continue;
      }
      if (tableZone) {
        continue;
      }
      if (!row && ORG_CAPTION.matcher(line).matches()) {
        int end = organisation(i + 1);
        if (end > i + 1) {
          organisationTitle = line;
          consumed.set(i + 1);
          i = end - 1;
          continue;
        }
      }
      if (row || TABLE_CAPTION.matcher(line).matches()
          || (kind == SectionKind.PROJECTS && line.endsWith("绩效目标表"))) {
        tableZone = true; // a table of another reader, up to the next heading
        continue;
      }
      text.add(line);
      consumed.set(i + 1);
    }
    finishSection();
    return this;
  }

  /** The items (counted from 1) this reader placed in the model. */
  BitSet consumed() {
    return consumed;
  }

  /**
   * Returns the budget with the narrative and the organisation added.
   *
   * @param budget the budget of the tables
   * @return the budget with the narrative
   */
  DepartmentBudget addTo(DepartmentBudget budget) {
    if (!found) {
      return budget;
    }
    var b = DepartmentBudget.builder().from(budget).narrative(narrative.build());
    if (organisationTitle != null) {
      b.organisationTitle(organisationTitle);
    }
    units.forEach(u -> b.organisationUnit(u.name(), u.nature(), u.rank(), u.funding()));
    return b.build();
  }

  // ---------------------------------------------------------------- structure

  private int firstHeading() {
    for (int i = 0; i < size(); i++) {
      String raw = raw(i);
      // 职 first: a cheap test on every line of the document
      if (raw.indexOf('职') >= 0 && !isRow(i)
          && headingKind(clean(raw)) == SectionKind.DUTIES) {
        return i;
      }
    }
    return -1;
  }

  /** The lines before section 一 from the 情况说明 title on, if any. */
  private void preamble(int first) {
    int start = first;
    for (int i = first - 1; i >= 0; i--) {
      String raw = raw(i);
      if (raw.isBlank()) {
        continue;
      }
      String line = clean(raw);
      if (isRow(i) || line.startsWith("注") || TableReader.titleKind(raw) != null) {
        break;
      }
      if (line.contains("情况说明") || line.startsWith("第一部分")) {
        start = i;
      }
    }
    List<String> pre = new ArrayList<>();
    for (int i = start; i < first; i++) {
      if (!raw(i).isBlank()) {
        pre.add(clean(raw(i)));
        consumed.set(i + 1);
      }
    }
    if (!pre.isEmpty()) {
      narrative.preamble(String.join("\n", pre));
    }
  }

  /**
   * Reads the 机构设置 table that starts at a line; returns the index after it, or {@code from}
   * if no unit row was read (the lines are then left unread).
   */
  private int organisation(int from) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    int i = from;
    // a line of text ends the table
    for (; i < size() && isRow(i); i++) {
      TextRows.Item it = this.rows.all.get(i);
      rowLines.add(i + 1);
      List<String> row = new ArrayList<>();
      for (int c = 0; c < it.cells.size(); c++) {
        row.add(it.cell(c).strip());
      }
      rows.add(row);
    }
    List<OrganisationUnit> read = new ArrayList<>();
    for (List<String> r : rows) {
      while (r.size() > 4 && r.get(r.size() - 1).isEmpty()) {
        r.remove(r.size() - 1);
      }
      if (r.size() != 4) {
        return from; // not the four columns of the schema: left unread
      }
      if (r.get(0).equals("单位名称")) {
        continue;
      }
      read.add(OrganisationUnit.of(r.get(0), r.get(1), r.get(2), r.get(3)));
    }
    if (read.isEmpty()) {
      return from;
    }
    units.addAll(read);
    rowLines.forEach(consumed::set);
    return i;
  }

  private void finishSection() {
    if (kind == null) {
      return;
    }
    String body = String.join("\n", text);
    narrative.section(kind, heading, body);
    figures(kind, body);
    text.clear();
  }

  static SectionKind headingKind(String line) {
    if (line.length() > 40 || line.isEmpty()
        || ("一二三四五六七八九十".indexOf(line.charAt(0)) < 0 && !isAsciiDigit(line.charAt(0)))) {
      return null; // cheap tests first: this runs on every line
    }
    Matcher m = HEADING.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String t = m.group(1);
    if (t.contains("：") || t.contains(":") || t.contains("。") || t.endsWith("绩效目标表")) {
      return null;
    }
    if (t.contains("职责")) {
      return SectionKind.DUTIES;
    } else if (t.contains("预算安排的总体情况")) {
      return SectionKind.OVERVIEW;
    } else if (t.contains("收入说明")) {
      return SectionKind.INCOME;
    } else if (t.contains("支出说明")) {
      return SectionKind.EXPENDITURE;
    } else if (t.contains("增减情况") && !t.contains("三公")) {
      return SectionKind.CHANGE;
    } else if (t.contains("机关运行经费")) {
      return SectionKind.OPERATING_COSTS;
    } else if (t.contains("三公")) {
      return SectionKind.THREE_PUBLIC;
    } else if (t.contains("整体绩效目标")) {
      return SectionKind.OVERALL_PERFORMANCE;
    } else if (t.contains("专项资金")) {
      return SectionKind.SPECIAL_FUNDS;
    } else if (t.contains("项目预算安排情况") || t.contains("预算绩效信息")) {
      return SectionKind.PROJECTS;
    } else if (t.contains("政府采购预算情况")) {
      return SectionKind.PROCUREMENT;
    } else if (t.contains("国有资产")) {
      return SectionKind.ASSETS;
    } else if (t.contains("名词解释")) {
      return SectionKind.GLOSSARY;
    } else if (t.contains("其他需要说明")) {
      return SectionKind.OTHER_MATTERS;
    }
    return null;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---------------------------------------------------------------- figures

  private void figures(SectionKind section, String body) {
    Matcher m = AMOUNT.matcher(body);
    int prevEnd = 0;
    boolean projectsListed = false;
    while (m.find()) {
      int s = m.start();
      while (s > prevEnd && DELIMITERS.indexOf(body.charAt(s - 1)) < 0) {
        s--;
      }
      // leading connectors skipped by moving the start (a substring per connector is
      // quadratic in a hostile run of them)
      int end = m.start();
      boolean again = true;
      while (again) {
        again = false;
        for (String c : CONNECTORS) {
          if (body.startsWith(c, s) && end - s > c.length()) {
            s += c.length();
            again = true;
          }
        }
      }
      String seg = body.substring(s, end);
      prevEnd = m.end();
      seg = YEAR.matcher(seg).replaceFirst("");
      if (seg.isEmpty()) {
        continue;
      }
      String value = m.group(1) + m.group(2);
      switch (section) {
        case INCOME:
          add(incomeKind(seg), seg, value);
          break;
        case EXPENDITURE:
          if (projectsListed) {
            addSubject(FigureKind.PROJECT_AMOUNT, seg, seg, value);
          } else if (seg.contains("支出预算")) {
            add(FigureKind.EXPENDITURE, seg, value);
          } else if (seg.startsWith("基本支出")) {
            add(FigureKind.BASIC_EXPENDITURE, seg, value);
          } else if (seg.startsWith("人员经费")) {
            add(FigureKind.PERSONNEL, seg, value);
          } else if (seg.contains("公用经费")) {
            add(FigureKind.PUBLIC_EXPENSES, seg, value);
          } else if (seg.startsWith("项目支出")) {
            add(FigureKind.PROJECT_EXPENDITURE, seg, value);
            projectsListed = true;
          } else {
            addSubject(FigureKind.PROJECT_AMOUNT, seg, seg, value);
          }
          break;
        case CHANGE:
          if (seg.contains("收支安排")) {
            add(FigureKind.CHANGE_BASE, seg, value);
          } else if (seg.startsWith("较") || seg.startsWith("比上年")) {
            add(FigureKind.CHANGE_TOTAL, seg, value);
          } else if (seg.startsWith("基本支出")) {
            add(FigureKind.CHANGE_BASIC, seg, value);
          } else if (seg.startsWith("项目支出")) {
            add(FigureKind.CHANGE_PROJECT, seg, value);
          } else {
            addSubject(FigureKind.CHANGE_COMPONENT,
                seg.replaceFirst("(增加|减少|增长|下降|降低|提高|上升)$", ""), seg, value);
          }
          break;
        case OPERATING_COSTS:
          if (seg.contains("机关运行经费")) {
            add(FigureKind.OPERATING_COSTS, from(seg, "机关运行经费"), value);
          } else {
            addSubject(FigureKind.OPERATING_COSTS_COMPONENT, seg, seg, value);
          }
          break;
        case THREE_PUBLIC:
          add(threePublicKind(seg), threePublicWords(seg), value);
          break;
        case ASSETS:
          if (seg.contains("固定资产金额")) {
            add(FigureKind.FIXED_ASSETS, from(seg, "上年末"), value);
          } else if (seg.contains("拟购置固定资产")) {
            add(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, from(seg, "本年度"), value);
          }
          break;
        default:
          break; // amounts of other sections stay in their text; they are no stated figure
      }
    }
  }

  private static FigureKind incomeKind(String seg) {
    if (seg.contains("一般公共预算")) {
      return FigureKind.INCOME_GENERAL_PUBLIC;
    } else if (seg.contains("基金预算")) {
      return FigureKind.INCOME_GOVERNMENT_FUND;
    } else if (seg.contains("国有资本经营")) {
      return FigureKind.INCOME_STATE_CAPITAL;
    } else if (seg.contains("财政专户")) {
      return FigureKind.INCOME_SPECIAL_ACCOUNT;
    } else if (seg.contains("单位资金")) {
      return FigureKind.INCOME_UNIT_FUNDS;
    } else if (seg.contains("上年结转")) {
      return FigureKind.INCOME_CARRYOVER;
    }
    return FigureKind.INCOME;
  }

  private static FigureKind threePublicKind(String seg) {
    if (seg.contains("相比") || seg.contains("比上年")) {
      return FigureKind.THREE_PUBLIC_CHANGE;
    } else if (seg.contains("三公")) {
      return FigureKind.THREE_PUBLIC;
    } else if (seg.contains("因公出国")) {
      return FigureKind.THREE_PUBLIC_OVERSEAS;
    } else if (seg.contains("购置及运")) {
      return FigureKind.THREE_PUBLIC_VEHICLES;
    } else if (seg.contains("购置费")) {
      return FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE;
    } else if (seg.contains("运行维护费") || seg.contains("运维费")) {
      return FigureKind.THREE_PUBLIC_VEHICLE_OPERATION;
    }
    return FigureKind.THREE_PUBLIC_RECEPTION;
  }

  private static String threePublicWords(String seg) {
    if (seg.contains("三公") && !seg.contains("相比")) {
      return seg.contains("财政拨款") ? from(seg, "财政拨款") : from(seg, "“三公”");
    }
    return seg;
  }

  private static String from(String seg, String key) {
    int i = seg.indexOf(key);
    return i < 0 ? seg : seg.substring(i);
  }

  private void add(FigureKind k, String words, String value) {
    narrative.figure(k, words, value);
  }

  private void addSubject(FigureKind k, String subject, String words, String value) {
    narrative.figure(k, subject, words, value);
  }



  /** A narrative line as printed: bookmarks dropped, trimmed. */
  private static String clean(String raw) {
    return Text.dropBookmarks(raw).strip();
  }

}
