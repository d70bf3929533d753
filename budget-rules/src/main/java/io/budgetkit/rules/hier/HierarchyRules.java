package io.budgetkit.rules.hier;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roll-up of classification codes in every table of coded rows (area {@code HIER}): the
 * 收入总表, the 支出总表 and tables 5, 7 and 8 by functional code (类 3 digits, 款 5, 项 7), and the
 * 基本支出表 by economic code (类 3, 款 5).
 *
 * <ul>
 *   <li>{@code BK-HIER-001}: in every amount column, the 合计 row equals the sum of the 类 rows;</li>
 *   <li>{@code BK-HIER-002}: each 类 row equals the sum of its 款 rows;</li>
 *   <li>{@code BK-HIER-003}: each 款 row equals the sum of its 项 rows;</li>
 *   <li>{@code BK-HIER-004}: a 项 row is printed with its 款 row, a 款 row with its 类 row;</li>
 *   <li>{@code BK-HIER-005}: no code (and no 合计) is printed twice in one table;</li>
 *   <li>{@code BK-HIER-006}: a 款 or 项 row stands under its parent: the coded row printed before it
 *       is its parent or another row below that parent.</li>
 * </ul>
 *
 * <p>Only parents that are printed are checked against the children that are printed: a table
 * disclosed to 类 only, or a 类 without 款 rows, is a completeness matter, not a roll-up error.
 * A sum compares the cells that are printed; a blank cell is an exact zero, so it is not a
 * rounded term and does not widen the rounding tolerance. Codes of the wrong scheme (an economic
 * code in a functional table) cannot be represented, so no rule checks for them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HierarchyRules {

  /** BK-HIER-001: 合计 = Σ 类. */
  public static final Rule TOTAL_IS_SUM_OF_CLASSES = Rule.of("BK-HIER-001", Severity.ERROR,
      "The 合计 row of a coded table equals the sum of its 类 rows, in every amount column",
      forEachCodedTable(HierarchyRules::checkTotal));

  /** BK-HIER-002: 类 = Σ 款. */
  public static final Rule CLASS_IS_SUM_OF_SECTIONS = Rule.of("BK-HIER-002", Severity.ERROR,
      "Each 类 row equals the sum of its printed 款 rows, in every amount column",
      forEachCodedTable((t, f) -> checkParents(t, CodeLevel.CLASS, f)));

  /** BK-HIER-003: 款 = Σ 项. */
  public static final Rule SECTION_IS_SUM_OF_ITEMS = Rule.of("BK-HIER-003", Severity.ERROR,
      "Each 款 row equals the sum of its printed 项 rows, in every amount column",
      forEachCodedTable((t, f) -> checkParents(t, CodeLevel.SECTION, f)));

  /** BK-HIER-004: no 项 without its 款, no 款 without its 类. */
  public static final Rule PARENT_PRINTED = Rule.of("BK-HIER-004", Severity.ERROR,
      "A 项 row is printed with its 款 row and a 款 row with its 类 row",
      forEachCodedTable(HierarchyRules::checkParentPrinted));

  /** BK-HIER-005: each code once per table. */
  public static final Rule NO_DUPLICATE_CODE = Rule.of("BK-HIER-005", Severity.ERROR,
      "No code, and no 合计 row, is printed twice in one table",
      forEachCodedTable(HierarchyRules::checkDuplicates));

  /** BK-HIER-006: a row stands under its parent. */
  public static final Rule PRINTED_UNDER_PARENT = Rule.of("BK-HIER-006", Severity.ERROR,
      "A 款 or 项 row follows its parent or a row below that parent",
      forEachCodedTable(HierarchyRules::checkOrder));

  private static final String TOTAL = "合计";

  private HierarchyRules() {}

  /**
   * Returns the rules of this area, in id order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(TOTAL_IS_SUM_OF_CLASSES, CLASS_IS_SUM_OF_SECTIONS, SECTION_IS_SUM_OF_ITEMS,
        PARENT_PRINTED, NO_DUPLICATE_CODE, PRINTED_UNDER_PARENT);
  }

  /** A check of one table of coded rows, whatever its code type. */
  @FunctionalInterface
  private interface TableCheck {
    void check(CodedTable<?> table, Findings findings);
  }

  private static Validator<DepartmentBudget> forEachCodedTable(TableCheck check) {
    return (budget, findings) -> {
      for (DisclosureTable t : budget.tables()) {
        if (t instanceof CodedTable) {
          check.check((CodedTable<?>) t, findings);
        }
      }
    };
  }

  private static void checkTotal(CodedTable<?> table, Findings findings) {
    Optional<? extends CodedRow<?>> total = table.totalRow();
    if (total.isEmpty()) {
      return;
    }
    List<CodedRow<?>> classes = new ArrayList<>();
    for (CodedRow<?> row : table.rows()) {
      if (row.code().isPresent() && row.code().get().level() == CodeLevel.CLASS) {
        classes.add(row);
      }
    }
    checkRollUp(table, total.get(), classes, findings);
  }

  private static void checkParents(CodedTable<?> table, CodeLevel level, Findings findings) {
    // One pass groups the rows by their parent code: a 500-row table is not scanned per parent.
    Map<String, List<CodedRow<?>>> childrenOf = new HashMap<>();
    for (CodedRow<?> row : table.rows()) {
      row.code().flatMap(ClassificationCode::parent).ifPresent(p ->
          childrenOf.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(row));
    }
    for (CodedRow<?> parent : table.rows()) {
      if (parent.code().isEmpty() || parent.code().get().level() != level) {
        continue;
      }
      checkRollUp(table, parent, childrenOf.getOrDefault(parent.code().get().value(), List.of()),
          findings);
    }
  }

  /**
   * Compares a parent row with its printed children in every amount column where anything is
   * printed; skips a parent without printed children.
   */
  private static void checkRollUp(CodedTable<?> table, CodedRow<?> parent,
      List<CodedRow<?>> children, Findings findings) {
    if (children.isEmpty()) {
      return;
    }
    for (Column column : table.layout().amountColumns()) {
      int c = column.number();
      List<CodedRow<?>> printed = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      for (CodedRow<?> child : children) {
        Optional<Amount> a = child.cell(c);
        if (a.isPresent()) {
          printed.add(child);
          amounts.add(a.get());
        }
      }
      if ((parent.cell(c).isEmpty() && amounts.isEmpty())
          || addsUp(parent.amount(c), amounts)) {
        continue; // the usual case: no locations to build for a parent that adds up
      }
      List<Location> cells = new ArrayList<>();
      StringBuilder codes = new StringBuilder();
      for (CodedRow<?> child : printed) {
        cells.add(Location.of(table, child, c));
        codes.append(codes.length() == 0 ? "" : " + ").append(label(child));
      }
      findings.checkSum(Location.of(table, parent, c), parent.amount(c), cells, amounts,
          table.layout().precision(), Map.of("parent", label(parent),
              "children", codes.length() == 0 ? "—" : codes.toString()));
    }
  }

  /** Whether the parts add up to the total exactly (false if they are too large to add up). */
  private static boolean addsUp(Amount total, List<Amount> parts) {
    try {
      return Amount.sum(parts).equals(total);
    } catch (ArithmeticException e) {
      return false; // checkSum reports it
    }
  }

  private static void checkParentPrinted(CodedTable<?> table, Findings findings) {
    Set<String> printed = printedCodes(table);
    for (CodedRow<?> row : table.rows()) {
      if (row.code().isEmpty() || row.code().get().parent().isEmpty()) {
        continue;
      }
      ClassificationCode<?> code = row.code().get();
      String parent = code.parent().get().value();
      if (!printed.contains(parent)) {
        findings.report(Location.of(table, row), b -> b
            .messageKey(findings.ruleId() + "." + levelKey(code.level()))
            .putArguments("code", code.value())
            .putArguments("parent", parent));
      }
    }
  }

  private static void checkDuplicates(CodedTable<?> table, Findings findings) {
    Map<String, CodedRow<?>> first = new HashMap<>();
    for (CodedRow<?> row : table.rows()) {
      String key = label(row);
      CodedRow<?> earlier = first.putIfAbsent(key, row);
      if (earlier != null) {
        findings.report(Location.of(table, row), b -> b
            .addRelated(Location.of(table, earlier))
            .putArguments("code", key)
            .putArguments("firstRow", Integer.toString(earlier.seq())));
      }
    }
  }

  private static void checkOrder(CodedTable<?> table, Findings findings) {
    Set<String> printed = printedCodes(table);
    CodedRow<?> previous = null;
    for (CodedRow<?> row : table.rows()) {
      if (row.code().isEmpty()) {
        continue; // the 合计 row stands anywhere; it neither opens nor closes a group
      }
      ClassificationCode<?> code = row.code().get();
      Optional<? extends ClassificationCode<?>> parent = code.parent();
      String parentValue = parent.map(ClassificationCode::value).orElse(null);
      boolean parentPrinted = parentValue != null && printed.contains(parentValue);
      // Without a printed parent the row belongs to no group here: BK-HIER-004 reports it.
      if (parentPrinted && !isUnder(previous, parent.get())) {
        CodedRow<?> before = previous;
        findings.report(Location.of(table, row), b -> {
          b.messageKey(findings.ruleId() + "." + levelKey(code.level()))
              .putArguments("code", code.value())
              .putArguments("parent", parentValue)
              .putArguments("after", before == null ? "—" : label(before));
          if (before != null) {
            b.addRelated(Location.of(table, before));
          }
        });
      }
      previous = row;
    }
  }

  /** Tells whether the coded row printed before stands in the group of {@code parent}. */
  private static boolean isUnder(CodedRow<?> previous, ClassificationCode<?> parent) {
    if (previous == null) {
      return false;
    }
    ClassificationCode<?> p = previous.code().get();
    return p.value().equals(parent.value()) || parent.isAncestorOf(p);
  }

  /** The values of the codes the table prints. */
  private static Set<String> printedCodes(CodedTable<?> table) {
    Set<String> codes = new HashSet<>();
    for (CodedRow<?> row : table.rows()) {
      row.code().ifPresent(c -> codes.add(c.value()));
    }
    return codes;
  }

  private static String label(CodedRow<?> row) {
    return row.code().map(ClassificationCode::value).orElse(TOTAL);
  }

  private static String levelKey(CodeLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
