package io.budgetkit.core.table;

import io.budgetkit.core.internal.Text;
import java.util.Optional;

/**
 * The lines a “三公”经费支出表 can print, recognised from their printed label.
 *
 * <p>Recognition ignores spacing, indentation, the {@code 其中：} prefix, ordinals and the width of
 * parentheses, so {@code 一、因公出国 (境)费} (PDF) and {@code 一、因公出国（境）费} (DOCX) are both
 * {@link #OVERSEAS}.
 */
public enum ThreePublicLine {
  /** 合计: 小计 plus 会议费 and 培训费 where those are counted. */
  TOTAL("合计"),
  /** “三公”经费小计. */
  SUBTOTAL("“三公”经费小计"),
  /** 一、因公出国（境）费. */
  OVERSEAS("因公出国（境）费"),
  /** 其中：教学科研人员因公出国（境）费. */
  OVERSEAS_ACADEMIC("教学科研人员因公出国（境）费"),
  /** 其他因公出国（境）费. */
  OVERSEAS_OTHER("其他因公出国（境）费"),
  /** 二、公务用车购置及运维费. */
  VEHICLES("公务用车购置及运维费"),
  /** 其中：公务用车购置费. */
  VEHICLE_PURCHASE("公务用车购置费"),
  /** 公务用车运行维护费. */
  VEHICLE_OPERATION("公务用车运行维护费"),
  /** 三、公务接待费. */
  RECEPTION("公务接待费"),
  /** 四、会议费. */
  MEETINGS("会议费"),
  /** 其中：省属高校业务性会议费. */
  MEETINGS_UNIVERSITY("省属高校业务性会议费"),
  /** 其他会议费. */
  MEETINGS_OTHER("其他会议费"),
  /** 五、培训费. */
  TRAINING("培训费");

  private final String label;

  ThreePublicLine(String label) {
    this.label = label;
  }

  /**
   * Returns the line's label without ordinal or 其中 prefix.
   *
   * @return e.g. 公务接待费
   */
  public String label() {
    return label;
  }

  /**
   * Recognises a printed label.
   *
   * @param printed the label as printed, e.g. {@code     其中：教学科研人员因公出国（境）费}
   * @return the line, or empty if the label is not one of the known lines
   */
  public static Optional<ThreePublicLine> recognise(String printed) {
    String key = Text.matchKey(Text.stripOrdinal(Text.matchKey(printed)));
    if (key.startsWith("其中：")) {
      key = key.substring("其中：".length());
    }
    if (key.equals("小计") || key.equals("三公经费小计") || key.equals("\"三公\"经费小计")) {
      return Optional.of(SUBTOTAL);
    }
    for (ThreePublicLine line : values()) {
      if (Text.matchKey(line.label).equals(key)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
