package io.budgetkit.examples.cli;

import io.budgetkit.core.problem.ProblemText;
import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.PublishedDocuments;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.export.DocumentExport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code budgetkit extract FILE... [--to csv|json] [-o OUT]}: the blocks of any published file,
 * every table as a CSV grid and the text as paragraphs, for users who just need the tables out
 * of a PDF and for checking the extraction.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts what published files hold: every table as a CSV grid and the text"
        + " as paragraphs (csv), or everything as one JSON document (json).",
        "Reads PDF, DOCX, XLSX, XLS, HTML and text, told by their content. Several files are"
        + " read as the parts of one document, e.g. a 说明 PDF and a 表格 PDF."})
final class ExtractCommand implements Callable<Integer> {

  /** The output formats. */
  enum Target { csv, json }

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (a folder: table-01.csv … and document.txt; the default) or json"
          + " (a file, or standard output without -o).")
  private Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The folder (csv) or file (json) to write; a folder is created if needed.")
  private Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "A published file, or the files of one document in reading order.")
  private List<Path> files;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (to == Target.csv && output == null) {
      err.println("budgetkit: extract --to csv writes a folder: name it with -o OUT");
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    PublishedDocument document;
    try {
      document = PublishedDocuments.standard().readParts(files);
    } catch (ImportException e) {
      err.println("budgetkit: " + BudgetKitCli.oneLine(e.getMessage()));
      return BudgetKitCli.EXIT_UNREADABLE;
    } catch (UncheckedIOException e) {
      err.println("budgetkit: " + files.stream().map(Path::toString)
          .collect(Collectors.joining(", ")) + ": cannot be read: "
          + IoErrors.describe(e.getCause()));
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    String summary = summary(document);
    sayNotes(err, document);
    if (output == null) {
      spec.commandLine().getOut().print(DocumentExport.json(document));
      spec.commandLine().getOut().flush();
      err.println("budgetkit: extracted " + summary);
      return BudgetKitCli.EXIT_OK;
    }
    OutputFiles out = to == Target.json
        ? OutputFiles.file(output, DocumentExport.json(document).getBytes(StandardCharsets.UTF_8))
        : OutputFiles.folder(output, DocumentExport.csvFiles(document));
    if (!out.writeOrSayWhyNot(output, files, err)) {
      return BudgetKitCli.EXIT_UNREADABLE;
    }
    spec.commandLine().getOut().println("extracted " + summary + " to " + output);
    return BudgetKitCli.EXIT_OK;
  }

  private static String summary(PublishedDocument d) {
    int cells = d.tables().stream().mapToInt(t -> t.cells().size()).sum();
    return d.tables().size() + (d.tables().size() == 1 ? " table (" : " tables (") + cells
        + " cells) and " + d.texts().size() + " text blocks from "
        + String.join(", ", d.files());
  }

  /** Says on standard error that the readers noted something, with the first note. */
  private static void sayNotes(PrintWriter err, PublishedDocument d) {
    if (!d.notes().isEmpty()) {
      err.println("budgetkit: " + (d.notes().size() == 1 ? "1 note" : d.notes().size()
          + " notes") + " on reading (all in the output), first: "
          + ProblemText.line(d.notes().get(0), Locale.ENGLISH));
    }
  }
}
