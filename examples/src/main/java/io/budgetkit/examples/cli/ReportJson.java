package io.budgetkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.disclosure.ImportDiagnostic;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.ValidationReport;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON report of {@code budgetkit validate --format json}: an array with one object per
 * file. Keys come in a fixed order and every key is always present ({@code null} when it does
 * not apply), so that programs can rely on the shape; amounts are strings in 万元 as
 * {@link Amount#toString()} prints them.
 */
final class ReportJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private ReportJson() {}

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ObjectNode unreadable(String file, String message) {
    ObjectNode o = NODES.objectNode();
    o.put("file", file);
    o.put("error", message);
    return o;
  }

  static ObjectNode file(String file, ValueWithProblems<DepartmentBudget> read, ValidationReport report,
      Locale locale) {
    DepartmentBudget b = read.value();
    ObjectNode o = NODES.objectNode();
    o.put("file", file);
    ObjectNode department = o.putObject("department");
    department.put("code", b.departmentCode());
    department.put("name", b.departmentName());
    o.put("year", b.year());
    o.put("kind", b.kind().titlePrefix());
    o.put("valid", report.isValid());
    ObjectNode counts = o.putObject("counts");
    for (Severity s : Severity.values()) {
      counts.put(s.name().toLowerCase(Locale.ROOT), report.counts().get(s));
    }
    ArrayNode diagnostics = o.putArray("diagnostics");
    for (Problem p : read.problems()) {
      diagnostics.add(problem(p, locale));
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(finding(f, locale));
    }
    return o;
  }

  /**
   * An import problem as the report lists it: key, severity, the source line (or null), the
   * text quoted from it (an {@link ImportDiagnostic}'s, else empty), the location and the message
   * in the report's language.
   */
  private static ObjectNode problem(Problem p, Locale locale) {
    ObjectNode n = NODES.objectNode();
    n.put("key", p.key());
    n.put("severity", p.severity().name());
    putInt(n, "line", p.location().source().map(SourceRef::line).orElse(OptionalInt.empty()));
    n.put("text", p instanceof ImportDiagnostic ? ((ImportDiagnostic) p).text() : "");
    n.put("location", p.location().describe(locale));
    n.put("message", p.message(locale));
    return n;
  }

  private static ObjectNode finding(Finding f, Locale locale) {
    Location l = f.location();
    ObjectNode n = NODES.objectNode();
    n.put("rule", f.ruleId());
    n.put("severity", f.severity().name());
    n.put("table", l.table().map(t -> t.id()).orElse(null));
    n.put("section", l.section()
        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null));
    putInt(n, "row", l.row());
    n.put("code", l.code().orElse(null));
    putInt(n, "column", l.column());
    n.put("location", l.describe(locale));
    n.put("expected", amount(f.expected()));
    n.put("actual", amount(f.actual()));
    n.put("difference", amount(f.difference()));
    n.put("message", f.message(locale));
    return n;
  }

  private static void putInt(ObjectNode n, String key, OptionalInt value) {
    if (value.isPresent()) {
      n.put(key, value.getAsInt());
    } else {
      n.putNull(key);
    }
  }

  private static String amount(Optional<Amount> a) {
    return a.map(Amount::toString).orElse(null);
  }

  static String write(ArrayNode reports) {
    try {
      return MAPPER.writer(PRETTY).writeValueAsString(reports) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
