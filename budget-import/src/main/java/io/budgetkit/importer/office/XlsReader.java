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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an Excel 97-2003 workbook ({@code .xls}) with Apache POI's HSSF. Sheets become blocks as
 * {@link XlsxReader} makes them (the layout is {@link SheetGrid}'s, shared by both); the two are
 * separate readers so that each states its own format and its own signature.
 *
 * <p>Recognised by content: an OLE2 compound file holding a {@code Workbook} stream. An XLS
 * sheet has at most 65,536 rows and 256 columns, and POI holds the whole file while reading it;
 * cells are still counted against {@link ReadLimits#maxCells()} as they are read.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsReader implements DocumentReader {

  private static final String KIND = "an Excel 97-2003 workbook (.xls)";

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public XlsReader() {}

  /**
   * Returns {@code xls}.
   *
   * @return the format's short name
   */
  @Override
  public String format() {
    return "xls";
  }

  /**
   * Recognises an OLE2 compound file holding a {@code Workbook} (or {@code Book}, Excel 5)
   * stream; else the extension {@code .xls}.
   *
   * @param file the file
   * @return how sure the reader is
   */
  @Override
  public Match recognizes(SourceFile file) {
    Set<String> entries = OfficeFiles.ole2Entries(file);
    if (entries.contains("Workbook") || entries.contains("WORKBOOK")
        || entries.contains("Book")) {
      return Match.CONTENT;
    }
    return file.extension().equals("xls") ? Match.EXTENSION : Match.NONE;
  }

  /**
   * Reads the workbook, sheet by sheet in the workbook's order.
   *
   * @param file the file
   * @param limits the limits
   * @return the document
   * @throws ImportException {@code office.corrupt} for a damaged or truncated file, one that is
   *     no workbook or an Excel 5.0/95 one, {@code office.encrypted} for one protected by a
   *     password, {@code limit.cells} or {@code limit.text} when over the limits
   */
  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    if (!OfficeFiles.isOle2(file)) {
      throw OfficeFiles.corrupt(file, KIND, null);
    }
    try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
      return read(file, workbook, limits);
    } catch (OldExcelFormatException e) {
      throw new ImportException(file.name(), "office.corrupt", "is an Excel 5.0/95 workbook or"
          + " older, which BudgetKit does not read: save it as .xlsx", e);
    } catch (ImportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw OfficeFiles.failure(file, KIND, e);
    }
  }

  private PublishedDocument read(SourceFile file, HSSFWorkbook workbook, ReadLimits limits) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    SheetGrid.Budget budget = new SheetGrid.Budget(file.name(), limits);
    PublishedDocument.Builder document = PublishedDocument.builder().addFiles(file.name())
        .addFormats(format());
    List<ReadNote> notes = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      Sheet sheet = workbook.getSheetAt(i);
      String name = sheet.getSheetName();
      if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
        notes.add(ReadNote.of("office.hidden-sheet", "sheet '" + name + "' is hidden and was"
            + " left out", Origin.builder().file(file.name()).sheet(name).build()));
        continue;
      }
      SheetGrid grid = new SheetGrid(file.name(), name);
      for (Row row : sheet) {
        for (Cell cell : row) {
          String text = shown(cell, formatter);
          budget.count(text);
          grid.put(cell.getRowIndex(), cell.getColumnIndex(), text);
        }
      }
      for (CellRangeAddress region : sheet.getMergedRegions()) {
        budget.count(null);
        grid.merge(region.getFirstRow(), region.getFirstColumn(), region.getLastRow(),
            region.getLastColumn());
      }
      document.addAllBlocks(grid.blocks(notes));
    }
    return document.addAllNotes(notes).build();
  }

  /** Returns the text Excel shows: a formula's saved value in the cell's format. */
  private static String shown(Cell cell, DataFormatter formatter) {
    if (cell.getCellType() != CellType.FORMULA) {
      return formatter.formatCellValue(cell);
    }
    switch (cell.getCachedFormulaResultType()) {
      case NUMERIC:
        return formatter.formatRawCellContents(cell.getNumericCellValue(),
            cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
      case STRING:
        return cell.getRichStringCellValue().getString();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }
}
