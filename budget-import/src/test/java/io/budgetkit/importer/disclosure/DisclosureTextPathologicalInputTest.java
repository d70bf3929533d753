package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.budgetkit.fixtures.Fixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Lines and files built to make a careless regular expression or loop over lines go quadratic
 * (issue 10, defect 1). Each is read through {@link DisclosureText} within a bound of 10 s; a
 * linear importer reads each in well under a second, the quadratic one took minutes or hours.
 * What is asserted besides the time: diagnostics come out, never an exception.
 */
class DisclosureTextPathologicalInputTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String DOCX = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text();
  private static final String PDF = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.text();

  /** Reads a text within the bound; an exception fails the test. */
  private static ImportResult readWithinBound(String text) {
    return assertTimeoutPreemptively(BOUND, () -> DisclosureText.read(text, "hostile"));
  }

  /** Inserts lines after the first line that equals {@code anchor} (after stripping). */
  private static String insertAfter(String text, String anchor, String inserted) {
    int at = text.indexOf(anchor);
    assertThat(at).as("anchor %s", anchor).isGreaterThanOrEqualTo(0);
    int end = text.indexOf('\n', at);
    return text.substring(0, end + 1) + inserted + "\n" + text.substring(end + 1);
  }

  /**
   * The places a hostile line can stand, so that every reader sees it: alone (front matter), a
   * DOCX cell, a PDF row, the DOCX narrative under its first heading, the header of the DOCX's
   * first table (its department, 预算年度 and 单位 lines), a PDF table's data rows, and an amount
   * cell.
   */
  private static List<String> contexts(String line) {
    List<String> texts = new ArrayList<>();
    texts.add(insertAfter(DOCX, "一、部门职责及机构设置情况", line));
    texts.add(insertAfter(DOCX, "\t单位：万元", "\t" + line));
    texts.add(insertAfter(PDF, "1\t一、一般公共预算拨款收入", line + "\t" + line));
    texts.add(DOCX.replaceFirst("\t2143\\.14\n", Matcher.quoteReplacement("\t" + line + "\n")));
    return texts;
  }

  /**
   * Reads the line alone, as a DOCX cell and as a PDF row (no disclosure: the nine tables are
   * reported missing) and in each place of {@link #contexts} (the tables around it are read).
   */
  private static void readEachContextWithinBound(String line) {
    assertTimeoutPreemptively(BOUND, () -> {
      for (String text : List.of(line, "\t" + line, "x\t" + line + "\t" + line + "\t")) {
        assertThat(DisclosureText.read(text, "hostile").diagnostics())
            .extracting(ImportDiagnostic::code).contains("table.missing");
      }
      for (String text : contexts(line)) {
        assertThat(DisclosureText.read(text, "hostile").budget().tables()).isNotEmpty();
      }
    });
  }

  @Test
  void aLineOfThirtyThousandUnclosedBookmarksIsReadInLinearTime() {
    // 300 KB: every [bookmark: made \[bookmark:[^\]]*\] scan to the end of the line
    readEachContextWithinBound("[bookmark:".repeat(30_000));
  }

  @Test
  void bookmarksWithoutTheirClosingBracketAreKeptAndClosedOnesDropped() {
    String text = DOCX.replace("\n一是围绕全区经济建设",
        "\n[bookmark: a]一是围绕[bookmark: [b]全区经济建设[bookmark: open");
    ImportResult r = DisclosureText.read(text, "bookmarks");
    assertThat(r.budget().narrative().sections().get(0).text())
        .contains("\n一是围绕全区经济建设[bookmark: open");
  }

  @Test
  void aMillionDigitsAreReadInLinearTime() {
    // [0-9]+ restarted at every digit of a run; BigDecimal parses a long run in quadratic time
    readEachContextWithinBound("1".repeat(1_000_000));
  }

  @Test
  void aMillionDigitsBeforeWanYuanInTheIncomeSectionAreReadInLinearTime() {
    readWithinBound(insertAfter(DOCX, "1、收入说明", "收入" + "1".repeat(1_000_000) + "万元。"));
  }

  @Test
  void aMillionConnectorWordsBeforeAnAmountAreReadInLinearTime() {
    // 其中/和 were cut off one substring copy at a time
    readWithinBound(insertAfter(DOCX, "1、收入说明", "和".repeat(1_000_000) + "1万元。"));
  }

  @Test
  void aMillionSpacesAreReadInLinearTime() {
    readEachContextWithinBound("a" + " ".repeat(1_000_000) + "b");
  }

  @Test
  void aMillionSpacesInAPdfProjectPurposeAreReadInLinearTime() {
    // \s+(?=[0-9]{1,2}[.．、]) splits a PDF 资金用途 at numbered items
    readWithinBound(PDF.replace("\t预算数 29.23 万元。", "\t预算数" + " ".repeat(1_000_000)
        + "29.23 万元。"));
  }

  @Test
  void aMillionTabsAreReadInLinearTime() {
    readEachContextWithinBound("\t".repeat(1_000_000));
  }

  @Test
  void aMillionChineseCharactersAreReadInLinearTime() {
    readEachContextWithinBound("中".repeat(1_000_000));
  }

  @Test
  void aHeaderRepeatingTheYearAndUnitFortyThousandTimesIsReadInLinearTime() {
    // (.*?)\s*预算年度…单位[：:]\s*(\S+)$ retried the rest of the line at every 预算年度
    readWithinBound(insertAfter(DOCX, "\t单位：万元",
        "\t单位：万元 " + "预算年度：2025单位：万元".repeat(40_000) + " x"));
  }

  @Test
  void indicatorValuesOfThousandsSeparatorsAndDigitsAreReadInLinearTime() {
    // .*[0-9],[0-9]{3}.* and ^…([0-9]+…)(.*)$ backtrack over a line separator (U+2028)
    String pdf = PDF.replace("\t35 套\t", "\t" + "1,234".repeat(100_000) + "\u2028x\t")
        .replace("\t82 套\t", "\t" + "1".repeat(200_000) + "x\u2028y\t")
        .replace("\t≤407 人\t", "\t" + "1".repeat(1_000_000) + "\t");
    readWithinBound(pdf);
  }

  @Test
  void aProcurementQuantityOfAMillionDigitsIsReadInLinearTime() {
    readWithinBound(PDF.replace("\t批\t1\t29.23\t", "\t批\t" + "1".repeat(1_000_000)
        + "\t29.23\t"));
  }

  @Test
  void threeHundredThousandLinesContinuingADocxCellAreReadInLinearTime() {
    // a line without TAB continues the cell above: each was appended to a copy of the cell
    readWithinBound(insertAfter(DOCX, "\t2143.14", "a\n".repeat(300_000)));
  }

  @Test
  void twoHundredThousandPdfContinuationRowsAreReadInLinearTime() {
    // a PDF row with a blank 序号 continues the row before: each was appended to a copy
    readWithinBound(insertAfter(PDF, "1\t一、一般公共预算拨款收入", "\tx\t\t\t\n".repeat(200_000)));
  }

  @Test
  void twoHundredThousandPdfIndicatorContinuationRowsAreReadInLinearTime() {
    readWithinBound(insertAfter(PDF, "\t数量指标\t配发辅警人数", "\t\tx\t\t\t\t\n".repeat(200_000)));
  }

  @Test
  void aHundredThousandQuotedOrganisationCaptionsAreReadInLinearTime() {
    // each caption made the 机构设置 reader scan all the lines after it
    readWithinBound(insertAfter(DOCX, "一、部门职责及机构设置情况",
        "\"机构\t设置情况表\"\n".repeat(100_000)));
  }

  /** About 5 MB of the tokens the patterns look for, in random order, on one line. */
  private static String fiveMegabyteLine() {
    String[] tokens = {"[bookmark:", "]", "1", "2025", "万元", " ", "\t", "，", "和", "其中",
        "预算年度：", "单位：", "$", "<p>", "中", ",", ".", "、", "绩效目标表", "\u2028", "1,234"};
    Random random = new Random(5);
    StringBuilder s = new StringBuilder();
    int bytes = 0;
    while (bytes < 5_000_000) {
      String token = tokens[random.nextInt(tokens.length)];
      s.append(token);
      bytes += token.getBytes(StandardCharsets.UTF_8).length;
    }
    return s.toString();
  }

  @Test
  void aFiveMegabyteLineIsReportedAsTooLongByDefault() {
    String line = fiveMegabyteLine();
    assertThat(line.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(5_000_000);
    ImportResult r = readWithinBound(insertAfter(DOCX, "一、部门职责及机构设置情况", line));
    assertThat(r.diagnostics()).extracting(ImportDiagnostic::code).contains("line.long");
  }

  @Test
  void aFiveMegabyteLineIsReadInLinearTimeWhenTheLineLimitAllowsIt() {
    DisclosureText.Limits limits = DisclosureText.Limits.defaults().withMaxLineLength(8 << 20);
    String line = fiveMegabyteLine();
    assertTimeoutPreemptively(BOUND, () -> {
      for (String text : contexts(line)) {
        ImportResult r = DisclosureText.read(text, "hostile", limits);
        assertThat(r.diagnostics()).extracting(ImportDiagnostic::code)
            .doesNotContain("line.long");
      }
    });
  }

  @Test
  void aHundredThousandShortLinesAreReadInLinearTime() {
    readWithinBound(insertAfter(DOCX, "\t2143.14", "\t1\n".repeat(100_000)));
    readWithinBound(insertAfter(DOCX, "\t2143.14", "\n\t1\n".repeat(100_000)));
    readWithinBound(insertAfter(PDF, "1\t一、一般公共预算拨款收入", "1\n".repeat(100_000)));
    readWithinBound("一、部门职责\n" + "二、收入说明\n1万元\n".repeat(100_000));
  }
}
