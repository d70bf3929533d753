package io.budgetkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.fixtures.Fixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetJsonTest {

  private static final BudgetJson JSON = BudgetJson.defaults();
  static final String GOLDEN = "haigang-development-service-center-2025.json";

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void aFixtureSurvivesModelToJsonToModel(Fixture fixture) {
    DepartmentBudget budget = fixture.budget();
    assertThat(JSON.read(JSON.write(budget))).isEqualTo(budget);
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void aFixtureSurvivesJsonToModelToJsonByteForByte(Fixture fixture) {
    String json = JSON.write(fixture.budget());
    assertThat(JSON.write(JSON.read(json))).isEqualTo(json);
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void writingTwiceGivesTheSameBytes(Fixture fixture) {
    assertThat(JSON.write(fixture.budget())).isEqualTo(JSON.write(fixture.budget()));
  }

  @Test
  void theGoldenFileIsWhatTheWriterWritesByteForByte() throws IOException {
    byte[] expected;
    try (InputStream in = BudgetJsonTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden resource " + GOLDEN).isNotNull();
      expected = in.readAllBytes();
    }
    byte[] actual = JSON.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget())
        .getBytes(StandardCharsets.UTF_8);
    if (!java.util.Arrays.equals(expected, actual)) {
      // Left for review: diff it against the golden file, and copy it over only when every
      // difference is intended.
      Files.write(Path.of("target", GOLDEN), actual);
    }
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theGoldenFileReadsAsTheFixture() {
    try (InputStream in = BudgetJsonTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(JSON.read(in)).isEqualTo(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theDocumentIsPrettyPrintedWithTwoSpacesAndLf() {
    String json = JSON.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());
    assertThat(json).startsWith("{\n  \"format\": \"budgetkit/1\",\n  \"department\": {\n"
        + "    \"code\": \"980\",\n    \"name\": \"秦皇岛市海港区发展服务中心\"\n  },\n"
        + "  \"year\": 2025,\n  \"kind\": \"部门\",\n  \"profile\": \"common\",\n");
    assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void everyReaderAndWriterGivesTheSameDocument(@TempDir Path dir) {
    DepartmentBudget budget = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget();
    String json = JSON.write(budget);

    StringWriter chars = new StringWriter();
    JSON.write(budget, chars);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(budget, bytes);
    Path file = dir.resolve("budget.json");
    JSON.write(budget, file);

    assertThat(chars.toString()).isEqualTo(json);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(JSON.read(new StringReader(json))).isEqualTo(budget);
    assertThat(JSON.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(budget);
    assertThat(JSON.read(file)).isEqualTo(budget);
  }

  @Test
  void aLeadingBomIsAllowedInBytes() {
    String json = JSON.write(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget());
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(JSON.read(new ByteArrayInputStream(withBom)))
        .isEqualTo(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget());
  }

  @Test
  void amountsMayBeJsonNumbersExactAtTheFen() {
    String json = JSON.write(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());
    String numbers = json.replace("\"3\": \"2143.14\"", "\"3\": 2143.14");
    assertThat(numbers).isNotEqualTo(json);
    assertThat(JSON.read(numbers))
        .isEqualTo(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());
    // a number with more digits than printed, still exact at the fen, is the same amount
    assertThat(JSON.read(json.replace("\"3\": \"2143.14\"", "\"3\": 2143.140000")))
        .isEqualTo(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget());
  }

  @Test
  void theYuanProfileIsWrittenByName() {
    DisclosureProfile yuan = DisclosureProfile.common(Precision.FEN);
    DepartmentBudget budget = DepartmentBudget.builder().department("1", "某单位").year(2025)
        .profile(yuan).expenditure(t -> t.total("21431400.00")).build();
    String json = JSON.write(budget);
    assertThat(json).contains("\"profile\": \"common-yuan-2\"");
    assertThat(BudgetJsonSchemaTest.violations(json)).isEmpty();
    assertThat(JSON.read(json)).isEqualTo(budget);
  }

  @Test
  void aCustomProfileIsEmbeddedWithItsLayouts() {
    TableKind running = TableKind.custom("operating-costs", "机关运行经费表", TableShape.ECONOMIC_ROWS);
    TableLayout layout = TableLayout.builder().kind(running)
        .column("科目编码", ColumnType.CODE).column("科目名称", ColumnType.NAME).amount("金额")
        .build();
    DisclosureProfile profile = DisclosureProfile.builder().name("hebei-10")
        .addTables(DisclosureProfile.common().requireLayout(TableKind.EXPENDITURE), layout)
        .build();
    DepartmentBudget budget = DepartmentBudget.builder().department("1", "某单位").year(2025)
        .profile(profile).expenditure(t -> t.total("1.00"))
        .coded(running, io.budgetkit.core.code.EconomicCode::parse,
            t -> t.total("0.50").row("302", "商品和服务支出", "0.50"))
        .build();
    String json = JSON.write(budget);
    assertThat(json).contains("\"name\": \"hebei-10\"").contains("\"baseTitle\": \"机关运行经费表\"")
        .contains("\"shape\": \"economic-rows\"");
    assertThat(BudgetJsonSchemaTest.violations(json)).isEmpty();
    assertThat(JSON.read(json)).isEqualTo(budget);
    assertThat(JSON.write(JSON.read(json))).isEqualTo(json);
  }

  @Test
  void theModuleWorksOnAHostMapper() throws IOException {
    ObjectMapper host = JsonMapper.builder().addModule(new BudgetJsonModule()).build();
    DepartmentBudget budget = Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget();
    String json = host.writeValueAsString(budget);
    assertThat(host.readValue(json, DepartmentBudget.class)).isEqualTo(budget);
    // the same document as the facade's, but in the host's (compact) formatting
    assertThat(host.readTree(json)).isEqualTo(host.readTree(JSON.write(budget)));
  }
}
