package io.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.budgetkit.core.budget.DepartmentBudget;
import java.io.IOException;

/**
 * A Jackson module that maps {@link DepartmentBudget} to and from the {@code budgetkit/1} JSON
 * format, for a host that registers it on its own {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new BudgetJsonModule()).build();
 * String json = mapper.writeValueAsString(budget);
 * DepartmentBudget back = mapper.readValue(json, DepartmentBudget.class);
 * }</pre>
 *
 * <p>The budget is written as {@link BudgetJson} writes it, field for field (every field name is
 * explicit, so the host's naming strategy does not rename it); formatting and strictness are the
 * host mapper's. A failure to read the model from the document is a {@link JsonMappingException}
 * whose message holds the JSON pointer inside the budget and whose cause is the model's error.
 * For untrusted input, prefer {@link BudgetJson}, which reads strictly, with limits, and reports
 * every failure as a {@link io.budgetkit.io.BudgetFormatException} with line and column.
 *
 * <p>This class is thread-safe once registered.
 */
public final class BudgetJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public BudgetJsonModule() {
    super("BudgetJsonModule", Version.unknownVersion());
    addSerializer(DepartmentBudget.class, new BudgetSerializer());
    addDeserializer(DepartmentBudget.class, new BudgetDeserializer());
  }

  /** Writes a budget through the wire records. */
  private static final class BudgetSerializer extends JsonSerializer<DepartmentBudget> {
    @Override
    public void serialize(DepartmentBudget value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(WireMapping.toWire(value), gen);
    }

    @Override
    public Class<DepartmentBudget> handledType() {
      return DepartmentBudget.class;
    }
  }

  /** Reads a budget through the wire records. */
  private static final class BudgetDeserializer extends JsonDeserializer<DepartmentBudget> {
    @Override
    public DepartmentBudget deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      Wire.Document wire = ctxt.readValue(p, Wire.Document.class);
      try {
        return WireMapping.toModel(wire);
      } catch (NullPointerException e) {
        throw JsonMappingException.from(p, "a required value is null", e);
      } catch (WireMapping.Problem e) {
        throw JsonMappingException.from(p, "at " + (e.pointer().isEmpty() ? "/" : e.pointer())
            + ": " + e.getMessage(), e);
      }
    }

    @Override
    public Class<DepartmentBudget> handledType() {
      return DepartmentBudget.class;
    }
  }
}
