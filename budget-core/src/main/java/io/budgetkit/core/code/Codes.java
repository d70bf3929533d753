package io.budgetkit.core.code;

import java.util.Objects;

/** Parsing shared by the code types: digits only, with an error that says what is wrong. */
final class Codes {

  private Codes() {}

  static String check(String text, CodeScheme scheme) {
    Objects.requireNonNull(text, "text");
    String what = scheme.label() + " code '" + text + "'";
    if (text.isEmpty()) {
      throw new IllegalArgumentException(scheme.label() + " code is empty");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        continue;
      }
      String problem;
      if (c >= '０' && c <= '９') {
        problem = "contains the full-width digit '" + c + "'; use ASCII digits";
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        problem = "contains a space; a code is digits only (a PDF extraction may split codes: "
            + "join the digits first)";
      } else if (Character.isLetter(c)) {
        problem = "contains the letter '" + c + "'; a code is digits only";
      } else {
        problem = "contains the character '" + c + "'; a code is digits only";
      }
      throw new IllegalArgumentException(what + " " + problem + " (position " + (i + 1) + ")");
    }
    boolean lengthOk = false;
    StringBuilder lengths = new StringBuilder();
    for (CodeLevel level : scheme.levels()) {
      lengthOk |= level.digits() == text.length();
      if (lengths.length() > 0) {
        lengths.append(", ");
      }
      lengths.append(level.digits()).append(" (").append(level.label()).append(')');
    }
    if (!lengthOk) {
      throw new IllegalArgumentException(
          what + " has " + text.length() + " digits; expected " + lengths);
    }
    return text;
  }
}
