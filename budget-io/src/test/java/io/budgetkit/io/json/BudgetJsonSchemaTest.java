package io.budgetkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.budgetkit.fixtures.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every document the writer writes validates against the shipped JSON Schema. */
class BudgetJsonSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = BudgetJson.class.getResourceAsStream(BudgetJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource in the jar").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema's complaints about a document, one line each; empty if it is valid. */
  static List<String> violations(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      List<Error> errors = SCHEMA.validate(node);
      return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void aFixtureValidates(Fixture fixture) {
    assertThat(violations(BudgetJson.defaults().write(fixture.budget()))).isEmpty();
  }

  @Test
  void theSchemaIsStrict() {
    String json = BudgetJson.defaults().write(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget());
    assertThat(violations(json.replace("\"year\": 2024,", "\"year\": 2024, \"comment\": \"x\",")))
        .isNotEmpty();
    assertThat(violations(json.replace("\"format\": \"budgetkit/1\"", "\"format\": \"budgetkit/2\"")))
        .isNotEmpty();
    assertThat(violations(json.replaceFirst("\"code\": \"201\"", "\"code\": \"2O1\"")))
        .isNotEmpty();
    assertThat(violations(json.replaceFirst("\"3\": \"[0-9.]+\"", "\"3\": \"1,000.00\"")))
        .isNotEmpty();
  }
}
