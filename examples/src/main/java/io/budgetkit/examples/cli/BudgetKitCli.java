package io.budgetkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code budgetkit} command: {@code validate}, {@code convert}, {@code show} and {@code
 * consolidate}.
 *
 * <p>Exit codes: {@value #EXIT_OK} when no input has an ERROR finding, {@value #EXIT_ERRORS}
 * when one has, {@value #EXIT_UNREADABLE} when an input cannot be read (or written) or the
 * command line is wrong, {@value #EXIT_INTERNAL} for a bug in BudgetKit. Every failure is one
 * line on standard error, never a stack trace.
 */
@Command(name = "budgetkit", mixinStandardHelpOptions = true,
    versionProvider = BudgetKitCli.Version.class,
    description = "Checks, converts, prints and consolidates Chinese government department"
        + " budget disclosures (部门预算公开).",
    subcommands = {ValidateCommand.class, ConvertCommand.class, ShowCommand.class,
        ConsolidateCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 no ERROR, 1 ERROR findings, 2 unreadable input or usage error,"
        + " 3 internal error."})
public final class BudgetKitCli implements Runnable {

  /** No input has an ERROR finding. */
  public static final int EXIT_OK = 0;
  /** An input has an ERROR finding. */
  public static final int EXIT_ERRORS = 1;
  /** An input cannot be read, an output cannot be written, or the command line is wrong. */
  public static final int EXIT_UNREADABLE = 2;
  /** A bug in BudgetKit. */
  public static final int EXIT_INTERNAL = 3;

  private final InputFormats formats;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  private BudgetKitCli(InputFormats formats) {
    this.formats = formats;
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // PDFBox and POI log through the Log4j API, which, with no logging implementation on the
    // class path, first prints "could not find a logging provider" on every run: noise on a
    // command line whose output is data.
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    // Their fallback logger would print POI's parse errors, stack traces included, for a corrupt
    // DOCX or XLSX; the readers turn those failures into one line that says what is wrong.
    if (System.getProperty("log4j2.simplelogLevel") == null) {
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    System.exit(execute(InputFormats.standard(), out, err, args));
  }

  /**
   * Runs the command line in-process.
   *
   * @param formats how inputs are read
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(InputFormats formats, PrintWriter out, PrintWriter err,
      String... args) {
    // Every character that reaches the terminal goes through an EscapingWriter: a document's
    // text (names, titles, cells) and the paths a message quotes are shown, never acted on.
    PrintWriter safeOut = new PrintWriter(new EscapingWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new EscapingWriter(err), true);
    CommandLine cli = new CommandLine(new BudgetKitCli(Objects.requireNonNull(formats)));
    cli.setOut(safeOut);
    cli.setErr(safeErr);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("budgetkit: " + oneLine(e.getMessage()));
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      return EXIT_UNREADABLE;
    });
    cli.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof UnreadableInputException) {
        c.getErr().println("budgetkit: " + e.getMessage());
        return EXIT_UNREADABLE;
      }
      c.getErr().println("budgetkit: internal error: " + oneLine(String.valueOf(e)));
      return EXIT_INTERNAL;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not a bug and not the input's ERROR findings: this run's memory was too small for what
      // it was asked to do. The readers' own limits are far below any sensible heap.
      safeErr.println("budgetkit: out of memory (the Java heap is at most "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; java -Xmx gives more)");
      code = EXIT_UNREADABLE;
    } catch (StackOverflowError e) {
      safeErr.println("budgetkit: an input is nested too deeply to be processed");
      code = EXIT_UNREADABLE;
    }
    safeOut.flush();
    safeErr.flush();
    return code;
  }

  /**
   * Joins the lines of a message into one, each stripped, separated by a space. A plain scan,
   * not a regex: a message may quote a long run of a document's whitespace.
   */
  static String oneLine(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.lines().map(String::strip).filter(l -> !l.isEmpty())
        .forEach(l -> out.append(out.length() == 0 ? "" : " ").append(l));
    return out.toString();
  }

  InputFormats formats() {
    return formats;
  }

  @Override
  public void run() {
    // Without a subcommand: say what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar's filtered {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = BudgetKitCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"budgetkit " + p.getProperty("version", "unknown")};
    }
  }
}
