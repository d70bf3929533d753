package io.budgetkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

  // Spellings from LAYOUTS.md §8: items 9 (indentation), 18 (spaces inside CJK text),
  // 19 (half-width punctuation) and 24 (萬).
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "'\t　　其中：办公用房（平方米）'          | 其中：办公用房（平方米）",
      "'\t    其中：教学科研人员因公出国（境）费' | 其中：教学科研人员因公出国（境）费",
      "'\t          其他因公出国（境）费'       | 其他因公出国（境）费",
      "社会 保障 和就 业支 出                 | 社会保障和就业支出",
      "行政事业单位 医疗                      | 行政事业单位医疗",
      "二十九、 债务发行 费用支出             | 二十九、债务发行费用支出",
      "其中：教学 科研人员因公 出国(境)费     | 其中：教学科研人员因公出国（境）费",
      "一、因公出国 (境)费                    | 一、因公出国（境）费",
      "资金支出计划 (%)                       | 资金支出计划（%）",
      "其中:公务用车购置费                    | 其中：公务用车购置费",
      "视频监控系統租賃費600萬元              | 视频监控系统租赁费600万元",
      "東區檢查站擴建項目                     | 东区检查站扩建项目",
      "'对附属单 位补助支 出'                 | 对附属单位补助支出",
      "'合  计'                               | 合计",
      "'项 目'                                | 项目"})
  void matchKeyRemovesSpacingAndFoldsPunctuation(String label, String key) {
    assertThat(Text.matchKey(label)).isEqualTo(key);
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "二十、住房保障支出           | 住房保障支出",
      "三十一、人行科目             | 人行科目",
      "一、一般公共预算拨款收入     | 一般公共预算拨款收入",
      "'  二十、住房保障支出  '     | 住房保障支出",
      "二十九、 债务发行 费用支出   | 债务发行 费用支出",
      "1、房屋（平方米）            | 房屋（平方米）",
      "3.单价在20万元以上的设备     | 单价在20万元以上的设备",
      "3．单价在20万元以上的设备    | 单价在20万元以上的设备",
      "（一）总体绩效目标           | 总体绩效目标",
      "(一)总体绩效目标             | 总体绩效目标",
      "（一）因公出国（境）费       | 因公出国（境）费",
      "(一)因公出国(境)费           | 因公出国(境)费",
      "（一）因公出国(境)费         | 因公出国(境)费",
      "(一)因公出国（境）费         | 因公出国（境）费",
      "（十二）其他                 | 其他",
      "一般公共服务支出             | 一般公共服务支出",
      "十分重要                     | 十分重要",
      "本年收入合计                 | 本年收入合计",
      "2040201                      | 2040201",
      "（注）                       | （注）"})
  void stripOrdinalRemovesALeadingOrdinalOnly(String label, String stripped) {
    assertThat(Text.stripOrdinal(label)).isEqualTo(stripped);
  }
}
