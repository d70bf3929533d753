package io.budgetkit.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReaderBadInputTest {

  private final PdfReader reader = new PdfReader();

  @Test
  void aDamagedFileIsSaidInWordsNotWithTheClassNamesOfTheLibraryMessage() throws IOException {
    // Found by PdfFuzzTest: PDFBox's message quoted its cause as "java.lang.Illegal…Exception:
    // Input buffer too short", and the refusal passed the qualified class name on to the user.
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/pdf/stream-shorter-than-declared.pdf")) {
      bytes = in.readAllBytes();
    }
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> new PdfReader().read(SourceFile.of("x.pdf", bytes), ReadLimits.defaults()));
    assertThat(e.key()).isEqualTo("pdf.corrupt");
    assertThat(e).hasMessage("x.pdf: is damaged: PDFBox cannot read it (IllegalArgumentException:"
        + " Input buffer too short)");
  }

  @Test
  void recognisesAPdfByItsHeaderWhateverItsNameAndByItsNameOtherwise() throws IOException {
    byte[] pdf = textPdf("Income", null, null);
    assertThat(reader.recognizes(SourceFile.of("report.doc", pdf)))
        .isEqualTo(DocumentReader.Match.CONTENT);
    assertThat(reader.recognizes(SourceFile.of("x.pdf", "hello".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(DocumentReader.Match.EXTENSION);
    assertThat(reader.recognizes(SourceFile.of("x.txt", "hello".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(DocumentReader.Match.NONE);
  }

  @Test
  void aFixtureCutInHalfIsTruncated() throws IOException {
    byte[] whole;
    try (InputStream in = getClass().getResourceAsStream(
        "/io/budgetkit/fixtures/published/shanghai/putuo-welfare-home-2024-unit.pdf")) {
      whole = in.readAllBytes();
    }
    byte[] half = Arrays.copyOf(whole, whole.length / 2);
    ImportException e = fail(SourceFile.of("half.pdf", half), ReadLimits.defaults());
    assertThat(e.key()).isEqualTo("pdf.corrupt");
    assertThat(e.getMessage()).isEqualTo("half.pdf: is truncated or damaged: it does not end"
        + " with the %%EOF marker of a complete PDF (was the download cut short?)");
  }

  @Test
  void randomBytesNamedPdfAreNoPdf() {
    byte[] noise = new byte[4096];
    new Random(11).nextBytes(noise);
    ImportException e = fail(SourceFile.of("noise.pdf", noise), ReadLimits.defaults());
    assertThat(e.key()).isEqualTo("pdf.corrupt");
    assertThat(e.getMessage()).isEqualTo("noise.pdf: is not a PDF: it does not start with %PDF-");
  }

  @Test
  void aPdfWithAHeaderAndAnEndButGarbageBetweenIsDamaged() {
    byte[] bytes = "%PDF-1.7\nthis is no object at all\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
    ImportException e = fail(SourceFile.of("garbage.pdf", bytes), ReadLimits.defaults());
    assertThat(e.key()).isEqualTo("pdf.corrupt");
    assertThat(e.getMessage()).startsWith("garbage.pdf: is damaged: PDFBox cannot read it (");
  }

  @Test
  void aPdfThatNeedsAUserPasswordIsEncrypted() throws IOException {
    byte[] pdf = textPdf("Income", "owner-secret", "user-secret");
    ImportException e = fail(SourceFile.of("locked.pdf", pdf), ReadLimits.defaults());
    assertThat(e.key()).isEqualTo("pdf.encrypted");
    assertThat(e.getMessage()).isEqualTo("locked.pdf: is encrypted and needs a password to open;"
        + " save an unprotected copy (or ask the publisher for one) and read that");
  }

  @Test
  void aPdfWithOnlyAnOwnerPasswordOpensAndIsRead() throws IOException {
    byte[] pdf = textPdf("Income 2025", "owner-secret", "");
    PublishedDocument d = reader.read(SourceFile.of("restricted.pdf", pdf), ReadLimits.defaults());
    assertThat(d.texts()).extracting(t -> t.text()).containsExactly("Income 2025");
  }

  @Test
  void aPdfWithoutTextNeedsOcr() throws IOException {
    byte[] pdf = pdf(false, true);
    ImportException e = fail(SourceFile.of("scan.pdf", pdf), ReadLimits.defaults());
    assertThat(e.key()).isEqualTo("pdf.no-text-layer");
    assertThat(e.getMessage()).isEqualTo("scan.pdf: has no text layer: OCR is needed (none of"
        + " its 1 page has any text; it is probably a scan)");
  }

  @Test
  void aPageWithoutTextAmongPagesWithTextIsANote() throws IOException {
    byte[] pdf = pdf(true, true);
    PublishedDocument d = reader.read(SourceFile.of("mixed.pdf", pdf), ReadLimits.defaults());
    assertThat(d.texts()).extracting(t -> t.text()).containsExactly("Income 2025");
    assertThat(d.notes()).hasSize(1);
    assertThat(d.notes().get(0).key()).isEqualTo("pdf.page-without-text");
    assertThat(d.notes().get(0).toString()).isEqualTo("mixed.pdf p.2 line 1: page 2 has no text"
        + " layer (a scanned or image-only page?); what it shows is not read"
        + " [pdf.page-without-text]");
  }

  @Test
  void morePagesThanTheLimitIsRefused() throws IOException {
    byte[] pdf = pdf(true, true);
    ImportException e = fail(SourceFile.of("long.pdf", pdf), ReadLimits.defaults()
        .withMaxPages(1));
    assertThat(e.key()).isEqualTo("limit.pages");
    assertThat(e.getMessage()).isEqualTo("long.pdf: has 2 pages, more than 1"
        + " (ReadLimits.maxPages)");
  }

  @Test
  void moreTextThanTheLimitIsRefused() throws IOException {
    byte[] pdf = textPdf("Income 2025", null, null);
    ImportException e = fail(SourceFile.of("wordy.pdf", pdf), ReadLimits.defaults()
        .withMaxTextChars(5));
    assertThat(e.key()).isEqualTo("limit.text");
    assertThat(e.getMessage()).isEqualTo("wordy.pdf: has more than 5 characters of text"
        + " (ReadLimits.maxTextChars)");
  }

  private ImportException fail(SourceFile file, ReadLimits limits) {
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> reader.read(file, limits));
    assertThat(e).as("an ImportException").isNotNull();
    assertThat(e.file()).isEqualTo(file.name());
    return e;
  }

  /** One page with a line of Helvetica text, optionally protected. */
  private static byte[] textPdf(String text, String owner, String user) throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage page = new PDPage();
      d.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(d, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(72, 700);
        s.showText(text);
        s.endText();
      }
      if (owner != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        d.protect(policy);
      }
      return save(d);
    }
  }

  /** A page with text (if asked) and then a page with only a drawn rectangle (if asked). */
  private static byte[] pdf(boolean textPage, boolean drawnPage) throws IOException {
    try (PDDocument d = new PDDocument()) {
      if (textPage) {
        PDPage page = new PDPage();
        d.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(d, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          s.newLineAtOffset(72, 700);
          s.showText("Income 2025");
          s.endText();
        }
      }
      if (drawnPage) {
        PDPage page = new PDPage();
        d.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(d, page)) {
          s.addRect(100, 100, 300, 200);
          s.stroke();
        }
      }
      return save(d);
    }
  }

  private static byte[] save(PDDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.save(out);
    return out.toByteArray();
  }
}
