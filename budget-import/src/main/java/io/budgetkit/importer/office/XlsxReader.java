package io.budgetkit.importer.office;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Excel workbook in the Office Open XML format ({@code .xlsx}, {@code .xlsm}) with
 * Apache POI's streaming reader: a sheet's cells are read as they stream past and only their
 * shown texts kept, so that a sheet of a million rows is refused at {@link
 * ReadLimits#maxCells()} without being held in memory. How a sheet becomes blocks is said in
 * {@link SheetGrid}'s terms: title rows as headings, then the used range as one table; a text
 * sheet as a heading and paragraphs. Hidden sheets are left out, with a note.
 *
 * <p>Recognised by content: a zip archive whose directory lists {@code xl/workbook.xml}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsxReader implements DocumentReader {

  private static final String KIND = "an Excel workbook (.xlsx)";

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public XlsxReader() {}

  /**
   * Returns {@code xlsx}.
   *
   * @return the format's short name
   */
  @Override
  public String format() {
    return "xlsx";
  }

  /**
   * Recognises a zip archive holding {@code xl/workbook.xml}, looking at its directory only;
   * else the extension {@code .xlsx} or {@code .xlsm} (an encrypted workbook is an OLE2 file
   * that only its name tells from an encrypted DOCX).
   *
   * @param file the file
   * @return how sure the reader is
   */
  @Override
  public Match recognizes(SourceFile file) {
    if (OfficeFiles.zipHolds(file, "xl/workbook.xml")) {
      return Match.CONTENT;
    }
    String extension = file.extension();
    return extension.equals("xlsx") || extension.equals("xlsm") ? Match.EXTENSION : Match.NONE;
  }

  /**
   * Reads the workbook, sheet by sheet in the workbook's order.
   *
   * @param file the file
   * @param limits the limits
   * @return the document
   * @throws ImportException {@code office.corrupt} for a damaged or truncated file or one that
   *     is no workbook, {@code office.encrypted} for one protected by a password, {@code
   *     office.zip-bomb} for a part that expands beyond POI's zip limits, {@code limit.cells} or
   *     {@code limit.text} when over the limits, {@code limit.table-size} for a sheet whose used
   *     range is larger than a table may be
   */
  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    OfficeFiles.requireZip(file, KIND);
    OfficeFiles.guardZip();
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(file.bytes()));
      return read(file, pkg, limits);
    } catch (ImportException e) {
      throw e;
    } catch (XlsxSheetHandler.Stop e) {
      throw e.problem();
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
        | RuntimeException e) {
      throw OfficeFiles.failure(file, KIND, e);
    } catch (NoClassDefFoundError e) {
      throw OfficeFiles.missingCodec(file, KIND, e);
    } finally {
      if (pkg != null) {
        // revert, not close: a package opened from a stream has nowhere to be saved
        pkg.revert();
      }
    }
  }

  private PublishedDocument read(SourceFile file, OPCPackage pkg, ReadLimits limits)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    List<SheetRef> sheets = sheets(reader);
    StylesTable styles = reader.getStylesTable();
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    SheetGrid.Budget budget = new SheetGrid.Budget(file.name(), limits);
    PublishedDocument.Builder document = PublishedDocument.builder().addFiles(file.name())
        .addFormats(format());
    List<ReadNote> notes = new ArrayList<>();
    for (SheetRef sheet : sheets) {
      if (sheet.hidden) {
        notes.add(ReadNote.of("office.hidden-sheet", "sheet '" + sheet.name + "' is hidden and"
            + " was left out", Origin.builder().file(file.name()).sheet(sheet.name).build()));
        continue;
      }
      SheetGrid grid = new SheetGrid(file.name(), sheet.name);
      try (InputStream in = reader.getSheet(sheet.relationship)) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XlsxSheetHandler(file.name(), grid, strings, styles,
            formatter, budget, notes));
        xml.parse(new InputSource(in));
      }
      document.addAllBlocks(grid.blocks(notes));
    }
    return document.addAllNotes(notes).build();
  }

  /** The sheets the workbook part lists, in order, with their state and relationship. */
  private static List<SheetRef> sheets(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    List<SheetRef> sheets = new ArrayList<>();
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String localName, String qName,
            Attributes attributes) {
          if (!localName.equals("sheet")) {
            return;
          }
          String id = null;
          for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).equals("id")) {
              id = attributes.getValue(i);
            }
          }
          String state = attributes.getValue("state");
          sheets.add(new SheetRef(String.valueOf(attributes.getValue("name")), id,
              "hidden".equals(state) || "veryHidden".equals(state)));
        }
      });
      xml.parse(new InputSource(in));
    }
    return sheets;
  }

  /** A sheet as the workbook lists it. */
  private static final class SheetRef {
    final String name;
    final String relationship;
    final boolean hidden;

    SheetRef(String name, String relationship, boolean hidden) {
      this.name = name;
      this.relationship = relationship;
      this.hidden = hidden;
    }
  }
}
