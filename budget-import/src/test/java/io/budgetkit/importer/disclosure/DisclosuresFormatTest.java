package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.fixtures.GoldenCell;
import io.budgetkit.fixtures.GoldenCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The recognizer reads a disclosure the same whatever format it was published in. The DOCX and
 * HTML documents here are written from the independent cell list of a Hebei fixture ({@link
 * GoldenCells}) and its hand-built model (titles, notes, 序号, department), never from what the
 * importer reads, in the Hebei template's layout: a centred title, the department, 预算年度 and
 * 单位 line, a header whose 序号 cell spans two rows and whose 项目 and 金额 cells span columns,
 * the 栏次 row, the body.
 */
class DisclosuresFormatTest {

  static final Fixture FIXTURE = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024;

  /** A table of the fixture as the template prints it. */
  static final class Printed {
    final String title;
    final int columns; // 栏次 columns, without 序号
    /** The first header row's merged cells over the 栏次 columns: {first column, count, text}. */
    final List<Object[]> groups = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<List<String>> body = new ArrayList<>();
    final String note;

    Printed(DisclosureTable t, Map<String, Map<Integer, Map<Integer, String>>> golden) {
      title = t.title();
      columns = t.layout().columns().size();
      if (t.layout().labelColumns().size() == 2) {
        // the two sides of a summary table: 收入 over its item and amount, 支出 over the rest
        int second = t.layout().labelColumns().get(1).number();
        groups.add(new Object[] {1, second - 1, "收入"});
        groups.add(new Object[] {second, columns - second + 1, "支出"});
      } else {
        int labels = columns - t.layout().amountColumns().size();
        groups.add(new Object[] {1, labels, "项目"});
        groups.add(new Object[] {labels + 1, columns - labels, "金额"});
      }
      t.layout().columns().forEach(c -> names.add(c.name()));
      Map<Integer, Map<Integer, String>> cells = golden.getOrDefault(squeeze(t.title()),
          Map.of());
      TreeSet<Integer> seqs = new TreeSet<>(cells.keySet());
      t.rows().stream().map(TableRow::seq).forEach(seqs::add);
      for (int seq : seqs) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(seq));
        for (int c = 1; c <= columns; c++) {
          row.add(cells.getOrDefault(seq, Map.of()).getOrDefault(c, ""));
        }
        body.add(row);
      }
      note = t.note().orElse(null);
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  static List<Printed> printed() {
    Map<String, Map<Integer, Map<Integer, String>>> golden = new TreeMap<>();
    for (GoldenCell c : GoldenCells.of(FIXTURE)) {
      golden.computeIfAbsent(c.table(), k -> new TreeMap<>())
          .computeIfAbsent(c.seq(), k -> new TreeMap<>()).put(c.column(), c.text());
    }
    List<Printed> out = new ArrayList<>();
    for (DisclosureTable t : FIXTURE.budget().tables()) {
      out.add(new Printed(t, golden));
    }
    return out;
  }

  static String meta() {
    DepartmentBudget b = FIXTURE.budget();
    return b.departmentCode() + " " + b.departmentName() + "    预算年度：" + b.year()
        + "    单位：万元";
  }

  // ---------------------------------------------------------------- DOCX

  private static CTTcPr pr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void spanColumns(XWPFTable t, int row, int from, int count) {
    if (count < 2) {
      return;
    }
    pr(t.getRow(row).getCell(from)).addNewGridSpan().setVal(BigInteger.valueOf(count));
    for (int i = 1; i < count; i++) {
      t.getRow(row).removeCell(from + 1);
    }
  }

  static byte[] docx(List<Printed> tables, List<String[]> narrative) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String[] heading : narrative) {
        doc.createParagraph().createRun().setText(heading[0]);
        doc.createParagraph().createRun().setText(heading[1]);
      }
      for (Printed p : tables) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = title.createRun();
        r.setBold(true);
        r.setText(p.title);
        doc.createParagraph().createRun().setText(meta());
        int width = p.columns + 1;
        XWPFTable t = doc.createTable(3 + p.body.size(), width);
        // header row 1: 序号 (down two rows), then the groups over the columns
        t.getRow(0).getCell(0).setText("序号");
        for (Object[] g : p.groups) {
          t.getRow(0).getCell((Integer) g[0]).setText((String) g[2]);
        }
        // header row 2: the column names
        for (int c = 1; c < width; c++) {
          t.getRow(1).getCell(c).setText(p.names.get(c - 1));
        }
        t.getRow(2).getCell(0).setText("栏次");
        for (int c = 1; c < width; c++) {
          t.getRow(2).getCell(c).setText(Integer.toString(c));
        }
        for (int i = 0; i < p.body.size(); i++) {
          List<String> row = p.body.get(i);
          for (int c = 0; c < width; c++) {
            if (!row.get(c).isEmpty()) {
              t.getRow(3 + i).getCell(c).setText(row.get(c));
            }
          }
        }
        pr(t.getRow(0).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
        pr(t.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.CONTINUE);
        for (int i = p.groups.size() - 1; i >= 0; i--) { // right to left: cells shift
          Object[] g = p.groups.get(i);
          spanColumns(t, 0, (Integer) g[0], (Integer) g[1]);
        }
        if (p.note != null) {
          doc.createParagraph().createRun().setText(p.note);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  // ---------------------------------------------------------------- HTML

  private static String html(List<Printed> tables) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<title>部门预算公开</title></head><body>\n");
    for (Printed p : tables) {
      int width = p.columns + 1;
      h.append("<h2>").append(p.title).append("</h2>\n<p>").append(meta()).append("</p>\n");
      h.append("<table border=\"1\">\n<tr><td rowspan=\"2\">序号</td>");
      for (Object[] g : p.groups) {
        h.append("<td colspan=\"").append(g[1]).append("\">").append(g[2]).append("</td>");
      }
      h.append("</tr>\n<tr>");
      p.names.forEach(n -> h.append("<td>").append(n).append("</td>"));
      h.append("</tr>\n<tr><td>栏次</td>");
      for (int c = 1; c < width; c++) {
        h.append("<td>").append(c).append("</td>");
      }
      h.append("</tr>\n");
      for (List<String> row : p.body) {
        h.append("<tr>");
        row.forEach(c -> h.append("<td>").append(c).append("</td>"));
        h.append("</tr>\n");
      }
      h.append("</table>\n");
      if (p.note != null) {
        h.append("<p>").append(p.note).append("</p>\n");
      }
    }
    return h.append("</body></html>\n").toString();
  }

  private static void assertTheFixturesTables(ImportResult r) {
    DepartmentBudget expected = FIXTURE.budget();
    DepartmentBudget read = r.budget();
    assertThat(GoldenCells.compare(read, GoldenCells.of(FIXTURE))).isEmpty();
    assertThat(read.tables()).isEqualTo(expected.tables());
    assertThat(read.departmentCode()).isEqualTo(expected.departmentCode());
    assertThat(read.departmentName()).isEqualTo(expected.departmentName());
    assertThat(read.year()).isEqualTo(expected.year());
    assertThat(read.kind()).isEqualTo(expected.kind());
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
  }

  @Test
  void aDocxWithATablePerDisclosureTableReadsAsTheFixture(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("部门预算.docx");
    Files.write(file, docx(printed(), List.of()));

    assertTheFixturesTables(Disclosures.read(List.of(file)));
  }

  @Test
  void anHtmlPageOfTheTablesReadsAsTheFixture(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("部门预算.html");
    Files.writeString(file, html(printed()), StandardCharsets.UTF_8);

    assertTheFixturesTables(Disclosures.read(List.of(file)));
  }

  @Test
  void aDisclosureInTwoFilesOfTwoFormatsIsOneDocument(@TempDir Path tmp) throws IOException {
    String duties = "主要职责是维护辖区社会治安秩序。";
    String overview = "2024年收支预算总额10000万元。";
    Path text = tmp.resolve("说明.html");
    Files.writeString(text, "<!DOCTYPE html><html><body><h1>情况说明</h1><p>一、部门职责</p><p>"
        + duties + "</p><p>二、部门预算安排的总体情况</p><p>" + overview + "</p></body></html>",
        StandardCharsets.UTF_8);
    Path tables = tmp.resolve("表格.docx");
    Files.write(tables, docx(printed(), List.of()));

    ImportResult both = Disclosures.read(List.of(text, tables));

    assertTheFixturesTables(both);
    assertThat(both.budget().narrative().section(SectionKind.DUTIES).orElseThrow().text())
        .isEqualTo(duties);
    assertThat(both.budget().narrative().section(SectionKind.OVERVIEW).orElseThrow().text())
        .isEqualTo(overview);
    assertThat(Disclosures.read(List.of(tables)).budget().narrative().section(
        SectionKind.DUTIES)).isEmpty();
  }

  @Test
  void theTextExtractionThroughThePipelineReadsAsDisclosureText(@TempDir Path tmp)
      throws IOException {
    for (Fixture f : Fixture.values()) {
      Path file = tmp.resolve(f.fileName());
      Files.writeString(file, f.text(), StandardCharsets.UTF_8);

      ImportResult r = Disclosures.read(List.of(file));

      assertThat(r.budget()).isEqualTo(f.budget());
      assertThat(r.diagnostics()).isEqualTo(DisclosureText.read(f.text(), f.fileName())
          .diagnostics());
    }
  }
}
