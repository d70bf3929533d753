package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/RULES.md lists every rule of the standard set, and every rule has its messages. */
class RulesDocumentationTest {

  private static String rulesMd() throws IOException {
    // Surefire runs in the module's directory; the catalog is at the repository's root.
    return Files.readString(Path.of("..", "docs", "RULES.md"), StandardCharsets.UTF_8);
  }

  @Test
  void everyRuleIsInTheTableWithItsSeverityAndHasASection() throws IOException {
    String md = rulesMd();
    for (Rule r : RuleSet.standard().rules()) {
      assertThat(md).as(r.id()).contains("| " + r.id() + " | " + r.severity() + " |");
      assertThat(Pattern.compile("^#{3,} .*" + Pattern.quote(r.id()) + "\\b", Pattern.MULTILINE)
          .matcher(md).find()).as("a section for " + r.id()).isTrue();
    }
  }

  @Test
  void theTableListsNoRuleTheSetLacks() throws IOException {
    String md = rulesMd();
    // The summary table, between "## All rules" and the next heading of that level.
    int start = md.indexOf("## All rules");
    String table = md.substring(start, md.indexOf("\n## ", start + 1));
    Matcher m = Pattern.compile("^\\| (BK-[A-Z]+-[0-9]{3}) \\|", Pattern.MULTILINE)
        .matcher(table);
    int rows = 0;
    while (m.find()) {
      rows++;
      assertThat(RuleSet.standard().catalogue()).containsKey(m.group(1));
    }
    assertThat(rows).isEqualTo(RuleSet.standard().rules().size());
  }

  @Test
  void everyRuleHasItsMessagesInEnglishAndChinese() {
    for (Rule r : RuleSet.standard().rules()) {
      String base = "io.budgetkit.rules.messages." + r.id().split("-")[1].toLowerCase(Locale.ROOT);
      ResourceBundle.Control control =
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
      ResourceBundle en = ResourceBundle.getBundle(base, Locale.ROOT, control);
      ResourceBundle zh = ResourceBundle.getBundle(base, Locale.CHINESE, control);
      // A rule's message is its id, or several variants "<id>.<variant>".
      Set<String> keys = new TreeSet<>();
      for (String k : en.keySet()) {
        if (k.equals(r.id()) || k.startsWith(r.id() + ".")) {
          keys.add(k);
        }
      }
      assertThat(keys).as(r.id() + " has an English message").isNotEmpty();
      for (String k : keys) {
        assertThat(zh.getString(k)).as(k + " in Chinese").isNotEqualTo(en.getString(k))
            .matches(".*[\\u4e00-\\u9fff].*");
      }
    }
  }
}
