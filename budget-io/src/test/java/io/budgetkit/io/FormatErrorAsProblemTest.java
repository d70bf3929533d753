package io.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.io.json.BudgetJson;
import io.budgetkit.testkit.ProblemsDocumentation;
import io.budgetkit.testkit.ProblemsDocumentation.Row;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A format error is a Problem too: {@code format.invalid}, at the file, line and pointer. */
class FormatErrorAsProblemTest {

  @Test
  void aJsonErrorIsAProblemLocatedAtItsLineColumnAndPointer() {
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> BudgetJson.defaults().read("{\"format\": \"budgetkit/1\",\n \"year\": \"x\"}"));

    Problem p = e.toProblem();

    assertThat(p.key()).isEqualTo("format.invalid");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    SourceRef at = p.location().source().orElseThrow();
    assertThat(at.line()).isEqualTo(e.line());
    assertThat(at.textColumn()).isEqualTo(e.column());
    assertThat(at.pointer()).isEqualTo(e.pointer());
    assertThat(at.line()).hasValue(2);
    assertThat(e.getMessage()).endsWith(": " + p.message(Locale.ENGLISH));
    assertThat(p.message(Locale.CHINESE)).isEqualTo("预算文件的格式有误，无法读取："
        + p.message(Locale.ENGLISH));
  }

  @Test
  void theDocumentListsTheKeyWithBothTemplates() {
    List<Row> rows = ProblemsDocumentation.rows("Format errors (`format.invalid`)");
    Map<String, String> en = ProblemsDocumentation.bundle("io/budgetkit/io/problems");
    Map<String, String> zh = ProblemsDocumentation.bundle("io/budgetkit/io/problems_zh");

    assertThat(rows).extracting(Row::key).containsExactly(BudgetFormatException.KEY);
    assertThat(rows.get(0).severity()).isEqualTo("ERROR");
    assertThat(en).containsExactly(Map.entry(BudgetFormatException.KEY, rows.get(0).english()));
    assertThat(zh).containsExactly(Map.entry(BudgetFormatException.KEY, rows.get(0).chinese()));
  }
}
