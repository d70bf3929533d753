package io.budgetkit.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.budgetkit.io.BudgetFormatException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The strict JSON shared by BudgetKit JSON and the manifest of the CSV format: the mapper
 * settings that refuse coercion, unknown fields and trailing tokens; Jackson's mapping failures
 * said in the user's terms (a field, a type, a JSON pointer — never a Java class name); and a
 * generator that refuses text UTF-8 cannot carry, naming where it is.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StrictJson {

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern SOURCE_IN_MESSAGE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  /** Jackson's advice to enable a feature of its own: no use to someone who wrote a file. */
  private static final Pattern FEATURE_ADVICE =
      Pattern.compile("(?:[:;,]? *\\(?consider enabling|[:;,] *enable) `[^`]*`.*$");

  private StrictJson() {}

  /**
   * Configures a mapper to read strictly: no coercion between strings, numbers and booleans
   * ({@code "year": "2025"} is an error), no float for an int, unknown fields, trailing tokens
   * and null for a primitive are errors. Duplicate keys are refused by the factory ({@code
   * StreamReadFeature.STRICT_DUPLICATE_DETECTION}), which the caller sets.
   *
   * @param b the builder
   * @return the builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder b) {
    b.withCoercionConfig(LogicalType.Textual, c -> c
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    return b.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  /** Makes the refusal of the token a parser stands at, for a problem said in a few words. */
  @FunctionalInterface
  public interface Refusal {
    /**
     * Makes the refusal.
     *
     * @param p the parser, at the token refused
     * @param problem what is wrong, starting in lower case
     * @return the exception to throw
     */
    BudgetFormatException at(JsonParser p, String problem);
  }

  /**
   * The root's {@code "format"} member as {@link #scanObject} found it.
   *
   * @param present whether the root has a member {@code "format"}
   * @param text its value when that is a string, else {@code null}
   */
  public record RootFormat(boolean present, String text) {}

  /**
   * Reads every token of the object whose start the parser has just read, to its end, so that
   * syntax, duplicate keys and Jackson's limits are checked before any mapping, and refuses what
   * the strict formats never write: {@code null} (an absent value is left out) and a text or a
   * field name that UTF-8 cannot carry (an unpaired surrogate), which no writer could give back.
   *
   * @param p the parser, just past the {@code START_OBJECT} of the root
   * @param refuse makes the refusal of a token, with the caller's source and pointer
   * @return the root's {@code "format"} member
   * @throws IOException for malformed JSON, as the parser reports it
   * @throws BudgetFormatException from {@code refuse}
   */
  public static RootFormat scanObject(JsonParser p, Refusal refuse) throws IOException {
    boolean present = false;
    String format = null;
    int depth = 1;
    while (depth > 0) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      } else if (t == JsonToken.VALUE_NULL) {
        throw refuse.at(p, "null is not allowed; leave an optional field out");
      } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
        String text = p.getText();   // makes the parser check the string length limit
        String why = Unicode.whyNotUtf8(text);
        if (why != null) {
          throw refuse.at(p, (t == JsonToken.FIELD_NAME ? "the field name " : "the text ")
              + Excerpts.quote(text) + " " + why);
        }
        if (depth == 1 && "format".equals(p.currentName())) {
          if (t == JsonToken.FIELD_NAME) {
            present = true;
          } else {
            format = text;
          }
        }
      }
    }
    return new RootFormat(present, format);
  }

  /**
   * Cleans a message of Jackson's streaming parser for a user: "[Source: …; line: 1, column: 2]"
   * becomes "line 1, column 2", advice to enable a Jackson feature is dropped, and line breaks
   * become spaces.
   *
   * @param message the parser's message
   * @return the message for a user
   */
  public static String clean(String message) {
    String m = SOURCE_IN_MESSAGE.matcher(String.valueOf(message)).replaceAll("line $1, column $2");
    return FEATURE_ADVICE.matcher(m).replaceAll("").replace('\n', ' ');
  }

  /**
   * Says what a mapping failure means in the user's terms: an unknown field with the fields
   * expected, a missing field, a wrong type with the type expected and the one found.
   *
   * @param e the failure
   * @param found the token at the failure, or {@code null} if unknown
   * @param typeNames names of the types the caller maps specially ("an amount in 万元 …"), or
   *     {@code null} for the general name ("a string", "an object")
   * @return the message
   */
  public static String describe(JsonMappingException e, JsonToken found,
      Function<Class<?>, String> typeNames) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      Collection<Object> known = u.getKnownPropertyIds();
      return "unknown field " + Excerpts.quote(u.getPropertyName())
          + (known == null || known.isEmpty() ? "" : "; expected one of "
              + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Missing required creator property")) {
      Matcher m = QUOTED.matcher(original);
      return "missing required field " + (m.find() ? "'" + m.group(1) + "'" : "");
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      String special = typeNames == null || target == null ? null : typeNames.apply(target);
      return "wrong type: expected " + (special != null ? special : typeName(target))
          + (found != null ? ", found " + tokenName(found) : "");
    }
    return "cannot read the value" + (found != null ? " (" + tokenName(found) + ")" : "");
  }

  /**
   * Returns how a message names a Java type of the wire format: "a string", "an integer", "an
   * array", "an object".
   *
   * @param type the type, or {@code null}
   * @return its name in JSON terms
   */
  public static String typeName(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray() || type == List.class) {
      return "an array";
    }
    return "an object";
  }

  /**
   * Returns how a message names a JSON token: "a string", "an object", "null"…
   *
   * @param t the token
   * @return its name
   */
  public static String tokenName(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case FIELD_NAME:
        return "a field";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /**
   * Returns a generator that refuses any string or field name that UTF-8 cannot encode (an
   * unpaired surrogate) with an {@link IllegalArgumentException} naming the JSON pointer, rather
   * than writing {@code ?} or failing later in an encoder. Jackson wraps what a generator throws
   * in an {@code IOException}: pass that to {@link #throwIfUnwritable(Throwable)}.
   *
   * @param g the generator to write to
   * @param document what is written, for the message ("BudgetKit JSON", "manifest.json")
   * @return the checking generator
   */
  public static JsonGenerator utf8Only(JsonGenerator g, String document) {
    return new Utf8OnlyGenerator(g, document);
  }

  /** Refuses text UTF-8 cannot encode, naming where it would have gone. */
  private static final class Utf8OnlyGenerator extends JsonGeneratorDelegate {
    private final String document;

    Utf8OnlyGenerator(JsonGenerator g, String document) {
      super(g, false);
      this.document = document;
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      check(name, true);
      super.writeFieldName(name);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text != null) {
        check(text, false);
      }
      super.writeString(text);
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
      check(new String(text, offset, len), false);
      super.writeString(text, offset, len);
    }

    private void check(String text, boolean name) {
      String why = Unicode.whyNotUtf8(text);
      if (why != null) {
        String at = pointer(getOutputContext(), name);
        throw new UnwritableText("Cannot write " + document + ": the "
            + (name ? "field name " : "text ") + Excerpts.quote(text) + " at "
            + (at.isEmpty() ? "/" : at) + " " + why);
      }
    }
  }

  /**
   * Rethrows the refusal of {@link #utf8Only} if a failure of Jackson's wraps one.
   *
   * @param e the failure
   * @throws IllegalArgumentException the refusal, if {@code e} is or wraps one
   */
  public static void throwIfUnwritable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnwritableText) {
        throw (UnwritableText) t;
      }
    }
  }

  /** A text that UTF-8 cannot encode, refused by {@link #utf8Only}. */
  private static final class UnwritableText extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnwritableText(String message) {
      super(message);
    }
  }

  /**
   * Returns the JSON pointer of the value about to be written in an output context (of the
   * object holding a field name about to be written, for {@code name}).
   */
  static String pointer(JsonStreamContext current, boolean name) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = current; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (!(name && c == current) && c.getCurrentName() != null) {
          parts.push("/" + escapeToken(c.getCurrentName()));
        }
      } else if (c.inArray()) {
        // the innermost array has not counted the element about to be written yet
        parts.push("/" + (c == current ? c.getEntryCount() : c.getCurrentIndex()));
      }
    }
    return String.join("", parts);
  }

  private static String escapeToken(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the JSON pointer of a mapping failure's path.
   *
   * @param e the failure
   * @return the pointer, {@code ""} for the root
   */
  public static String pointer(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      s.append('/');
      if (r.getFieldName() != null) {
        s.append(escapeToken(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        s.append(r.getIndex());
      }
    }
    return s.toString();
  }
}
