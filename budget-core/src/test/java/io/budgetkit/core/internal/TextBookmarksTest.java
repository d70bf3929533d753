package io.budgetkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextBookmarksTest {

  /** The regular expression the importers used to drop bookmarks, as the oracle. */
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "'[bookmark: _Toc_2_2_0000000001]部门预算收支总表' | 部门预算收支总表",
      "'表[bookmark: a][bookmark: b]一'                  | 表一",
      "'[bookmark: [x]y'                                 | y",
      "'[bookmark: open'                                 | '[bookmark: open'",
      "'a[bookmark:]b[bookmark:'                         | 'ab[bookmark:'",
      "'[Bookmark: x]'                                   | '[Bookmark: x]'",
      "''                                                | ''"})
  void dropBookmarksRemovesEachClosedBookmark(String text, String dropped) {
    assertThat(Text.dropBookmarks(text)).isEqualTo(dropped);
  }

  @Test
  void dropBookmarksAgreesWithTheRegularExpressionItReplaces() {
    String[] pieces = {"[bookmark:", "[bookmark", "]", "[", "b", " ", "表", "\n", "[bookmark: _x]"};
    Random random = new Random(10);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      assertThat(Text.dropBookmarks(text)).as(text)
          .isEqualTo(BOOKMARK.matcher(text).replaceAll(""));
    }
  }

  @Test
  void thirtyThousandUnclosedBookmarksAreScannedInLinearTime() {
    // issue 10 defect 1: the regular expression scanned to the end from every "[bookmark:"
    String text = "[bookmark:".repeat(30_000);
    String dropped = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> Text.dropBookmarks(text));
    assertThat(dropped).isEqualTo(text);
  }
}
