package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, defects 3 and 17 (message part): a bad cell is named by its file, line, column and
 * the values allowed, never as a Java enum constant; and a message quotes a file only as a
 * short excerpt of the cell with its invisible and control characters escaped.
 */
class CsvMessagesTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();

  private static BudgetFormatException withFile(String file, String from, String to) {
    Map<String, byte[]> files = new LinkedHashMap<>(
        CSV.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()));
    String text = new String(files.get(file), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    files.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8));
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> CSV.read(files));
    assertThat(e).as("a BudgetFormatException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("No enum constant", "io.budgetkit")
        .doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
    return e;
  }

  @Test
  void aBadProcurementLineKindNamesTheColumnLineAndTheKindsAllowed() {
    // the repro: =cmd in the kind column of procurement.csv
    assertThat(withFile("procurement.csv", "\nSUBTOTAL,", "\n=cmd,")).hasMessage(
        "procurement.csv:3:1: Unknown line kind '=cmd' in column line; expected one of TOTAL,"
            + " SUBTOTAL, ITEM");
  }

  @Test
  void aBadSectionOrFigureKindListsTheKindsAllowed() {
    assertThat(withFile("narrative-sections.csv", "\nDUTIES,", "\nDUTY,").getMessage())
        .startsWith("narrative-sections.csv:5:1: Unknown section kind 'DUTY' in column section;"
            + " expected one of DUTIES, OVERVIEW, INCOME,");
    assertThat(withFile("narrative-figures.csv", "\nINCOME,", "\nincome,").getMessage())
        .startsWith("narrative-figures.csv:2:1: Unknown figure kind 'income' in column figure;"
            + " expected one of INCOME, INCOME_GENERAL_PUBLIC,");
  }

  @Test
  void aLongCellFullOfEscapesIsQuotedAsAShortEscapedExcerpt() {
    // a 10,000-character formula of terminal escapes: only 40 characters, escaped, come back
    String cell = "=\u001b[2J\u202e" + "A".repeat(10_000);
    BudgetFormatException e = withFile("organisation.csv", "\n", "\n" + cell + ",x,y,z\n");
    assertThat(e).hasMessage("organisation.csv:2:1: Text '=\\u001B[2J\\u202E"
        + "A".repeat(34) + "…' in name would run as a formula in a spreadsheet; write it with a"
        + " leading apostrophe ('=\\u001B[2J\\u202E" + "A".repeat(34) + "…)");
  }

  @Test
  void aForeignFileIsNotEchoed() {
    // a file that is not the budget's: its header is quoted as a 40-character excerpt only
    String foreign = "root:x:0:0:root:/root:/bin/bash and the rest of a very long line\n";
    Map<String, byte[]> files = new LinkedHashMap<>(
        CSV.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()));
    files.put("narrative-sections.csv", foreign.getBytes(StandardCharsets.UTF_8));
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> CSV.read(files));
    assertThat(e).hasMessage("narrative-sections.csv:1:1: Unknown column header"
        + " 'root:x:0:0:root:/root:/bin/bash and the …'; narrative-sections.csv has"
        + " section,heading,text");
    assertThat(e.getMessage()).doesNotContain("rest of a very long line");
  }

  @Test
  void aLongAmountOrCodeIsExcerptedNotEchoed() {
    String huge = "1".repeat(5000) + "\u001b";
    assertThat(withFile("03-expenditure.csv", ",合计,2143.14,", ",合计," + huge + ","))
        .hasMessage("03-expenditure.csv:2:7: Malformed amount in 合计(3): '" + "1".repeat(40)
            + "…' (5001 characters) cannot be read");
  }
}
