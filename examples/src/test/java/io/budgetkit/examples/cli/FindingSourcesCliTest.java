package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.fixtures.GoldenCell;
import io.budgetkit.fixtures.GoldenCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} points a finding at the page or cell its amount was printed on, and an
 * import diagnostic at its place, naming the file when it is a workbook or one of several parts.
 *
 * <p>The workbook is the ETDZ fixture's tables written from its independent cell list ({@link
 * GoldenCells}), a sheet {@code 表k} per table in the fixture's order: A1 the title, A2 the
 * department line, row 3 序号 and the column names, row 4 the 栏次 row, then 序号 s on row
 * 4 + s; the 序号 in column A and 栏次 c in the c-th column after it. So the 收入总表 (the
 * second table: sheet 表2) 序号 4 (2040201 行政运行) 栏次 3 (合计, printed 5639.75, here
 * 5640.75: one more than its parts, an ERROR of BK-ARITH-001) is {@code '表2'!D8}, and its 序号 5
 * 栏次 3 {@code '表2'!D9}.
 */
class FindingSourcesCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Fixture FIXTURE = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024;

  @TempDir
  Path dir;

  /** The fixture's workbook, with cells replaced: {table title end, 序号, 栏次, text}. */
  private static byte[] workbook(Object[]... replaced) throws IOException {
    Map<String, Map<Integer, Map<Integer, String>>> golden = new TreeMap<>();
    for (GoldenCell c : GoldenCells.of(FIXTURE)) {
      golden.computeIfAbsent(c.table(), k -> new TreeMap<>())
          .computeIfAbsent(c.seq(), k -> new TreeMap<>()).put(c.column(), c.text());
    }
    DepartmentBudget b = FIXTURE.budget();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      int k = 0;
      for (DisclosureTable t : b.tables()) {
        XSSFSheet sheet = book.createSheet("表" + (++k));
        sheet.createRow(0).createCell(0).setCellValue(t.title());
        sheet.createRow(1).createCell(0).setCellValue(b.departmentCode() + " "
            + b.departmentName() + "    预算年度：" + b.year() + "    单位：万元");
        int columns = t.layout().columns().size();
        XSSFRow names = sheet.createRow(2);
        XSSFRow numbers = sheet.createRow(3);
        names.createCell(0).setCellValue("序号");
        numbers.createCell(0).setCellValue("栏次");
        for (int c = 1; c <= columns; c++) {
          names.createCell(c).setCellValue(t.layout().columns().get(c - 1).name());
          numbers.createCell(c).setCellValue(Integer.toString(c));
        }
        Map<Integer, Map<Integer, String>> cells = golden.getOrDefault(
            t.title().replaceAll("[\\s\\u3000]+", ""), Map.of());
        TreeSet<Integer> seqs = new TreeSet<>(cells.keySet());
        t.rows().stream().map(TableRow::seq).forEach(seqs::add);
        for (int seq : seqs) {
          XSSFRow row = sheet.createRow(3 + seq);
          row.createCell(0).setCellValue(Integer.toString(seq));
          for (int c = 1; c <= columns; c++) {
            String text = cells.getOrDefault(seq, Map.of()).getOrDefault(c, "");
            for (Object[] r : replaced) {
              if (t.title().endsWith((String) r[0]) && (Integer) r[1] == seq
                  && (Integer) r[2] == c) {
                text = (String) r[3];
              }
            }
            if (!text.isEmpty()) {
              row.createCell(c).setCellValue(text);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The findings at 收入总表 序号 4 栏次 3. */
  private static List<JsonNode> findingsAtTheChangedCell(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.get("table").asText().equals("income") && f.get("row").asInt() == 4
          && f.get("column").asInt() == 3) {
        out.add(f);
      }
    });
    return out;
  }

  private static JsonNode diagnostic(JsonNode report, String key) {
    for (JsonNode d : report.get("diagnostics")) {
      if (d.get("key").asText().equals(key)) {
        return d;
      }
    }
    throw new AssertionError("no " + key + " in " + report.get("diagnostics"));
  }

  @Test
  void aFindingInAWorkbookNamesTheFileSheetAndCell() throws IOException {
    Path file = Files.write(dir.resolve("部门预算.xlsx"), workbook(
        new Object[] {"收入总表", 4, 3, "5640.75"}, new Object[] {"收入总表", 5, 3, "合计?"}));

    Run json = Run.of("validate", "--format", "json", file.toString());
    Run text = Run.of("validate", file.toString());

    assertThat(json.exit).isEqualTo(BudgetKitCli.EXIT_ERRORS);
    JsonNode report = JSON.readTree(json.out).get(0);
    List<JsonNode> at = findingsAtTheChangedCell(report);
    assertThat(at).isNotEmpty();
    assertThat(at).extracting(f -> f.get("rule").asText()).contains("BK-ARITH-001");
    at.forEach(f -> assertThat(f.get("location").asText()).startsWith("收入总表 序号4 2040201 栏次3")
        .endsWith(" 部门预算.xlsx '表2'!D8"));
    JsonNode amount = diagnostic(report, "import.cell.amount");
    assertThat(amount.get("location").asText()).isEqualTo("部门预算.xlsx '表2'!D9");
    assertThat(amount.get("line").isNull()).isTrue();
    assertThat(text.out).contains("  错误 BK-ARITH-001  收入总表 序号4 2040201 栏次3（合计） 部门预算.xlsx"
        + " '表2'!D8\n");
    assertThat(text.out).contains("  错误 import.cell.amount  部门预算.xlsx '表2'!D9\n");
  }

  @Test
  void aFindingInTheSecondPartNamesTheSecondFile() throws IOException {
    // line 3 of the first part is text no reader places: a region.unread at 说明.txt line 3
    Path first = Files.writeString(dir.resolve("说明.txt"), "\n\n本册为封面，不是表格\n",
        StandardCharsets.UTF_8);
    Path second = Files.write(dir.resolve("表格.xlsx"), workbook(
        new Object[] {"收入总表", 4, 3, "5640.75"}));

    Run run = Run.of("validate", "--format", "json", "--lang", "en", "--parts",
        first + "," + second);

    assertThat(run.err).isEmpty();
    JsonNode report = JSON.readTree(run.out).get(0);
    List<JsonNode> at = findingsAtTheChangedCell(report);
    assertThat(at).isNotEmpty();
    at.forEach(f -> assertThat(f.get("location").asText()).endsWith(" 表格.xlsx '表2'!D8"));
    JsonNode unread = diagnostic(report, "import.region.unread");
    assertThat(unread.get("location").asText()).isEqualTo("说明.txt line 3");
    assertThat(unread.get("line").asInt()).isEqualTo(3);
  }
}
