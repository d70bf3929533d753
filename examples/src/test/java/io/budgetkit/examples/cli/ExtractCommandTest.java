package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.fixtures.PublishedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExtractCommandTest {

  private static final Pattern SUMMARY = Pattern.compile(
      "extracted (\\d+) tables? \\((\\d+) cells\\) and (\\d+) text blocks from (.+) to (.+)\n");

  @TempDir
  Path dir;


  @ParameterizedTest(name = "{0}")
  @EnumSource(PublishedFile.class)
  void everyPublishedFileExtractsToOneCsvGridPerTableAndItsText(PublishedFile file)
      throws IOException {
    List<Path> parts = file.copyTo(dir);
    Path out = dir.resolve("out");
    List<String> argv = new ArrayList<>(List.of("extract"));
    parts.forEach(p -> argv.add(p.toString()));
    argv.addAll(List.of("-o", out.toString()));

    Run run = Run.of(argv.toArray(String[]::new));

    assertThat(run.exit).as(run.err).isZero();
    Matcher m = SUMMARY.matcher(run.out);
    assertThat(m.matches()).as(run.out).isTrue();
    int tables = Integer.parseInt(m.group(1));
    // every document has text; the 说明-only parts aside, each has its tables
    assertThat(Integer.parseInt(m.group(3))).isPositive();
    assertThat(m.group(4)).isEqualTo(parts.stream().map(p -> p.getFileName().toString())
        .collect(Collectors.joining(", ")));
    List<String> written;
    try (Stream<Path> s = Files.list(out)) {
      written = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    assertThat(written).hasSize(tables + 1).contains("document.txt");
    String text = new String(Files.readAllBytes(out.resolve("document.txt")),
        StandardCharsets.UTF_8);
    // the text names each table file where the table stands
    for (int i = 1; i <= tables; i++) {
      assertThat(text).contains(String.format("[table-%02d.csv: ", i));
    }
  }

  @Test
  void theTablesOfAJiangsuDocumentInTwoFilesComeFromItsTablesFile() throws IOException {
    List<Path> parts = PublishedFile.JIANGSU_CPPCC_OFFICE_2017.copyTo(dir);
    Run run = Run.of("extract", parts.get(0).toString(), parts.get(1).toString(), "--to",
        "json", "-o", dir.resolve("cppcc.json").toString());
    assertThat(run.exit).as(run.err).isZero();
    String json = Files.readString(dir.resolve("cppcc.json"));
    // the 说明 file has no table (pdftotext -layout shows none), the 表格 file the twelve
    // 公开表 that PdfReaderFixtureCountsTest counts by hand
    assertThat(json).contains("\"files\" : [ \"cppcc-office-2017-text.pdf\","
        + " \"cppcc-office-2017-tables.pdf\" ]");
    assertThat(run.out).startsWith("extracted 12 tables (");
  }

  @Test
  void withoutAnOutputJsonGoesToStandardOutputAndTheSummaryToStandardError()
      throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), "<html><body><h1>收入总表</h1>"
        + "<table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1,234.50</td></tr>"
        + "</table></body></html>");
    Run run = Run.of("extract", "--to", "json", page.toString());
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).startsWith("{\n  \"format\" : \"budgetkit-extract/1\"")
        .contains("\"text\" : \"1,234.50\"");
    assertThat(run.err).isEqualTo("budgetkit: extracted 1 table (4 cells) and 1 text blocks"
        + " from page.html\n");
  }

  @Test
  void aReadersNoteIsSummedUpOnStandardErrorAsEveryProblemIsSaidOnOneLine() throws IOException {
    // Declared GB2312 (read as GB18030), written in UTF-8: the reader reads UTF-8 and notes it.
    Path page = Files.write(dir.resolve("converted.html"), ("<html><head><meta charset=\"gb2312\">"
        + "</head><body><p>部门预算</p></body></html>").getBytes(StandardCharsets.UTF_8));
    Run run = Run.of("extract", "--to", "json", page.toString());
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).startsWith("budgetkit: 1 note on reading (all in the output), first:"
        + " WARNING html.charset-mismatch converted.html: the page declares the charset GB18030"
        + " but its bytes are not GB18030; it is read as UTF-8, which they are\n");
  }

  @Test
  void validatingAPublishedFileOfAnotherTemplateReadsItAndSaysWhatCanBeDoneWithIt() {
    // Before: "unknown kind of input; expected BudgetKit JSON …" for the very file a department
    // published, the first thing an inspector tries. The PDF is read; the Shanghai template's
    // tables are not the standard ones the recognizer knows, and the user is told so.
    Path pdf = PublishedFile.SHANGHAI_WELFARE_HOME_2024.copyTo(dir).get(0);
    Run run = Run.of("validate", pdf.toString());
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + pdf + ": not a published disclosure of a"
        + " template BudgetKit reads: none of the standard tables (部门预算收支总表 …) was found;"
        + " 'budgetkit extract " + pdf + " -o DIR' writes the tables it holds as CSV\n");
  }

  @Test
  void validatingAScanSaysThatOcrIsNeeded() throws IOException {
    Path scan = dir.resolve("扫描件.pdf");
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.addPage(new PDPage());
      d.save(scan.toFile());
    }
    Run run = Run.of("validate", scan.toString());
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: 扫描件.pdf: has no text layer: OCR is needed (none"
        + " of its 2 pages has any text; it is probably a scan)\n");
  }

  @Test
  void csvNeedsAnOutputFolder() throws IOException {
    Path page = Files.writeString(dir.resolve("p.html"), "<p>x</p>");
    Run run = Run.of("extract", page.toString());
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: extract --to csv writes a folder: name it with"
        + " -o OUT\n");
  }

  @Test
  void aFileThatIsNoDocumentIsOneLineAndExitTwo() throws IOException {
    Path scan = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1'});
    Run run = Run.of("extract", scan.toString(), "-o", dir.resolve("out").toString());
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: scan.pdf: is truncated or damaged: it does not end"
        + " with the %%EOF marker of a complete PDF (was the download cut short?)\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void theOutputNeverOverwritesAnInput() throws IOException {
    Path page = Files.writeString(dir.resolve("p.html"), "<table><tr><td>a</td><td>b</td></tr>"
        + "<tr><td>c</td><td>d</td></tr></table>");
    Run run = Run.of("extract", "--to", "json", page.toString(), "-o", page.toString());
    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).contains("refusing to overwrite the input");
    assertThat(Files.readString(page)).startsWith("<table>");
  }
}
