package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.core.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisclosureTextRobustnessTest {

  private static List<String> codes(ImportResult r) {
    return r.diagnostics().stream().map(ImportDiagnostic::code).collect(Collectors.toList());
  }

  @Test
  void anEmptyFileGivesNineMissingTablesAndNoDepartment() {
    ImportResult r = DisclosureText.read("", "empty.txt");
    assertThat(r.budget().tables()).isEmpty();
    assertThat(r.budget().departmentCode()).isEqualTo("unknown");
    assertThat(codes(r)).containsOnly("table.missing", "department.missing");
    assertThat(codes(r).stream().filter("table.missing"::equals)).hasSize(9);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void binaryGarbageGivesDiagnostics(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[1 << 20];
    new Random(42).nextBytes(bytes);
    Path file = dir.resolve("garbage.bin");
    Files.write(file, bytes);
    ImportResult r = DisclosureText.read(file);
    assertThat(r.budget().tables()).isEmpty();
    assertThat(codes(r)).contains("table.missing", "department.missing", "region.unread");
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void aTruncatedDocumentKeepsTheTablesBeforeTheCut(Fixture f) {
    List<String> lines = f.text().lines().collect(Collectors.toList());
    // cut in the middle of the 支出总表 (DOCX L495-690, PDF L179-233)
    int cut = f == Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024 ? 200 : 600;
    ImportResult r = DisclosureText.read(String.join("\n", lines.subList(0, cut)), "cut");
    assertThat(r.budget().tables().stream().map(DisclosureTable::kind))
        .containsExactly(TableKind.SUMMARY, TableKind.INCOME, TableKind.EXPENDITURE);
    assertThat(r.budget().tables().subList(0, 2)).isEqualTo(f.budget().tables().subList(0, 2));
    assertThat(codes(r).stream().filter("table.missing"::equals)).hasSize(6);
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void aMissingTableIsReportedAndTheOthersAreRead(Fixture f) {
    String text = f.text();
    // drop the 基本支出表 title: its rows then belong to no table and are reported
    String title = "部门预算一般公共预算财政拨款基本支出表";
    List<String> lines = text.lines()
        .map(l -> l.endsWith(title) ? "某某说明" : l).collect(Collectors.toList());
    ImportResult r = DisclosureText.read(String.join("\n", lines), "missing");
    assertThat(r.budget().table(TableKind.BASIC_EXPENDITURE)).isEmpty();
    assertThat(r.budget().tables()).hasSize(8);
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("table.missing");
      assertThat(d.message()).contains("基本支出表");
    });
    for (DisclosureTable t : r.budget().tables()) {
      assertThat(t).isEqualTo(f.budget().table(t.kind()).orElseThrow());
    }
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void shuffledLinesGiveDiagnosticsNotExceptions(Fixture f) {
    List<String> lines = new ArrayList<>(f.text().lines().collect(Collectors.toList()));
    Collections.shuffle(lines, new Random(7));
    ImportResult r = DisclosureText.read(String.join("\n", lines), "shuffled");
    assertThat(r.diagnostics()).isNotEmpty();
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void aRowWithMoreCellsThanColumnsIsAmbiguousAndReported() {
    String text = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.text()
        .replace("22\t2210201\t住房公积金\t226.09\t226.09\t\n",
            "22\t2210201\t住房公积金\t226.09\t226.09\t\t1.00\n");
    ImportResult r = DisclosureText.read(text, "wide");
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("row.wide");
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.line()).isEqualTo(397);
    });
  }

  @Test
  void aBadAmountIsReportedWithItsLineAndTheRestIsKept() {
    String text = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text()
        .replaceFirst("\t2143\\.14\n", "\t2143,14\n");
    ImportResult r = DisclosureText.read(text, "bad");
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("cell.amount");
      assertThat(d.line()).isEqualTo(22);
    });
    assertThat(r.budget().tables()).hasSize(9);
  }

  @Test
  void aUnitBudgetIsToldByItsTitlePrefix() {
    String text = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.text().replace("部门预算", "单位预算");
    ImportResult r = DisclosureText.read(text, "unit");
    assertThat(r.budget().kind()).isEqualTo(io.budgetkit.core.profile.BudgetKind.UNIT);
    assertThat(r.budget().tables()).hasSize(9);
    assertThat(r.budget().tables().get(0).title()).isEqualTo("单位预算收支总表");
    assertThat(r.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
  }

  @Test
  void aDocxRowSplitByABlankLineIsJoinedAgain() {
    // LAYOUTS §8 item 6: a cell ending in a newline puts a blank line inside the row (L22-26)
    String text = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.text()
        .replace("\t一、一般公共预算拨款收入\n", "\t一、一般公共预算拨款收入\n\n");
    ImportResult r = DisclosureText.read(text, "split");
    assertThat(r.budget().tables())
        .isEqualTo(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget().tables());
    assertThat(r.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
  }

  /**
   * About 50 MB of repeated fixture text: the first copy is read, every later copy of a table is
   * a {@code table.duplicate} error; measured at a few seconds, asserted under 20 s.
   */
  @Test
  void aFiftyMegabyteFileIsReadInBoundedTime(@TempDir Path dir) throws IOException {
    StringBuilder one = new StringBuilder();
    for (Fixture f : Fixture.values()) {
      one.append(f.text()).append('\n');
    }
    byte[] chunk = one.toString().getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("large.txt");
    long size = 0;
    try (var out = Files.newOutputStream(file)) {
      while (size < 50L * 1024 * 1024) {
        out.write(chunk);
        size += chunk.length;
      }
    }
    long start = System.nanoTime();
    ImportResult r = DisclosureText.read(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("50 MB (" + size + " bytes): " + millis + " ms, "
        + r.diagnostics().size() + " diagnostics");
    assertThat(millis).isLessThan(20_000);
    assertThat(r.budget().tables()).hasSize(9);
    assertThat(codes(r)).contains("table.duplicate");
  }
}
