package io.budgetkit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedDocumentsTest {

  /**
   * A reader of a made-up format "demo": content that starts with {@code DEMO}, or the
   * extension {@code .demo}; it reads the content as one paragraph.
   */
  private static final class DemoReader implements DocumentReader {
    private final String format;
    private final String signature;

    DemoReader(String format, String signature) {
      this.format = format;
      this.signature = signature;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public Match recognizes(SourceFile file) {
      if (file.startsWith(signature.getBytes(StandardCharsets.US_ASCII))) {
        return Match.CONTENT;
      }
      return file.extension().equals(format) ? Match.EXTENSION : Match.NONE;
    }

    @Override
    public PublishedDocument read(SourceFile file, ReadLimits limits) {
      String text = new String(file.bytes(), StandardCharsets.UTF_8);
      if (text.contains("boom")) {
        throw new IllegalStateException("a library's own failure");
      }
      return PublishedDocument.builder().addFiles(file.name()).addFormats(format)
          .addBlocks(TextBlock.paragraph(text, Origin.ofLine(file.name(), 1))).build();
    }
  }

  private static final PublishedDocuments READERS = PublishedDocuments.of(List.of(
      new DemoReader("demo", "DEMO"), new DemoReader("other", "OTHR")));

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void theContentPicksTheReaderBeforeTheExtension() throws IOException {
    // an OTHR file saved as .demo is read by the reader of what it is
    PublishedDocument d = READERS.read(write("misnamed.demo", "OTHR body"));
    assertThat(d.formats()).containsExactly("other");
    assertThat(READERS.read(write("plain.demo", "body")).formats()).containsExactly("demo");
  }

  @Test
  void aFileNoReaderRecognisesSaysWhichFormatsAreRead() throws IOException {
    Path p = write("notes.xyz", "hello");
    ImportException e = catchThrowableOfType(ImportException.class, () -> READERS.read(p));
    assertThat(e.key()).isEqualTo("format.unknown");
    assertThat(e).hasMessage("notes.xyz: not a format BudgetKit reads (it reads demo, other);"
        + " neither its content nor its name says one");
  }

  @Test
  void aMissingFileAFolderAndAPipeAreRefusedBeforeTheyAreOpened() throws Exception {
    Path missing = dir.resolve("gone.demo");
    assertThat(catchThrowableOfType(ImportException.class, () -> READERS.read(missing)))
        .hasMessage(missing + ": no such file");
    assertThat(catchThrowableOfType(ImportException.class, () -> READERS.read(dir)))
        .hasMessage(dir + ": is a folder, not a regular file");
    Path fifo = dir.resolve("pipe.demo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    ImportException e = catchThrowableOfType(ImportException.class, () -> READERS.read(fifo));
    assertThat(e.key()).isEqualTo("file.not-regular");
    assertThat(e).hasMessage(fifo + ": is a named pipe, socket or device, not a regular file");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedOnTheBytesRead() throws IOException {
    Path p = write("big.demo", "DEMO" + "x".repeat(100));
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> READERS.withLimits(ReadLimits.defaults().withMaxFileBytes(64)).read(p));
    assertThat(e.key()).isEqualTo("limit.file-size");
    assertThat(e).hasMessage(p + ": larger than 64 bytes (ReadLimits.maxFileBytes)");
  }

  @Test
  void aLibraryFailureThatAReaderLetsThroughIsStillAnImportErrorThatKeepsItsCause()
      throws IOException {
    Path p = write("bad.demo", "DEMO boom");
    ImportException e = catchThrowableOfType(ImportException.class, () -> READERS.read(p));
    assertThat(e.key()).isEqualTo("reader.failed");
    assertThat(e).hasMessage("bad.demo: cannot be read as demo: the file is damaged or not what"
        + " its content says (IllegalStateException)");
    assertThat(e.libraryCause()).containsInstanceOf(IllegalStateException.class);
  }

  @Test
  void partsAreReadAsOneDocumentInTheirOrder() throws IOException {
    PublishedDocument d = READERS.readParts(List.of(write("text.demo", "说明"),
        write("tables.demo", "OTHR 表格")));
    assertThat(d.files()).containsExactly("text.demo", "tables.demo");
    assertThat(d.formats()).containsExactly("demo", "other");
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("说明", "OTHR 表格");
    assertThat(d.texts().get(1).origin().file()).isEqualTo("tables.demo");
  }

  @Test
  void theStandardReadersAreThoseTheServiceLoaderFinds() {
    assertThat(PublishedDocuments.standard().readers()).extracting(DocumentReader::format)
        .isSorted();
  }
}
