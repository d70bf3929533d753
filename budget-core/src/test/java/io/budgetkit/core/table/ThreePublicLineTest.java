package io.budgetkit.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThreePublicLineTest {

  // DOCX spellings (haigang-government-office-2024 L1453-1530, LAYOUTS.md §4 layout B).
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "合计                                      | TOTAL",
      "“三公”经费小计                            | SUBTOTAL",
      "一、因公出国（境）费                      | OVERSEAS",
      "'    其中：教学科研人员因公出国（境）费'  | OVERSEAS_ACADEMIC",
      "'          其他因公出国（境）费'          | OVERSEAS_OTHER",
      "二、公务用车购置及运维费                  | VEHICLES",
      "'\u3000\u3000其中：公务用车购置费'        | VEHICLE_PURCHASE",
      "公务用车运行维护费                        | VEHICLE_OPERATION",
      "三、公务接待费                            | RECEPTION",
      "四、会议费                                | MEETINGS",
      "其中：省属高校业务性会议费                | MEETINGS_UNIVERSITY",
      "其他会议费                                | MEETINGS_OTHER",
      "五、培训费                                | TRAINING"})
  void recognisesDocxSpellings(String printed, ThreePublicLine line) {
    assertThat(ThreePublicLine.recognise(printed)).contains(line);
  }

  // PDF spellings (etdz-public-security-bureau-2024 L496-516; LAYOUTS.md §8 items 18, 19).
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "'合 计'                            | TOTAL",
      "“三公”经费 小计                    | SUBTOTAL",
      "小计                               | SUBTOTAL",
      "三公经费小计                       | SUBTOTAL",
      "'\"三公\"经费小计'                 | SUBTOTAL",
      "一、因公出国 (境)费                | OVERSEAS",
      "（一）因公出国(境)费               | OVERSEAS",
      "其中：教学 科研人员因公 出国(境)费 | OVERSEAS_ACADEMIC",
      "其他因 公出国(境) 费               | OVERSEAS_OTHER",
      "二、公务用车 购置及运维费          | VEHICLES",
      "其中:公务 用车购置费               | VEHICLE_PURCHASE",
      "公务用车运行 维护费                | VEHICLE_OPERATION",
      "三、公务接待 费                    | RECEPTION",
      "3、公务接待费                      | RECEPTION"})
  void recognisesPdfSpellings(String printed, ThreePublicLine line) {
    assertThat(ThreePublicLine.recognise(printed)).contains(line);
  }

  @ParameterizedTest(name = "\"{0}\" is no 三公 line")
  @ValueSource(strings = {"", "  ", "差旅费", "会议", "公务用车购置费用", "“三公”经费合计", "其中：",
      "一、", "总计"})
  void rejectsOtherLabels(String printed) {
    assertThat(ThreePublicLine.recognise(printed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"TOTAL, 合计", "SUBTOTAL, “三公”经费小计", "VEHICLE_OPERATION, 公务用车运行维护费"})
  void labelIsWithoutOrdinalOrPrefix(ThreePublicLine line, String label) {
    assertThat(line.label()).isEqualTo(label);
  }
}
