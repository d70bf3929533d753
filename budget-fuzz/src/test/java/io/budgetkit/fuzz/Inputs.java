package io.budgetkit.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the fuzzer's bytes into the inputs of the readers. */
final class Inputs {

  /**
   * The real CSV folder the CSV targets start from: the budget of 秦皇岛市海港区发展服务中心 2025,
   * as budget-io's tests hold it, copied here.
   */
  static final String BASE_FOLDER = "base/haigang-development-service-center-2025/";

  /** The files of {@link #BASE_FOLDER}: every file name the CSV format knows, manifest first. */
  static final List<String> BASE_FILES = List.of("manifest.json", "01-summary.csv",
      "02-income.csv", "03-expenditure.csv", "04-fiscal-summary.csv",
      "05-general-public-expenditure.csv", "06-basic-expenditure.csv",
      "07-government-fund-expenditure.csv", "08-state-capital-expenditure.csv",
      "09-three-public.csv", "narrative-sections.csv", "narrative-figures.csv",
      "organisation.csv", "projects.csv", "project-plans.csv", "project-goals.csv",
      "project-indicators.csv", "procurement.csv", "assets.csv");

  /** Starts a file edit: {@code "@@ name\n"}. */
  private static final byte[] EDIT = {'@', '@', ' '};

  /** A name that can be a file in a folder on any system, and not {@code .} or {@code ..}. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private static final Map<String, byte[]> BASE = loadBase();

  private Inputs() {}

  /** Decodes bytes one to one, so that any ASCII the input holds can be found in the text. */
  static String latin1(byte[] input) {
    return new String(input, StandardCharsets.ISO_8859_1);
  }

  /**
   * Decodes strict UTF-8.
   *
   * @return the text, or {@code null} if the bytes are not UTF-8 or start with a byte order mark
   */
  static String utf8WithoutBom(byte[] input) {
    if (input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
        && (input[2] & 0xFF) == 0xBF) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Applies the fuzzer's edits to the real CSV folder and returns its files by name.
   *
   * <p>The input is a list of edits, each a line {@code "@@ name"} followed by the file's new
   * bytes up to the next {@code "\n@@ "} or the end; {@code "@@ -name"} (with nothing after the
   * line) removes the file. An input that does not start with {@code "@@ "} is the new {@code
   * manifest.json}. So the empty input is the real folder, a seed can change one file without
   * repeating the others, and the fuzzer can add files under any name.
   *
   * @param input the fuzzer's bytes
   * @return the files, in a fixed order
   */
  static Map<String, byte[]> files(byte[] input) {
    Map<String, byte[]> files = new LinkedHashMap<>(BASE);
    if (!startsWith(input, 0, EDIT)) {
      if (input.length > 0) {
        files.put(BASE_FILES.get(0), input);
      }
      return files;
    }
    int at = 0;
    while (at < input.length) {
      int nameStart = at + EDIT.length;
      int nameEnd = indexOf(input, (byte) '\n', nameStart);
      String name = new String(input, nameStart, (nameEnd < 0 ? input.length : nameEnd)
          - nameStart, StandardCharsets.UTF_8);
      int bodyStart = nameEnd < 0 ? input.length : nameEnd + 1;
      // an empty body: the next edit starts right after the name's line
      int next = startsWith(input, bodyStart, EDIT) ? bodyStart - 1 : nextEdit(input, bodyStart);
      int bodyEnd = next < 0 ? input.length : Math.max(next, bodyStart);
      if (name.startsWith("-")) {
        files.remove(name.substring(1));
      } else {
        byte[] body = new byte[bodyEnd - bodyStart];
        System.arraycopy(input, bodyStart, body, 0, body.length);
        files.put(name, body);
      }
      // the "\n" before the next "@@ " belongs to the separator, not to the file
      at = next < 0 ? input.length : next + 1;
    }
    return files;
  }

  /** Keeps the files whose names can be laid into a folder as they are. */
  static Map<String, byte[]> safeNames(Map<String, byte[]> files) {
    Map<String, byte[]> safe = new LinkedHashMap<>();
    files.forEach((name, bytes) -> {
      if (SAFE_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..")) {
        safe.put(name, bytes);
      }
    });
    return safe;
  }

  /**
   * Returns the folder where the targets lay files, one per JVM under {@code target/}, given
   * by the {@code fuzz.work} system property (the build sets it) or else the temporary folder.
   */
  static Path workFolder(String name) {
    String configured = System.getProperty("fuzz.work");
    try {
      Path root = configured == null || configured.isEmpty()
          ? Paths.get(System.getProperty("java.io.tmpdir")) : Paths.get(configured);
      Files.createDirectories(root);
      Path folder = Files.createTempDirectory(root, name + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything in it, as far as it can. */
  static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      walk.sorted(Collections.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left for the next clean of target/
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // left for the next clean of target/
    }
  }

  /** Empties a folder without removing it. */
  static void empty(Path folder) {
    try (var list = Files.list(folder)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        if (Files.isDirectory(p)) {
          deleteQuietly(p);
        } else {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> loadBase() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : BASE_FILES) {
      try (InputStream in = Inputs.class.getResourceAsStream(BASE_FOLDER + name)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + BASE_FOLDER + name);
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static int nextEdit(byte[] input, int from) {
    int i = indexOf(input, (byte) '\n', from);
    while (i >= 0 && !startsWith(input, i + 1, EDIT)) {
      i = indexOf(input, (byte) '\n', i + 1);
    }
    return i;
  }

  private static int indexOf(byte[] input, byte b, int from) {
    for (int i = from; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] input, int at, byte[] prefix) {
    if (at + prefix.length > input.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (input[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
