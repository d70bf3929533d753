package io.budgetkit.examples.cli;

import io.budgetkit.core.internal.DisplayText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that escapes, on the way to the terminal, every character that a terminal would act on
 * rather than show ({@link DisplayText}): whatever a document holds, and whatever path a message
 * quotes, the command prints it as text. Line feeds pass, so output stays in lines; each value
 * that must stay on one line is escaped where it is printed ({@link DisplayText#inline}).
 *
 * <p>JSON stays valid and means the same: the escape is JSON's {@code \\uXXXX}, and outside
 * strings JSON holds no character that is escaped.
 */
final class EscapingWriter extends FilterWriter {

  /** A high surrogate written last, held until the next character says whether it is paired. */
  private int pendingHigh = -1;

  EscapingWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    write(s.toCharArray(), off, len);
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    if (len <= 0) {
      return;
    }
    StringBuilder s = new StringBuilder(len + 1);
    if (pendingHigh >= 0) {
      s.append((char) pendingHigh);
      pendingHigh = -1;
    }
    s.append(buf, off, len);
    char last = s.charAt(s.length() - 1);
    if (Character.isHighSurrogate(last)) {
      pendingHigh = last;
      s.setLength(s.length() - 1);
    }
    out.write(DisplayText.escape(s, true));
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh >= 0) {
      out.write(DisplayText.inline(String.valueOf((char) pendingHigh)));
      pendingHigh = -1;
    }
    out.close();
  }
}
