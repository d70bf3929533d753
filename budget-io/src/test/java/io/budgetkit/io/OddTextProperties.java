package io.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.csv.TidyCsv;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 10, defects 8 and 9 as properties: a text made of the characters that broke a writer or
 * a reader (U+FEFF, line and paragraph separators, bidi overrides, control characters, NUL,
 * surrogate pairs, CSV and formula specials) round-trips through every format that can hold it,
 * and is refused up front, never written wrong, where a format cannot.
 */
class OddTextProperties {

  private static final DepartmentBudget FIXTURE =
      Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
  private static final BudgetCsv CSV = BudgetCsv.standard();
  private static final BudgetJson JSON = BudgetJson.defaults();

  private static final List<String> PIECES = List.of("\uFEFF", "\u2028", "\u2029", "\u202E",
      "\u200B", "\u0000", "\u001B[2J", "\u0085", "\t", "\r\n", "\n", "\"", ",", "'", "=", "-",
      "\\", "\ud83d\ude00", "中", " ", "\u3000", "a");

  private static Gen<String> odd() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 8)
        .map((List<Integer> xs) -> {
          StringBuilder s = new StringBuilder();
          xs.forEach(i -> s.append(PIECES.get(i)));
          return s.toString();
        });
  }

  @Test
  void oddManifestTextsRoundTripThroughCsvAndJsonAndTidyWritesThem() {
    qt().withExamples(150).forAll(odd()).checkAssert(text -> {
      DepartmentBudget b = OddTexts.inManifest(FIXTURE, s -> text + s + text);
      Map<String, byte[]> files = CSV.write(b);
      DepartmentBudget back = CSV.read(files);
      assertThat(back).isEqualTo(b);
      assertThat(CSV.write(back)).containsExactlyEntriesOf(files);
      assertThat(JSON.read(JSON.write(b))).isEqualTo(b);
      // the tidy CSV is read by others: its department_name cell is the name, formula-guarded
      List<String> line = tidyLine(TidyCsv.write(List.of(b)));
      assertThat(line.get(1)).isIn(b.departmentName(), "'" + b.departmentName());
    });
  }

  /** The cells of the first data line, as a CSV reader sees them. */
  private static List<String> tidyLine(String tidy) {
    try (MappingIterator<List<String>> rows = new CsvMapper()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class).readValues(tidy)) {
      rows.next();
      return rows.next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anOddTextInACsvFileRoundTripsUnlessItHoldsAByteOrderMark() {
    qt().withExamples(150).forAll(odd()).checkAssert(text -> {
      DepartmentBudget b = OddTexts.inCsvFile(FIXTURE, text);
      assertThat(JSON.read(JSON.write(b))).isEqualTo(b);
      if (text.indexOf('\uFEFF') >= 0) {
        assertThatThrownBy(() -> CSV.write(b)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("Cannot write organisation.csv: ")
            .hasMessageContaining("byte order mark (U+FEFF)");
      } else {
        assertThat(CSV.read(CSV.write(b))).isEqualTo(b);
      }
    });
  }

  @Test
  void aTextCutInTheMiddleOfASurrogatePairIsRefusedByEveryWriter() {
    qt().withExamples(100).forAll(odd(), integers().between(0, 1)).checkAssert((text, half) -> {
      String lone = text + "\ud83d\ude00".charAt(half);
      DepartmentBudget b = OddTexts.inManifest(FIXTURE, s -> lone);
      assertThatThrownBy(() -> JSON.write(b)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unpaired surrogate");
      assertThatThrownBy(() -> CSV.write(b)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unpaired surrogate");
      assertThatThrownBy(() -> TidyCsv.write(List.of(b)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unpaired surrogate");
    });
  }
}
