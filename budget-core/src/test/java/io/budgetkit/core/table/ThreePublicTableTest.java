package io.budgetkit.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import org.junit.jupiter.api.Test;

class ThreePublicTableTest {

  private static final TableLayout LAYOUT =
      DisclosureProfile.common().requireLayout(TableKind.THREE_PUBLIC);
  private static final String NOTE = "注：无财政拨款“三公”经费支出预算，空表列示。";

  private static ThreePublicRows rows() {
    return new ThreePublicRows(LAYOUT, "部门预算财政拨款“三公”经费支出表");
  }

  /** Layout B, 13 rows (LAYOUTS.md §4). */
  private static ThreePublicRows full() {
    return rows()
        .row("合计", "30.00", "30.00")
        .row("“三公”经费小计", "20.00", "20.00")
        .row("一、因公出国（境）费", "5.00", "5.00")
        .row("    其中：教学科研人员因公出国（境）费", "2.00", "2.00")
        .row("          其他因公出国（境）费", "3.00", "3.00")
        .row("二、公务用车购置及运维费", "10.00", "10.00")
        .row("    其中：公务用车购置费")
        .row("          公务用车运行维护费", "10.00", "10.00")
        .row("三、公务接待费", "5.00", "5.00")
        .row("四、会议费", "6.00", "6.00")
        .row("    其中：省属高校业务性会议费")
        .row("          其他会议费", "6.00", "6.00")
        .row("五、培训费", "4.00", "4.00");
  }

  @Test
  void thirteenRowsAreTheFullLayout() {
    ThreePublicTable t = full().build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.FULL);
    assertThat(t.rows()).hasSize(13);
    assertThat(t.row(ThreePublicLine.TRAINING).orElseThrow().seq()).isEqualTo(13);
    assertThat(t.row(ThreePublicLine.MEETINGS_OTHER).orElseThrow().amount(2))
        .isEqualTo(Amount.parse("6.00"));
    assertThat(t.title()).isEqualTo("部门预算财政拨款“三公”经费支出表");
  }

  @Test
  void eightRowsFromTheSubtotalWithExplicitZerosAreSubtotalOnly() {
    // haigang-government-office-2024 L1453-1530: no 合计 row, printed 0 rather than blank.
    ThreePublicTable t = rows()
        .row("“三公”经费小计", "9.69", "9.69", "0", "0")
        .row("一、因公出国（境）费", "0", "0", "0", "0")
        .row("    其中：教学科研人员因公出国（境）费", "0", "0", "0", "0")
        .row("          其他因公出国（境）费", "0", "0", "0", "0")
        .row("二、公务用车购置及运维费", "0", "0", "0", "0")
        .row("    其中：公务用车购置费", "0", "0", "0", "0")
        .row("          公务用车运行维护费", "0", "0", "0", "0")
        .row("三、公务接待费", "9.69", "9.69", "0", "0")
        .build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.SUBTOTAL_ONLY);
    assertThat(t.row(ThreePublicLine.TOTAL)).isEmpty();
    ThreePublicRow overseas = t.row(ThreePublicLine.OVERSEAS).orElseThrow();
    assertThat(overseas.cell(2)).contains(Amount.ZERO);
    assertThat(overseas.cells()).containsOnlyKeys(2, 3, 4, 5);
    assertThat(t.isEmpty()).isFalse();
  }

  @Test
  void nineRowsWithTotalButNoMeetingsAreTotalWithoutMeetings() {
    ThreePublicTable t = rows()
        .row("合 计", "124.59", "124.59")
        .row("小计", "104.07", "104.07")
        .row("一、因公出国 (境)费")
        .row("其中：教学 科研人员因公 出国(境)费")
        .row("其他因 公出国(境) 费")
        .row("二、公务用车 购置及运维费", "97.26", "97.26")
        .row("其中：公务 用车购置费")
        .row("公务用 车运行维护费", "97.26", "97.26")
        .row("三、公务接待 费", "6.81", "6.81")
        .build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.TOTAL_WITHOUT_MEETINGS);
  }

  @Test
  void noRowsWithTheNoteIsTheEmptyLayout() {
    ThreePublicTable t = rows().note(NOTE).build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.EMPTY);
    assertThat(t.isEmpty()).isTrue();
    assertThat(t.note()).contains(NOTE);
  }

  @Test
  void oneAllBlankRowWithTheNoteIsTheEmptyLayout() {
    // Layout A as printed (haigang-development-service-center-2025 L1397-1428): header, 栏次,
    // one row of blank cells, then the note.
    ThreePublicTable t = rows().row("", "", "", "", "").note(NOTE).build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.EMPTY);
    assertThat(t.isEmpty()).isTrue();
  }

  @Test
  void aBlankRowAmongTheLinesIsOther() {
    ThreePublicTable t = rows().row("合计", "1.00").row("", "").build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.OTHER);
  }

  @Test
  void anUnknownLineMakesTheLayoutOther() {
    ThreePublicTable t = full().row("六、差旅费", "1.00", "1.00").build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.OTHER);
    assertThat(t.rows().get(13).line()).isEmpty();
  }

  @Test
  void aRepeatedLineMakesTheLayoutOther() {
    ThreePublicTable t = rows().row("合计", "1").row("合计", "1").build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.OTHER);
    assertThat(t.row(ThreePublicLine.TOTAL).orElseThrow().seq()).isEqualTo(1);
  }

  @Test
  void anIncompleteSetOfLinesIsOther() {
    ThreePublicTable t = rows().row("合计", "1").row("“三公”经费小计", "1").build();

    assertThat(t.rowLayout()).isEqualTo(ThreePublicLayout.OTHER);
  }

  @Test
  void rowsKeepTheirItemAsPrintedAndDescribeItStripped() {
    ThreePublicRow r = full().build().rows().get(3);

    assertThat(r.item()).isEqualTo("    其中：教学科研人员因公出国（境）费");
    assertThat(r.describe()).isEqualTo("序号4 其中：教学科研人员因公出国（境）费");
    assertThat(r.line()).contains(ThreePublicLine.OVERSEAS_ACADEMIC);
  }

  @Test
  void explicitSeqIsKeptAndFollowedOn() {
    ThreePublicTable t = rows().row(2, "“三公”经费小计", "1").row("一、因公出国（境）费").build();

    assertThat(t.rows()).extracting(ThreePublicRow::seq).containsExactly(2, 3);
  }

  @Test
  void tooManyAmountsAreRejected() {
    assertThatThrownBy(() -> rows().row("合计", "1", "1", "", "", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 amounts given but there are only 4 amount columns");
  }

  @Test
  void aLayoutThatIsNotOfItemRowsIsRejected() {
    TableLayout income = DisclosureProfile.common().requireLayout(TableKind.INCOME);

    assertThatThrownBy(() -> new ThreePublicRows(income, "x").row("合计", "1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("收入总表 is not a table of item rows");
  }
}
