package io.budgetkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;

/** JSON pointers (RFC 6901): building them, and finding where one points in a document. */
final class Pointers {

  private Pointers() {}

  /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Returns the pointer of the path a databind exception carries. */
  static String of(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    List<JsonMappingException.Reference> path = e.getPath();
    for (JsonMappingException.Reference r : path) {
      s.append('/');
      if (r.getFieldName() != null) {
        s.append(escape(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        s.append(r.getIndex());
      }
    }
    return s.toString();
  }

  /** Returns the pointer of the value a parser is at. */
  static String of(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    if (c == null) {
      return "";
    }
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return c.pathAsPointer().toString();
  }

  /** Where a pointer's value starts: the name of its field, or the value in an array. */
  record Position(int line, int column, JsonToken token) {}

  /**
   * Finds where a pointer points in a well-formed document: the position of the member's name,
   * or of the array element. Called only when an error has to be reported.
   *
   * <p>A pointer to a member that is missing is located at its nearest ancestor in the document.
   *
   * @return the position, or {@code null} if not even the root is found
   */
  static Position locate(JsonFactory factory, Source doc, String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Position at = locateExactly(factory, doc, p);
      if (at != null || p.isEmpty()) {
        return at;
      }
    }
  }

  private static Position locateExactly(JsonFactory factory, Source doc, String pointer) {
    try (JsonParser p = doc.parser(factory)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        if (of(p).equals(pointer)) {
          JsonLocation l = p.currentTokenLocation();
          JsonToken value = t == JsonToken.FIELD_NAME ? p.nextToken() : t;
          return new Position(l.getLineNr(), l.getColumnNr(), value);
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** A document held in memory, parsed more than once. */
  interface Source {
    JsonParser parser(JsonFactory factory) throws IOException;
  }
}
