package io.budgetkit.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TextBlock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The text parts that Jiangsu departments publish beside their tables file (说明 PDFs): no
 * table, and the running text as paragraphs.
 *
 * <p>Each sentence below was copied from {@code pdftotext -layout} of the page named (poppler,
 * not PDFBox) and checked by eye against it: the line breaks of the layout removed, nothing else
 * changed. Sentences were chosen that run over two or more printed lines, and where noted over
 * a page break with the page number printed between, so that a page number or running line left
 * in the paragraph, or a space left where a line was wrapped, makes them fail. Sentences with
 * digits next to Chinese were avoided: whether a gap there is a space is a matter of taste.
 */
class PdfReaderTextFixturesTest {

  /** A page number as these files print it: "2", "- 2 -", "— 2 —", "─ 1 ─". */
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—─\\s]*\\d{1,3}[-—─\\s]*");

  @Test
  void wordTextOfThePoliticalConsultativeConference2017() {
    // cppcc-office-2017-text.pdf (Word 2010), p.2 lines 3-6 and p.3 lines 8-10; "通过调研报"
    // ends p.2 above its page number "2", "告、提案、…" begins p.3
    assertTextOnly("jiangsu/cppcc-office-2017-text.pdf",
        "省政协是我省最广泛的爱国统一战线组织，是中国共产党领导的多党合作和政治协商的重要机构，"
            + "是我省政治生活中发扬社会主义民主的重要形式。",
        "深入开展民主监督。围绕省委、省政府重大决策部署的贯彻落实情况和群众普遍关心的重要问题，",
        "通过调研报告、提案、建议案或其他形式，积极主动地向党政机关提出意见和建议。");
  }

  @Test
  void wordTextOfThePoliticalConsultativeConference2018() {
    // cppcc-office-2018-text.pdf (Word 2010), p.3 lines 7-10 and 17-19
    assertTextOnly("jiangsu/cppcc-office-2018-text.pdf",
        "政治协商是对我省大政方针的贯彻实施，对经济、政治、文化、社会和生态文明建设中的重要问题，"
            + "对各党派参加政协工作的共同性事务，对政协内部的重要事务以及有关爱国统一战线的其他重要"
            + "问题，在决策之前和决策实施之中进行协商。",
        "其形式主要有：会议监督、视察监督、提案监督、专项监督、社情民意信息监督、特约（邀）监督、"
            + "评议监督以及其他形式监督。");
  }

  @Test
  void pdfMakerTextOfThePartyCommitteeOffice2017() {
    // party-committee-office-2017-text.pdf (Acrobat PDFMaker), p.2 line 21 to p.3 line 2, over
    // the page number "— 2 —"; p.3 lines 12-14
    assertTextOnly("jiangsu/party-committee-office-2017-text.pdf",
        "负责党和国家领导人、党中央各部委和各省市自治区党委负责同志来省的接待服务和其它重要接待任务"
            + "的协调工作。",
        "解放思想、务实创新，切实发挥好参谋助手、服务保障、综合协调和督促检查作用，");
  }

  @Test
  void postScriptTextOfThePartyCommitteeOffice2019() {
    // party-committee-office-2019-text.pdf (PScript5.dll), p.3 lines 5-6 and 22-23 (the last
    // above the page number "1")
    assertTextOnly("jiangsu/party-committee-office-2019-text.pdf",
        "（二）围绕省委中心工作，开展调查研究，加强前瞻谋划，起草省委文件和省委领导同志讲话，"
            + "为省委决策提供参谋服务。",
        "（十）负责省委大院的行政事务、基建维修和安全保卫，省委离退休领导同志的服务保障工作。");
  }

  @Test
  void wpsTextOfTheNpcStandingCommittee2019WithoutItsTablesFile() {
    // npc-standing-committee-2019.pdf (WPS Writer): its p.8 says "2019年部门预算公开表附后"
    // and the tables are the other file; p.3 lines 16-18, p.4 lines 1-4
    assertTextOnly("jiangsu/npc-standing-committee-2019.pdf",
        "（七）监督本级人民政府、人民法院和人民检察院的工作，联系本级人民代表大会代表，"
            + "受理人民群众对上述机关和国家工作人员的申诉和意见；",
        "在省长和人民法院院长、人民检察院检察长因故不能担任职务的时候，从本级人民政府、人民法院、"
            + "人民检察院副职领导人员中决定代理的人选；");
  }

  private static void assertTextOnly(String path, String... sentences) {
    PublishedDocument d = PdfReaderGoldenTest.read(path);
    assertThat(d.tables()).isEmpty();
    List<String> texts = d.texts().stream().map(TextBlock::text).collect(Collectors.toList());
    for (String sentence : sentences) {
      assertThat(texts).as("a paragraph holding %s", sentence)
          .anySatisfy(t -> assertThat(t).contains(sentence));
    }
    assertThat(texts).noneMatch(t -> PAGE_NUMBER.matcher(t).matches());
  }
}
