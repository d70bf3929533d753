package io.budgetkit.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The findings that are known and being fixed, so that a campaign can look past them for new
 * ones ({@code -Dfuzz.known=skip}).
 *
 * <p>By default ({@code fuzz.known=fail}) every finding fails the run, known or not: that is what
 * CI does. With {@code skip}, a finding whose description matches a line of {@code
 * known-findings.txt} for its target is passed over: the fuzzer goes on, and the first input of
 * each known finding is saved as {@code known-<line>-<sha1>} beside Jazzer's crash files, as a
 * reproducer. A line is {@code Targets | regular expression | what it is} (the targets' class
 * names, separated by commas); the expression is
 * searched in the finding's description, which is the chain of exceptions ({@code Class:
 * message <- Cause: message}) followed by the top frames of the innermost one. Remove a line
 * when its defect is fixed.
 */
final class KnownFindings {

  private static final String RESOURCE = "known-findings.txt";
  private static final int FRAMES = 8;

  private static final boolean SKIP = "skip".equals(System.getProperty("fuzz.known", "fail"));
  private static final List<Known> KNOWN = load();
  private static final Set<Integer> SAVED = ConcurrentHashMap.newKeySet();

  private KnownFindings() {}

  /** A line of the list. */
  private static final class Known {
    private final int line;
    private final List<String> targets;
    private final Pattern pattern;
    private final String note;

    Known(int line, List<String> targets, Pattern pattern, String note) {
      this.line = line;
      this.targets = targets;
      this.pattern = pattern;
      this.note = note;
    }
  }

  /** A check that may throw. */
  @FunctionalInterface
  interface Check {
    /**
     * Runs the check.
     *
     * @throws Exception if the check fails or the reader throws
     */
    void run() throws Exception;
  }

  /**
   * Runs a target's check on one input and lets every finding through, except, with {@code
   * fuzz.known=skip}, a known one.
   *
   * @param target the fuzz test class
   * @param input the fuzzer's input, saved for the first occurrence of a known finding
   * @param check the check
   * @throws Exception the finding, if it is not passed over
   */
  static void check(Class<?> target, byte[] input, Check check) throws Exception {
    if (!SKIP) {
      check.run();
      return;
    }
    try {
      check.run();
    } catch (Exception | Error e) {
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      String description = describe(e);
      for (Known k : KNOWN) {
        if (k.targets.contains(target.getSimpleName()) && k.pattern.matcher(description).find()) {
          save(k, input);
          return;
        }
      }
      throw e;
    }
  }

  /** The chain of exceptions and the innermost one's top frames, as the list's lines match. */
  static String describe(Throwable t) {
    StringBuilder s = new StringBuilder();
    Throwable root = t;
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (s.length() > 0) {
        s.append(" <- ");
      }
      s.append(c.getClass().getName()).append(": ").append(c.getMessage());
      root = c;
    }
    StackTraceElement[] frames = root.getStackTrace();
    for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
      s.append("\n\tat ").append(frames[i]);
    }
    return s.toString();
  }

  private static void save(Known k, byte[] input) {
    if (!SAVED.add(k.line)) {
      return;
    }
    String dir = System.getProperty("jazzer.internal.basedir");
    Path file = Paths.get(dir == null || dir.isEmpty() ? "." : dir)
        .resolve("known-" + k.line + "-" + sha1(input));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.println("INFO: known finding (" + RESOURCE + " line " + k.line + ", " + k.note
        + ") passed over; its first input: " + file.toAbsolutePath());
  }

  private static String sha1(byte[] input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Known> load() {
    List<Known> known = new ArrayList<>();
    try (InputStream in = KnownFindings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return known;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s\\|\\s", 3);
        if (parts.length != 3) {
          throw new IllegalStateException(RESOURCE + " line " + n
              + ": expected 'Target | expression | what it is'");
        }
        known.add(new Known(n, List.of(parts[0].strip().split("\\s*,\\s*")),
            Pattern.compile(parts[1].strip()),
            parts[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return known;
  }
}
