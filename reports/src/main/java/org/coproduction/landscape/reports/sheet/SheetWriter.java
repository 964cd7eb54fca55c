package org.coproduction.landscape.reports.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the rows of one data sheet, top to bottom: a header row (frozen, filtered), then one call
 * per cell in column order. Each cell is typed (text, number, money, date) and styled by its
 * column. Rows leave memory as the stream moves on, so a sheet may have any number of rows.
 */
public final class SheetWriter implements Cells {

  private final SXSSFSheet sheet;
  private final List<Column> columns;
  private final Styles styles;
  private Row row;
  private int rowIndex;
  private int column;
  private boolean total;

  SheetWriter(SXSSFSheet sheet, List<Column> columns, Styles styles) {
    this.sheet = sheet;
    this.columns = List.copyOf(columns);
    this.styles = styles;
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Cell c = header.createCell(i);
      c.setCellValue(columns.get(i).title());
      c.setCellStyle(styles.header);
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
    }
    sheet.createFreezePane(0, 1);
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

  /** The spreadsheet's number of the current row (the header is row 1). */
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

  /** A count that is flagged as a gap when it is zero. */
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
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex, 1), 0, columns.size() - 1));
  }

  private Cell cell() {
    Cell c = row.createCell(column);
    c.setCellStyle(styles.of(columns.get(column).kind(), total));
    column++;
    return c;
  }
}
