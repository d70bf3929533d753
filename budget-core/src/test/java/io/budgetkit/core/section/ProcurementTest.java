package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcurementTest {

  private static Amount a(String printed) {
    return Amount.parse(printed);
  }

  @Test
  void itemCellsMapToTheirFieldsInLayoutG1() {
    // 项目名称, 预算资金, 采购物品名称, 目录序号, 计量单位, 数量, 单价,
    // 合计, 一般公共预算拨款, 基金, 国资, 专户, 单位资金, 上年结转结余, 预留份额
    Procurement p = Procurement.builder()
        .item("公用经费一", "2.40", "复印纸", "A05040101", "包", "120", "0.02",
            "2.40", "2.00", "", "", "", "0.30", "0.10", "0.72")
        .build();

    ProcurementLine line = p.lines().get(0);
    assertThat(line.kind()).isEqualTo(ProcurementLine.Kind.ITEM);
    assertThat(line.label()).isEqualTo("公用经费一");
    assertThat(line.projectBudget()).contains(a("2.40"));
    assertThat(line.itemName()).contains("复印纸");
    assertThat(line.catalogueNumber()).contains("A05040101");
    assertThat(line.measureUnit()).contains("包");
    assertThat(line.quantity().orElseThrow()).isEqualByComparingTo(new BigDecimal("120"));
    assertThat(line.unitPrice()).contains(a("0.02"));
    assertThat(line.amounts()).containsExactly(
        Map.entry(FundingSource.TOTAL, a("2.40")),
        Map.entry(FundingSource.GENERAL_PUBLIC, a("2.00")),
        Map.entry(FundingSource.UNIT_FUNDS, a("0.30")),
        Map.entry(FundingSource.CARRYOVER, a("0.10")));
    assertThat(line.amount(FundingSource.GOVERNMENT_FUND)).isEqualTo(Amount.ZERO);
    assertThat(line.smeReserve()).contains(a("0.72"));
    assertThat(p.layout()).isEqualTo(ProcurementLayout.G1);
  }

  @Test
  void trailingBlankCellsMayBeLeftOut() {
    Procurement p = Procurement.builder()
        .item("数字网格化管理平台项目", "34.60", "运营服务", "C16089900", "项", " 1 ", "34.60", "34.60")
        .build();

    ProcurementLine line = p.lines().get(0);
    assertThat(line.quantity().orElseThrow()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(line.amounts()).containsOnlyKeys(FundingSource.TOTAL);
    assertThat(line.smeReserve()).isEmpty();
  }

  @Test
  void blankDescriptiveCellsAreAbsent() {
    ProcurementLine line = Procurement.builder()
        .item("项目", "", " ", "", "\u3000", "", "", "1.00").build().lines().get(0);

    assertThat(line.projectBudget()).isEmpty();
    assertThat(line.itemName()).isEmpty();
    assertThat(line.catalogueNumber()).isEmpty();
    assertThat(line.measureUnit()).isEmpty();
    assertThat(line.quantity()).isEmpty();
    assertThat(line.unitPrice()).isEmpty();
  }

  @Test
  void totalAndSubtotalMapFundingThenReserve() {
    Procurement p = Procurement.builder()
        .total("合  计", "36.00", "36.00", "", "", "", "", "", "10.80")
        .subtotal("秦皇岛市海港区发展服务中心本级小计", "36.00", "36.00")
        .build();

    ProcurementLine total = p.total().orElseThrow();
    assertThat(total.kind()).isEqualTo(ProcurementLine.Kind.TOTAL);
    assertThat(total.label()).isEqualTo("合  计");
    assertThat(total.amount(FundingSource.TOTAL)).isEqualTo(a("36.00"));
    assertThat(total.amount(FundingSource.GENERAL_PUBLIC)).isEqualTo(a("36.00"));
    assertThat(total.amounts()).hasSize(2);
    assertThat(total.smeReserve()).contains(a("10.80"));
    assertThat(total.projectBudget()).isEmpty();
    ProcurementLine subtotal = p.lines().get(1);
    assertThat(subtotal.kind()).isEqualTo(ProcurementLine.Kind.SUBTOTAL);
    assertThat(subtotal.smeReserve()).isEmpty();
  }

  @Test
  void tableWithoutATotalLineHasNone() {
    assertThat(Procurement.builder().item("x", "1.00").build().total()).isEmpty();
  }

  @Test
  void layoutG2HasTwoCarryoverColumns() {
    assertThat(ProcurementLayout.G1.columnCount()).isEqualTo(15);
    assertThat(ProcurementLayout.G2.columnCount()).isEqualTo(16);

    Procurement p = Procurement.builder(ProcurementLayout.G2)
        .item("项目", "5.00", "服务", "C16089900", "项", "1", "5.00",
            "5.00", "", "", "", "", "", "3.00", "2.00", "1.50")
        .total("合计", "5.00", "", "", "", "", "", "3.00", "2.00", "1.50")
        .build();

    ProcurementLine item = p.lines().get(0);
    assertThat(p.layout()).isEqualTo(ProcurementLayout.G2);
    assertThat(item.amount(FundingSource.FISCAL_CARRYOVER)).isEqualTo(a("3.00"));
    assertThat(item.amount(FundingSource.NON_FISCAL_CARRYOVER)).isEqualTo(a("2.00"));
    assertThat(item.smeReserve()).contains(a("1.50"));
    assertThat(p.total().orElseThrow().amount(FundingSource.NON_FISCAL_CARRYOVER))
        .isEqualTo(a("2.00"));
    assertThat(p.total().orElseThrow().smeReserve()).contains(a("1.50"));
  }

  @Test
  void itemWithTooManyCellsIsRejected() {
    String[] cells = new String[16];
    java.util.Arrays.fill(cells, "");
    cells[0] = "项目甲";
    assertThatThrownBy(() -> Procurement.builder().item(cells))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("政府采购 line '项目甲' has 16 cells; layout G1 has 15");
  }

  @Test
  void totalWithTooManyAmountsIsRejected() {
    assertThatThrownBy(() -> Procurement.builder()
        .total("合计", "1", "1", "", "", "", "", "", "", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("政府采购 line '合计' has 9 amounts; layout G1 has 7 funding columns and 预留份额");
  }

  @Test
  void malformedAmountCellIsRejected() {
    assertThatThrownBy(() -> Procurement.builder().item("项目", "34,60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("政府采购 line '项目', 预算资金: ")
        .hasMessageContaining("thousands separator");
  }

  @Test
  void malformedFundingCellNamesItsColumn() {
    assertThatThrownBy(() -> Procurement.builder()
        .item("项目", "1.00", "x", "A05040101", "项", "1", "1.00", "1.00", "l.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("政府采购 line '项目', 一般公共预算拨款: ");
  }

  @Test
  void aQuantityThatIsNotANumberIsRejectedSayingWhere() {
    assertThatThrownBy(() -> Procurement.builder().item("项目", "1.00", "x", "A05040101", "项", "---"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("政府采购 line '项目', 数量: '---' is not a number");
  }

  @Test
  void aFundingColumnTheLayoutDoesNotHaveIsRejected() {
    ProcurementLine line = ProcurementLine.builder().kind(ProcurementLine.Kind.ITEM).label("项目")
        .putAmounts(FundingSource.CARRYOVER, a("1.00")).build();

    assertThatThrownBy(() -> Procurement.builder(ProcurementLayout.G2).addLines(line).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("政府采购 line '项目'")
        .hasMessageContaining("layout G2 has no column 上年结转结余");
  }

  @Test
  void notesAreKept() {
    Procurement p = Procurement.builder()
        .addNotes("注：同一采购目录序号的物品，其单价会因配置规格不同而变动。").build();

    assertThat(p.notes()).containsExactly("注：同一采购目录序号的物品，其单价会因配置规格不同而变动。");
    assertThat(p.lines()).isEmpty();
  }
}
