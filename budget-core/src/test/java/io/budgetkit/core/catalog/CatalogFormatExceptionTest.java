package io.budgetkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed catalog is rejected with the source and the line in the message. */
class CatalogFormatExceptionTest {

  private static final String HEADER = "scheme\tcode\tname\tsince\tuntil\tsummary_row\n";

  private static CatalogFormatException failure(String text) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> ClassificationCatalog.load(new StringReader(text), "my.tsv"));
    assertThat(t).isInstanceOf(CatalogFormatException.class);
    return (CatalogFormatException) t;
  }

  @Test
  void badHeader() {
    CatalogFormatException e = failure("scheme code name since until summary_row\n");

    assertThat(e).hasMessageStartingWith("my.tsv:1: ")
        .hasMessageContaining("expected the header line");
    assertThat(e.source()).isEqualTo("my.tsv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badHeaderAfterCommentsNamesItsOwnLine() {
    CatalogFormatException e = failure("# comment\n\nfunctional\t201\tx\t2020\t\t\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e).hasMessageStartingWith("my.tsv:3: expected the header line");
  }

  @Test
  void twoSummaryRowsAtOnePositionInOneEdition() {
    CatalogFormatException e = failure(HEADER + "functional\t201\t一般公共服务支出\t2020\t\t1\n"
        + "functional\t202\t外交支出\t2020\t\t1\n");

    assertThat(e).hasMessage(
        "my.tsv:3: summary_row 1 is already taken by 一般公共服务支出 for some of these years");
  }

  @Test
  void oneSummaryPositionMayChangeNameBetweenEditions() {
    ClassificationCatalog c = ClassificationCatalog.load(new StringReader(HEADER
        + "functional\t210\t医疗卫生与计划生育支出\t2015\t2018\t10\n"
        + "functional\t210\t卫生健康支出\t2019\t\t10\n"), "my.tsv");

    assertThat(c.edition(2018).summaryRows().get(0).printedLabel()).isEqualTo("十、医疗卫生与计划生育支出");
    assertThat(c.edition(2019).summaryRows().get(0).printedLabel()).isEqualTo("十、卫生健康支出");
  }

  @Test
  void wrongFieldCount() {
    CatalogFormatException e = failure(HEADER + "functional\t201\t一般公共服务支出\t2020\t\n");

    assertThat(e).hasMessage("my.tsv:2: expected 6 tab-separated fields (scheme, code, name,"
        + " since, until, summary_row), found 5");
  }

  @Test
  void tooManyFields() {
    assertThat(failure(HEADER + "functional\t201\tx\t2020\t\t\t\n"))
        .hasMessageStartingWith("my.tsv:2: ").hasMessageEndingWith("found 7");
  }

  @Test
  void badScheme() {
    assertThat(failure(HEADER + "functionl\t201\tx\t2020\t\t\n"))
        .hasMessage("my.tsv:2: scheme must be 'functional' or 'economic', was 'functionl'");
  }

  @Test
  void badCode() {
    CatalogFormatException e = failure(HEADER
        + "functional\t201\t一般公共服务支出\t2020\t\t\n"
        + "functional\t2O103\tx\t2020\t\t\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e).hasMessageStartingWith("my.tsv:3: ").hasMessageContaining("contains the letter 'O'");
  }

  @Test
  void codeOfTheWrongLengthForItsScheme() {
    assertThat(failure(HEADER + "economic\t3010101\tx\t2018\t\t\n"))
        .hasMessageStartingWith("my.tsv:2: ")
        .hasMessageContaining("has 7 digits; expected 3 (类), 5 (款)");
  }

  @Test
  void badSinceYear() {
    assertThat(failure(HEADER + "functional\t201\tx\t20a5\t\t\n"))
        .hasMessage("my.tsv:2: since must be a four-digit year, was '20a5'");
  }

  @Test
  void badUntilYear() {
    assertThat(failure(HEADER + "functional\t201\tx\t2020\t25\t\n"))
        .hasMessage("my.tsv:2: until must be a four-digit year, was '25'");
  }

  @Test
  void untilBeforeSince() {
    assertThat(failure(HEADER + "functional\t201\tx\t2020\t2018\t\n"))
        .hasMessage("my.tsv:2: until 2018 is before since 2020");
  }

  @Test
  void overlappingNamesForOneCode() {
    CatalogFormatException e = failure(HEADER
        + "functional\t210\t医疗卫生与计划生育支出\t2015\t2019\t\n"
        + "functional\t201\t一般公共服务支出\t2015\t\t\n"
        + "functional\t210\t卫生健康支出\t2019\t\t\n");

    assertThat(e.line()).isEqualTo(4);
    assertThat(e).hasMessageStartingWith("my.tsv:4: code 210 already has a name for some of these"
        + " years: 210 医疗卫生与计划生育支出 (2015–2019)");
  }

  @Test
  void twoOpenEndedNamesForOneCodeOverlap() {
    assertThat(failure(HEADER + "functional\t210\ta\t2019\t\t\nfunctional\t210\tb\t2025\t\t\n"))
        .hasMessageStartingWith("my.tsv:3: code 210 already has a name");
  }

  @Test
  void adjacentYearRangesForOneCodeDoNotOverlap() {
    ClassificationCatalog c = ClassificationCatalog.load(new StringReader(HEADER
        + "functional\t210\ta\t2015\t2018\t\n"
        + "functional\t210\tb\t2019\t\t\n"
        + "economic\t210\tc\t2015\t\t\n"), "ok.tsv");

    assertThat(c.entries()).hasSize(3);
  }

  @Test
  void emptyCodeWithoutSummaryRow() {
    assertThat(failure(HEADER + "functional\t\t人行科目\t2020\t\t\n"))
        .hasMessageStartingWith("my.tsv:2: the code is empty");
  }

  @Test
  void emptyName() {
    assertThat(failure(HEADER + "functional\t201\t \t2020\t\t\n"))
        .hasMessage("my.tsv:2: the name is empty");
  }

  @Test
  void summaryRowOnAnEconomicOrLowerCode() {
    assertThat(failure(HEADER + "economic\t301\tx\t2020\t\t1\n"))
        .hasMessageStartingWith("my.tsv:2: only a functional 类");
    assertThat(failure(HEADER + "functional\t20103\tx\t2020\t\t1\n"))
        .hasMessageStartingWith("my.tsv:2: only a functional 类");
  }

  @Test
  void summaryRowOutsideOneToNinetyNine() {
    assertThat(failure(HEADER + "functional\t201\tx\t2020\t\t0\n"))
        .hasMessage("my.tsv:2: summary_row must be a position from 1 to 99, was '0'");
    assertThat(failure(HEADER + "functional\t201\tx\t2020\t\t100\n"))
        .hasMessageContaining("was '100'");
    assertThat(failure(HEADER + "functional\t201\tx\t2020\t\tfirst\n"))
        .hasMessageContaining("was 'first'");
  }

  @Test
  void emptyFile() {
    CatalogFormatException e = failure("");

    assertThat(e).hasMessage("my.tsv:1: the catalog is empty");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void fileOfCommentsOnly() {
    assertThat(failure("# nothing\n\n# here\n")).hasMessageEndingWith(": the catalog is empty");
  }

  @Test
  void loadFromAPathNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("host-catalog.tsv");
    Files.writeString(file, HEADER + "functional\t201\tx\t2020\t2010\t\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ClassificationCatalog.load(file))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage(file + ":2: until 2010 is before since 2020");
  }

  @Test
  void loadFromAPathReadsTheCatalog(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("host-catalog.tsv");
    Files.writeString(file, HEADER + "functional\t201\t一般公共服务支出\t2020\t\t1\n",
        StandardCharsets.UTF_8);

    assertThat(ClassificationCatalog.load(file).edition(2020).summaryRows())
        .extracting(SummaryRowName::printedLabel).containsExactly("一、一般公共服务支出");
  }

  @Test
  void loadFromAMissingPathIsAnIoFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> ClassificationCatalog.load(dir.resolve("missing.tsv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.tsv");
  }
}
