package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FixedAssetsTest {

  @Test
  void layoutF1RowsAsPrinted() {
    FixedAssets f = FixedAssets.builder()
        .asOf("2024-12-31")
        .row("资产总额", "", "541.28")
        .row("1、房屋（平方米）", "1200", "300.00")
        .row("\u3000\u3000其中：办公用房（平方米）", "800", "200.00")
        .row("2、车辆（台、辆）", "3", "60.00")
        .row("3、单价在20万元以上的设备", "", "")
        .row("4、其他固定资产", "", "181.28")
        .build();

    assertThat(f.asOf()).contains(LocalDate.of(2024, 12, 31));
    assertThat(f.rows()).hasSize(6);
    assertThat(f.total().orElseThrow().value()).contains(Amount.parse("541.28"));
    assertThat(f.total().orElseThrow().quantity()).isEmpty();
    AssetRow office = f.rows().get(2);
    assertThat(office.item()).isEqualTo("\u3000\u3000其中：办公用房（平方米）");
    assertThat(office.quantity()).contains("800");
    assertThat(office.isTotal()).isFalse();
    assertThat(f.rows().get(4).value()).isEmpty();
    assertThat(f.rows().get(4).quantity()).isEmpty();
  }

  @Test
  void layoutF2TotalBehindABookmarkWithPlaceholderQuantity() {
    // haigang-government-office-2024 L2491-2492.
    FixedAssets f = FixedAssets.builder()
        .row("[bookmark: _GoBack]资产总额", "---", "812.35")
        .row("3、单价在50万元以上的设备", "", "")
        .build();

    assertThat(f.total().orElseThrow().quantity()).contains("---");
    assertThat(f.total().orElseThrow().value()).contains(Amount.parse("812.35"));
  }

  @Test
  void totalIsRecognisedThroughSpaces() {
    assertThat(FixedAssets.builder().row(" 资 产 总 额 ", "", "1").build().total()).isPresent();
    assertThat(FixedAssets.builder().row("资产总额（万元）", "", "1").build().total()).isEmpty();
  }

  @Test
  void layoutF3HasNoTotalRow() {
    FixedAssets f = FixedAssets.builder()
        .row("通用设备", "12", "30.00")
        .row("专用设备", "2", "15.00")
        .row("家具、用具、装具及动植物", "40", "8.50")
        .build();

    assertThat(f.total()).isEmpty();
    assertThat(f.asOf()).isEmpty();
  }

  @Test
  void malformedValueIsRejected() {
    assertThatThrownBy(() -> FixedAssets.builder().row("资产总额", "", "541.28万元"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'万'");
  }
}
