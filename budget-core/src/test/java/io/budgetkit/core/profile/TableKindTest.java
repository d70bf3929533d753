package io.budgetkit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableKindTest {

  @Test
  void standardKindsInPublishedOrder() {
    assertThat(TableKind.standard()).extracting(TableKind::baseTitle).containsExactly(
        "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算财政拨款支出表",
        "一般公共预算财政拨款基本支出表", "政府性基金预算财政拨款支出表", "国有资本经营预算财政拨款支出表",
        "财政拨款“三公”经费支出表");
    assertThat(TableKind.standard()).extracting(TableKind::shape).containsExactly(
        TableShape.TWO_SIDED, TableShape.FUNCTIONAL_ROWS, TableShape.FUNCTIONAL_ROWS,
        TableShape.TWO_SIDED, TableShape.FUNCTIONAL_ROWS, TableShape.ECONOMIC_ROWS,
        TableShape.FUNCTIONAL_ROWS, TableShape.FUNCTIONAL_ROWS, TableShape.ITEM_ROWS);
  }

  @Test
  void standardKindsAreFoundById() {
    assertThat(TableKind.standardById("income")).isSameAs(TableKind.INCOME);
    assertThat(TableKind.standardById("three-public")).isSameAs(TableKind.THREE_PUBLIC);
    assertThat(TableKind.standardById("operating-costs")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "income", "expenditure", "fiscal-summary",
      "general-public-expenditure", "basic-expenditure", "government-fund-expenditure",
      "state-capital-expenditure", "three-public"})
  void aCustomKindCannotReuseAStandardId(String id) {
    assertThatThrownBy(() -> TableKind.custom(id, "另一个表", TableShape.ITEM_ROWS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Table id '" + id + "' is a standard table's");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Operating", "operating costs", "-operating", "机关运行经费", "a_b"})
  void aCustomIdMustBeLowercaseLettersDigitsAndHyphens(String id) {
    assertThatThrownBy(() -> TableKind.custom(id, "机关运行经费表", TableShape.ITEM_ROWS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be lowercase letters, digits and hyphens");
  }

  @Test
  void aCustomKindHasNoStandardNumberAndIsEqualById() {
    TableKind a = TableKind.custom("operating-costs", "机关运行经费表", TableShape.ITEM_ROWS);
    TableKind b = TableKind.custom("operating-costs", "机关运行经费支出表", TableShape.ITEM_ROWS);

    assertThat(a.standardNumber()).isZero();
    assertThat(a.id()).isEqualTo("operating-costs");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(TableKind.INCOME);
    assertThat(a.title(BudgetKind.DEPARTMENT)).isEqualTo("部门预算机关运行经费表");
    assertThat(a.toString()).isEqualTo("机关运行经费表");
  }

  @Test
  void budgetKindPrefixes() {
    assertThat(BudgetKind.DEPARTMENT.titlePrefix()).isEqualTo("部门预算");
    assertThat(BudgetKind.UNIT.titlePrefix()).isEqualTo("单位预算");
    assertThat(BudgetKind.UNIT.label()).isEqualTo("单位");
  }
}
