package io.budgetkit.importer.office;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.TableBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for the Office reader tests: the copied fixtures and small packages written by hand. */
final class OfficeTestFiles {

  private OfficeTestFiles() {}

  static byte[] resource(String path) {
    try (InputStream in = OfficeTestFiles.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip of the given entries, in order. */
  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The least parts of an XLSX with one sheet, whose part is given. */
  static Map<String, byte[]> xlsxParts(byte[] sheet) {
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension="
        + "\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
        + "\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
        + "worksheet+xml\"/></Types>"));
    parts.put("_rels/.rels", utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
        + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
        + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\"?><workbook xmlns=\"http://"
        + "schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."
        + "openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"表\""
        + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\"?><Relationships"
        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    parts.put("xl/worksheets/sheet1.xml", sheet);
    return parts;
  }

  /** Cells as {@code (row,column[ RxC]) text}, the way a person writes a grid out. */
  static List<String> cells(TableBlock table) {
    List<String> out = new ArrayList<>();
    for (Cell c : table.cells()) {
      out.add(c.toString());
    }
    return out;
  }
}
