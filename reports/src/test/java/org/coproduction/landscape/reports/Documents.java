package org.coproduction.landscape.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coproduction.landscape.reports.sheet.SheetWriter;

/** Produces a report over the fixture and opens the result as its reader would. */
public final class Documents {

  private Documents() {}

  /**
   * Produces a report over the fixture; a PDF must also pass veraPDF's PDF/UA-1 check, as every PDF
   * the tests produce does.
   */
  public static byte[] produce(Report report, ReportParameters parameters) {
    try (Connection c = LandscapeFixture.connection()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      report.write(LandscapeFixture.source(c), parameters, out);
      c.rollback();
      return publishable(report, out.toByteArray());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document, once checked: a PDF with a failed PDF/UA-1 rule fails the test. */
  public static byte[] publishable(Report report, byte[] document) {
    if (report.format() == ReportFormat.PDF) {
      List<String> failed = PdfUa.failedRules(document);
      if (!failed.isEmpty()) {
        throw new AssertionError(
            report.name() + " fails PDF/UA-1 (veraPDF):\n" + String.join("\n", failed));
      }
    }
    return document;
  }

  public static XSSFWorkbook workbook(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the header row. */
  public static List<String> header(Sheet sheet) {
    List<String> titles = new ArrayList<>();
    for (Cell c : sheet.getRow(headerRow(sheet))) {
      titles.add(c.getStringCellValue());
    }
    return titles;
  }

  /**
   * The index of a sheet's header row, as its screen reader finds it: the row of the range the
   * sheet names {@code ColumnTitle}.
   */
  public static int headerRow(Sheet sheet) {
    Workbook book = sheet.getWorkbook();
    int index = book.getSheetIndex(sheet);
    for (Name n : book.getAllNames()) {
      if (n.getNameName().equals(SheetWriter.COLUMN_TITLE) && n.getSheetIndex() == index) {
        return new AreaReference(n.getRefersToFormula(), SpreadsheetVersion.EXCEL2007)
            .getFirstCell()
            .getRow();
      }
    }
    throw new AssertionError(
        sheet.getSheetName() + " names no header row " + SheetWriter.COLUMN_TITLE);
  }

  /** The rows below the header row, in order (the spreadsheet's own rows, gaps left out). */
  public static List<Row> dataRows(Sheet sheet) {
    int header = headerRow(sheet);
    List<Row> rows = new ArrayList<>();
    for (Row r : sheet) {
      if (r.getRowNum() > header) {
        rows.add(r);
      }
    }
    return rows;
  }

  /** Every cell of a workbook whose text value equals {@code text}. */
  public static List<Cell> cellsWithText(XSSFWorkbook book, String text) {
    List<Cell> found = new ArrayList<>();
    for (Sheet s : book) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
            found.add(c);
          }
        }
      }
    }
    return found;
  }

  /** Every text and formula in a workbook, one per line. */
  public static String allText(XSSFWorkbook book) {
    StringBuilder b = new StringBuilder();
    for (Sheet s : book) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING) {
            b.append(c.getStringCellValue()).append('\n');
          } else if (c.getCellType() == CellType.FORMULA) {
            b.append('=').append(c.getCellFormula()).append('\n');
          }
        }
      }
    }
    return b.toString();
  }

  /** The first row of a sheet whose cell in {@code column} has the text {@code value}. */
  public static Row rowWith(Sheet sheet, int column, String value) {
    for (Row r : sheet) {
      Cell c = r.getCell(column);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
        return r;
      }
    }
    throw new AssertionError(
        "No row of " + sheet.getSheetName() + " has '" + value + "' in column " + column);
  }
}
