package io.budgetkit.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The wire types of the {@code budgetkit/1} JSON format: one record per JSON object, field for
 * field and in the order they are written.
 *
 * <p>Every field is named explicitly, so a host's naming strategy cannot rename it; absent
 * optional values are {@code null} and left out when written; fields the writer always writes
 * are required when read.
 */
final class Wire {

  private Wire() {}

  /** The document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"format", "department", "year", "kind", "profile", "tables", "narrative",
      "organisation", "projects", "procurement", "fixedAssets"})
  record Document(
      @JsonProperty(value = "format", required = true) String format,
      @JsonProperty(value = "department", required = true) Department department,
      @JsonProperty(value = "year", required = true) int year,
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "profile", required = true) ProfileRef profile,
      @JsonProperty(value = "tables", required = true) List<Table> tables,
      @JsonProperty(value = "narrative", required = true) Narrative narrative,
      @JsonProperty(value = "organisation", required = true) Organisation organisation,
      @JsonProperty(value = "projects", required = true) List<Project> projects,
      @JsonProperty("procurement") Procurement procurement,
      @JsonProperty("fixedAssets") FixedAssets fixedAssets) {}

  /** The department or unit. */
  @JsonPropertyOrder({"code", "name"})
  record Department(
      @JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "name", required = true) String name) {}

  /**
   * The profile: the name of a profile BudgetKit knows ({@code "common"}, {@code
   * "common-yuan-2"}), or a custom profile embedded as an object.
   *
   * @param name the known profile's name, or {@code null}
   * @param embedded the custom profile, or {@code null}
   */
  @JsonDeserialize(using = ProfileRefDeserializer.class)
  record ProfileRef(String name, Profile embedded) {

    @JsonValue
    Object json() {
      return name != null ? name : embedded;
    }
  }

  /** Reads a profile reference: a JSON string (a name) or an object (an embedded profile). */
  static final class ProfileRefDeserializer extends JsonDeserializer<ProfileRef> {
    @Override
    public ProfileRef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new ProfileRef(p.getText(), null);
      }
      if (p.currentToken() == JsonToken.START_OBJECT) {
        return new ProfileRef(null, ctxt.readValue(p, Profile.class));
      }
      return (ProfileRef) ctxt.handleUnexpectedToken(ProfileRef.class, p);
    }
  }

  /** A custom profile, embedded. */
  @JsonPropertyOrder({"name", "tables"})
  record Profile(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "tables", required = true) List<Layout> tables) {}

  /** A table layout, embedded in a custom profile or a table. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "baseTitle", "shape", "unit", "decimals", "columns", "columnSums",
      "emptyNote"})
  record Layout(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty("baseTitle") String baseTitle,
      @JsonProperty("shape") String shape,
      @JsonProperty(value = "unit", required = true) String unit,
      @JsonProperty(value = "decimals", required = true) int decimals,
      @JsonProperty(value = "columns", required = true) List<Column> columns,
      @JsonProperty(value = "columnSums", required = true) List<ColumnSum> columnSums,
      @JsonProperty("emptyNote") String emptyNote) {}

  /** A column (栏次) of a layout. */
  @JsonPropertyOrder({"number", "name", "type"})
  record Column(
      @JsonProperty(value = "number", required = true) int number,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "type", required = true) String type) {}

  /** A row-arithmetic relation of a layout. */
  @JsonPropertyOrder({"total", "parts"})
  record ColumnSum(
      @JsonProperty(value = "total", required = true) int total,
      @JsonProperty(value = "parts", required = true) List<Integer> parts) {}

  /** A table. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "title", "layout", "rows", "note"})
  record Table(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "title", required = true) String title,
      @JsonProperty("layout") Layout layout,
      @JsonProperty(value = "rows", required = true) List<Row> rows,
      @JsonProperty("note") String note) {}

  /**
   * A row of any table: {@code income}/{@code expenditure} for a two-sided table, {@code
   * code}/{@code name} for a coded one, {@code item} for the 三公 table.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"seq", "income", "expenditure", "code", "name", "item", "cells"})
  record Row(
      @JsonProperty(value = "seq", required = true) int seq,
      @JsonProperty("income") String income,
      @JsonProperty("expenditure") String expenditure,
      @JsonProperty("code") String code,
      @JsonProperty("name") String name,
      @JsonProperty("item") String item,
      @JsonProperty(value = "cells", required = true) Map<String, AmountText> cells) {}

  /** The 情况说明. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"preamble", "sections", "figures"})
  record Narrative(
      @JsonProperty("preamble") String preamble,
      @JsonProperty(value = "sections", required = true) List<Section> sections,
      @JsonProperty(value = "figures", required = true) List<Figure> figures) {}

  /** A section of the narrative. */
  @JsonPropertyOrder({"kind", "heading", "text"})
  record Section(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "heading", required = true) String heading,
      @JsonProperty(value = "text", required = true) String text) {}

  /** A figure stated in the narrative. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "subject", "words", "value", "sentence"})
  record Figure(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty("subject") String subject,
      @JsonProperty(value = "words", required = true) String words,
      @JsonProperty(value = "value", required = true) String value,
      @JsonProperty("sentence") String sentence) {}

  /** The 机构设置 table. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"title", "units"})
  record Organisation(
      @JsonProperty("title") String title,
      @JsonProperty(value = "units", required = true) List<Unit> units) {}

  /** A unit of the 机构设置 table. */
  @JsonPropertyOrder({"name", "nature", "rank", "funding"})
  record Unit(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "nature", required = true) String nature,
      @JsonProperty(value = "rank", required = true) String rank,
      @JsonProperty(value = "funding", required = true) String funding) {}

  /** A 项目绩效目标表. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"title", "code", "name", "department", "budget", "fiscalFunds",
      "otherFunds", "purpose", "spendingPlan", "goals", "indicators"})
  record Project(
      @JsonProperty("title") String title,
      @JsonProperty("code") String code,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty("department") String department,
      @JsonProperty("budget") AmountText budget,
      @JsonProperty("fiscalFunds") AmountText fiscalFunds,
      @JsonProperty("otherFunds") AmountText otherFunds,
      @JsonProperty("purpose") String purpose,
      @JsonProperty("spendingPlan") SpendingPlan spendingPlan,
      @JsonProperty(value = "goals", required = true) List<String> goals,
      @JsonProperty(value = "indicators", required = true) List<Indicator> indicators) {}

  /** A 资金支出计划. */
  @JsonPropertyOrder({"header", "points"})
  record SpendingPlan(
      @JsonProperty(value = "header", required = true) String header,
      @JsonProperty(value = "points", required = true) List<PlanPoint> points) {}

  /** A date of a spending plan. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"date", "value"})
  record PlanPoint(
      @JsonProperty(value = "date", required = true) String date,
      @JsonProperty("value") String value) {}

  /** An indicator row. */
  @JsonPropertyOrder({"level1", "level2", "level3", "description", "value", "basis"})
  record Indicator(
      @JsonProperty(value = "level1", required = true) String level1,
      @JsonProperty(value = "level2", required = true) String level2,
      @JsonProperty(value = "level3", required = true) String level3,
      @JsonProperty(value = "description", required = true) String description,
      @JsonProperty(value = "value", required = true) String value,
      @JsonProperty(value = "basis", required = true) String basis) {}

  /** The 政府采购预算 table. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"layout", "title", "lines", "notes"})
  record Procurement(
      @JsonProperty(value = "layout", required = true) String layout,
      @JsonProperty("title") String title,
      @JsonProperty(value = "lines", required = true) List<ProcurementLine> lines,
      @JsonProperty(value = "notes", required = true) List<String> notes) {}

  /** A line of the 政府采购预算 table. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "label", "department", "projectBudget", "itemName",
      "catalogueNumber", "measureUnit", "quantity", "unitPrice", "amounts", "smeReserve"})
  record ProcurementLine(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "label", required = true) String label,
      @JsonProperty("department") String department,
      @JsonProperty("projectBudget") AmountText projectBudget,
      @JsonProperty("itemName") String itemName,
      @JsonProperty("catalogueNumber") String catalogueNumber,
      @JsonProperty("measureUnit") String measureUnit,
      @JsonProperty("quantity") String quantity,
      @JsonProperty("unitPrice") AmountText unitPrice,
      @JsonProperty(value = "amounts", required = true) Map<String, AmountText> amounts,
      @JsonProperty("smeReserve") AmountText smeReserve) {}

  /** The 固定资产占用情况表. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"title", "asOf", "rows"})
  record FixedAssets(
      @JsonProperty("title") String title,
      @JsonProperty("asOf") String asOf,
      @JsonProperty(value = "rows", required = true) List<AssetRow> rows) {}

  /** A row of the 固定资产占用情况表. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"item", "quantity", "value"})
  record AssetRow(
      @JsonProperty(value = "item", required = true) String item,
      @JsonProperty("quantity") String quantity,
      @JsonProperty("value") AmountText value) {}

  /**
   * An amount as it stands in the document: a JSON string, or the text of a JSON number.
   *
   * @param text the text
   * @param number true if the document gave a JSON number
   */
  @JsonDeserialize(using = AmountTextDeserializer.class)
  record AmountText(String text, boolean number) {

    @JsonValue
    String json() {
      return text;
    }
  }

  /** Reads an amount from a JSON string or a JSON number, keeping the number's text. */
  static final class AmountTextDeserializer extends JsonDeserializer<AmountText> {
    @Override
    public AmountText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return new AmountText(p.getText(), false);
      }
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return new AmountText(p.getText(), true);
      }
      return (AmountText) ctxt.handleUnexpectedToken(AmountText.class, p);
    }
  }
}
