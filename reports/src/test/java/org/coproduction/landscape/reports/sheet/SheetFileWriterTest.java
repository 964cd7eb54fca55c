package org.coproduction.landscape.reports.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The sheet writer against POI's own: the same cells written by {@link WorkbookWriter} and by a
 * plain SXSSF workbook read back the same, value for value, whatever the text holds.
 */
class SheetFileWriterTest {

  /** Text that must be escaped, kept, replaced or carried across a surrogate pair. */
  static final List<String> TEXTS =
      List.of(
          "Cornwall Co-production Network",
          "Bristol & Bath <Together> \"network\"",
          "  leading and trailing spaces  ",
          "tab\tnew line\ncarriage return\r",
          "no-break\u00A0space",
          "a bell \u0007 and a non-character \uFFFE",
          "Gwynedd 🌿 Cymru",
          "=HYPERLINK(\"http://example.invalid\",\"x\")",
          "Ŵ ŷ ä — ‘quoted’",
          " ");

  static final List<Double> NUMBERS =
      List.of(0.0, 42.0, -7.0, 1234567.89, 0.1, 1e20, -0.0, 9.007199254740993E15, 2.5e-7);

  @Test
  void writesTheCellsPoiWritesValueForValue() throws IOException {
    byte[] ours = ours();
    byte[] poi = poi();
    try (XSSFWorkbook a = new XSSFWorkbook(new ByteArrayInputStream(ours));
        XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(poi))) {
      Sheet mine = a.getSheetAt(0);
      Sheet theirs = b.getSheetAt(0);
      assertEquals(theirs.getLastRowNum(), mine.getLastRowNum());
      for (Row expected : theirs) {
        Row actual = mine.getRow(expected.getRowNum());
        for (Cell e : expected) {
          Cell c = actual.getCell(e.getColumnIndex());
          String where = e.getAddress().formatAsString();
          assertEquals(e.getCellType(), c.getCellType(), where);
          if (e.getCellType() == CellType.STRING) {
            assertEquals(e.getStringCellValue(), c.getStringCellValue(), where);
          } else if (e.getCellType() == CellType.NUMERIC) {
            assertEquals(e.getNumericCellValue(), c.getNumericCellValue(), where);
          }
        }
      }
      assertEquals("Gwynedd 🌿 Cymru", mine.getRow(7).getCell(0).getStringCellValue());
      assertEquals(
          "  leading and trailing spaces  ", mine.getRow(3).getCell(0).getStringCellValue());
      assertEquals(
          1234567.89, mine.getRow(4).getCell(1).getNumericCellValue(), "money keeps its pence");
      assertEquals(
          "#,##0.00", mine.getRow(4).getCell(1).getCellStyle().getDataFormatString(), "style kept");
      assertEquals("yyyy-mm-dd", mine.getRow(1).getCell(2).getCellStyle().getDataFormatString());
      assertEquals(
          LocalDate.of(2020, 3, 23),
          mine.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
    }
  }

  @Test
  void writesWholeNumbersWholeAndNoDefaultType() throws IOException {
    String xml = sheetXml(ours());
    assertTrue(xml.contains("<v>42</v>"), "42, not 42.0");
    assertTrue(xml.contains("<v>1234567.89</v>"));
    assertFalse(xml.contains("t=\"n\""), "a number cell needs no type");
    assertTrue(xml.contains("Bristol &amp; Bath &lt;Together&gt; &quot;network&quot;"));
    assertTrue(xml.contains("<t xml:space=\"preserve\">  leading and trailing spaces  </t>"));
    assertTrue(xml.contains("<t>Cornwall Co-production Network</t>"));
  }

  @Test
  void numbersAreWrittenWholeWhenWholeAndExactOtherwise() {
    assertEquals("42", CellXml.number(42.0));
    assertEquals("0", CellXml.number(-0.0));
    assertEquals("-7", CellXml.number(-7.0));
    assertEquals("1.0E20", CellXml.number(1e20));
    assertEquals("0.1", CellXml.number(0.1));
    assertEquals("NaN", CellXml.number(Double.NaN));
  }

  private static byte[] ours() throws IOException {
    List<Column> columns =
        List.of(
            Column.text("Text", 30, ""), Column.money("Money", 12, ""), Column.date("Date", ""));
    try (WorkbookWriter book = new WorkbookWriter()) {
      SheetWriter sheet = book.exchangeSheet("Cells", columns);
      for (int i = 0; i < Math.max(TEXTS.size(), NUMBERS.size()); i++) {
        sheet.row();
        sheet.text(i < TEXTS.size() ? TEXTS.get(i) : null);
        sheet.money(i < NUMBERS.size() ? BigDecimal.valueOf(NUMBERS.get(i)) : null);
        sheet.date(LocalDate.of(2020, 3, 23).plusDays(i));
      }
      // Enough rows to leave memory several times over.
      for (int i = 0; i < 3 * WorkbookWriter.WINDOW; i++) {
        sheet.row().text("row " + i).money(BigDecimal.valueOf(i)).date(null);
      }
      sheet.filter();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The same values through POI's default sheet writer. */
  private static byte[] poi() throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(null, WorkbookWriter.WINDOW, false, false)) {
      Sheet sheet = book.createSheet("Cells");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Text");
      header.createCell(1).setCellValue("Money");
      header.createCell(2).setCellValue("Date");
      int r = 0;
      for (int i = 0; i < Math.max(TEXTS.size(), NUMBERS.size()); i++) {
        Row row = sheet.createRow(++r);
        if (i < TEXTS.size()) {
          row.createCell(0).setCellValue(TEXTS.get(i));
        }
        if (i < NUMBERS.size()) {
          row.createCell(1).setCellValue(BigDecimal.valueOf(NUMBERS.get(i)).doubleValue());
        }
        row.createCell(2).setCellValue(LocalDate.of(2020, 3, 23).plusDays(i));
      }
      for (int i = 0; i < 3 * WorkbookWriter.WINDOW; i++) {
        Row row = sheet.createRow(++r);
        row.createCell(0).setCellValue("row " + i);
        row.createCell(1).setCellValue(i);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    }
  }

  private static String sheetXml(byte[] xlsx) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        var in = book.getSheetAt(0).getPackagePart().getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
