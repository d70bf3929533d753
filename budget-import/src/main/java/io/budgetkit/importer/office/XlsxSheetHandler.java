package io.budgetkit.importer.office;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.document.ReadNote;
import java.util.List;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part ({@code xl/worksheets/sheetN.xml}) as it streams past, into a {@link
 * SheetGrid}: each cell's text as Excel shows it, and the merged regions. Nothing but the
 * shown texts is kept, and every cell is counted against the limits as it is read, so a sheet of
 * a million rows is refused in bounded memory.
 *
 * <p>Elements are matched by local name, so the strict flavour of the format (other namespace)
 * reads too. Phonetic guides ({@code rPh}) in inline strings are not shown by Excel and are left
 * out.
 *
 * <p>Instances are used by one thread, for one sheet.
 */
final class XlsxSheetHandler extends DefaultHandler {

  /** Stops parsing with the problem found; SAX carries only its own exceptions through. */
  static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;
    private final transient ImportException problem;

    Stop(ImportException problem) {
      super(problem.getMessage());
      this.problem = problem;
    }

    ImportException problem() {
      return problem;
    }
  }

  private final SheetGrid grid;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final DataFormatter formatter;
  private final SheetGrid.Budget budget;
  private final List<ReadNote> notes;
  private final String fileName;

  private int row = -1;
  private int column = -1;
  private String type;
  private String style;
  private boolean formula;
  private boolean inValue;
  private boolean inPhonetic;
  private boolean hasValue;
  private final StringBuilder value = new StringBuilder();

  XlsxSheetHandler(String fileName, SheetGrid grid, SharedStrings strings, StylesTable styles,
      DataFormatter formatter, SheetGrid.Budget budget, List<ReadNote> notes) {
    this.fileName = fileName;
    this.grid = grid;
    this.strings = strings;
    this.styles = styles;
    this.formatter = formatter;
    this.budget = budget;
    this.notes = notes;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    switch (localName) {
      case "row":
        String r = attributes.getValue("r");
        row = r == null ? row + 1 : number(r, 1_048_576) - 1;
        column = -1;
        break;
      case "c":
        String ref = attributes.getValue("r");
        if (ref == null) {
          column++;
        } else {
          place(ref);
        }
        type = attributes.getValue("t");
        style = attributes.getValue("s");
        formula = false;
        hasValue = false;
        value.setLength(0);
        break;
      case "f":
        formula = true;
        break;
      case "v":
      case "t":
        if (!inPhonetic) {
          inValue = true;
          hasValue = true;
        }
        break;
      case "rPh":
        inPhonetic = true;
        break;
      case "mergeCell":
        merge(attributes.getValue("ref"));
        break;
      default:
        break;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inValue) {
      if (value.length() + length > 32_767 * 4) {
        // Excel holds at most 32,767 characters in a cell; more is no workbook Excel wrote
        throw stop(OfficeFiles.corruptSheet(fileName, grid, row, column));
      }
      value.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "v":
      case "t":
        inValue = false;
        break;
      case "rPh":
        inPhonetic = false;
        break;
      case "c":
        cell();
        break;
      default:
        break;
    }
  }

  private void cell() throws SAXException {
    if (row < 0 || column < 0) {
      throw stop(OfficeFiles.corruptSheet(fileName, grid, Math.max(row, 0), Math.max(column,
          0)));
    }
    String text;
    try {
      text = hasValue ? shown(value.toString()) : null;
    } catch (RuntimeException e) {
      throw stop(OfficeFiles.corruptSheet(fileName, grid, row, column));
    }
    try {
      budget.count(text);
    } catch (ImportException e) {
      throw stop(e);
    }
    if (formula && !hasValue) {
      notes.add(ReadNote.of("office.formula-without-value", "the formula of this cell has no"
          + " saved value (the workbook was saved without calculating it); the cell is read as"
          + " empty", grid.origin(row, column)));
    }
    grid.put(row, column, text);
  }

  /** Returns the text Excel shows for a stored value of the current cell. */
  private String shown(String raw) {
    if (type == null || "n".equals(type)) {
      if (raw.isBlank()) {
        return "";
      }
      double number = Double.parseDouble(raw.strip());
      XSSFCellStyle s = styles == null || styles.getNumCellStyles() == 0 ? null
          : styles.getStyleAt(style == null ? 0 : Integer.parseInt(style.strip()));
      if (s == null) {
        return formatter.formatRawCellContents(number, 0, "General");
      }
      String format = s.getDataFormatString();
      if (format == null) {
        format = BuiltinFormats.getBuiltinFormat(s.getDataFormat());
      }
      return formatter.formatRawCellContents(number, s.getDataFormat(),
          format == null ? "General" : format);
    }
    switch (type) {
      case "s":
        return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
      case "b":
        return raw.strip().equals("1") || raw.strip().equalsIgnoreCase("true") ? "TRUE"
            : "FALSE";
      case "e":
        return raw.strip();
      default:
        // inlineStr, str (a formula's text result), d (an ISO date, rare): shown as stored
        return raw;
    }
  }

  private void place(String ref) throws SAXException {
    int letters = 0;
    int c = 0;
    while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
      char ch = Character.toUpperCase(ref.charAt(letters));
      if (ch < 'A' || ch > 'Z' || letters >= 3) {
        throw stop(OfficeFiles.corruptSheet(fileName, grid, Math.max(row, 0), 0));
      }
      c = c * 26 + ch - 'A' + 1;
      letters++;
    }
    if (letters == 0 || c > 16_384) {
      throw stop(OfficeFiles.corruptSheet(fileName, grid, Math.max(row, 0), 0));
    }
    column = c - 1;
    if (letters < ref.length()) {
      row = number(ref.substring(letters), 1_048_576) - 1;
    }
  }

  private void merge(String ref) throws SAXException {
    if (ref == null) {
      return;
    }
    try {
      budget.count(null);
    } catch (ImportException e) {
      throw stop(e);
    }
    String[] corners = ref.split(":", -1);
    if (corners.length != 2) {
      return;
    }
    int savedRow = row;
    int savedColumn = column;
    place(corners[0]);
    int r0 = row;
    int c0 = column;
    place(corners[1]);
    grid.merge(r0, c0, row, column);
    row = savedRow;
    column = savedColumn;
  }

  private int number(String digits, int max) throws SAXException {
    int n = 0;
    String s = digits.strip();
    if (s.isEmpty() || s.length() > 7) {
      throw stop(OfficeFiles.corruptSheet(fileName, grid, 0, 0));
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        throw stop(OfficeFiles.corruptSheet(fileName, grid, 0, 0));
      }
      n = n * 10 + ch - '0';
    }
    if (n < 1 || n > max) {
      throw stop(OfficeFiles.corruptSheet(fileName, grid, 0, 0));
    }
    return n;
  }

  private static Stop stop(ImportException problem) {
    return new Stop(problem);
  }
}
