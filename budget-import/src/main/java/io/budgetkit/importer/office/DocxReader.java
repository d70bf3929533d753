package io.budgetkit.importer.office;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document in the Office Open XML format ({@code .docx}) with Apache POI's XWPF:
 * its body's paragraphs and tables, in order.
 *
 * <ul>
 *   <li>A paragraph is a {@link TextBlock.Kind#HEADING heading} when its style is a heading or
 *       title style (its id or name says {@code heading}, {@code title} or {@code 标题}, or it
 *       has an outline level), or when it is centred and all its text is bold — how 表 titles
 *       are typed by hand. Any other paragraph with text is a paragraph; empty ones are dropped.
 *   <li>A table is a {@link TableBlock}: {@code gridSpan} is a column span, {@code vMerge}
 *       {@code restart} starts a cell that each following {@code continue} of the same column
 *       and width extends by a row, {@code gridBefore} skips columns. A cell's text is its
 *       paragraphs joined by line breaks; cells without text are left out (a position no cell
 *       covers is empty, as in a workbook).
 *   <li>A table nested in a cell is not squeezed into the cell's text: it becomes a table block
 *       of its own, right after the table that holds it (a table pasted into a one-cell frame
 *       is then read as itself, the empty frame dropped).
 *   <li>A content control's text is a paragraph.
 * </ul>
 *
 * <p>Origins are lines: line {@code n} is the n-th element of the body counted in order, each
 * paragraph (empty ones too) and each row of a top-level table one line. A nested table and its
 * cells carry the line of the outer row that holds them.
 *
 * <p>Recognised by content: a zip archive whose directory lists {@code word/document.xml}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DocxReader implements DocumentReader {

  private static final String KIND = "a Word document (.docx)";

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public DocxReader() {}

  /**
   * Returns {@code docx}.
   *
   * @return the format's short name
   */
  @Override
  public String format() {
    return "docx";
  }

  /**
   * Recognises a zip archive holding {@code word/document.xml}, looking at its directory only;
   * else the extension {@code .docx}.
   *
   * @param file the file
   * @return how sure the reader is
   */
  @Override
  public Match recognizes(SourceFile file) {
    if (OfficeFiles.zipHolds(file, "word/document.xml")) {
      return Match.CONTENT;
    }
    return file.extension().equals("docx") ? Match.EXTENSION : Match.NONE;
  }

  /**
   * Reads the document.
   *
   * @param file the file
   * @param limits the limits
   * @return the document
   * @throws ImportException {@code office.corrupt} for a damaged or truncated file or a zip
   *     without {@code word/document.xml}, {@code office.encrypted} for one protected by a
   *     password, {@code office.zip-bomb} for a part that expands beyond POI's zip limits,
   *     {@code limit.cells}, {@code limit.text} or {@code limit.table-size} when over the limits
   */
  @Override
  public PublishedDocument read(SourceFile file, ReadLimits limits) {
    OfficeFiles.requireZip(file, KIND);
    OfficeFiles.guardZip();
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(file.bytes()));
      List<PackagePart> main = pkg.getPartsByName(
          Pattern.compile("/word/document\\.xml"));
      if (main.isEmpty()) {
        throw new ImportException(file.name(), "office.corrupt", "is a zip archive without"
            + " word/document.xml: not a Word document", null);
      }
      if (main.get(0).getSize() > limits.maxTextChars()) {
        throw new ImportException(file.name(), "limit.text", "its body (word/document.xml) is "
            + main.get(0).getSize() + " bytes, more than the " + limits.maxTextChars()
            + " characters of text BudgetKit reads (ReadLimits.maxTextChars)", null);
      }
      try (XWPFDocument document = new XWPFDocument(pkg)) {
        return new Walk(file.name(), limits).document(document);
      }
    } catch (ImportException e) {
      throw e;
    } catch (IOException | OpenXML4JException | RuntimeException e) {
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

  /** A vertically merged cell being read: where it starts and ends, how wide it is. */
  private static final class Merge {
    final Cell.Builder cell;
    final int firstRow;
    final int width;
    int lastRow;

    Merge(Cell.Builder cell, int row, int width) {
      this.cell = cell;
      this.firstRow = row;
      this.lastRow = row;
      this.width = width;
    }
  }

  /** One reading of one document: the line counter and the limits' counts. */
  private final class Walk {
    private final String file;
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private int line;
    private long cells;
    private long chars;

    Walk(String file, ReadLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    PublishedDocument document(XWPFDocument document) {
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph) {
          line++;
          paragraph((XWPFParagraph) element);
        } else if (element instanceof XWPFTable) {
          table((XWPFTable) element, -1);
        } else if (element instanceof XWPFSDT) {
          line++;
          text(((XWPFSDT) element).getContent().getText(), false);
        }
      }
      return PublishedDocument.builder().addFiles(file).addFormats(format()).addAllBlocks(blocks)
          .build();
    }

    private void paragraph(XWPFParagraph p) {
      text(p.getText(), heading(p));
    }

    private void text(String text, boolean heading) {
      if (text == null || text.isBlank()) {
        return;
      }
      count(text);
      Origin origin = Origin.ofLine(file, line);
      blocks.add(heading ? TextBlock.heading(text.strip(), origin)
          : TextBlock.paragraph(text.strip(), origin));
    }

    private boolean heading(XWPFParagraph p) {
      String style = p.getStyleID();
      if (style != null) {
        XWPFStyle s = p.getDocument().getStyles() == null ? null
            : p.getDocument().getStyles().getStyle(style);
        String name = s == null ? "" : String.valueOf(s.getName());
        if (headingName(style) || headingName(name)) {
          return true;
        }
      }
      if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) {
        return true;
      }
      if (p.getAlignment() != ParagraphAlignment.CENTER) {
        return false;
      }
      boolean anyText = false;
      for (XWPFRun run : p.getRuns()) {
        String t = run.text();
        if (t != null && !t.isBlank()) {
          anyText = true;
          if (!run.isBold()) {
            return false;
          }
        }
      }
      return anyText;
    }

    private boolean headingName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      return n.contains("heading") || n.contains("title") || n.contains("标题");
    }

    /**
     * Reads a table; {@code atLine} is the line of the outer row for a nested table, or -1 for
     * one in the body, whose rows count lines.
     */
    private void table(XWPFTable table, int atLine) {
      List<Cell.Builder> open = new ArrayList<>();
      // vertically merged cells by their column, while a following row may continue them
      Map<Integer, Merge> merging = new HashMap<>();
      List<XWPFTable> nested = new ArrayList<>();
      List<Integer> nestedLines = new ArrayList<>();
      int firstLine = -1;
      int rowIndex = 0;
      long columnsSeen = 0;
      for (XWPFTableRow row : table.getRows()) {
        int rowLine = atLine;
        if (atLine < 0) {
          rowLine = ++line;
        }
        if (firstLine < 0) {
          firstLine = rowLine;
        }
        int column = gridBefore(row);
        for (XWPFTableCell cell : row.getTableCells()) {
          CTTcPr pr = cell.getCTTc().getTcPr();
          int span = 1;
          if (pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
            BigInteger v = pr.getGridSpan().getVal();
            span = v.signum() <= 0 ? 1 : v.min(BigInteger.valueOf(TableBlock.MAX_POSITIONS))
                .intValue();
          }
          boolean continues = pr != null && pr.getVMerge() != null
              && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
          boolean restarts = pr != null && pr.getVMerge() != null
              && pr.getVMerge().getVal() == STMerge.RESTART;
          Merge above = merging.get(column);
          if (continues && above != null && above.width == span
              && above.lastRow == rowIndex - 1) {
            above.lastRow = rowIndex;
            above.cell.rowSpan(rowIndex - above.firstRow + 1);
          } else {
            String text = cellText(cell);
            for (XWPFTable inner : cell.getTables()) {
              nested.add(inner);
              nestedLines.add(rowLine);
            }
            if (!text.isBlank() || restarts) {
              count(text);
              Cell.Builder b = Cell.builder().row(rowIndex).column(column).columnSpan(span)
                  .text(text).origin(Origin.ofLine(file, rowLine));
              open.add(b);
              if (restarts) {
                merging.put(column, new Merge(b, rowIndex, span));
              }
            }
          }
          column += span;
          columnsSeen = Math.max(columnsSeen, column);
          if ((long) (rowIndex + 1) * columnsSeen > TableBlock.MAX_POSITIONS) {
            throw new ImportException(file, "limit.table-size", "the table at line "
                + firstLine + " is larger than the " + TableBlock.MAX_POSITIONS
                + " positions a table may have", null);
          }
        }
        rowIndex++;
      }
      TableBlock.Builder block = TableBlock.builder().origin(Origin.ofLine(file,
          Math.max(firstLine, 1)));
      boolean anyText = false;
      for (Cell.Builder b : open) {
        Cell c = b.build();
        if (!c.text().isBlank()) {
          block.addCells(c);
          anyText = true;
        }
      }
      if (anyText) {
        blocks.add(block.build());
      }
      for (int i = 0; i < nested.size(); i++) {
        table(nested.get(i), nestedLines.get(i));
      }
    }

    private int gridBefore(XWPFTableRow row) {
      CTTrPr pr = row.getCtRow().getTrPr();
      if (pr == null || pr.sizeOfGridBeforeArray() == 0
          || pr.getGridBeforeArray(0).getVal() == null) {
        return 0;
      }
      BigInteger v = pr.getGridBeforeArray(0).getVal();
      return v.signum() <= 0 ? 0 : v.min(BigInteger.valueOf(TableBlock.MAX_POSITIONS))
          .intValue();
    }

    private String cellText(XWPFTableCell cell) {
      StringBuilder s = new StringBuilder();
      for (XWPFParagraph p : cell.getParagraphs()) {
        if (s.length() > 0) {
          s.append('\n');
        }
        s.append(p.getText());
      }
      return s.toString().stripTrailing();
    }

    private void count(String text) {
      if (++cells > limits.maxCells()) {
        throw new ImportException(file, "limit.cells", "holds more than " + limits.maxCells()
            + " table cells and paragraphs (ReadLimits.maxCells); reading stopped there", null);
      }
      chars += text.length();
      if (chars > limits.maxTextChars()) {
        throw new ImportException(file, "limit.text", "holds more than " + limits.maxTextChars()
            + " characters of text (ReadLimits.maxTextChars)", null);
      }
    }
  }
}
