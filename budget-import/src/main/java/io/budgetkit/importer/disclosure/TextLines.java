package io.budgetkit.importer.disclosure;

import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.core.problem.Severity;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into lines as {@link java.io.BufferedReader#readLine()} does (at LF, CR and
 * CR LF; no empty line after a final line end), within {@link DisclosureText.Limits}: one leading
 * U+FEFF (a byte order mark) is skipped, the characters read are counted against the limit as
 * they come, and a line longer than the line limit is not held: it is read as an empty line and
 * reported.
 */
final class TextLines {

  final List<String> lines = new ArrayList<>();
  final List<ImportDiagnostic> diagnostics = new ArrayList<>();

  private final String source;
  private final int maxLineLength;
  private final int maxLines;
  private final StringBuilder line = new StringBuilder();
  private boolean inLine;
  private boolean tooLong;

  private TextLines(String source, DisclosureText.Limits limits) {
    this.source = source;
    this.maxLineLength = limits.maxLineLength();
    this.maxLines = limits.maxLines();
  }

  /**
   * Reads the lines.
   *
   * @param maxChars the most characters read, or {@code Long.MAX_VALUE} when the bytes were
   *     counted before
   * @throws BudgetFormatException if there are more than {@code maxChars} characters or more
   *     lines than the limit
   * @throws IOException if the reader fails
   */
  static TextLines read(Reader reader, String source, long maxChars,
      DisclosureText.Limits limits) throws IOException {
    TextLines t = new TextLines(source, limits);
    char[] buf = new char[1 << 16];
    long total = 0;
    boolean first = true;
    boolean afterCr = false;
    for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
      total += n;
      if (total > maxChars) {
        throw DisclosureText.tooLong(source, maxChars, "characters");
      }
      int i = 0;
      if (first && n > 0) {
        first = false;
        i = buf[0] == '\uFEFF' ? 1 : 0;
      }
      if (afterCr && i < n) {
        afterCr = false;
        i += buf[i] == '\n' ? 1 : 0; // the LF of a CR LF
      }
      while (i < n) {
        int end = i;
        while (end < n && buf[end] != '\n' && buf[end] != '\r') {
          end++;
        }
        t.append(buf, i, end);
        if (end == n) {
          break;
        }
        t.endLine();
        if (buf[end] == '\r') {
          if (end + 1 == n) {
            afterCr = true;
          } else if (buf[end + 1] == '\n') {
            end++;
          }
        }
        i = end + 1;
      }
    }
    if (t.inLine) {
      t.endLine();
    }
    return t;
  }

  private void append(char[] buf, int from, int to) {
    if (from == to) {
      return;
    }
    inLine = true;
    int room = maxLineLength - line.length();
    if (to - from > room) {
      tooLong = true;
      line.append(buf, from, room);
    } else {
      line.append(buf, from, to - from);
    }
  }

  private void endLine() {
    int number = lines.size() + 1;
    if (number > maxLines) {
      throw DisclosureText.tooManyLines(source, maxLines);
    }
    if (tooLong) {
      lines.add("");
      diagnostics.add(ImportDiagnostic.of("line.long", Severity.ERROR, number,
          line.substring(0, Math.min(line.length(), 201)), "L" + number + ": a line of more than "
              + maxLineLength + " characters, which no published disclosure has; the line is not"
              + " read (DisclosureText.Limits.withMaxLineLength)"));
    } else {
      lines.add(line.length() == 0 ? "" : line.toString());
    }
    line.setLength(0);
    inLine = false;
    tooLong = false;
  }
}
