package org.coproduction.landscape.reports.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the rows of one data sheet, top to bottom: a title row saying what the sheet holds (left
 * out only in the files other tools import, whose first row must be the column titles), a header
 * row (frozen, filtered, and named {@value #COLUMN_TITLE} so that a screen reader announces each
 * column's title with its cells), then one call per cell in column order. Each cell is typed (text,
 * number, money, date) and styled by its column; no cell is merged. Rows leave memory as the stream
 * moves on, so a sheet may have any number of rows.
 */
public final class SheetWriter implements Cells {

  /**
   * The sheet-level name of each sheet's header row: screen readers (JAWS, NVDA with Excel) read a
   * range named {@code ColumnTitle...} as the titles of the columns below it.
   */
  public static final String COLUMN_TITLE = "ColumnTitle";

  private final SXSSFSheet sheet;
  private final List<Column> columns;
  private final Styles styles;
  private final int headerIndex;
  private Row row;
  private int rowIndex;
  private int column;
  private boolean total;

  SheetWriter(SXSSFSheet sheet, String title, List<Column> columns, Styles styles) {
    this.sheet = sheet;
    this.columns = List.copyOf(columns);
    this.styles = styles;
    if (title != null) {
      Cell t = sheet.createRow(0).createCell(0);
      t.setCellValue(title);
      t.setCellStyle(styles.title);
    }
    headerIndex = title == null ? 0 : 1;
    rowIndex = headerIndex;
    Row header = sheet.createRow(headerIndex);
    for (int i = 0; i < columns.size(); i++) {
      Cell c = header.createCell(i);
      c.setCellValue(columns.get(i).title());
      c.setCellStyle(styles.header);
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
    }
    sheet.createFreezePane(0, headerIndex + 1);
    Name name = sheet.getWorkbook().createName();
    name.setNameName(COLUMN_TITLE);
    name.setSheetIndex(sheet.getWorkbook().getSheetIndex(sheet));
    name.setRefersToFormula(
        "'"
            + sheet.getSheetName().replace("'", "''")
            + "'!$A$"
            + (headerIndex + 1)
            + ":$"
            + letter(columns.size() - 1)
            + "$"
            + (headerIndex + 1));
  }

  /** Starts the next row. */
  @Override
  public SheetWriter row() {
    row = sheet.createRow(++rowIndex);
    column = 0;
    total = false;
    return this;
  }

  /** Starts the next row as a total row (bold, ruled above). */
  public SheetWriter totalRow() {
    row();
    total = true;
    return this;
  }

  /** The spreadsheet's number of the current row (1 is the first). */
  public int rowNumber() {
    return rowIndex + 1;
  }

  /** A text cell; text a spreadsheet could run as a formula gets the quote-prefix style. */
  @Override
  public SheetWriter text(String value) {
    Column.Kind kind = columns.get(column).kind();
    if (value == null || value.isEmpty()) {
      return blank();
    }
    Cell c = row.createCell(column++);
    c.setCellValue(value);
    c.setCellStyle(
        SpreadsheetText.needsProtection(value) ? styles.quoted(kind) : styles.of(kind, total));
    return this;
  }

  @Override
  public SheetWriter number(Long value) {
    return value == null ? blank() : number(value.longValue());
  }

  public SheetWriter number(long value) {
    Cell c = cell();
    c.setCellValue(value);
    return this;
  }

  /**
   * A count that is flagged as a gap when it is zero: shaded, and shown as "0 (gap)" so that the
   * shade is not the only sign (the cell's value stays the number 0 for formulas).
   */
  public SheetWriter count(long value, boolean flagZero) {
    Cell c = row.createCell(column++);
    c.setCellValue(value);
    c.setCellStyle(flagZero && value == 0 ? styles.gap : styles.of(Column.Kind.INTEGER, total));
    return this;
  }

  @Override
  public SheetWriter money(BigDecimal value) {
    if (value == null) {
      return blank();
    }
    cell().setCellValue(value.doubleValue());
    return this;
  }

  @Override
  public SheetWriter date(LocalDate value) {
    if (value == null) {
      return blank();
    }
    cell().setCellValue(value);
    return this;
  }

  @Override
  public SheetWriter dateTime(LocalDateTime value) {
    if (value == null) {
      return blank();
    }
    cell().setCellValue(value);
    return this;
  }

  public SheetWriter fraction(double value) {
    cell().setCellValue(value);
    return this;
  }

  /**
   * A formula cell, e.g. {@code SUM(E2:E13)}, with the value it has now: a spreadsheet that does
   * not recalculate on opening (LibreOffice's default for XLSX) shows that value, one that does
   * computes the same.
   */
  public SheetWriter formula(String formula, double value) {
    Cell c = cell();
    c.setCellFormula(formula);
    c.setCellValue(value);
    return this;
  }

  /** Leaves the next cell empty. */
  @Override
  public SheetWriter blank() {
    column++;
    return this;
  }

  /** The letter of a column of this sheet (0 is A), for formulas. */
  public static String letter(int columnIndex) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex);
  }

  /** Filters the header row over every row written so far. */
  public void filter() {
    sheet.setAutoFilter(
        new CellRangeAddress(
            headerIndex, Math.max(rowIndex, headerIndex + 1), 0, columns.size() - 1));
  }

  private Cell cell() {
    Cell c = row.createCell(column);
    c.setCellStyle(styles.of(columns.get(column).kind(), total));
    column++;
    return c;
  }
}
