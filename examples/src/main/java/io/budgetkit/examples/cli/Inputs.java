package io.budgetkit.examples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The documents a command reads: each {@code FILE} argument is one, and each {@code --parts
 * FILE,FILE...} value is one published in several files (Jiangsu's 说明 PDF and 表格 PDF), in
 * the order given.
 */
final class Inputs {

  /** The option's description, shared by the commands that take it. */
  static final String PARTS_DESCRIPTION = "The files of one disclosure published in several"
      + " parts (e.g. its 说明 PDF and its 表格 PDF), comma-separated, read as one document.";

  private Inputs() {}

  /**
   * Returns the documents of a command line.
   *
   * @param spec the command, for its errors
   * @param files the FILE arguments, or null if none
   * @param parts the {@code --parts} values, or null if none
   * @return each document's files, FILE arguments first
   * @throws ParameterException if there is no document, or a {@code --parts} value names an
   *     empty or impossible file name
   */
  static List<List<Path>> of(CommandSpec spec, List<Path> files, List<String> parts) {
    List<List<Path>> inputs = new ArrayList<>();
    if (files != null) {
      files.forEach(f -> inputs.add(List.of(f)));
    }
    if (parts != null) {
      for (String value : parts) {
        inputs.add(split(spec, value));
      }
    }
    if (inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing required parameter: FILE or --parts FILE,FILE...");
    }
    return inputs;
  }

  /**
   * Returns the one document of a command that reads one ({@code show}, {@code convert}).
   *
   * @param spec the command, for its errors
   * @param file the FILE argument, or null
   * @param parts the {@code --parts} value, or null
   * @return the document's files
   * @throws ParameterException if neither or both are given
   */
  static List<Path> one(CommandSpec spec, Path file, String parts) {
    List<List<Path>> inputs = of(spec, file == null ? null : List.of(file),
        parts == null ? null : List.of(parts));
    if (inputs.size() > 1) {
      throw new ParameterException(spec.commandLine(), "Give one FILE or one --parts FILE,FILE...,"
          + " not both");
    }
    return inputs.get(0);
  }

  private static List<Path> split(CommandSpec spec, String value) {
    List<Path> files = new ArrayList<>();
    for (String name : value.split(",", -1)) {
      if (name.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--parts " + value
            + ": an empty file name; give the files separated by single commas");
      }
      try {
        files.add(Path.of(name));
      } catch (InvalidPathException e) {
        throw new ParameterException(spec.commandLine(), "--parts: not a file name: "
            + e.getMessage());
      }
    }
    return List.copyOf(files);
  }

  /**
   * Returns how a document is named in reports: its file, or its files joined by {@code " + "}.
   *
   * @param parts the files
   * @return the name
   */
  static String label(List<Path> parts) {
    return String.join(" + ", parts.stream().map(Path::toString).toList());
  }
}
